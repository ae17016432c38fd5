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
 */
import type { LabConfig } from '../config/schema';
import type { CriterionState, StoppingReport } from '../protocol/reports';

/** The metrics an evaluation produces that a criterion can watch. */
export type Monitor = 'val_loss' | 'val_accuracy';
/** Whether smaller ('min') or larger ('max') values of the monitored metric are better. */
export type Direction = 'min' | 'max';

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

const fmt = (x: number) =>
  !Number.isFinite(x)
    ? String(x)
    : Math.abs(x) >= 0.001 || x === 0
      ? x.toFixed(4)
      : x.toExponential(2);

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;

const METRIC_NAMES: Record<Monitor, string> = {
  val_loss: 'Validation loss',
  val_accuracy: 'Validation accuracy',
};

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
  const targetText = `target ${targetMin ? '≤' : '≥'} ${config.target}`;

  const divOn = config.divergenceThreshold > 0;
  const divAbove = rule.direction === 'min';

  const esOn = config.earlyStopping === 'on';
  const restoreOn = config.restoreBest === 'on';
  const maxMs = config.maxTime * 1000;

  const criteria: CriterionState[] = [
    {
      id: 'nonFinite',
      label: 'Loss is NaN or infinite',
      enabled: nanOn,
      detail:
        (nanOn ? '' : 'off · ') +
        (trainLoss === null ? 'no loss read yet' : `training loss ${fmt(trainLoss)}`) +
        (valLoss === null ? '' : `, validation loss ${fmt(valLoss)}`),
      fires: nanOn && nonFinite,
    },
    {
      id: 'target',
      label: `Target ${config.targetMetric}`,
      enabled: targetOn,
      detail: targetOn
        ? `${evaluated && !Number.isNaN(targetValue) ? `${config.targetMetric} ${fmt(targetValue)}` : 'not evaluated yet'} (${targetText})`
        : 'off (target 0)',
      fires: targetOn && (targetMin ? targetValue <= config.target : targetValue >= config.target),
    },
    {
      id: 'divergence',
      label: `Divergence threshold on ${rule.monitor}`,
      enabled: divOn,
      detail: divOn
        ? `${evaluated && !Number.isNaN(watched) ? `${rule.monitor} ${fmt(watched)}` : 'not evaluated yet'} (stops ${divAbove ? 'above' : 'below'} ${config.divergenceThreshold})`
        : 'off (threshold 0)',
      // Lightning: monitor_op(−current, −threshold), i.e. strictly worse than the threshold.
      fires:
        divOn &&
        (divAbove ? watched > config.divergenceThreshold : watched < config.divergenceThreshold),
    },
    {
      id: 'earlyStopping',
      label: `Early stopping on ${rule.monitor} (${rule.direction})`,
      enabled: esOn,
      detail:
        (esOn ? '' : 'off · ') +
        `patience ${es.wait}/${config.patience}` +
        (es.best === null
          ? ', no evaluation yet'
          : `, best ${fmt(es.best)} at step ${es.bestStep}`) +
        (rule.minDelta > 0 ? `, min delta ${rule.minDelta}` : '') +
        (rule.baseline !== null ? `, baseline ${rule.baseline}` : '') +
        (restoreOn
          ? input.bestWeightsStep === null
            ? ', restores the best weights'
            : `, weights of step ${input.bestWeightsStep} kept`
          : ''),
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
      label: 'Max steps',
      enabled: true,
      detail: `step ${step} of ${config.maxSteps}`,
      progress: Math.min(1, step / config.maxSteps),
      fires: step >= config.maxSteps,
    },
    {
      id: 'maxEpochs',
      label: 'Max epochs',
      enabled: true,
      detail: `${epoch} of ${config.maxEpochs} epochs completed`,
      progress: Math.min(1, epoch / config.maxEpochs),
      fires: epoch >= config.maxEpochs,
    },
    {
      id: 'maxTime',
      label: 'Max training time',
      enabled: maxMs > 0,
      detail:
        maxMs > 0
          ? `${seconds(elapsedMs)} of ${config.maxTime} s trained`
          : `off (0) · ${seconds(elapsedMs)} trained`,
      progress: maxMs > 0 ? Math.min(1, elapsedMs / maxMs) : undefined,
      fires: maxMs > 0 && elapsedMs >= maxMs,
    },
  ];
  const first = criteria.find((c) => c.fires);
  return {
    phase: 'stopping',
    criteria,
    stop: first !== undefined,
    reason: first ? reasonText(first.id, input) : null,
  };
}

function reasonText(id: CriterionState['id'], s: StoppingInput): string {
  const c = s.config;
  const rule = earlyStoppingRule(c);
  const metrics = { valLoss: s.valLoss, valAccuracy: s.valAccuracy };
  switch (id) {
    case 'nonFinite': {
      const train = s.trainLoss !== null && !Number.isFinite(s.trainLoss);
      const value = train ? s.trainLoss : s.valLoss;
      return `The ${train ? 'training' : 'validation'} loss became ${value} at step ${s.step}: training diverged (stop on NaN/Inf).`;
    }
    case 'target':
      return `${METRIC_NAMES[c.targetMetric]} ${fmt(monitoredValue(c.targetMetric, metrics))} reached the target ${c.target}.`;
    case 'divergence':
      return `Divergence threshold: ${rule.monitor} ${fmt(monitoredValue(rule.monitor, metrics))} is ${rule.direction === 'min' ? 'above' : 'below'} ${c.divergenceThreshold}, so training is not expected to recover.`;
    case 'earlyStopping': {
      const es = s.earlyStopping;
      const by = rule.minDelta > 0 ? ` by more than ${rule.minDelta}` : '';
      const kept = c.restoreBest === 'on' ? s.bestWeightsStep : null;
      // The copy is from the best step, unless restoring was switched on
      // after it: then, as in Keras, the first weights kept stand in for the best.
      const restored =
        kept === null
          ? ''
          : kept === es.bestStep
            ? ` Restored the best weights, from step ${kept}.`
            : ` Restored the weights kept at step ${kept} (those of the best step, ${es.bestStep}, were not kept).`;
      return `Early stopping: ${rule.monitor} has not improved${by} for ${es.wait} evaluations (patience ${c.patience}); best ${fmt(es.best ?? NaN)} at step ${es.bestStep}.${restored}`;
    }
    case 'maxSteps':
      return `Reached max steps (${c.maxSteps}).`;
    case 'maxEpochs':
      return `Reached max epochs (${c.maxEpochs}).`;
    case 'maxTime':
      return `Reached the max training time (${c.maxTime} s) after ${seconds(s.elapsedMs)} of training, at step ${s.step}.`;
  }
}
