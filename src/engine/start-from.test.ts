/**
 * Runs that start from another run's checkpoint, on the tfjs cpu backend: fine-tuning the
 * MNIST MLP pre-trained on all ten digits on the digits 0–4 (same ten outputs, so every
 * layer is copied) starts with a lower validation loss than the same config and seed from
 * scratch; a model of another width keeps only what fits; a branch trains on from the
 * checkpoint's step with a changed config.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMnistAsset } from '../../scripts/build-mnist-asset.mjs';
import { type LabConfig, taskDefaults } from '../config/schema';
import type { InitializationReport } from '../protocol/reports';
import { type CheckpointRecord, MemoryCheckpointStore } from './checkpoint';
import { toRecord } from './run/record';
import { startFromCheckpoint } from './start-from';
import { provideMnist } from './tasks/mnist/data';
import { TASKS } from './tasks/registry';
import { TrainingRun } from './training-run';

/** A small MNIST MLP: one hidden layer of 32 units, Adam, batches of 32. */
const BASE: LabConfig = {
  ...taskDefaults('mnist'),
  units: 32,
  batchSize: 32,
  learningRate: 0.003,
  evalInterval: 10,
  maxSteps: 10_000,
  seed: 5,
};
const PRETRAIN_STEPS = 300;
/** The fine-tuning task: digits 0–4 only, another seed (other data order and head). */
const FINE: LabConfig = { ...BASE, digits: 'lower', seed: 9 };

let store: MemoryCheckpointStore;
let pretrained: CheckpointRecord;

beforeAll(async () => {
  await tf.setBackend('cpu');
  provideMnist(buildMnistAsset());
  store = new MemoryCheckpointStore();
  const run = new TrainingRun(BASE, TASKS.mnist, store);
  await run.initialize();
  for (let i = 0; i < PRETRAIN_STEPS; i++) run.trainStep().dispose();
  pretrained = await toRecord(run.ctx, run.state);
  run.dispose();
}, 120_000);

/** The first validation loss of a run: after its first evalInterval steps. */
async function firstValidationLoss(run: TrainingRun): Promise<number> {
  for (let i = 0; i < run.currentConfig.evalInterval; i++) run.trainStep().dispose();
  return (await run.evaluate()).valLoss;
}

describe('fine-tuning the MNIST MLP on the digits 0–4', () => {
  it('copies every layer, and its first validation loss is lower than a fresh model’s', async () => {
    const { run, origin } = await startFromCheckpoint(
      'fineTune',
      pretrained,
      FINE,
      TASKS.mnist,
      store,
    );
    expect(origin).toEqual({ runId: pretrained.runId, kind: 'fineTune', step: PRETRAIN_STEPS });
    expect(run.runId).not.toBe(pretrained.runId);
    expect(run.step).toBe(0);
    const init = (await run.runNextPhase()) as InitializationReport;
    expect(init.phase).toBe('initialization');
    expect(init.transfer?.fromRun).toBe(pretrained.runId);
    expect(init.transfer?.step).toBe(PRETRAIN_STEPS);
    expect(init.transfer?.plan.layers).toEqual([
      { layer: 'hidden 1', status: 'copied', fromRun: pretrained.runId },
      { layer: 'output', status: 'copied', fromRun: pretrained.runId },
    ]);
    expect(init.transfer?.plan.copiedParams).toBe(784 * 32 + 32 + 32 * 10 + 10);
    expect(init.transfer?.plan.freshParams).toBe(0);
    // The copied layers hold the checkpoint's values exactly; the optimizer starts empty.
    const values = (r: { weights: { name: string; values: ArrayLike<number> }[] }) =>
      r.weights.map((w) => [w.name, Array.from(w.values)]);
    expect(values(init)).toEqual(values(pretrained));
    expect(run.state.step).toBe(0);

    const fresh = new TrainingRun(FINE, TASKS.mnist, new MemoryCheckpointStore());
    expect((await fresh.initialize()).transfer).toBeNull();
    const fineTuned = await firstValidationLoss(run);
    const scratch = await firstValidationLoss(fresh);
    console.log(
      `fine-tuned first val_loss ${fineTuned.toFixed(4)}, fresh ${scratch.toFixed(4)} (step ${FINE.evalInterval})`,
    );
    expect(fineTuned).toBeLessThan(scratch);
    run.dispose();
    fresh.dispose();
  }, 60_000);

  it('copies what fits into another model: the same hidden width, another depth', async () => {
    const deeper = { ...FINE, hiddenLayers: 2 };
    const { run } = await startFromCheckpoint('fineTune', pretrained, deeper, TASKS.mnist, store);
    const init = await run.initialize();
    const fresh = new TrainingRun(deeper, TASKS.mnist, new MemoryCheckpointStore());
    const freshInit = await fresh.initialize();
    expect(init.transfer?.plan.layers).toEqual([
      { layer: 'hidden 1', status: 'copied', fromRun: pretrained.runId },
      {
        layer: 'hidden 2',
        status: 'fresh',
        reason: { kind: 'noLayer' },
      },
      { layer: 'output', status: 'copied', fromRun: pretrained.runId },
    ]);
    // A fresh layer is drawn exactly as in a fresh run of the same config and seed.
    const w = (r: InitializationReport, name: string) =>
      Array.from(r.weights.find((x) => x.name === name)!.values);
    expect(w(init, 'W · hidden 2')).toEqual(w(freshInit, 'W · hidden 2'));
    expect(w(init, 'W · hidden 1')).not.toEqual(w(freshInit, 'W · hidden 1'));
    run.dispose();
    fresh.dispose();
  });

  it('starts every layer fresh, with its reason, when the hidden width differs', async () => {
    const { run } = await startFromCheckpoint(
      'fineTune',
      pretrained,
      { ...FINE, units: 16 },
      TASKS.mnist,
      store,
    );
    const init = await run.initialize();
    expect(init.transfer?.plan.layers).toEqual([
      {
        layer: 'hidden 1',
        status: 'fresh',
        reason: { kind: 'shape', tensor: 'W', parent: [784, 32], child: [784, 16] },
      },
      {
        layer: 'output',
        status: 'fresh',
        reason: { kind: 'shape', tensor: 'W', parent: [32, 10], child: [16, 10] },
      },
    ]);
    run.dispose();
  });
});

describe('branching a run', () => {
  it('restores the checkpoint under a new id and trains on with the changed config', async () => {
    const branched = { ...BASE, learningRate: 0.0005 };
    const { run, origin } = await startFromCheckpoint(
      'branch',
      pretrained,
      branched,
      TASKS.mnist,
      store,
    );
    expect(origin).toEqual({ runId: pretrained.runId, kind: 'branch', step: PRETRAIN_STEPS });
    expect(run.runId).not.toBe(pretrained.runId);
    expect(run.step).toBe(PRETRAIN_STEPS);
    expect(run.currentConfig.learningRate).toBe(0.0005);
    expect(run.state.learningRate).toBe(0.0005);
    const record = await toRecord(run.ctx, run.state);
    expect(record.weights.map((w) => Array.from(w.values))).toEqual(
      pretrained.weights.map((w) => Array.from(w.values)),
    );
    run.trainStep().dispose();
    expect(run.step).toBe(PRETRAIN_STEPS + 1);
    run.dispose();
  });

  it('refuses a config whose model does not fit the checkpoint, and frees what it built', async () => {
    const before = tf.memory().numTensors;
    await expect(
      startFromCheckpoint('branch', pretrained, { ...BASE, units: 16 }, TASKS.mnist, store),
    ).rejects.toThrow(/shape/);
    expect(tf.memory().numTensors).toBe(before);
  });
});
