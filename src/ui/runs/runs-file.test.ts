import { describe, expect, it } from 'vitest';
import { RunRecorder } from './run-recorder';
import { fakeState } from './engine-state.test-util';
import type { RunRecord } from '../../data/run-record';
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
