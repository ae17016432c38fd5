/**
 * Reduce the learning rate when a metric stops improving, with the semantics of Keras 3's
 * `keras.callbacks.ReduceLROnPlateau` (keras/src/callbacks/reduce_lr_on_plateau.py), checked
 * after each evaluation:
 *
 *     if in cooldown:  cooldownCounter −= 1; wait = 0
 *     if improved:     best = metric; wait = 0
 *     elif not in cooldown (tested after the decrement):
 *         wait += 1
 *         if wait ≥ patience and lr > minLr:
 *             lr = max(lr · factor, minLr); cooldownCounter = cooldown; wait = 0
 *
 * improved: `metric < best − minDelta` (mode min) or `metric > best + minDelta` (mode max);
 * a NaN metric never improves. Two Keras details are kept on purpose: the cooldown counter is
 * decremented before the test, so `cooldown = 1` suppresses nothing; and once lr has reached
 * minLr, `wait` keeps growing. PyTorch's ReduceLROnPlateau differs (relative threshold by
 * default, `num_bad_epochs`); the guide's reference is Keras.
 */

/** The callback's settings (Keras names and defaults). */
export interface PlateauConfig {
  /** The metric's name, e.g. 'val_loss'; only read by mode 'auto'. */
  monitor: string;
  /** 'min', 'max', or 'auto': Keras maximises when the name contains "acc", else minimises. */
  mode: 'min' | 'max' | 'auto';
  /** Multiplier of the learning rate at a reduction, in (0, 1). Default 0.1. */
  factor: number;
  /** Evaluations without improvement before a reduction, integer ≥ 0. Default 10. */
  patience: number;
  /** Smallest change that counts as an improvement (absolute, in the metric's unit). Default 1e-4. */
  minDelta: number;
  /** Evaluations after a reduction during which `wait` stays 0, integer ≥ 0. Default 0. */
  cooldown: number;
  /** Lower bound of the learning rate, ≥ 0. Default 0. */
  minLr: number;
}

/** Keras's defaults, monitoring val_loss. */
export const DEFAULT_PLATEAU: PlateauConfig = {
  monitor: 'val_loss',
  mode: 'auto',
  factor: 0.1,
  patience: 10,
  minDelta: 1e-4,
  cooldown: 0,
  minLr: 0,
};

/**
 * The callback's whole state, plain and JSON-safe for a checkpoint (`best` is null before the
 * first evaluation instead of Keras's ±inf, which JSON cannot hold).
 */
export interface PlateauState {
  /** The current learning rate. */
  lr: number;
  best: number | null;
  wait: number;
  cooldownCounter: number;
}

/** The state before the first evaluation. @throws RangeError unless baseLr is finite and > 0. */
export function initialPlateauState(baseLr: number): PlateauState {
  if (!Number.isFinite(baseLr) || baseLr <= 0) {
    throw new RangeError(`baseLr must be a finite number > 0, got ${baseLr}`);
  }
  return { lr: baseLr, best: null, wait: 0, cooldownCounter: 0 };
}

/** Whether the metric is maximised (Keras's rule for mode 'auto': the name contains "acc"). */
export function plateauMaximises(config: Pick<PlateauConfig, 'mode' | 'monitor'>): boolean {
  return config.mode === 'max' || (config.mode === 'auto' && config.monitor.includes('acc'));
}

/**
 * Checks the settings.
 * @throws RangeError naming the field: factor outside (0, 1), negative or fractional patience or
 * cooldown, negative or non-finite minDelta or minLr
 */
export function validatePlateau(config: PlateauConfig): void {
  const bad = (field: string, rule: string, value: unknown) =>
    new RangeError(`plateau.${field} must be ${rule}, got ${value}`);
  if (!(config.factor > 0 && config.factor < 1)) throw bad('factor', 'in (0, 1)', config.factor);
  for (const field of ['patience', 'cooldown'] as const) {
    if (!Number.isInteger(config[field]) || config[field] < 0) {
      throw bad(field, 'an integer ≥ 0', config[field]);
    }
  }
  for (const field of ['minDelta', 'minLr'] as const) {
    if (!Number.isFinite(config[field]) || config[field] < 0) {
      throw bad(field, 'a finite number ≥ 0', config[field]);
    }
  }
}

/**
 * One evaluation's update (pure: returns a new state).
 * @param metric the monitored value of this evaluation (NaN counts as no improvement)
 * @returns the next state and whether the learning rate was reduced now
 * @throws RangeError from {@link validatePlateau}
 */
export function onEvaluation(
  config: PlateauConfig,
  state: PlateauState,
  metric: number,
): { state: PlateauState; reduced: boolean } {
  validatePlateau(config);
  const next = { ...state };
  const maximise = plateauMaximises(config);
  if (next.cooldownCounter > 0) {
    next.cooldownCounter -= 1;
    next.wait = 0;
  }
  const best = next.best ?? (maximise ? -Infinity : Infinity);
  const improved = maximise ? metric > best + config.minDelta : metric < best - config.minDelta;
  if (improved) {
    next.best = metric;
    next.wait = 0;
    return { state: next, reduced: false };
  }
  if (next.cooldownCounter > 0) return { state: next, reduced: false };
  next.wait += 1;
  if (next.wait >= config.patience && next.lr > config.minLr) {
    next.lr = Math.max(next.lr * config.factor, config.minLr);
    next.cooldownCounter = config.cooldown;
    next.wait = 0;
    return { state: next, reduced: true };
  }
  return { state: next, reduced: false };
}
