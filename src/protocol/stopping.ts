/**
 * The stopping criteria's state and a run's stop reason as plain data: ids and numbers, never
 * sentences. The page words them in its language (src/content/stopping.ts), so the engine
 * speaks no language at all.
 */

/** A metric an evaluation produces that a criterion can watch (Keras's `monitor`). */
export type Monitor = 'val_loss' | 'val_accuracy';
/** Whether smaller ('min') or larger ('max') values of the monitored metric are better. */
export type Direction = 'min' | 'max';

/** The stopping criteria, in the order they are checked. */
export type CriterionId =
  'nonFinite' | 'target' | 'divergence' | 'earlyStopping' | 'maxSteps' | 'maxEpochs' | 'maxTime';

/**
 * What each criterion looks at now. A value that was not measured yet is null; `value` of a
 * metric may be NaN (e.g. accuracy on a regression task).
 */
export interface CriterionFacts {
  /** The latest training and validation loss (null before the first read-back/evaluation). */
  nonFinite: { on: boolean; trainLoss: number | null; valLoss: number | null };
  /** Lightning's stopping_threshold: `value` ≤ (loss) or ≥ (accuracy) `target`. */
  target: { metric: Monitor; target: number; value: number | null };
  /** Lightning's divergence_threshold on the early-stopping monitor. */
  divergence: { monitor: Monitor; direction: Direction; threshold: number; value: number | null };
  /** Keras 3's EarlyStopping; `keptStep`: step of the weights kept to restore (null: none). */
  earlyStopping: {
    on: boolean;
    monitor: Monitor;
    direction: Direction;
    wait: number;
    patience: number;
    best: number | null;
    bestStep: number | null;
    minDelta: number;
    baseline: number | null;
    restoreBest: boolean;
    keptStep: number | null;
  };
  maxSteps: { step: number; maxSteps: number };
  /** Completed epochs against the limit. */
  maxEpochs: { epoch: number; maxEpochs: number };
  /** Training time so far in ms; the limit in s (0: off). */
  maxTime: { elapsedMs: number; maxTime: number };
}

/** One criterion's live state. */
export type CriterionState = {
  [K in CriterionId]: {
    id: K;
    enabled: boolean;
    /** How close a counting criterion is to firing, in [0, 1] (absent for thresholds). */
    progress?: number;
    fires: boolean;
    facts: CriterionFacts[K];
  };
}[CriterionId];

/** Why a run stopped: the criterion that fired first, as it stood, at step `step`. */
export type StopReason = CriterionState & { step: number };
