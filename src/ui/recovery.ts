/**
 * Follows one fault from detection to recovery: which fault, the step the run had reached,
 * the checkpoint it resumed from, and — once training passes that step again — how many
 * steps were redone and how much time was lost. Wall-clock times, so a page reload counts.
 */
import type { EngineNotice } from '../protocol/notices';
import type { IncidentKind, TimelineEvent } from '../protocol/timeline';

export type Incident = TimelineEvent & { kind: 'incident' };

/** What an open recovery needs to go on after the page reloads (kept per tab). */
export interface RecoverySnapshot {
  fault: IncidentKind;
  runId: string;
  stepReached: number;
  faultAt: number;
  /** What was detected (a snapshot kept by an older page has none and is not carried on). */
  cause: EngineNotice;
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
    /** What was detected, as the engine or the page noticed it (worded by the page). */
    readonly cause: EngineNotice,
  ) {}

  /** What {@link recoveryAfterReload} needs to continue this recovery in the reloaded page. */
  snapshot(): RecoverySnapshot {
    const { fault, runId, stepReached, faultAt, cause } = this;
    return { fault, runId, stepReached, faultAt, cause };
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
   * `cutShortBy`: the later fault that ended this recovery before it was done. Data only:
   * the page words it (src/content/notices.ts), in the language it shows then.
   */
  incident(now = Date.now(), cutShortBy?: IncidentKind): Incident {
    return {
      kind: 'incident',
      incident: this.fault,
      step: this.stepReached,
      resumedFrom: this.resumedFrom,
      stepsRedone: this.resumedFrom === null ? 0 : Math.max(0, this.stepReached - this.resumedFrom),
      timeLostMs: Math.max(0, now - this.faultAt),
      cause: this.cause,
      ...(cutShortBy ? { cutShortBy } : {}),
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
  cause: EngineNotice,
): Recovery {
  if (open && open.runId === journal.runId && open.cause) {
    return new Recovery(
      open.fault,
      open.runId,
      Math.max(open.stepReached, journal.lastStep),
      Math.min(open.faultAt, journal.updatedAt),
      open.cause,
    );
  }
  return new Recovery('pageReload', journal.runId, journal.lastStep, journal.updatedAt, cause);
}
