/**
 * What a phase panel says about when it was computed, and whether the page should ask the
 * paused engine for a fresh view of it. Steps count optimizer updates: a step-mode cycle
 * at step s loads, runs and differentiates the batch of update s + 1, whose update makes
 * step s + 1.
 */
import { texts } from '../content';
import { fill } from '../content/fill';
import { isViewablePhase, type PhaseId } from '../protocol/phases';
import type { ReportStamp } from './engine-client';

/** The run as the page sees it now. */
export interface RunNow {
  /** Optimizer updates completed. */
  step: number;
  running: boolean;
  /** No step-mode step is half done (no batch loaded), so a phase can be viewed afresh. */
  betweenSteps: boolean;
}

export interface StampInfo {
  /** The step the report was computed at. */
  step: number;
  /** What the report shows, e.g. "Computed at step 12, on the batch of update 13 …". */
  text: string;
  /** Set when the run has moved on since: where it is, and why the panel lags. */
  lag: string | null;
  /** The paused engine can compute this phase at the current step, changing nothing. */
  refresh: boolean;
}

/** The phases of one training step: run mode fuses them and reads nothing back. */
const PER_STEP: readonly PhaseId[] = ['data', 'forward', 'loss', 'backward', 'update'];

/**
 * The last step-mode phase run was one of data … backward: a batch is loaded and a step is
 * half done (the engine refuses views then).
 */
export function midStep(lastPhase: PhaseId | null): boolean {
  return lastPhase !== null && PER_STEP.includes(lastPhase) && lastPhase !== 'update';
}

/**
 * The stamp of `phase`'s report: the sentence for its panel, and whether it lags the run.
 * A per-step report belongs to an update (the one it prepares, or for the update phase the
 * one it made); it lags once a later update has been made. Evaluation, checkpoint and
 * stopping lag as soon as the step moved on; initialization never does (it happens at 0).
 */
export function describeStamp(phase: PhaseId, stamp: ReportStamp, now: RunNow): StampInfo {
  const ui = texts().ui;
  const s = stamp.step;
  const values = { step: s, next: s + 1, prev: s - 1, now: now.step, ago: now.step - s };
  let text: string;
  let update: number | null = null; // the update a per-step report belongs to
  if (phase === 'initialization') text = ui.stampInitialization;
  else if (phase === 'update') {
    text = stamp.view ? ui.stampUpdateView : ui.stampUpdate;
    update = stamp.view ? s + 1 : s;
  } else if (PER_STEP.includes(phase)) {
    text = stamp.view ? ui.stampStepView : ui.stampStep;
    update = s + 1;
  } else text = phase === 'stopping' && stamp.view ? ui.stampStoppingView : ui.stampAt;
  const lags = phase !== 'initialization' && (update !== null ? update < now.step : s < now.step);
  let lag: string | null = null;
  const refresh = lags && !now.running && now.betweenSteps && isViewablePhase(phase);
  if (lags) {
    if (refresh) lag = ui.lagRefreshing;
    else if (update !== null) lag = now.running ? ui.lagRunning : ui.lagMidStep;
    else if (phase === 'stopping') lag = now.running ? ui.lagStopping : ui.lagMidStep;
    else lag = ui.lagInterval;
  }
  return {
    step: s,
    text: fill(text, values),
    lag: lag === null ? null : fill(lag, values),
    refresh,
  };
}
