/**
 * Follows one fault from detection to recovery: which fault, the step the run had reached,
 * the checkpoint it resumed from, and — once training passes that step again — how many
 * steps were redone and how much time was lost. Wall-clock times, so a page reload counts.
 */
import type { IncidentKind, TimelineEvent } from '../protocol/timeline';

export type Incident = TimelineEvent & { kind: 'incident' };

export const INCIDENT_TITLES: Record<IncidentKind, string> = {
  workerCrash: 'Worker crash',
  deviceLost: 'GPU device lost',
  pageReload: 'Page reloaded mid-run',
  nanWeights: 'NaN in the weights',
};

export class Recovery {
  resumedFrom: number | null = null;
  resumedAt: number | null = null;

  constructor(
    readonly fault: IncidentKind,
    readonly runId: string,
    /** Step the run had reached when the fault hit. */
    readonly stepReached: number,
    /** Last moment the run was known to be fine (ms since epoch). */
    readonly faultAt: number,
    readonly message: string,
  ) {}

  /** The engine is back, restored from the checkpoint at `step`. */
  restored(step: number): void {
    this.resumedFrom = step;
    this.resumedAt = Date.now();
  }

  /** True once training has made up the lost steps (or never lost any). */
  caughtUp(step: number): boolean {
    return this.resumedFrom !== null && step >= this.stepReached;
  }

  /** The incident for the timeline; `resumedFrom` null when the run was not resumed. */
  incident(now = Date.now()): Incident {
    return {
      kind: 'incident',
      incident: this.fault,
      step: this.stepReached,
      resumedFrom: this.resumedFrom,
      stepsRedone: this.resumedFrom === null ? 0 : Math.max(0, this.stepReached - this.resumedFrom),
      timeLostMs: Math.max(0, now - this.faultAt),
      message:
        this.resumedFrom === null
          ? `${this.message} Not resumed.`
          : `${this.message} Resumed from the checkpoint at step ${this.resumedFrom}.`,
    };
  }
}
