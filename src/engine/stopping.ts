/**
 * Stopping criteria as pure functions. Early stopping follows Keras 3's EarlyStopping on
 * `val_loss` with min_delta = 0 and no baseline, with patience counted in evaluations
 * (as Lightning does) rather than epochs.
 */
import type { LabConfig } from '../config/schema';
import type { CriterionState, StoppingReport } from '../protocol/reports';

export interface EarlyStoppingState {
  best: number | null;
  bestStep: number | null;
  /** Evaluations since the last improvement. */
  wait: number;
  evaluations: number;
}

export const INITIAL_EARLY_STOPPING: EarlyStoppingState = {
  best: null,
  bestStep: null,
  wait: 0,
  evaluations: 0,
};

/**
 * Keras's improvement test for a metric to minimise. Keras negates |min_delta| in 'min' mode,
 * so a value improves only if it is lower than the best by more than minDelta:
 * current + |minDelta| < best, with best = +∞ before the first evaluation (NaN never improves).
 */
export function isImprovement(current: number, best: number | null, minDelta = 0): boolean {
  return current + Math.abs(minDelta) < (best ?? Infinity);
}

/** Records one evaluation's validation loss: wait += 1, reset to 0 on improvement. */
export function recordEvaluation(
  s: EarlyStoppingState,
  valLoss: number,
  step: number,
  minDelta = 0,
): EarlyStoppingState {
  const evaluations = s.evaluations + 1;
  if (isImprovement(valLoss, s.best, minDelta)) {
    return { best: valLoss, bestStep: step, wait: 0, evaluations };
  }
  return { ...s, wait: s.wait + 1, evaluations };
}

export interface StoppingInput {
  config: LabConfig;
  step: number;
  epoch: number;
  /** Latest training loss read back (null before the first read-back). */
  trainLoss: number | null;
  valLoss: number | null;
  earlyStopping: EarlyStoppingState;
}

const fmt = (x: number) => (Math.abs(x) >= 0.001 || x === 0 ? x.toFixed(4) : x.toExponential(2));

/** Every criterion's live state, and whether (and why) the run stops now. */
export function checkStopping(input: StoppingInput): StoppingReport {
  const { config, step, epoch, trainLoss, valLoss, earlyStopping: es } = input;
  const nonFinite = trainLoss !== null && !Number.isFinite(trainLoss);
  const targetOn = config.targetValLoss > 0;
  const esOn = config.earlyStopping === 'on';
  const criteria: CriterionState[] = [
    {
      id: 'nonFinite',
      label: 'Loss is NaN or infinite',
      enabled: true,
      detail: trainLoss === null ? 'no loss read yet' : `last loss ${fmt(trainLoss)}`,
      fires: nonFinite,
    },
    {
      id: 'targetValLoss',
      label: 'Target validation loss',
      enabled: targetOn,
      detail: targetOn
        ? `${valLoss === null ? 'not evaluated yet' : `val loss ${fmt(valLoss)}`} (target ≤ ${config.targetValLoss})`
        : 'off (target 0)',
      fires: targetOn && valLoss !== null && valLoss <= config.targetValLoss,
    },
    {
      id: 'earlyStopping',
      label: 'Early stopping on validation loss',
      enabled: esOn,
      detail:
        (esOn ? '' : 'off · ') +
        `patience ${es.wait}/${config.patience}` +
        (es.best === null
          ? ', no evaluation yet'
          : `, best ${fmt(es.best)} at step ${es.bestStep}`),
      // Like Keras, never on the first evaluation (there is nothing to compare with yet).
      fires: esOn && es.evaluations > 1 && es.wait >= config.patience && es.wait > 0,
    },
    {
      id: 'maxSteps',
      label: 'Max steps',
      enabled: true,
      detail: `step ${step} of ${config.maxSteps}`,
      fires: step >= config.maxSteps,
    },
    {
      id: 'maxEpochs',
      label: 'Max epochs',
      enabled: true,
      detail: `epoch ${epoch} of ${config.maxEpochs} completed`,
      fires: epoch >= config.maxEpochs,
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
  switch (id) {
    case 'nonFinite':
      return `The loss became ${s.trainLoss} at step ${s.step}: training diverged (stop on NaN/Inf).`;
    case 'targetValLoss':
      return `Validation loss ${fmt(s.valLoss ?? NaN)} reached the target ${s.config.targetValLoss}.`;
    case 'earlyStopping':
      return `Early stopping: validation loss has not improved for ${s.earlyStopping.wait} evaluations (patience ${s.config.patience}); best ${fmt(s.earlyStopping.best ?? NaN)} at step ${s.earlyStopping.bestStep}.`;
    case 'maxSteps':
      return `Reached max steps (${s.config.maxSteps}).`;
    case 'maxEpochs':
      return `Reached max epochs (${s.config.maxEpochs}).`;
  }
}
