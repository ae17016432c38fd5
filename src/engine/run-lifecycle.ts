/**
 * Where a run comes from: a new run built from a config, or one restored from a checkpoint
 * (the latest good one of a run, a chosen one, or a file). Each function builds or finds;
 * none replaces the engine's current run or posts anything.
 */
import * as tf from '@tensorflow/tfjs';
import type { LabConfig } from '../config/schema';
import { backendForModel, type BackendChoice } from './backend';
import { type CheckpointRecord, type CheckpointStore, sameCheckpoint } from './checkpoint';
import { passesChecks } from './checkpoint-checks';
import type { DatasetStore } from './dataset-store';
import type { RunOwnership } from './run-locks';
import { TASKS } from './tasks/registry';
import type { Task } from './tasks/types';
import { newRunId, TrainingRun } from './training-run';

/** How an imported checkpoint file is kept (the `checkpointImported` message's `storedAs`). */
export type ImportPlacement = 'new' | 'same' | 'renamed' | 'trainedElsewhere';

/**
 * The config's task, with its data loaded (throws when the data cannot be: a user data set
 * this browser does not hold), on a backend that can train its model: the wasm backend
 * cannot train convolutions, so a CNN trains on cpu there, and back on wasm for the next
 * model that can. `chosen`: the backend the engine started on (null before it has).
 * Returns the backend switched to, when it switched.
 */
export async function prepareTask<C extends BackendChoice>(
  config: LabConfig,
  datasets: DatasetStore,
  chosen: C | null,
): Promise<{ task: Task; switched: C | null }> {
  const task = TASKS[config.task];
  await task.prepare?.(config, datasets);
  if (!chosen) return { task, switched: null };
  const want = backendForModel(chosen, task.convolutional?.(config) ?? false);
  if (tf.getBackend() === want.backend) return { task, switched: null };
  await tf.setBackend(want.backend);
  await tf.ready();
  return { task, switched: want };
}

/**
 * A run restored from `record`, built beside the current one. Throws (having freed what it
 * built) when the record does not fit its task and model (`TrainingRun.restore`).
 */
export async function restoredRun(
  record: CheckpointRecord,
  task: Task,
  store: CheckpointStore,
): Promise<TrainingRun> {
  const run = new TrainingRun(record.config, task, store, record.runId);
  try {
    await run.restore(record);
  } catch (e) {
    run.dispose();
    throw e;
  }
  return run;
}

/**
 * The latest checkpoint of `runId` that passes the checks (finite weights among them), or
 * null when it has none.
 */
export async function latestGoodCheckpoint(
  store: CheckpointStore,
  runId: string,
): Promise<CheckpointRecord | null> {
  for (const meta of (await store.list(runId)).sort((a, b) => b.step - a.step)) {
    const record = await store.load(meta.id);
    if (record && passesChecks(record)) return record;
  }
  return null;
}

/**
 * Where an imported checkpoint goes. An import never overwrites a stored checkpoint: a file
 * identical to the stored checkpoint of its id is not written again (`same`), and one that
 * differs from it (`renamed`), or whose run another tab trains (`trainedElsewhere`), becomes
 * a run of its own under a new run id. Returns the record to restore and store.
 */
export async function placeImport(
  record: CheckpointRecord,
  store: CheckpointStore,
  ownership: RunOwnership,
): Promise<{ record: CheckpointRecord; storedAs: ImportPlacement }> {
  const stored = await store.load(record.id);
  const storedAs: ImportPlacement = (await ownership.trainedElsewhere(record.runId))
    ? 'trainedElsewhere'
    : !stored
      ? 'new'
      : sameCheckpoint(stored, record)
        ? 'same'
        : 'renamed';
  if (storedAs !== 'renamed' && storedAs !== 'trainedElsewhere') return { record, storedAs };
  const runId = newRunId();
  return { record: { ...record, runId, id: `${runId}@${record.step}` }, storedAs };
}
