/**
 * Noisy samples of a function of one variable, for regression: x ~ U(−1.5, 1.5) and
 * y = f(x) + ε with ε ~ N(0, noise²).
 */
import type { FunctionId } from '../../../config/schema';
import type { Rng } from '../../rng';
import type { Examples } from '../types';

/** The range of x the samples and the plotted curve cover. */
export const X_RANGE: [number, number] = [-1.5, 1.5];

export const FUNCTIONS_1D: Record<FunctionId, (x: number) => number> = {
  sine: (x) => Math.sin(3 * x),
  step: (x) => (x < 0 ? -1 : 1),
  polynomial: (x) => x * x * x - x,
};

/** n noisy samples of f at uniformly drawn x. */
export function sampleFunction(
  fn: FunctionId,
  n: number,
  noise: number,
  rng: Rng,
): Examples<Float32Array> {
  const f = FUNCTIONS_1D[fn];
  const x = new Float32Array(n);
  const y = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = rng.uniform(X_RANGE[0], X_RANGE[1]);
    y[i] = f(x[i]) + rng.normal(0, noise);
  }
  return { x, y, n };
}
