/**
 * Run mode from start to pause, around the fused loop (`run-mode.ts`): a cycle left half
 * done in step mode is completed phase by phase first, then fused steps follow until Pause,
 * a stopping criterion or a fault. The losses read back are handed on in batches at most
 * every {@link PROGRESS_EVERY_MS} (a fast backend reads back every few ms), the run's
 * journal is written at most every {@link JOURNAL_EVERY_MS}, the speed is measured at each
 * read-back, and the run's training time counts while it runs. Nothing is posted here: the
 * caller hears of it all through {@link RunDriverHooks}.
 */
import type { MetricPoints } from '../../protocol/metric-log';
import type { PhaseReport } from '../../protocol/reports';
import type { CheckpointStore } from '../checkpoint';
import type { TrainingRun } from '../training-run';
import { runMode } from './run-mode';
import type { TrainingClock } from './training-clock';

/** The losses read back are handed on at most this often (and before each phase), in ms. */
export const PROGRESS_EVERY_MS = 100;
/** The run's journal is written at most this often during run mode, in ms. */
export const JOURNAL_EVERY_MS = 1000;

/** What the driver tells its caller, and asks of it. */
export interface RunDriverHooks {
  store: CheckpointStore;
  /** The run's training time and speed: counted while the driver runs. */
  clock: TrainingClock;
  /** Whether to go on; false once Pause was asked (checked before each phase and step). */
  keepGoing(): boolean;
  /** Writes the run's journal (how far it got, whether it trains). */
  journal(): Promise<void>;
  /** A phase's report: each phase of a completed half-done cycle, evaluations, checkpoints, stops. */
  onPhase(report: PhaseReport): void;
  /**
   * The fused steps begin (`true`: kernels compile on first use, so the first step is slow)
   * or the first read-back has come (`false`).
   */
  onCompiling(compiling: boolean): void;
  /**
   * Losses read back since the last call: `losses[k]` is step `firstStep + k`'s; `points`
   * the named series' points recorded meanwhile (already in the run's metric log).
   */
  onProgress(firstStep: number, losses: Float32Array, points: MetricPoints): void;
}

/** Trains `run` in run mode until Pause, a stopping criterion or a fault. */
export async function driveRun(run: TrainingRun, hooks: RunDriverHooks): Promise<void> {
  hooks.clock.start();
  try {
    await hooks.journal();
    while (hooks.keepGoing() && !run.finished && !run.atStepBoundary) {
      hooks.onPhase(await run.runNextPhase());
    }
    await fusedSteps(run, hooks);
  } finally {
    hooks.clock.stop();
  }
}

/** The fused steps, with the losses batched for the caller and the journal kept up to date. */
async function fusedSteps(run: TrainingRun, hooks: RunDriverHooks): Promise<void> {
  let unsent: number[] = [];
  let firstUnsent = run.step + 1;
  let sentAt = 0;
  let compiling = true;
  let journalAt = 0;
  const sendProgress = () => {
    if (unsent.length === 0) return;
    const losses = Float32Array.from(unsent);
    hooks.onProgress(firstUnsent, losses, run.metrics.takePoints());
    unsent = [];
    firstUnsent = run.step + 1;
    sentAt = performance.now();
  };
  hooks.onCompiling(true);
  try {
    await runMode(run.ctx, run.state, {
      store: hooks.store,
      keepGoing: hooks.keepGoing,
      elapsedMs: () => hooks.clock.ms(),
      onReadBack: async (_firstStep, losses) => {
        for (const l of losses) unsent.push(l);
        hooks.clock.speed.mark(run.step);
        if (compiling || performance.now() - sentAt >= PROGRESS_EVERY_MS) {
          if (compiling) hooks.onCompiling(false);
          compiling = false;
          sendProgress();
        }
        if (performance.now() - journalAt > JOURNAL_EVERY_MS) {
          journalAt = performance.now();
          await hooks.journal();
        }
      },
      beforeReport: sendProgress,
      onEvaluation: (report) => hooks.onPhase(report),
      onCheckpoint: (report) => hooks.onPhase(report),
      onStopDecision: (decision) => {
        run.lastStop = decision;
        hooks.onPhase(decision.report);
      },
    });
  } finally {
    sendProgress();
  }
}
