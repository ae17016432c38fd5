import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type LabConfig } from '../config/schema';
import { MemoryCheckpointStore } from './checkpoint';
import { TASKS } from './tasks/registry';
import { TrainingRun } from './training-run';
import { weightsDigest } from './weights-digest';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const SMALL: LabConfig = { ...DEFAULT_CONFIG, points: 100, batchSize: 8, units: 4 };

describe('weightsDigest', () => {
  it('hashes the live weights, the same as a checkpoint of them; other weights differ', async () => {
    const store = new MemoryCheckpointStore();
    const run = new TrainingRun(SMALL, TASKS.classify2d, store);
    expect(await weightsDigest(run.runId, run, store)).toBeNull(); // no model yet, no checkpoint
    await run.runNextPhase(); // initialization
    for (let i = 0; i < 3; i++) run.trainStep().dispose();
    const live = await weightsDigest(run.runId, run, store);
    expect(live).toMatchObject({ step: 3, source: 'live' });
    expect(live!.sha256).toMatch(/^[0-9a-f]{64}$/);
    const params = run.ctx.model!.variables.reduce((n, v) => n + v.size, 0);
    expect(live!.bytes).toBe(4 * params);

    await run.saveCheckpoint();
    run.trainStep().dispose();
    const moved = await weightsDigest(run.runId, run, store);
    expect(moved!.step).toBe(4);
    expect(moved!.sha256).not.toBe(live!.sha256);
    // Another run is asked for: the run's stored checkpoint (step 3) answers, with its hash.
    const fromCheckpoint = await weightsDigest(run.runId, null, store);
    expect(fromCheckpoint).toEqual({ ...live, source: 'checkpoint' });
    expect(await weightsDigest('another-run', run, store)).toBeNull();
    run.dispose();
  });
});
