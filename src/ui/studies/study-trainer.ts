/**
 * What the study runner (./study-runner.ts) trains its runs on: one run at a time in run mode,
 * with no step-mode views; the page's is ./worker-trainer.ts, the tests' a fake.
 */
import type { LabConfig } from '../../config/schema';
import type { RunRecord } from '../../data/run-record';
import type { EngineNotice } from '../../protocol/notices';
import { noticeText } from '../../content/notices';

/** The study engine's failure, as its notice (worded on the page, in the page's language). */
export class EngineFailure extends Error {
  constructor(readonly notice: EngineNotice) {
    super(noticeText(notice));
    this.name = 'EngineFailure';
  }
}

/** Steps and values of a series, parallel arrays by ascending step. */
export interface StepSeries {
  steps: readonly number[];
  values: readonly number[];
}

/** What a trainer reports of the run it trains, at each progress. */
export interface TrainerProgress {
  /** Optimizer updates done. */
  step: number;
  /** Validation losses so far. */
  val: StepSeries;
  /** Training losses so far. */
  train: StepSeries;
}

/** Trains one run at a time in run mode, with no step-mode views. */
export interface StudyTrainer {
  /**
   * Starts a new run of `config` and trains it until a stopping criterion ends it (the
   * study's runs stop at `maxSteps`).
   * @returns the run's record (src/ui/runs/run-recorder.ts), or null when {@link stop}
   *   discarded it.
   * @throws Error with the engine's message when the engine fails.
   */
  start(config: LabConfig, onProgress: (p: TrainerProgress) => void): Promise<RunRecord | null>;
  /** Holds the run in progress after the steps already queued. */
  pause(): void;
  resume(): void;
  /** Ends the run in progress now: `start` gives its record as it stands (`keep`) or null. */
  stop(keep: boolean): void;
  /** Frees the engine (its worker and GPU memory). */
  dispose(): void;
}
