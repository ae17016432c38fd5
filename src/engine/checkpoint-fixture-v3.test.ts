/**
 * The checkpoint file of format @3 (src/engine/__fixtures__, written by
 * scripts/make-checkpoint-fixture.mjs), whose metrics are one log of named series, loads and
 * resumes bit for bit on the cpu backend. It is the same run as the @2 fixture: the same
 * losses after resuming, and the @2 file's columns migrate into exactly its series
 * (the @3 run also records its learning rate).
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeCheckpoint } from './checkpoint-file';
import v2 from './__fixtures__/checkpoint-v2-classify2d.expected.json';
import v2Text from './__fixtures__/checkpoint-v2-classify2d.checkpoint.json?raw';
import expected from './__fixtures__/checkpoint-v3-classify2d.expected.json';
import fileText from './__fixtures__/checkpoint-v3-classify2d.checkpoint.json?raw';
import { resumeAndTrain, sha256Hex } from './__fixtures__/make-checkpoint-fixture';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('the checkpoint@3 file fixture', () => {
  it('is the committed file, unchanged, its history named series only', async () => {
    expect(await sha256Hex(fileText)).toBe(expected.sha256);
    const { record } = JSON.parse(fileText);
    expect(record.format).toBe('training-run-lab/checkpoint@3');
    for (const series of Object.values(record.history))
      expect(Object.keys(series as object).sort()).toEqual(['steps', 'values']);
  });

  it('resumes and trains the recorded losses bit for bit (cpu)', async () => {
    expect(tf.getBackend()).toBe(expected.backend);
    const losses = await resumeAndTrain(fileText, expected.losses.length);
    expect(losses.map((l, i) => Object.is(l, expected.losses[i]))).not.toContain(false);
  });

  it('is the @2 fixture’s run: the same losses, and the @2 columns migrate into its series', () => {
    expect(expected.trainedSteps).toBe(v2.trainedSteps);
    expect(expected.losses).toEqual(v2.losses);
    // The @3 run also records its learning rate; every series of the @2 file is in it as it was.
    const old = decodeCheckpoint(v2Text).history;
    const now = decodeCheckpoint(fileText).history;
    expect(Object.keys(old).length).toBeGreaterThan(5);
    for (const [name, series] of Object.entries(old)) expect(now[name]).toEqual(series);
  });
});
