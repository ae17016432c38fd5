/**
 * A study's progress and cost as data: how many runs are done, an estimate of the time left
 * from the run times measured so far, and the study's total compute and time (the sum over
 * its recorded runs), for the progress bar and the study views.
 */
import type { RunRecord } from '../run-record';
import type { StudyRecord } from './study-record';

/**
 * Estimated time left, in ms: the mean measured time of a finished run (set-up included) ×
 * the runs left, less the share of the current run already done. Before any run finished,
 * the current run's time so far over its share done stands for a run's time. Null while
 * nothing was timed.
 * @param runMs wall time of each finished run, ms.
 * @param runsLeft runs not finished, the current one included.
 * @param currentFraction the share of the current run's steps done, 0…1.
 * @param currentMs wall time of the current run so far, ms.
 */
export function estimateLeftMs(
  runMs: readonly number[],
  runsLeft: number,
  currentFraction: number,
  currentMs = 0,
): number | null {
  if (runsLeft === 0) return 0;
  const fraction = Math.min(1, Math.max(0, currentFraction));
  if (runMs.length === 0 && !(fraction > 0 && currentMs > 0)) return null;
  const mean =
    runMs.length > 0 ? runMs.reduce((a, b) => a + b, 0) / runMs.length : currentMs / fraction;
  return Math.max(0, mean * (runsLeft - (runsLeft > 0 ? fraction : 0)));
}

/** What a study cost: its recorded runs, their steps, FLOPs and time. */
export interface StudyTotals {
  /** Runs of the study found in the history. */
  runs: number;
  /** Optimizer updates of all its runs. */
  steps: number;
  /** Σ trainingFlops of its runs (forward + backward FLOPs, src/data/compute-cost.ts). */
  trainingFlops: number;
  /** Σ training wall time of its runs, ms (set-up between runs not included). */
  trainingMs: number;
  /** From the study's creation to its last change, ms (set-up and pauses included). */
  elapsedMs: number;
}

/** The totals of `study` over the records in `runs` that link to it (others are ignored). */
export function studyTotals(study: StudyRecord, runs: readonly RunRecord[]): StudyTotals {
  const mine = runs.filter((r) => r.study?.studyId === study.id);
  return {
    runs: mine.length,
    steps: mine.reduce((a, r) => a + r.step, 0),
    trainingFlops: mine.reduce((a, r) => a + r.compute.trainingFlops, 0),
    trainingMs: mine.reduce((a, r) => a + r.compute.wallMs, 0),
    elapsedMs: Math.max(0, study.updatedAt - study.createdAt),
  };
}
