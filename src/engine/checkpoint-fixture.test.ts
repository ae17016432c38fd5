/**
 * The checkpoint file of an older version of the format (src/engine/__fixtures__, written by
 * scripts/make-checkpoint-fixture.mjs) still loads, and a run resumed from it trains the
 * same losses, bit for bit on the cpu backend, as the code that wrote it.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeCheckpoint } from './checkpoint-file';
import expected from './__fixtures__/checkpoint-v1-classify2d.expected.json';
import fileText from './__fixtures__/checkpoint-v1-classify2d.checkpoint.json?raw';
import { resumeAndTrain, sha256Hex } from './__fixtures__/make-checkpoint-fixture';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('the checkpoint@1 file fixture', () => {
  it('is the committed file, unchanged', async () => {
    expect(await sha256Hex(fileText)).toBe(expected.sha256);
    expect(JSON.parse(fileText).record.format).toBe('training-run-lab/checkpoint@1');
  });

  it('decodes into a run at its step, with its config, data position and history', () => {
    const record = decodeCheckpoint(fileText);
    expect(record.step).toBe(expected.trainedSteps);
    expect(record.config.task).toBe('classify2d');
    expect(record.data.order).toBeInstanceOf(Int32Array);
    expect(record.weights[0].values).toBeInstanceOf(Float32Array);
    expect(record.history.trainLoss!.steps.at(-1)).toBe(expected.trainedSteps);
  });

  it('resumes and trains the recorded losses bit for bit (cpu)', async () => {
    expect(tf.getBackend()).toBe(expected.backend);
    const losses = await resumeAndTrain(fileText, expected.losses.length);
    expect(losses).toEqual(expected.losses);
    // toEqual treats -0 and 0 alike; the losses are also compared bit for bit.
    expect(losses.map((l, i) => Object.is(l, expected.losses[i]))).not.toContain(false);
  });
});
