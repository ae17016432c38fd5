/**
 * Generated 2-D classification data sets, after TensorFlow Playground. Points lie roughly in
 * [-1, 1]²; `noise` is the standard deviation of Gaussian noise added to each coordinate.
 */
import type { DatasetId } from '../../../config/schema';
import type { Rng } from '../../rng';
import type { Examples } from '../types';

type Generator = (n: number, noise: number, rng: Rng) => Examples<Int32Array>;

function make(n: number, point: (i: number) => [number, number, number]): Examples<Int32Array> {
  const x = new Float32Array(2 * n);
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const [a, b, label] = point(i);
    x[2 * i] = a;
    x[2 * i + 1] = b;
    y[i] = label;
  }
  return { x, y, n };
}

const circles: Generator = (n, noise, rng) =>
  make(n, (i) => {
    const label = i % 2;
    // inner disc r ∈ [0, 0.45] is class 0; ring r ∈ [0.65, 1] is class 1
    const r = label === 0 ? rng.uniform(0, 0.45) : rng.uniform(0.65, 1);
    const t = rng.uniform(0, 2 * Math.PI);
    return [r * Math.cos(t) + rng.normal(0, noise), r * Math.sin(t) + rng.normal(0, noise), label];
  });

const spiral: Generator = (n, noise, rng) =>
  make(n, (i) => {
    const label = i % 2;
    const k = Math.floor(i / 2) / Math.ceil(n / 2); // position along the arm, [0, 1)
    const r = 0.05 + 0.95 * k;
    const t = 1.75 * k * 2 * Math.PI + label * Math.PI;
    return [r * Math.sin(t) + rng.normal(0, noise), r * Math.cos(t) + rng.normal(0, noise), label];
  });

const xor: Generator = (n, noise, rng) =>
  make(n, () => {
    const pad = 0.05; // keep points off the axes so the classes are separable without noise
    let a = rng.uniform(-1, 1);
    let b = rng.uniform(-1, 1);
    a += a > 0 ? pad : -pad;
    b += b > 0 ? pad : -pad;
    const label = a * b >= 0 ? 0 : 1;
    return [a + rng.normal(0, noise), b + rng.normal(0, noise), label];
  });

const gaussians: Generator = (n, noise, rng) =>
  make(n, (i) => {
    const label = i % 2;
    const c = label === 0 ? 0.45 : -0.45;
    const s = 0.2 + noise;
    return [rng.normal(c, s), rng.normal(c, s), label];
  });

export const DATASET_GENERATORS: Record<DatasetId, Generator> = { circles, spiral, xor, gaussians };

/**
 * Shuffles the examples with `rng` and splits them: the first round(n × split) go to
 * validation, the rest to training.
 */
export function splitExamples(
  all: Examples<Int32Array>,
  validationSplit: number,
  rng: Rng,
): { train: Examples<Int32Array>; validation: Examples<Int32Array> } {
  const order = rng.shuffle(Int32Array.from({ length: all.n }, (_, i) => i));
  const nVal = Math.round(all.n * validationSplit);
  const pick = (from: number, to: number): Examples<Int32Array> => {
    const n = to - from;
    const x = new Float32Array(2 * n);
    const y = new Int32Array(n);
    for (let k = 0; k < n; k++) {
      const i = order[from + k];
      x[2 * k] = all.x[2 * i];
      x[2 * k + 1] = all.x[2 * i + 1];
      y[k] = all.y[i];
    }
    return { x, y, n };
  };
  return { validation: pick(0, nVal), train: pick(nVal, all.n) };
}
