/**
 * The checkpoint file of format @2 (src/engine/__fixtures__, written by
 * scripts/make-checkpoint-fixture.mjs with the lab's own optimizers) loads, and a run resumed
 * from it trains the same losses, bit for bit on the cpu backend, as the code that wrote it.
 * The same run written in format @1 by tfjs's optimizers recorded the same losses: the owned
 * Adam trains the run tfjs's did.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeCheckpoint } from './checkpoint-file';
import v1 from './__fixtures__/checkpoint-v1-classify2d.expected.json';
import expected from './__fixtures__/checkpoint-v2-classify2d.expected.json';
import fileText from './__fixtures__/checkpoint-v2-classify2d.checkpoint.json?raw';
import { resumeAndTrain, sha256Hex } from './__fixtures__/make-checkpoint-fixture';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('the checkpoint@2 file fixture', () => {
  it('is the committed file, unchanged', async () => {
    expect(await sha256Hex(fileText)).toBe(expected.sha256);
    expect(JSON.parse(fileText).record.format).toBe('training-run-lab/checkpoint@2');
  });

  it('holds the step count t and each parameter’s m and v, named after it', () => {
    const record = decodeCheckpoint(fileText);
    expect(record.step).toBe(expected.trainedSteps);
    expect(record.optimizer.map((s) => s.name)).toEqual([
      't',
      ...record.weights.flatMap((w) => [`${w.name}/m`, `${w.name}/v`]),
    ]);
    expect(Array.from(record.optimizer[0].values)).toEqual([expected.trainedSteps]);
  });

  it('resumes and trains the recorded losses bit for bit (cpu)', async () => {
    expect(tf.getBackend()).toBe(expected.backend);
    const losses = await resumeAndTrain(fileText, expected.losses.length);
    expect(losses.map((l, i) => Object.is(l, expected.losses[i]))).not.toContain(false);
  });

  it('recorded the losses that the same run with tfjs’s Adam recorded in format @1', () => {
    expect(expected.trainedSteps).toBe(v1.trainedSteps);
    expect(expected.losses).toEqual(v1.losses);
  });
});
