import { describe, expect, it } from 'vitest';
import { RunRecorder } from './run-recorder';
import { fakeState } from './engine-state.test-util';
import { type RunRecord, runParents } from '../../data/run-record';
import { lineageGraph } from '../../data/lineage';
import { lineageRunOf } from '../../data/reproduce';
import { jsonErrorOffset } from '../../data/json-place';
import { pathText, readRunsFile, RUNS_FORMAT, runsFileText } from '../../data/runs-file';

function run(id: string, step = 50, lr = 0.01): RunRecord {
  const state = fakeState({ runId: id, step, config: { learningRate: lr } });
  const rec = new RunRecorder();
  rec.observe(state, 1000);
  return rec.record(state, 1000)!;
}

describe('runs file', () => {
  it('round-trips every run, nulls (non-finite values) included', () => {
    const a = { ...run('a'), tags: ['baseline'], note: 'first', starred: true };
    a.series.trainLosses[3] = null;
    const b = {
      ...run('b', 80, 0.1),
      test: { step: 80, loss: 0.2, accuracy: 0.9, examples: 100, at: 5 },
    };
    const result = readRunsFile(runsFileText([a, b]));
    expect(result).toEqual({ ok: true, runs: [a, b] });
  });

  it('reads records with parents, and older ones whose only link is reproducedFrom', () => {
    const a = run('a');
    const b = { ...run('b'), parents: [{ runId: 'a', kind: 'fineTune' as const, step: 50 }] };
    // Written before parents existed: no such key, the reproduction named by reproducedFrom.
    const old = { ...run('c'), reproducedFrom: 'a' };
    delete (old as Partial<RunRecord>).parents;
    const result = readRunsFile(runsFileText([a, b, old]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const graph = lineageGraph(result.runs.map(lineageRunOf));
    expect(graph.edges).toEqual([
      { from: 'a', to: 'b', kind: 'fineTune', step: 50 },
      { from: 'a', to: 'c', kind: 'reproduce', step: undefined },
    ]);
    expect(
      runParents({ id: 'd', parents: [{ runId: 'a', kind: 'reproduce' }], reproducedFrom: 'a' }),
    ).toEqual([{ runId: 'a', kind: 'reproduce' }]);
    const bad = JSON.parse(runsFileText([b]));
    bad.runs[0].parents[0].kind = 'copy';
    const refused = readRunsFile(JSON.stringify(bad));
    expect(!refused.ok && refused.problems.map((p) => p.at)).toEqual(['runs[0].parents[0].kind']);
  });

  it('names the line and column of a JSON syntax error', () => {
    const text = runsFileText([run('a')]).replace('"starred": false', '"starred": fals');
    const result = readRunsFile(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const line = text.split('\n').findIndex((l) => l.includes('fals')) + 1;
    expect(result.problems[0].kind).toBe('json');
    expect(result.problems[0].at).toMatch(new RegExp(`^line ${line}, column \\d+$`));
  });

  it('names the key of a bad value, a wrong format and a duplicate id', () => {
    const good = run('a');
    const bad = run('b');
    bad.series.valLosses.pop();
    const c = run('c') as unknown as Record<string, unknown>;
    c.step = -3;
    const file = JSON.parse(runsFileText([good, bad]));
    file.runs.push(c);
    const result = readRunsFile(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.at)).toEqual(['runs[1].series.valLosses', 'runs[2].step']);
    const typed = JSON.parse(runsFileText([good]));
    typed.runs[0].name = 3;
    delete typed.runs[0].seed;
    const kinds = readRunsFile(JSON.stringify(typed));
    expect(!kinds.ok && kinds.problems).toEqual([
      { kind: 'type', at: 'runs[0].name', detail: 'string' },
      { kind: 'missing', at: 'runs[0].seed', detail: 'number' },
    ]);
    const wrong = readRunsFile(JSON.stringify({ format: 'training-run-lab/config@1', runs: [] }));
    expect(!wrong.ok && wrong.problems[0]).toMatchObject({ kind: 'format', at: 'format' });
    const dup = readRunsFile(JSON.stringify({ format: RUNS_FORMAT, runs: [good, good] }));
    expect(!dup.ok && dup.problems).toEqual([
      { kind: 'duplicate', at: 'runs[1].id', detail: 'runs[0].id' },
    ]);
  });

  it('writes paths as the file does', () => {
    expect(pathText(['runs', 2, 'series', 'valLosses', 4])).toBe('runs[2].series.valLosses[4]');
  });
});

describe('jsonErrorOffset', () => {
  it('finds where a text stops being JSON, and nothing in valid JSON', () => {
    expect(jsonErrorOffset('{"a": [1, 2.5e3, true, null, "x\\n"]}')).toBeNull();
    expect(jsonErrorOffset('{"a": fals}')).toBe(10);
    expect(jsonErrorOffset('{"a": 1,}')).toBe(8);
    expect(jsonErrorOffset('[1] x')).toBe(4);
    expect(jsonErrorOffset('{"a": 01}')).toBe(7);
  });
});
