/**
 * An error the engine reports to the page as a notice (src/protocol/notices.ts): an id and
 * its values, which the page words in its language. The engine throws a {@link NoticeError}
 * wherever a person may meet the error; anything else reaches the page as an `internal`
 * notice carrying the error's own message.
 */
import { noticeText } from '../content/notices';
import type { CheckpointProblem } from '../protocol/checkpoint-problems';
import type { EngineNotice } from '../protocol/notices';
import { CheckpointRefusal } from './checkpoint-checks';

/**
 * An error that is a notice for the page. Only `notice` is posted; the message is the notice
 * in English, for the worker's console and for tests, and never reaches the page.
 */
export class NoticeError extends Error {
  constructor(readonly notice: EngineNotice) {
    super(noticeText(notice, 'en'));
    this.name = 'NoticeError';
  }
}

/** Throws the notice as a {@link NoticeError}. */
export function refuse(notice: EngineNotice): never {
  throw new NoticeError(notice);
}

/** The notice an error stands for: its own, or `internal` with the error's message. */
export function noticeOf(e: unknown): EngineNotice {
  if (e instanceof NoticeError) return e.notice;
  if (e instanceof CheckpointRefusal) return { id: 'checkpointProblem', problem: e.problem };
  return { id: 'internal', detail: e instanceof Error ? e.message : String(e) };
}

/**
 * What the page is told of an error: its notice, and the checkpoint problem by id when the
 * error is a refused checkpoint (src/engine/checkpoint-checks.ts).
 */
export function errorReport(e: unknown): {
  notice: EngineNotice;
  problem: CheckpointProblem | null;
} {
  return {
    notice: noticeOf(e),
    problem: e instanceof CheckpointRefusal ? e.problem : null,
  };
}
