/**
 * The learning-rate range test (Smith 2017, "Cyclical Learning Rates"; popularised by fastai,
 * built into Lightning as `Tuner.lr_find`): train for up to `steps` steps while the learning
 * rate grows exponentially, record a smoothed loss per step, stop when it diverges, and suggest
 * the rate where the smoothed loss falls fastest. Pure functions over a plain state record; the
 * training steps themselves belong to the caller.
 *
 * Semantics, and where they differ from Lightning 2.x (`lightning/pytorch/tuner/lr_finder.py`):
 * - rate of step i (0-based): `lrMin · (lrMax/lrMin)^(i/steps)` (fastai's `SchedExp`; the last
 *   step stays just below lrMax). Lightning's `_ExponentialLR` uses the exponent `(i+1)/steps`
 *   for i ≥ 1 (and i = 0 for the first step), so it ends exactly at lrMax.
 * - smoothing: `avg = β·avg + (1 − β)·loss`, smoothed `= avg / (1 − β^(i+1))` (fastai, and the
 *   textbook debiasing: a constant loss gives itself back). Lightning divides by
 *   `1 − β^(global_step+1)`, and as its code reads (it treats `global_step == 1` as the first
 *   batch) the counter is already advanced then, i.e. `1 − β^(i+2)`, which about halves its
 *   first smoothed value.
 * - stopping: after the first step, when `smoothed > divergeFactor · best` (best taken before
 *   this step), as Lightning; the diverging point is still recorded. A non-finite loss also
 *   stops the test here (Lightning would carry NaN in its average and never stop).
 * - suggestion: Lightning's `suggestion(skip_begin=10, skip_end=1)`: drop the first 10 and the
 *   last point, drop non-finite losses, take the gradient of the smoothed loss with
 *   `torch.gradient` (numpy's second-order central differences, one-sided at the ends), pick
 *   the most negative. Lightning ≥ 2.0 differentiates with respect to lr itself
 *   (`spacing=[lrs]`); fastai's "steep" and Lightning 1.x use log lr (uniform spacing for this
 *   schedule). The default here is log lr, the slope the plot shows; `spacing: 'lr'` gives
 *   Lightning 2.x's choice, which divides the log slope by lr and so favours smaller rates.
 */

/** The range test's settings (Lightning's defaults). */
export interface LrFinderConfig {
  /** Rate of the first step, > 0. Default 1e-8. */
  lrMin: number;
  /** Upper end of the sweep, > lrMin. Default 1. */
  lrMax: number;
  /** Number of steps (Lightning's num_training), integer ≥ 1. Default 100. */
  steps: number;
  /** Smoothing factor β in [0, 1). Default 0.98. */
  beta: number;
  /** Stop when the smoothed loss exceeds this multiple of the best; null: never. Default 4. */
  divergeFactor: number | null;
}

/** Lightning's `lr_find` defaults (min_lr 1e-8, max_lr 1, num_training 100, threshold 4) and β 0.98. */
export const DEFAULT_LR_FINDER: LrFinderConfig = {
  lrMin: 1e-8,
  lrMax: 1,
  steps: 100,
  beta: 0.98,
  divergeFactor: 4,
};

/** Why the test ended: all steps done, the loss diverged, or a loss was NaN/±Inf. */
export type LrFinderStop = 'done' | 'diverged' | 'nonFinite';

/** The test's state, plain data. `lrs[i]` and `losses[i]` (smoothed) belong to step i. */
export interface LrFinderState {
  avgLoss: number;
  bestLoss: number | null;
  lrs: number[];
  losses: number[];
  stop: LrFinderStop | null;
}

/**
 * @throws RangeError naming the field: lrMin ≤ 0, lrMax ≤ lrMin, steps not an integer ≥ 1,
 * beta outside [0, 1), divergeFactor ≤ 1
 */
export function validateLrFinder(c: LrFinderConfig): void {
  const bad = (field: string, rule: string, v: unknown) =>
    new RangeError(`lrFinder.${field} must be ${rule}, got ${v}`);
  if (!(Number.isFinite(c.lrMin) && c.lrMin > 0))
    throw bad('lrMin', 'a finite number > 0', c.lrMin);
  if (!(Number.isFinite(c.lrMax) && c.lrMax > c.lrMin))
    throw bad('lrMax', 'finite and > lrMin', c.lrMax);
  if (!(Number.isInteger(c.steps) && c.steps >= 1)) throw bad('steps', 'an integer ≥ 1', c.steps);
  if (!(c.beta >= 0 && c.beta < 1)) throw bad('beta', 'in [0, 1)', c.beta);
  if (c.divergeFactor !== null && !(c.divergeFactor > 1)) {
    throw bad('divergeFactor', 'a number > 1 or null', c.divergeFactor);
  }
}

/**
 * The learning rate of step i: `lrMin · (lrMax/lrMin)^(i/steps)`.
 * @throws RangeError for a bad config or i not an integer in [0, steps)
 */
export function finderLr(config: LrFinderConfig, i: number): number {
  validateLrFinder(config);
  if (!(Number.isInteger(i) && i >= 0 && i < config.steps)) {
    throw new RangeError(`step must be an integer in [0, ${config.steps}), got ${i}`);
  }
  return config.lrMin * (config.lrMax / config.lrMin) ** (i / config.steps);
}

/** The state before the first step: nothing recorded, no best loss yet. */
export function initialLrFinderState(): LrFinderState {
  return { avgLoss: 0, bestLoss: null, lrs: [], losses: [], stop: null };
}

/**
 * Records the training loss of the next step (taken at `finderLr(config, state.lrs.length)`)
 * and decides whether the test stops. Pure: returns a new state.
 * @param loss the step's training loss (the loss of its batch before the update)
 * @throws Error when the test has already stopped; RangeError for a bad config
 */
export function recordLoss(
  config: LrFinderConfig,
  state: LrFinderState,
  loss: number,
): LrFinderState {
  if (state.stop !== null) throw new Error(`the range test has already stopped (${state.stop})`);
  const i = state.lrs.length;
  const lr = finderLr(config, i);
  const avgLoss = config.beta * state.avgLoss + (1 - config.beta) * loss;
  const smoothed = avgLoss / (1 - config.beta ** (i + 1));
  let stop: LrFinderStop | null = null;
  if (!Number.isFinite(smoothed)) stop = 'nonFinite';
  else if (
    i > 0 &&
    config.divergeFactor !== null &&
    state.bestLoss !== null &&
    smoothed > config.divergeFactor * state.bestLoss
  ) {
    stop = 'diverged';
  } else if (i + 1 >= config.steps) stop = 'done';
  const bestLoss = state.bestLoss === null || smoothed < state.bestLoss ? smoothed : state.bestLoss;
  return {
    avgLoss,
    bestLoss: Number.isFinite(bestLoss) ? bestLoss : state.bestLoss,
    lrs: [...state.lrs, lr],
    losses: [...state.losses, smoothed],
    stop,
  };
}

/**
 * dy/dx at every point, as `numpy.gradient(y, x)` and `torch.gradient(y, spacing=[x])`
 * (edge_order 1): second-order central differences for unevenly spaced x inside, one-sided
 * differences at the two ends.
 * @throws RangeError for fewer than 2 points or arrays of different length
 */
export function gradient(y: readonly number[], x: readonly number[]): number[] {
  const n = y.length;
  if (n < 2 || x.length !== n) throw new RangeError(`gradient needs ≥ 2 points and equal lengths`);
  const g = new Array<number>(n);
  g[0] = (y[1] - y[0]) / (x[1] - x[0]);
  g[n - 1] = (y[n - 1] - y[n - 2]) / (x[n - 1] - x[n - 2]);
  for (let i = 1; i < n - 1; i++) {
    const h1 = x[i] - x[i - 1];
    const h2 = x[i + 1] - x[i];
    g[i] =
      (-h2 / (h1 * (h1 + h2))) * y[i - 1] +
      ((h2 - h1) / (h1 * h2)) * y[i] +
      (h1 / (h2 * (h1 + h2))) * y[i + 1];
  }
  return g;
}

/** Options of {@link suggestLr} (Lightning's `suggestion` defaults). */
export interface SuggestOptions {
  /** Points dropped at the start. Default 10. */
  skipBegin?: number;
  /** Points dropped at the end (0: none; Python's `[:-0]` would drop all). Default 1. */
  skipEnd?: number;
  /** Differentiate with respect to ln lr (default) or lr (Lightning 2.x). */
  spacing?: 'logLr' | 'lr';
}

/**
 * The suggested rate: where the smoothed loss falls fastest (most negative gradient; the first
 * such point on ties), or null when fewer than 2 finite points remain after skipping.
 * @param lrs the rates of the steps, > 0
 * @param losses the smoothed losses of the same steps
 * @returns the rate and its index into `lrs`
 * @throws RangeError when the arrays differ in length or a skip count is negative
 */
export function suggestLr(
  lrs: readonly number[],
  losses: readonly number[],
  { skipBegin = 10, skipEnd = 1, spacing = 'logLr' }: SuggestOptions = {},
): { lr: number; index: number } | null {
  if (lrs.length !== losses.length) {
    throw new RangeError(`lrs (${lrs.length}) and losses (${losses.length}) differ in length`);
  }
  if (!(
    Number.isInteger(skipBegin) &&
    skipBegin >= 0 &&
    Number.isInteger(skipEnd) &&
    skipEnd >= 0
  )) {
    throw new RangeError(`skipBegin and skipEnd must be integers ≥ 0`);
  }
  const kept: number[] = [];
  for (let i = skipBegin; i < lrs.length - skipEnd; i++) {
    if (Number.isFinite(losses[i])) kept.push(i);
  }
  if (kept.length < 2) return null;
  const x = kept.map((i) => (spacing === 'logLr' ? Math.log(lrs[i]) : lrs[i]));
  const g = gradient(
    kept.map((i) => losses[i]),
    x,
  );
  let best = 0;
  for (let k = 1; k < g.length; k++) if (g[k] < g[best]) best = k;
  const index = kept[best];
  return { lr: lrs[index], index };
}
