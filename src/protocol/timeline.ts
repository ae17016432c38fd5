import type { EngineNotice } from './notices';

/**
 * Events of a run's timeline, shown beside the curves: early warnings from the detectors,
 * incidents (faults and the recovery from them), and the stop.
 */
export type WarningKind =
  | 'divergence'
  | 'lossSpike'
  | 'plateau'
  | 'explodingGradients'
  | 'vanishingGradients'
  | 'deadRelu'
  | 'overfitting';

/**
 * The sentences a warning can say, by id: what a detector saw (one id per way of saying it)
 * and what to try. The page words them from its catalogue (src/content/<lang>/timeline.ts).
 */
export const WARNING_TEXT_IDS = [
  'divergenceNonFinite',
  'divergenceRising',
  'divergenceRemedy',
  'lossSpike',
  'lossSpikeAboveMedian',
  'lossSpikeRemedy',
  'plateauImproved',
  'plateauWorse',
  'plateauRemedy',
  'explodingNotFinite',
  'explodingAbove',
  'explodingRatio',
  'explodingAboveMedian',
  'explodingRemedy',
  'vanishingZero',
  'vanishingNorm',
  'vanishingNormRatio',
  'vanishingReluRemedy',
  'vanishingSaturatedRemedy',
  'deadRelu',
  'deadReluOneMore',
  'deadReluMore',
  'deadReluRemedy',
  'overfitting',
  'overfittingNoRise',
  'overfittingRemedy',
] as const;
export type WarningTextId = (typeof WARNING_TEXT_IDS)[number];

/**
 * A warning's sentence as data: its id and its values. Numbers are sent as numbers and
 * written by the page in its language; a layer's name is sent as the model names it.
 */
export interface WarningText {
  id: WarningTextId;
  values: Record<string, number | string>;
}

export type IncidentKind = 'workerCrash' | 'deviceLost' | 'pageReload' | 'nanWeights';

export type TimelineEvent =
  | {
      kind: 'warning';
      warning: WarningKind;
      step: number;
      /** One line: what was seen, with the numbers. */
      message: WarningText;
      /** One line: what to try. */
      remedy: WarningText;
    }
  | {
      kind: 'incident';
      incident: IncidentKind;
      /** Step reached when the fault was detected. */
      step: number;
      /** Step of the checkpoint the run resumed from (null: not resumed). */
      resumedFrom: number | null;
      stepsRedone: number;
      /** Wall time from detection to training again, in ms. */
      timeLostMs: number;
      /** What was detected, worded by the page with the resumption and `cutShortBy`. */
      cause?: EngineNotice;
      /** The later fault that ended this incident's recovery before it was done. */
      cutShortBy?: IncidentKind;
      /**
       * The incident as one English sentence, as runs recorded before incidents were data
       * stored it; shown as it is when there is no `cause`.
       */
      message?: string;
    };
