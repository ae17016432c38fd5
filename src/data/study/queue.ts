/**
 * The queue of a study's runs as plain data, so it can be saved (IndexedDB, a JSON file) and
 * resumed after a reload: the configs still to run, the ids of the runs that finished, and
 * the index of the next one. Every function is pure and returns a new queue.
 *
 * A run that was started but not completed when the page closed is run again on resume (its
 * index did not advance): a study counts only finished runs.
 */
import { z } from '../../config/zod';
import type { LabConfig } from '../../config/schema';

/** The format tag of a saved queue; a newer version is refused, not guessed at. */
export const STUDY_QUEUE_FORMAT = 'training-run-lab/study-queue';
export const STUDY_QUEUE_VERSION = 1;

export type StudyQueueState = 'running' | 'paused' | 'done';

export interface StudyQueue {
  format: typeof STUDY_QUEUE_FORMAT;
  version: typeof STUDY_QUEUE_VERSION;
  studyId: string;
  /** Every run's config, in the order they run. */
  configs: LabConfig[];
  /** The recorded run id of each finished run, by its index in `configs`. */
  finished: { index: number; runId: string }[];
  /** The index of the next run to start (configs.length when done). */
  current: number;
  state: StudyQueueState;
}

/** A new queue of `configs`, running, at the first. */
export function createQueue(studyId: string, configs: readonly LabConfig[]): StudyQueue {
  return {
    format: STUDY_QUEUE_FORMAT,
    version: STUDY_QUEUE_VERSION,
    studyId,
    configs: [...configs],
    finished: [],
    current: 0,
    state: configs.length === 0 ? 'done' : 'running',
  };
}

/** The next run to start, or null when the queue is paused or done. */
export function next(q: StudyQueue): { index: number; config: LabConfig } | null {
  if (q.state !== 'running' || q.current >= q.configs.length) return null;
  return { index: q.current, config: q.configs[q.current] };
}

/**
 * The queue after the current run finished as `runId`: recorded, and the next one current.
 * A queue that pauses keeps its state (the finished run still counts).
 * @throws Error when the queue is done (no run was current).
 */
export function complete(q: StudyQueue, runId: string): StudyQueue {
  if (q.current >= q.configs.length) throw new Error('the study has no run left to complete');
  const current = q.current + 1;
  return {
    ...q,
    finished: [...q.finished, { index: q.current, runId }],
    current,
    state: current >= q.configs.length ? 'done' : q.state,
  };
}

/** The queue paused: {@link next} gives nothing until {@link resume}. A done queue stays done. */
export function pause(q: StudyQueue): StudyQueue {
  return q.state === 'running' ? { ...q, state: 'paused' } : q;
}

/** The queue running again from its current run. */
export function resume(q: StudyQueue): StudyQueue {
  return q.state === 'paused' ? { ...q, state: 'running' } : q;
}

const queueSchema = z.strictObject({
  format: z.literal(STUDY_QUEUE_FORMAT),
  version: z.literal(STUDY_QUEUE_VERSION),
  studyId: z.string(),
  configs: z.array(z.record(z.string(), z.union([z.number(), z.string()]))),
  finished: z.array(z.strictObject({ index: z.number().int().min(0), runId: z.string() })),
  current: z.number().int().min(0),
  state: z.enum(['running', 'paused', 'done']),
});

/**
 * Reads a saved queue (parsed JSON) back.
 * @returns the queue, or where the first problem is ("configs.3"; its sentence is content
 *   `study.issues.queueDamaged`); the configs are checked for shape here and by the sidebar's
 *   validation when each run starts.
 */
export function readQueue(
  input: unknown,
): { ok: true; queue: StudyQueue } | { ok: false; path: string; id: 'queueDamaged' } {
  const r = queueSchema.safeParse(input);
  if (!r.success)
    return { ok: false, path: r.error.issues[0].path.map(String).join('.'), id: 'queueDamaged' };
  const q = r.data;
  if (q.current > q.configs.length || q.finished.some((f) => f.index >= q.current))
    return { ok: false, path: 'current', id: 'queueDamaged' };
  return { ok: true, queue: q as unknown as StudyQueue };
}
