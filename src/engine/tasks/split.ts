/** Picking and splitting examples of any input size, keeping the type of their targets. */
import { Rng } from '../rng';
import type { Examples } from './types';

/** The examples at `indices`, in that order. */
export function pickRows<Y extends Int32Array | Float32Array>(
  all: Examples<Y>,
  inputSize: number,
  indices: ArrayLike<number>,
): Examples<Y> {
  const n = indices.length;
  const x = new Float32Array(n * inputSize);
  const y = new (all.y.constructor as { new (n: number): Y })(n);
  for (let k = 0; k < n; k++) {
    const i = indices[k];
    x.set(all.x.subarray(i * inputSize, (i + 1) * inputSize), k * inputSize);
    y[k] = all.y[i];
  }
  return { x, y, n };
}

/**
 * Shuffles the examples with `rng` and splits them: the first round(n × split) go to
 * validation, the rest to training.
 */
export function splitRows<Y extends Int32Array | Float32Array>(
  all: Examples<Y>,
  inputSize: number,
  validationSplit: number,
  rng: Rng,
): { train: Examples<Y>; validation: Examples<Y> } {
  const order = rng.shuffle(Int32Array.from({ length: all.n }, (_, i) => i));
  const nVal = Math.round(all.n * validationSplit);
  return {
    validation: pickRows(all, inputSize, order.subarray(0, nVal)),
    train: pickRows(all, inputSize, order.subarray(nVal)),
  };
}

/**
 * The size of a generated task's test split: as many examples as its validation split
 * (at least 100), drawn afresh from the same distribution.
 */
export function testSize(points: number, validationSplit: number): number {
  return Math.max(100, Math.round(points * validationSplit));
}

/**
 * The generator of a generated task's test split: its own stream, derived from the seed
 * alone, so drawing the test examples changes neither the training and validation data nor
 * anything else the run draws (initial weights, shuffles).
 */
export function testRng(seed: number): Rng {
  return new Rng(((seed >>> 0) ^ 0x7e57_5e7) >>> 0 || 1);
}
