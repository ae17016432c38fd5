/**
 * Follows one fault from detection to recovery: which fault, the step the run had reached,
 * the checkpoint it resumed from, and — once training passes that step again — how many
 * steps were redone and how much time was lost. Wall-clock times, so a page reload counts.
 */
import type { IncidentKind, TimelineEvent } from '../protocol/timeline';

export type Incident = TimelineEvent & { kind: 'incident' };

/** What an open recovery needs to go on after the page reloads (kept per tab). */
export interface RecoverySnapshot {
  fault: IncidentKind;
  runId: string;
  stepReached: number;
  faultAt: number;
  message: string;
}

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

  /** What {@link recoveryAfterReload} needs to continue this recovery in the reloaded page. */
  snapshot(): RecoverySnapshot {
    const { fault, runId, stepReached, faultAt, message } = this;
    return { fault, runId, stepReached, faultAt, message };
  }

  /** The engine is back, restored from the checkpoint at `step`. */
  restored(step: number): void {
    this.resumedFrom = step;
    this.resumedAt = Date.now();
  }

  /** True once training has made up the lost steps (or never lost any). */
  caughtUp(step: number): boolean {
    return this.resumedFrom !== null && step >= this.stepReached;
  }

  /**
   * The incident for the timeline; `resumedFrom` null when the run was not resumed.
   * `cutShortBy`: the sentence saying which later fault ended this recovery before it was done.
   */
  incident(now = Date.now(), cutShortBy = ''): Incident {
    return {
      kind: 'incident',
      incident: this.fault,
      step: this.stepReached,
      resumedFrom: this.resumedFrom,
      stepsRedone: this.resumedFrom === null ? 0 : Math.max(0, this.stepReached - this.resumedFrom),
      timeLostMs: Math.max(0, now - this.faultAt),
      message:
        (this.resumedFrom === null
          ? `${this.message} Not resumed.`
          : `${this.message} Resumed from the checkpoint at step ${this.resumedFrom}.`) +
        (cutShortBy ? ` ${cutShortBy}` : ''),
    };
  }
}

/**
 * The recovery to follow once the page of `journal`'s run has reloaded. A recovery still open
 * when the page went (`open`, of the same run) goes on: reloads in a row, or a reload during
 * the recovery from another fault, are one incident, timed from the first fault and counted
 * up to the furthest step the run had reached. Otherwise the reload is a new incident.
 */
export function recoveryAfterReload(
  open: RecoverySnapshot | null,
  journal: { runId: string; lastStep: number; updatedAt: number },
  message: string,
): Recovery {
  if (open && open.runId === journal.runId) {
    return new Recovery(
      open.fault,
      open.runId,
      Math.max(open.stepReached, journal.lastStep),
      Math.min(open.faultAt, journal.updatedAt),
      open.message,
    );
  }
  return new Recovery('pageReload', journal.runId, journal.lastStep, journal.updatedAt, message);
}
