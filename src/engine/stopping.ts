/**
 * Stopping criteria as pure functions, with the semantics of Keras 3 and PyTorch Lightning:
 *
 * - early stopping is Keras 3's EarlyStopping (monitor, min_delta, patience, mode, baseline,
 *   restore_best_weights), with patience counted in evaluations, as Lightning counts it in
 *   validation checks, rather than in epochs;
 * - the target is Lightning's stopping_threshold, reached at equality too;
 * - the divergence threshold is Lightning's divergence_threshold on the early-stopping
 *   monitor; stop on NaN/Inf is Keras's TerminateOnNaN and Lightning's check_finite;
 * - max steps, max epochs and max time are Lightning's max_steps, max_epochs and max_time.
 *
 * Criteria are checked in this order and the first that fires gives the run's one reason.
 * The state and reason are plain data (ids and numbers); the page words them
 * (src/content/stopping.ts).
 */
import type { LabConfig } from '../config/schema';
import type { CriterionState, StoppingReport } from '../protocol/reports';
import type { Direction, Monitor } from '../protocol/stopping';

export type { Direction, Monitor } from '../protocol/stopping';

export interface EarlyStoppingState {
  /** Best monitored value so far (null before the first evaluation). */
  best: number | null;
  bestStep: number | null;
  /** Evaluations since `wait` was last reset (Keras's `wait`). */
  wait: number;
  evaluations: number;
  /** The last evaluation improved on the best; Keras then skips the patience check. */
  improved: boolean;
}

export const INITIAL_EARLY_STOPPING: EarlyStoppingState = {
  best: null,
  bestStep: null,
  wait: 0,
  evaluations: 0,
  improved: false,
};

/** What early stopping (and the divergence threshold) watch, resolved from the config. */
export interface EarlyStoppingRule {
  monitor: Monitor;
  direction: Direction;
  minDelta: number;
  /** null: no baseline (0 in the config). */
  baseline: number | null;
}

/** Keras's mode 'auto': a metric named "loss" (after "val_") is minimised, accuracy maximised. */
export function directionOf(monitor: Monitor, mode: 'auto' | Direction): Direction {
  if (mode !== 'auto') return mode;
  return monitor.replace(/^val_/, '') === 'loss' ? 'min' : 'max';
}

export function earlyStoppingRule(config: LabConfig): EarlyStoppingRule {
  return {
    monitor: config.monitor,
    direction: directionOf(config.monitor, config.mode),
    minDelta: Math.abs(config.minDelta),
    baseline: config.baseline === 0 ? null : config.baseline,
  };
}

/** The value of `monitor` at the latest evaluation; NaN when there is none (e.g. no accuracy). */
export function monitoredValue(
  monitor: Monitor,
  metrics: { valLoss: number | null; valAccuracy: number | null },
): number {
  const v = monitor === 'val_loss' ? metrics.valLoss : metrics.valAccuracy;
  return v ?? NaN;
}

/**
 * Keras's improvement test, `monitor_op(current − min_delta, reference)` with min_delta
 * negated when minimising: to minimise, current + |minDelta| < reference; to maximise,
 * current − |minDelta| > reference. With no reference yet (null, Keras's ±∞) any finite
 * value improves; NaN never does.
 */
export function isImprovement(
  current: number,
  reference: number | null,
  minDelta = 0,
  direction: Direction = 'min',
): boolean {
  const d = Math.abs(minDelta);
  return direction === 'min'
    ? current + d < (reference ?? Infinity)
    : current - d > (reference ?? -Infinity);
}

const DEFAULT_RULE: Omit<EarlyStoppingRule, 'monitor'> = {
  direction: 'min',
  minDelta: 0,
  baseline: null,
};

/**
 * Keras 3's EarlyStopping.on_epoch_end for one evaluation: wait += 1; on an improvement the
 * best (and its step) is updated, and wait is reset to 0 only if the value also beats the
 * baseline (when there is one).
 */
export function recordEvaluation(
  s: EarlyStoppingState,
  value: number,
  step: number,
  rule: Omit<EarlyStoppingRule, 'monitor'> = DEFAULT_RULE,
): EarlyStoppingState {
  const evaluations = s.evaluations + 1;
  const wait = s.wait + 1;
  if (isImprovement(value, s.best, rule.minDelta, rule.direction)) {
    const beatsBaseline =
      rule.baseline === null || isImprovement(value, rule.baseline, rule.minDelta, rule.direction);
    return {
      best: value,
      bestStep: step,
      wait: beatsBaseline ? 0 : wait,
      evaluations,
      improved: true,
    };
  }
  return { ...s, wait, evaluations, improved: false };
}

/**
 * Keras's restore_best_weights bookkeeping after an evaluation: keep a copy of the weights
 * when the evaluation improved on the best, or when no copy is kept yet ("if best weights
 * were never set, the current weights are the best").
 */
export function keepsBestWeights(s: EarlyStoppingState, hasCopy: boolean): boolean {
  return s.improved || !hasCopy;
}

export interface StoppingInput {
  config: LabConfig;
  step: number;
  epoch: number;
  /** Training time so far, in ms (time spent training, not idle time). */
  elapsedMs: number;
  /** Latest training loss read back (null before the first read-back). */
  trainLoss: number | null;
  valLoss: number | null;
  valAccuracy: number | null;
  earlyStopping: EarlyStoppingState;
  /** Step of the weights kept for restore-best-weights (null: none kept). */
  bestWeightsStep: number | null;
}

/** Every criterion's live state, and whether (and why) the run stops now. */
export function checkStopping(input: StoppingInput): StoppingReport {
  const { config, step, epoch, elapsedMs, trainLoss, valLoss, earlyStopping: es } = input;
  const metrics = { valLoss, valAccuracy: input.valAccuracy };
  const rule = earlyStoppingRule(config);
  const watched = monitoredValue(rule.monitor, metrics);
  const evaluated = es.evaluations > 0 || valLoss !== null;

  const nanOn = config.stopOnNonFinite === 'on';
  const nonFinite = [trainLoss, valLoss].some((v) => v !== null && !Number.isFinite(v));

  const targetOn = config.target > 0;
  const targetValue = monitoredValue(config.targetMetric, metrics);
  const targetMin = config.targetMetric === 'val_loss';

  const divOn = config.divergenceThreshold > 0;
  const divAbove = rule.direction === 'min';

  const esOn = config.earlyStopping === 'on';
  const restoreOn = config.restoreBest === 'on';
  const maxMs = config.maxTime * 1000;

  const criteria: CriterionState[] = [
    {
      id: 'nonFinite',
      enabled: nanOn,
      facts: { on: nanOn, trainLoss, valLoss },
      fires: nanOn && nonFinite,
    },
    {
      id: 'target',
      enabled: targetOn,
      facts: {
        metric: config.targetMetric,
        target: config.target,
        value: evaluated && !Number.isNaN(targetValue) ? targetValue : null,
      },
      fires: targetOn && (targetMin ? targetValue <= config.target : targetValue >= config.target),
    },
    {
      id: 'divergence',
      enabled: divOn,
      facts: {
        monitor: rule.monitor,
        direction: rule.direction,
        threshold: config.divergenceThreshold,
        value: evaluated && !Number.isNaN(watched) ? watched : null,
      },
      // Lightning: monitor_op(−current, −threshold), i.e. strictly worse than the threshold.
      fires:
        divOn &&
        (divAbove ? watched > config.divergenceThreshold : watched < config.divergenceThreshold),
    },
    {
      id: 'earlyStopping',
      enabled: esOn,
      facts: {
        on: esOn,
        monitor: rule.monitor,
        direction: rule.direction,
        wait: es.wait,
        patience: config.patience,
        best: es.best,
        bestStep: es.bestStep,
        minDelta: rule.minDelta,
        baseline: rule.baseline,
        restoreBest: restoreOn,
        keptStep: restoreOn ? input.bestWeightsStep : null,
      },
      progress: config.patience > 0 ? Math.min(1, es.wait / config.patience) : es.wait > 0 ? 1 : 0,
      // Keras: only after an evaluation that did not improve, and never on the first one.
      fires:
        esOn &&
        es.improved !== true &&
        es.evaluations > 1 &&
        es.wait > 0 &&
        es.wait >= config.patience,
    },
    {
      id: 'maxSteps',
      enabled: true,
      facts: { step, maxSteps: config.maxSteps },
      progress: Math.min(1, step / config.maxSteps),
      fires: step >= config.maxSteps,
    },
    {
      id: 'maxEpochs',
      enabled: true,
      facts: { epoch, maxEpochs: config.maxEpochs },
      progress: Math.min(1, epoch / config.maxEpochs),
      fires: epoch >= config.maxEpochs,
    },
    {
      id: 'maxTime',
      enabled: maxMs > 0,
      facts: { elapsedMs, maxTime: config.maxTime },
      progress: maxMs > 0 ? Math.min(1, elapsedMs / maxMs) : undefined,
      fires: maxMs > 0 && elapsedMs >= maxMs,
    },
  ];
  const first = criteria.find((c) => c.fires);
  return {
    phase: 'stopping',
    criteria,
    stop: first !== undefined,
    reason: first ? { ...first, step } : null,
  };
}
