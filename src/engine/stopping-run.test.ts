/** The stopping criteria inside a real training run: restore-best-weights, the clock, live changes. */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type LabConfig } from '../config/schema';
import { MemoryCheckpointStore } from './checkpoint';
import { TASKS } from './tasks/registry';
import { TrainingRun } from './training-run';
import { stopReasonText } from '../content';
import type { StopReason } from '../protocol/stopping';
const words = (r: StopReason | null | undefined) => (r ? stopReasonText(r, 'en') : '');

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const SMALL: LabConfig = {
  ...DEFAULT_CONFIG,
  points: 200,
  batchSize: 16,
  hiddenLayers: 1,
  units: 6,
};

function newRun(over: Partial<LabConfig> = {}) {
  const store = new MemoryCheckpointStore();
  return { run: new TrainingRun({ ...SMALL, ...over }, TASKS.classify2d, store), store };
}

async function train(run: TrainingRun, steps: number) {
  for (let i = 0; i < steps; i++) run.trainStep().dispose();
}

/** The model's weights, read through a checkpoint. */
async function weights(run: TrainingRun, store: MemoryCheckpointStore): Promise<number[][]> {
  const saved = await run.saveCheckpoint();
  const record = await store.load(saved.saved.id);
  return record!.weights.map((w) => Array.from(w.values));
}

describe('restore best weights', () => {
  it('puts the weights of the best evaluation back when early stopping ends the run', async () => {
    // A min delta of 10 means no evaluation after the first counts as an improvement.
    const { run, store } = newRun({
      earlyStopping: 'on',
      patience: 2,
      minDelta: 10,
      restoreBest: 'on',
      learningRate: 0.1,
    });
    await run.initialize();
    await train(run, 5);
    await run.evaluate(); // step 5: the first evaluation is the best
    const best = await weights(run, store);
    for (let k = 0; k < 2; k++) {
      await train(run, 5);
      await run.evaluate();
      if (k === 0) expect(run.checkStop().stop).toBe(false);
    }
    expect(await weights(run, store)).not.toEqual(best);
    const report = run.checkStop();
    expect(report.stop).toBe(true);
    expect(words(report.reason)).toMatch(
      /^Early stopping: val_loss has not improved by more than 10/,
    );
    expect(words(report.reason)).toContain('Restored the best weights, from step 5.');
    expect(await weights(run, store)).toEqual(best);
    run.dispose();
  });

  it('keeps the last weights when it is off', async () => {
    const { run, store } = newRun({ earlyStopping: 'on', patience: 1, minDelta: 10 });
    await run.initialize();
    await train(run, 5);
    await run.evaluate();
    await train(run, 5);
    await run.evaluate();
    const last = await weights(run, store);
    const report = run.checkStop();
    expect(report.stop).toBe(true);
    expect(words(report.reason)).not.toMatch(/restored/i);
    expect(await weights(run, store)).toEqual(last);
    run.dispose();
  });

  it('frees its copy when turned off, and everything on dispose', async () => {
    const before = tf.memory().numTensors;
    const { run } = newRun({ restoreBest: 'on' });
    await run.initialize();
    await train(run, 3);
    const withoutCopy = tf.memory().numTensors;
    await run.evaluate();
    const variables = 2 * 2; // 1 hidden layer and the output layer: W and b each
    expect(tf.memory().numTensors).toBe(withoutCopy + variables);
    await train(run, 3);
    await run.evaluate(); // a better (or first-kept) evaluation replaces the copy, never adds one
    expect(tf.memory().numTensors).toBe(withoutCopy + variables);
    run.updateLive({ ...run.currentConfig, restoreBest: 'off' });
    expect(tf.memory().numTensors).toBe(withoutCopy);
    run.updateLive({ ...run.currentConfig, restoreBest: 'on' });
    await run.evaluate();
    run.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('the stopping check in a run', () => {
  it('stops at the max training time that the session’s clock reports', async () => {
    const { run } = newRun({ maxTime: 4 });
    await run.initialize();
    let now = 3999;
    run.clock = () => now;
    expect(run.checkStop().stop).toBe(false);
    now = 4000;
    const report = run.checkStop();
    expect(report.stop).toBe(true);
    expect(words(report.reason)).toMatch(/^Reached the max training time \(4 s\)/);
    expect(run.finished?.reason).toBe(report.reason);
    run.dispose();
  });

  it('starts early stopping again when the monitor changes live', async () => {
    const { run } = newRun({ earlyStopping: 'on' });
    await run.initialize();
    await train(run, 3);
    await run.evaluate();
    await run.evaluate();
    expect(run.earlyStopping.evaluations).toBe(2);
    run.updateLive({ ...run.currentConfig, patience: 5 });
    expect(run.earlyStopping.evaluations).toBe(2);
    run.updateLive({ ...run.currentConfig, monitor: 'val_accuracy' });
    expect(run.earlyStopping).toMatchObject({ evaluations: 0, best: null, wait: 0 });
    await run.evaluate();
    expect(run.earlyStopping.best).toBe(run.valAccuracy);
    run.dispose();
  });
});
