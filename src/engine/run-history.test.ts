import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../config/schema';
import { HISTORY_BUCKETS } from '../protocol/history';
import { layerRows, layerSeries, type MetricLogData } from '../protocol/metric-log';
import { MemoryCheckpointStore } from './checkpoint';
import { WarningLog } from './diagnostics';
import { RECENT, RunHistory } from './run-history';
import { TASKS } from './tasks/registry';
import { TrainingRun } from './training-run';
import { warningText } from '../content';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** A falling loss with a deterministic wobble, and one spike. */
const SPIKE_STEP = 150_003;
const lossAt = (step: number) =>
  step === SPIKE_STEP ? 40 : 0.7 / Math.sqrt(step) + 0.01 * Math.sin(step * 2.399);

/**
 * Elements of every series of a history: what a checkpoint clones, stores and lists; a step
 * counted once per measurement (a training loss; an evaluation; a read-back of every
 * layer's gradient norm), every value once.
 */
const elements = (h: MetricLogData) => {
  const values = Object.values(h).reduce((s, x) => s + (x?.values.length ?? 0), 0);
  const steps = ['trainLoss', 'valLoss', 'layerGradNorm/0'].map((n) => h[n]?.steps.length ?? 0);
  return values + steps.reduce((a, b) => a + b, 0);
};
const stepsOf = (h: MetricLogData, name: string) => h[name]?.steps ?? [];

describe('the metrics of a long run', () => {
  it('a checkpoint holds no more history at 200,000 recorded steps than at 20,000', async () => {
    // Read-backs as run mode records them: 10 losses at a time, gradient norms at the last.
    const historyInCheckpoint = async (steps: number) => {
      const run = new TrainingRun(
        { ...DEFAULT_CONFIG, points: 200 },
        TASKS.classify2d,
        new MemoryCheckpointStore(),
      );
      await run.runNextPhase(); // initialization
      for (let first = 1; first <= steps; first += 10) {
        run.recordTrainLosses(
          first,
          Array.from({ length: 10 }, (_, k) => lossAt(first + k)),
        );
        run.recordGradNorms(first + 9, [0.5, 0.2, 0.1]);
      }
      const report = await run.saveCheckpoint();
      run.dispose();
      const bytes = report.contents.find((p) => p.part === 'metrics')!.bytes;
      return { bytes, history: run.history };
    };
    const short = await historyInCheckpoint(20_000);
    const long = await historyInCheckpoint(200_000);
    expect(stepsOf(long.history, 'trainLoss').length).toBeLessThanOrEqual(4 * HISTORY_BUCKETS);
    expect(stepsOf(long.history, 'layerGradNorm/0').length).toBeLessThanOrEqual(
      4 * HISTORY_BUCKETS,
    );
    // Bounded, not equal: the number of buckets varies between maxBuckets / 2 and maxBuckets.
    expect(long.bytes).toBeLessThanOrEqual(2 * short.bytes);
    // The spike and the latest loss are in it.
    expect(long.history.trainLoss!.values).toContain(40);
    expect(stepsOf(long.history, 'trainLoss').at(-1)).toBe(200_000);
  });

  it('the detectors get a bounded window however long the run, and still see a late spike', () => {
    const h = new RunHistory();
    const log = new WarningLog();
    let largest = 0;
    let spike = null;
    for (let step = 1; step <= 200_000; step++) {
      h.recordTrainLoss(step, lossAt(step));
      if (step % 10 === 0) h.recordGradNorms(step, [0.5, 0.2, 0.1]);
      if (step % 25 === 0) {
        h.recordEvaluation(step, 0.3, 0.9, [0, 0]);
        largest = Math.max(largest, elements(h.recent.series));
        const warnings = log.update('run', h.recent, { layers: [] });
        spike ??= warnings.find((w) => w.warning === 'lossSpike') ?? null;
        h.checked();
      }
    }
    // What a check looks at: the points since the last one and a fixed window before them.
    const bound =
      2 * (RECENT.initialLosses + RECENT.train + 25) + 4 * (RECENT.grad + 3) + 5 * (RECENT.val + 1); // step, loss, accuracy, 2 layers' dead units
    expect(largest).toBeLessThanOrEqual(bound);
    expect(spike?.step).toBe(SPIKE_STEP);
    expect(elements(h.kept)).toBeLessThanOrEqual(
      4 * HISTORY_BUCKETS * (2 + 2 + 5), // train, gradient norms (3 layers), evaluations
    );
  });

  it('restores a long history downsampled, and the window from its latest points', () => {
    const steps = Array.from({ length: 50_000 }, (_, i) => i + 1);
    const valSteps = steps.filter((s) => s % 25 === 0);
    const long: MetricLogData = {
      trainLoss: { steps, values: steps.map(lossAt) },
      valLoss: { steps: valSteps, values: valSteps.map(lossAt) },
      valAccuracy: { steps: [...valSteps], values: valSteps.map(() => 0.9) },
    };
    const h = new RunHistory();
    h.restore(long);
    expect(stepsOf(h.kept, 'trainLoss').length).toBeLessThanOrEqual(4 * HISTORY_BUCKETS);
    expect(stepsOf(h.kept, 'trainLoss').at(-1)).toBe(50_000);
    expect(stepsOf(h.kept, 'valLoss').at(-1)).toBe(50_000);
    const recent = h.recent.series;
    expect(stepsOf(recent, 'trainLoss').slice(0, RECENT.initialLosses)).toEqual([1, 2, 3, 4, 5]);
    expect(stepsOf(recent, 'trainLoss').at(-1)).toBe(50_000);
    expect(stepsOf(recent, 'valLoss').length).toBe(RECENT.val);
    // The restored history is a copy: recording on does not change the checkpoint's.
    h.recordTrainLoss(50_001, 0.1);
    expect(long.trainLoss!.steps.length).toBe(50_000);
  });

  it('restores a history whose dead units or gradient norms are missing for older entries', () => {
    const steps = Array.from({ length: 30_000 }, (_, i) => 25 * (i + 1));
    const h = new RunHistory();
    h.restore({
      trainLoss: { steps: [1, 2], values: [0.7, 0.6] },
      valLoss: { steps, values: steps.map(lossAt) },
      valAccuracy: { steps: [...steps], values: steps.map(() => 0.9) },
      // Only the latest evaluation's dead units; no gradient norms.
      [layerSeries('deadUnits', 0)]: { steps: [steps.at(-1)!], values: [0.25] },
      [layerSeries('deadUnits', 1)]: { steps: [steps.at(-1)!], values: [0] },
    });
    const dead = layerRows(h.kept, 'deadUnits');
    expect(dead.steps).toEqual([steps.at(-1)]);
    expect(dead.rows.at(-1)).toEqual([0.25, 0]);
    expect(layerRows(h.kept, 'layerGradNorm').rows).toEqual([]);
    expect(layerRows(h.recent.series, 'deadUnits').rows.every(Array.isArray)).toBe(true);
    // The detectors run over it without failing.
    expect(() => new WarningLog().update('run', h.recent, { layers: [] })).not.toThrow();
  });

  it('overfitting compares the training loss at the best evaluation even after the window moved on', () => {
    const h = new RunHistory();
    const log = new WarningLog();
    let found = null;
    // The training loss keeps falling; the validation loss falls until step 2,000, then rises.
    for (let step = 1; step <= 6_000; step++) {
      h.recordTrainLoss(step, 1 / Math.sqrt(step));
      if (step % 100 === 0) {
        const val = step <= 2_000 ? 1 - step / 4_000 : 0.5 + (step - 2_000) / 4_000;
        h.recordEvaluation(step, val, 0.8, [0, 0]);
        const warnings = log.update('run', h.recent, { layers: [] });
        found ??= warnings.find((w) => w.warning === 'overfitting') ?? null;
        h.checked();
      }
    }
    expect(found).not.toBeNull();
    // The smoothed minimum trails the raw one (step 2,000) by an evaluation; the training loss
    // then is the median of the 20 losses up to it, long gone from the window.
    expect(warningText(found!.message, 'en')).toContain('at step 2100');
    expect(warningText(found!.message, 'en')).toContain(
      `training loss fell from ${Number((1 / Math.sqrt(2090.5)).toPrecision(3))}`,
    );
  });
});
