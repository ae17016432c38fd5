/**
 * The summary of an ablation study: for each component switched off or replaced, the change of
 * the metric against the base, seed by seed, with its mean and spread over the seeds, and
 * whether that change stands out from the seed noise.
 *
 * The rule (stated once, used everywhere): an effect is called larger than the seed noise when
 * |mean Δ| > 2 · SE, with SE = √(s²_base/n + s²_component/n) the pooled standard error of the
 * difference of two means over n seeds (s² the sample variance, n − 1 in the denominator).
 * This is the two-standard-error rule of thumb (about a 95% interval for normal noise). It does
 * not use the pairing by seed, so it is conservative when a seed moves base and component the
 * same way.
 */

/** A metric per seed (e.g. the final val_loss of the run with that seed). */
export type BySeed = Readonly<Record<number, number>>;

export interface AblationEffect {
  component: string;
  /** Δ = component − base for each seed both have, in seed order. */
  deltas: { seed: number; delta: number }[];
  /** Mean of the deltas. */
  mean: number;
  /** Sample standard deviation of the deltas (n − 1). */
  std: number;
  /** Pooled standard error √(s²_base/n + s²_component/n). */
  standardError: number;
  /** |mean| > 2 · standardError. */
  significant: boolean;
}

/** Arithmetic mean. @throws RangeError on an empty list. */
export function mean(xs: readonly number[]): number {
  if (xs.length === 0) throw new RangeError('mean of no values');
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Sample standard deviation (Bessel's n − 1). @throws RangeError on fewer than 2 values. */
export function sampleStd(xs: readonly number[]): number {
  if (xs.length < 2) throw new RangeError('a sample standard deviation needs 2 values or more');
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
}

/**
 * The effect of each component against the base, over the seeds both were trained with.
 * @param base the base's metric by seed.
 * @param components each component's metric by seed.
 * @throws RangeError when a component shares fewer than 2 seeds with the base.
 */
export function summarizeAblation(
  base: BySeed,
  components: Readonly<Record<string, BySeed>>,
): AblationEffect[] {
  return Object.entries(components).map(([component, values]) => {
    const seeds = Object.keys(values)
      .map(Number)
      .filter((s) => s in base)
      .sort((a, b) => a - b);
    if (seeds.length < 2)
      throw new RangeError(`${component} shares ${seeds.length} seeds with the base; 2 are needed`);
    const deltas = seeds.map((seed) => ({ seed, delta: values[seed] - base[seed] }));
    const d = deltas.map((x) => x.delta);
    const n = seeds.length;
    const sBase = sampleStd(seeds.map((s) => base[s]));
    const sComp = sampleStd(seeds.map((s) => values[s]));
    const standardError = Math.sqrt((sBase ** 2 + sComp ** 2) / n);
    const m = mean(d);
    return {
      component,
      deltas,
      mean: m,
      std: sampleStd(d),
      standardError,
      significant: Math.abs(m) > 2 * standardError,
    };
  });
}
