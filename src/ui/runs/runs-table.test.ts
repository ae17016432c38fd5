import { describe, expect, it } from 'vitest';
import type { RunRecord } from '../../data/run-record';
import { configDiff, curve, wallSecondsAt } from './compare-series';
import { fakeState } from './engine-state.test-util';
import { RunRecorder } from './run-recorder';
import { filterRuns, parseTags, sortRuns } from './runs-table';

function run(id: string, over: Partial<RunRecord> = {}, lr = 0.01, steps = 20): RunRecord {
  const state = fakeState({ runId: id, step: steps, config: { learningRate: lr } });
  const rec = new RunRecorder();
  for (let s = 5; s <= steps; s += 5)
    rec.observe({ ...state, status: { ...state.status!, step: s, elapsedMs: 100 * s } }, 0);
  return { ...rec.record(state, 0)!, ...over };
}

describe('the runs table', () => {
  const a = run('a', { name: 'Alpha', tags: ['baseline'], startedAt: 3 }, 0.1);
  const b = run('b', { name: 'beta', note: 'too high lr', starred: true, startedAt: 1 }, 0.5);
  const c = run('c', { name: 'Gamma', startedAt: 2, best: { valLoss: null, valAccuracy: null } });

  it('sorts by a column either way, runs without a value last', () => {
    expect(sortRuns([a, b, c], 'name', false).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(sortRuns([a, b, c], 'learningRate', true).map((r) => r.id)).toEqual(['b', 'a', 'c']);
    expect(sortRuns([a, b, c], 'started', false).map((r) => r.id)).toEqual(['b', 'c', 'a']);
    expect(sortRuns([c, a, b], 'bestValLoss', true).at(-1)?.id).toBe('c');
    expect(sortRuns([c, a, b], 'bestValLoss', false).at(-1)?.id).toBe('c');
  });

  it('filters by every word in name, tags and note, and by the star', () => {
    expect(filterRuns([a, b, c], 'BASELINE', false).map((r) => r.id)).toEqual(['a']);
    expect(filterRuns([a, b, c], 'too lr', false).map((r) => r.id)).toEqual(['b']);
    expect(filterRuns([a, b, c], 'too alpha', false)).toEqual([]);
    expect(filterRuns([a, b, c], '', true).map((r) => r.id)).toEqual(['b']);
  });

  it('reads tags typed with commas', () => {
    expect(parseTags(' a, b,,a ,  c ')).toEqual(['a', 'b', 'c']);
    expect(parseTags('')).toEqual([]);
  });
});

describe('the comparison', () => {
  it('draws curves against step, training FLOPs and wall time', () => {
    const r = run('a');
    const byStep = curve(r, 'trainLoss', 'step');
    expect(byStep[0]).toEqual({ x: 1, y: 1 });
    expect(curve(r, 'trainLoss', 'flops')[1]).toEqual({ x: 2 * 1000, y: 0.5 });
    // Clock samples every 5 steps at 100 ms per step: 0.1 s per step in between.
    expect(curve(r, 'valLoss', 'wallTime')[0]).toEqual({ x: 1, y: 1.1 / 10 });
    expect(curve(r, 'valAccuracy', 'step')[0].y).toBeCloseTo(95);
    expect(curve(r, 'learningRate', 'step')).toEqual([5, 10, 15, 20].map((x) => ({ x, y: 0.01 })));
  });

  it('interpolates the wall time between clock samples and extends it past the last', () => {
    const s = { ...run('a').series, clockSteps: [10, 20], elapsedMs: [1000, 3000] };
    expect(wallSecondsAt(s, 0)).toBe(0);
    expect(wallSecondsAt(s, 5)).toBe(0.5);
    expect(wallSecondsAt(s, 15)).toBe(2);
    expect(wallSecondsAt(s, 20)).toBe(3);
    expect(wallSecondsAt(s, 30)).toBe(4.5);
  });

  it('lists only the settings that differ, the backend among them', () => {
    const x = run('x', {}, 0.1);
    const y = run('y', { backend: 'webgpu' }, 0.3);
    expect(configDiff([x, y])).toEqual([
      { field: 'learningRate', values: [0.1, 0.3] },
      { field: 'backend', values: ['cpu', 'webgpu'] },
    ]);
    expect(configDiff([x, run('z', {}, 0.1)])).toEqual([]);
  });
});
