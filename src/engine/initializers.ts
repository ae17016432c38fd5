/**
 * Weight initialisation schemes, computed in JavaScript from the run's seeded generator so
 * the same seed gives the same initial weights on every backend.
 */
import type { InitializerId } from '../config/schema';
import type { Rng } from './rng';

/** A scheme's numbers; its name and formula are the page's (the catalogue's `pvScheme…`). */
export interface InitScheme {
  /** The standard deviation the scheme aims for, given fan-in and fan-out. */
  targetStd(fanIn: number, fanOut: number): number;
  sample(rng: Rng, fanIn: number, fanOut: number): number;
}

/** The schemes, keyed by the config's initializer id. Biases always start at zero. */
export const INIT_SCHEMES: Record<InitializerId, InitScheme> = {
  // Glorot & Bengio 2010: U(-l, l), l = sqrt(6 / (fanIn + fanOut)), so Var = 2 / (fanIn + fanOut).
  glorot: {
    targetStd: (i, o) => Math.sqrt(2 / (i + o)),
    sample: (rng, i, o) => {
      const limit = Math.sqrt(6 / (i + o));
      return rng.uniform(-limit, limit);
    },
  },
  // He et al. 2015: truncated normal with std sqrt(2 / fanIn) (Keras's he_normal).
  he: {
    targetStd: (i) => Math.sqrt(2 / i),
    sample: (rng, i) => rng.truncatedNormal(Math.sqrt(2 / i) / 0.87962566103423978),
  },
  normal: {
    targetStd: () => 0.01,
    sample: (rng) => rng.normal(0, 0.01),
  },
  zeros: {
    targetStd: () => 0,
    sample: () => 0,
  },
};

/** A fanIn × fanOut weight matrix, row-major, drawn with the given scheme. */
export function initWeights(
  scheme: InitializerId,
  rng: Rng,
  fanIn: number,
  fanOut: number,
): Float32Array {
  const s = INIT_SCHEMES[scheme];
  const w = new Float32Array(fanIn * fanOut);
  for (let k = 0; k < w.length; k++) w[k] = s.sample(rng, fanIn, fanOut);
  return w;
}
