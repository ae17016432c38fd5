import { describe, expect, it } from 'vitest';
import { INITIAL_TRAIN_LOSSES } from '../../protocol/history';
import {
  compactSeries,
  emptyRunSeries,
  measured,
  recordBytes,
  type RunSeries,
  STORED_BUCKETS,
} from '../../data/run-record';
import { RunRecorder } from './run-recorder';
import { fakeState } from './engine-state.test-util';

/** A series of `steps` steps: a loss per step, an evaluation every 10, a clock every 5. */
function longSeries(steps: number): RunSeries {
  const s = emptyRunSeries();
  for (let i = 1; i <= steps; i++) {
    s.trainSteps.push(i);
    s.trainLosses.push(2 / Math.sqrt(i) + (i === 12_345 ? 50 : 0));
    if (i % 10 === 0) {
      s.valSteps.push(i);
      s.valLosses.push(2.2 / Math.sqrt(i));
      s.valAccuracies.push(1 - 1 / Math.sqrt(i));
    }
    if (i % 5 === 0) {
      s.clockSteps.push(i);
      s.elapsedMs.push(i * 3);
      s.learningRates.push(i < 15_000 ? 0.01 : 0.001);
    }
  }
  return s;
}

describe('compactSeries', () => {
  it('bounds every series at 4 points per bucket, whatever the run length', () => {
    for (const steps of [20_000, 200_000]) {
      const c = compactSeries(longSeries(steps));
      expect(c.trainSteps.length).toBeLessThanOrEqual(4 * STORED_BUCKETS + INITIAL_TRAIN_LOSSES);
      expect(c.valSteps.length).toBeLessThanOrEqual(4 * STORED_BUCKETS);
      expect(c.clockSteps.length).toBeLessThanOrEqual(4 * STORED_BUCKETS);
      expect(c.trainLosses.length).toBe(c.trainSteps.length);
      expect(c.elapsedMs.length).toBe(c.clockSteps.length);
    }
  });

  it('keeps a short run whole, the first losses, a spike and the learning-rate drop', () => {
    const short = longSeries(500);
    expect(compactSeries(short)).toEqual(short);
    const c = compactSeries(longSeries(20_000));
    expect(c.trainSteps.slice(0, INITIAL_TRAIN_LOSSES)).toEqual([1, 2, 3, 4, 5]);
    expect(Math.max(...(c.trainLosses as number[]))).toBeGreaterThan(50);
    expect(c.learningRates).toContain(0.01);
    expect(c.learningRates).toContain(0.001);
    expect(c.trainSteps.at(-1)).toBe(20_000);
  });

  it('does not change its input', () => {
    const s = longSeries(5000);
    const copy = structuredClone(s);
    compactSeries(s);
    expect(s).toEqual(copy);
  });
});

describe('a recorded run', () => {
  it('takes a bounded number of bytes however long the run', () => {
    // A loss every step, an evaluation every 10 steps, a status (clock) every 10 steps.
    const bytesAt = (steps: number) => {
      const rec = new RunRecorder();
      const state = fakeState({ runId: 'r', step: steps });
      const status = state.status!;
      for (let s = 10; s <= steps; s += 10)
        rec.observe({ ...state, status: { ...status, step: s, elapsedMs: 10 * s } }, 0);
      return recordBytes(rec.record(state, 0)!);
    };
    const b2k = bytesAt(2000);
    const b20k = bytesAt(20_000);
    const b100k = bytesAt(100_000);
    // Downsampled: at most 4 × STORED_BUCKETS points per series, whatever the length.
    expect(b2k).toBeLessThan(b20k);
    expect(b20k).toBeLessThan(120_000);
    expect(b100k).toBeLessThan(120_000);
  });

  it('keeps a non-finite loss as null', () => {
    expect(measured(NaN)).toBeNull();
    expect(measured(Infinity)).toBeNull();
    expect(measured(0.5)).toBe(0.5);
    const state = fakeState({ runId: 'r', step: 20, loss: (s) => (s === 20 ? NaN : 1) });
    const rec = new RunRecorder();
    rec.observe(state, 0);
    const r = rec.record(state, 0)!;
    expect(r.series.trainLosses.at(-1)).toBeNull();
    expect(r.final.trainLoss).toBeNull();
  });

  it('records identity, best metrics and compute', () => {
    const state = fakeState({
      runId: 'r1',
      step: 100,
      finished: 'maxSteps',
      config: { learningRate: 0.05, seed: 7 },
    });
    const rec = new RunRecorder();
    rec.observe(state, 5000);
    const r = rec.record(state, 5000)!;
    expect(r.id).toBe('r1');
    expect(r.seed).toBe(7);
    expect(r.config.learningRate).toBe(0.05);
    expect(r.data).toEqual({ task: 'classify2d', dataset: r.config.dataset, contentHash: null });
    expect(r.backend).toBe('cpu');
    expect(r.stopReason).toBe('Reached max steps (100).');
    expect(r.endedAt).toBe(5000);
    expect(r.best.valLoss).toEqual({ value: 1.1 / 100, step: 100 });
    expect(r.compute).toEqual({
      flopsPerStep: 1000,
      parameters: 100,
      trainingFlops: 100_000,
      wallMs: 1000,
    });
    expect(r.appVersion).toMatch(/^\d+\.\d+\.\d+/);
  });
});
