/**
 * The SHA-256 of a run's weights, for its audit record (src/data/audit-record.ts): the live
 * model's weights now, or those of the run's latest stored checkpoint. The bytes hashed are
 * every weight tensor as float32, little-endian, in the model's parameter order, so the same
 * weights give the same hash in the live model and in a checkpoint of it.
 */
import { type WeightsDigest, weightsSha256 } from '../data/audit-record';
import type { CheckpointStore } from './checkpoint';
import type { TrainingRun } from './training-run';

/**
 * The digest of run `runId`'s weights: the live run's when it is that run and has a model
 * (its step: optimizer updates done), else the latest (highest step) stored checkpoint's;
 * null when neither exists (a run trained in another browser, or whose checkpoints were
 * deleted). Reads the weights back from the device (async), changes nothing.
 */
export async function weightsDigest(
  runId: string,
  live: TrainingRun | null,
  store: CheckpointStore,
): Promise<WeightsDigest | null> {
  const model = live?.ctx.model;
  if (live && model && live.runId === runId) {
    const step = live.step;
    const values = await Promise.all(
      model.variables.map(async (v) => Float32Array.from(await v.data())),
    );
    return { ...(await weightsSha256(values)), step, source: 'live' };
  }
  const metas = await store.list(runId);
  const latest = metas.reduce<(typeof metas)[number] | null>(
    (best, m) => (best === null || m.step > best.step ? m : best),
    null,
  );
  const record = latest && (await store.load(latest.id));
  if (!record) return null;
  const values = record.weights.map((w) => Float32Array.from(w.values));
  return { ...(await weightsSha256(values)), step: record.step, source: 'checkpoint' };
}
