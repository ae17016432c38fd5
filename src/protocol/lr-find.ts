/**
 * What the learning-rate range test (Lightning's `Tuner.lr_find`, fastai's `lr_find`) reports
 * to the page: plain data, sent while it runs and once when it ends.
 */

/** The sweep's settings: rates from `lrMin` to just below `lrMax` over `steps` steps. */
export interface LrFindSettings {
  /** Rate of the first step, > 0 (Lightning's min_lr, default 1e-8). */
  lrMin: number;
  /** Upper end of the sweep, > lrMin (Lightning's max_lr, default 1). */
  lrMax: number;
  /** Number of steps, an integer ≥ 1 (Lightning's num_training, default 100). */
  steps: number;
}

/**
 * Why the sweep ended: every step taken, the smoothed loss passed 4 × its best, a loss was
 * NaN or ±Inf, it was cancelled (by its own command, or by a command that trains or replaces
 * the run), or it failed (the message comes as an error event).
 */
export type LrFindStop = 'done' | 'diverged' | 'nonFinite' | 'cancelled' | 'failed';

export interface LrFindReport {
  settings: LrFindSettings;
  /** The run's optimizer steps when the sweep started: it trains a copy from there. */
  fromStep: number;
  /**
   * The weights the copy started from: the run's current ones, or (before the initialization
   * phase) the initial weights the run's own generator will draw.
   */
  weights: 'current' | 'initial';
  /** Rate of each step taken so far, in order. */
  lrs: number[];
  /** Smoothed, debiased training loss of each step (β = 0.98). */
  losses: number[];
  /** The training loss of each step's batch as measured, before smoothing. */
  rawLosses: number[];
  /** null while the sweep runs. */
  stop: LrFindStop | null;
  /** The rate of steepest descent of the smoothed loss, once it has ended (null: too few points). */
  suggestion: { lr: number; index: number } | null;
}
