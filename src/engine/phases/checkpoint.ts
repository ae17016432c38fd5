/**
 * The checkpoint phase: the complete state of the run written to the checkpoint store, then
 * the retention policy applied (the latest K and the best by validation loss are kept).
 */
import type { CheckpointMeta, CheckpointReport } from '../../protocol/reports';
import { type CheckpointStore, recordParts, toMeta } from '../checkpoint';
import type { RunContext } from '../run/context';
import { toRecord } from '../run/record';
import type { RunState } from '../run/state';

/** Writes the complete state of the run to `store` and deletes the checkpoints retired. */
export async function saveCheckpoint(
  ctx: RunContext,
  state: RunState,
  store: CheckpointStore,
): Promise<CheckpointReport> {
  const record = await toRecord(ctx, state);
  await store.save(record);
  const all = await store.list(state.runId);
  for (const old of retired(all, state.config.keepCheckpoints)) await store.delete(old.id);
  const checkpoints = await store.list(state.runId);
  return { phase: 'checkpoint', saved: toMeta(record), checkpoints, contents: recordParts(record) };
}

/**
 * Retention policy: keep the `keep` latest checkpoints and the one with the best (lowest)
 * validation loss; return the others, to delete.
 */
export function retired(all: CheckpointMeta[], keep: number): CheckpointMeta[] {
  const latest = new Set(
    [...all]
      .sort((a, b) => b.step - a.step)
      .slice(0, keep)
      .map((c) => c.id),
  );
  const scored = all.filter((c) => c.valLoss !== null && Number.isFinite(c.valLoss));
  const best = scored.sort((a, b) => (a.valLoss as number) - (b.valLoss as number))[0];
  return all.filter((c) => !latest.has(c.id) && c.id !== best?.id);
}
