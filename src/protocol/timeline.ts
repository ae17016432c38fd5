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

export type IncidentKind = 'workerCrash' | 'deviceLost' | 'pageReload' | 'nanWeights';

export type TimelineEvent =
  | {
      kind: 'warning';
      warning: WarningKind;
      step: number;
      /** One line: what was seen, with the numbers. */
      message: string;
      /** One line: what to try. */
      remedy: string;
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
      message: string;
    };
