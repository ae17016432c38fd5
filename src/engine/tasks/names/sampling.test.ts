import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Rng } from '../../rng';
import type { Model } from '../types';
import { MAX_NAME_LENGTH, sampleNames } from './index';
import { VOCAB_SIZE } from './data';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** A model whose next-token logits are a function of the last token of the context. */
function stub(next: (last: number) => number[]): Model {
  return {
    variables: [],
    summary: { layers: [], table: [], totalParams: 0, flopsPerStep: 0 },
    layerNames: [],
    activations: [],
    forward(x: tf.Tensor2D) {
      const rows = x.arraySync().map((r) => next(r[r.length - 1]));
      return { logits: tf.tensor2d(rows, [rows.length, VOCAB_SIZE]), hidden: [] };
    },
    dispose() {},
  };
}

/** Logits that make token `t` all but certain. */
const certain = (t: number) => Array.from({ length: VOCAB_SIZE }, (_, i) => (i === t ? 50 : 0));

describe('sampling names', () => {
  it('follows the model from the boundary token until it draws the end', async () => {
    // . → e, e → m, m → a, a → . : always "ema".
    const chain: Record<number, number> = { 0: 5, 5: 13, 13: 1, 1: 0 };
    const words = await sampleNames(
      stub((l) => certain(chain[l])),
      3,
      1,
      new Rng(1),
      4,
    );
    expect(words).toEqual(['ema', 'ema', 'ema', 'ema']);
  });

  it('marks a name that never ends, and works with a context of 1', async () => {
    const words = await sampleNames(
      stub(() => certain(2)),
      1,
      1,
      new Rng(1),
      2,
    );
    expect(words).toEqual(Array(2).fill(`${'b'.repeat(MAX_NAME_LENGTH)}…`));
  });

  it('draws in proportion to the probabilities, sharpened by a low temperature', async () => {
    // After the boundary: p(a) = p(b) = 1/2; then always the end.
    const half = (l: number) =>
      l === 0
        ? Array.from({ length: VOCAB_SIZE }, (_, i) => (i === 1 || i === 2 ? 5 : -50))
        : certain(0);
    const words = await sampleNames(stub(half), 2, 1, new Rng(3), 400);
    const a = words.filter((w) => w === 'a').length;
    expect(words.every((w) => w === 'a' || w === 'b')).toBe(true);
    expect(a).toBeGreaterThan(160);
    expect(a).toBeLessThan(240);
    // p(a) ∝ e^(1/T), p(b) ∝ 1 with logits 1 and 0: at T = 0.1, a wins almost always.
    const tilted = (l: number) =>
      l === 0
        ? Array.from({ length: VOCAB_SIZE }, (_, i) => (i === 1 ? 1 : i === 2 ? 0 : -50))
        : certain(0);
    const cold = await sampleNames(stub(tilted), 2, 0.1, new Rng(3), 200);
    expect(cold.filter((w) => w === 'a').length).toBeGreaterThan(195);
  });
});
