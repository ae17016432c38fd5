import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { buildMnistAsset } from '../../../../scripts/build-mnist-asset.mjs';
import { DEFAULT_CONFIG, MNIST_TRAIN_VAL, taskDefaults } from '../../../config/schema';
import { Rng } from '../../rng';
import { MNIST_TEST_SIZE, parseMnistAsset, provideMnist, splitDigits } from './data';
import { mnist } from './index';

/** The `mnist` package's own digits: per class, `length` samples of 784 values in [0, 1]. */
const pkg = createRequire(import.meta.url)('mnist') as {
  length: number;
  id: number;
  get(i: number): number[];
}[] & { [d: number]: { length: number; get(i: number): number[] } };

const bytes = buildMnistAsset();

/** Byte-wise equality of two typed arrays (toEqual is far too slow for millions of values). */
const sameBytes = (a: ArrayBufferView, b: ArrayBufferView) =>
  Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(
    Buffer.from(b.buffer, b.byteOffset, b.byteLength),
  );
const images = parseMnistAsset(bytes);

describe('the MNIST asset', () => {
  it('holds the 10,000 digits of the package, 28 × 28 pixels each, one byte per pixel', () => {
    expect(images.count).toBe(10_000);
    expect([images.rows, images.cols]).toEqual([28, 28]);
    expect(bytes.length).toBe(12 + 10_000 * (1 + 784));
    const perClass = Array.from({ length: 10 }, (_, d) => pkg[d].length);
    expect(perClass.reduce((a, b) => a + b, 0)).toBe(10_000);
    const counts = new Array(10).fill(0);
    for (const l of images.labels) counts[l]++;
    expect(counts).toEqual(perClass);
  });

  it('has the labels and pixels of the package (spot checks across every class)', () => {
    let offset = 0;
    for (let d = 0; d < 10; d++) {
      for (const j of [0, 1, Math.floor(pkg[d].length / 2), pkg[d].length - 1]) {
        const k = offset + j;
        expect(images.labels[k]).toBe(d);
        const want = pkg[d].get(j);
        const got = images.pixels.subarray(k * 784, (k + 1) * 784);
        // The package stores pixel / 255 to 3 decimals: one byte is within half a step.
        for (let p = 0; p < 784; p++) expect(Math.abs(got[p] / 255 - want[p])).toBeLessThan(0.0025);
      }
      offset += pkg[d].length;
    }
  });

  it('rejects bytes that are not a digits file', () => {
    expect(() => parseMnistAsset(new Uint8Array(64))).toThrow(/not an MNIST/);
    expect(() => parseMnistAsset(bytes.subarray(0, 1000))).toThrow(/expected/);
  });
});

describe('splitDigits', () => {
  const a = splitDigits(images, 0.1, new Rng(1));

  it('holds out 1,000 test digits and splits the other 9,000 into validation and training', () => {
    expect(a.test!.n).toBe(MNIST_TEST_SIZE);
    expect(a.validation.n).toBe(900);
    expect(a.train.n).toBe(8100);
    expect(a.train.n + a.validation.n).toBe(MNIST_TRAIN_VAL);
    expect(a.train.x).toHaveLength(8100 * 784);
    expect(a.inputSize).toBe(784);
    expect(a.classes).toBe(10);
    expect(a.train.x.every((v) => v >= 0 && v <= 1)).toBe(true);
    expect(a.train.y.every((v) => Number.isInteger(v) && v >= 0 && v <= 9)).toBe(true);
  });

  it('keeps only the digits 0–4 (ten outputs still), the test digits a subset of the ten-digit ones', () => {
    const lower = splitDigits(images, 0.1, new Rng(1), 'lower');
    expect(lower.classes).toBe(10);
    for (const part of ['train', 'validation', 'test'] as const) {
      const y = lower[part]!.y;
      expect(y.length, part).toBeGreaterThan(0);
      expect(
        y.every((v) => v >= 0 && v <= 4),
        part,
      ).toBe(true);
      expect(new Set(y).size, part).toBe(5);
    }
    const lowerTest = a.test!.y.filter((v) => v < 5).length;
    expect(lower.test!.n).toBe(lowerTest);
    // 0–4 are about half of the digits: training and validation hold the rest of them.
    const lowerAll = images.labels.filter((v) => v < 5).length;
    expect(lower.train.n + lower.validation.n + lower.test!.n).toBe(lowerAll);
  });

  it('is deterministic for a seed; the test digits are the same for every seed', () => {
    const b = splitDigits(images, 0.1, new Rng(1));
    const c = splitDigits(images, 0.1, new Rng(2));
    for (const part of ['train', 'validation', 'test'] as const) {
      expect(sameBytes(b[part]!.x, a[part]!.x), part).toBe(true);
      expect(sameBytes(b[part]!.y, a[part]!.y), part).toBe(true);
    }
    expect(sameBytes(c.test!.x, a.test!.x)).toBe(true);
    expect(sameBytes(c.validation.x, a.validation.x)).toBe(false);
  });

  it('uses every digit exactly once across the three sets', () => {
    // Each digit's pixel sum and label identify it well enough to count duplicates.
    const key = (x: Float32Array, y: ArrayLike<number>, i: number) => {
      let s = 0;
      for (let p = 0; p < 784; p++) s += x[i * 784 + p] * (p + 1);
      return `${y[i]}:${s.toFixed(2)}`;
    };
    const keys = new Map<string, number>();
    for (const e of [a.train, a.validation, a.test!]) {
      for (let i = 0; i < e.n; i++) {
        const k = key(e.x, e.y, i);
        keys.set(k, (keys.get(k) ?? 0) + 1);
      }
    }
    const all = new Map<string, number>();
    const everything = { x: Float32Array.from(images.pixels, (v) => v / 255), y: images.labels };
    for (let i = 0; i < images.count; i++) {
      const k = key(everything.x, everything.y, i);
      all.set(k, (all.get(k) ?? 0) + 1);
    }
    expect(keys).toEqual(all);
  });

  it('shuffles the classes: the first 100 training digits hold at least 8 classes', () => {
    expect(new Set(a.train.y.subarray(0, 100)).size).toBeGreaterThanOrEqual(8);
  });
});

describe('the mnist task', () => {
  it('makes its data from the provided digits and describes both models', () => {
    provideMnist(bytes);
    const config = { ...taskDefaults('mnist'), seed: DEFAULT_CONFIG.seed };
    const data = mnist.makeData(config, new Rng(3));
    expect(data.kind).toBe('images');
    const view = mnist.datasetView(data);
    expect(view.kind).toBe('images');
    expect(view.imageShape).toEqual([28, 28]);
    expect(view.trainY).toHaveLength(data.train.n);
    expect(view.trainX).toHaveLength(0);
    expect(view.testSize).toBe(1000);
    const mlp = mnist.describeModel(config, data);
    expect(mlp.totalParams).toBe(784 * 128 + 128 + 128 * 10 + 10);
    const cnn = mnist.describeModel({ ...config, model: 'cnn' }, data);
    expect(cnn.table.map((r) => r.outputShape)).toEqual([
      [24, 24, 8],
      [12, 12, 8],
      [8, 8, 16],
      [4, 4, 16],
      [256],
      [10],
    ]);
    expect(cnn.totalParams).toBe(208 + 3216 + 2570);
    expect(mnist.convolutional?.({ ...config, model: 'cnn' })).toBe(true);
    expect(mnist.convolutional?.(config)).toBe(false);
  });
});
