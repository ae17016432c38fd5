/**
 * A study as the run history stores it: its definition, the queue of its runs, and when it
 * was made. Each run of a study is an ordinary run record (../run-record.ts) whose `study`
 * field names the study and the run's index in the study's expansion (./expand.ts), so the
 * study's results are the records that link to it, joined with the expansion's settings.
 */
import type { StudyDefinition } from './definition';
import type { RungResult } from './halving';
import type { StudyQueue } from './queue';

export interface StudyRecord {
  /** Unique id (the queue's `studyId`). */
  id: string;
  /** Editable; starts as the kind and the swept fields. */
  name: string;
  /** The definition as parsed (./definition.ts `parseStudy`). */
  definition: StudyDefinition;
  /** What has run and what is left; saved after each run so a reload resumes it. */
  queue: StudyQueue;
  /** ms since 1970. */
  createdAt: number;
  updatedAt: number;
  /** Wall time of each finished run as the runner measured it (set-up included), ms. */
  runMs?: { index: number; ms: number }[];
  /**
   * Early termination (./pruning.ts): the results of the trials judged at each rung, rung k
   * at the k-th of `rungSteps`; kept so a reload judges the next trials as before.
   */
  rungs?: RungResult[][];
}

/** The link from a run record to its study: the study's id and the run's index in it. */
export interface StudyLink {
  studyId: string;
  /** The run's index in the study's expansion (`StudyRun.index`). */
  index: number;
  /** The step at which early termination stopped the run (./pruning.ts); absent if it did not. */
  prunedAt?: number;
}
