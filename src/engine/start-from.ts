/**
 * Runs that start from another run's checkpoint, under a new run id (the lineage's edges,
 * src/data/lineage.ts):
 *
 * - `branch`: the checkpoint's whole state (weights, optimizer state, step, data position,
 *   generators, metrics) restored into a run with another config, which trains on from the
 *   checkpoint's step — W&B's "fork" of a run, PyTorch's resume with changed settings;
 * - `fineTune`: a fresh run of `config` (step 0, empty optimizer state, its own data) whose
 *   initialization phase copies the checkpoint's layers that fit (run/fine-tune.ts).
 *
 * Nothing of the current run changes here: the new run is built beside it and handed back;
 * a checkpoint that does not fit throws (and the new run is freed).
 */
import type { LabConfig } from '../config/schema';
import type { RunParent } from '../data/lineage';
import type { StartFromKind } from '../protocol/messages';
import type { CheckpointRecord, CheckpointStore } from './checkpoint';
import { checkRecord } from './checkpoint-checks';
import type { Task } from './tasks/types';
import { TrainingRun } from './training-run';

/**
 * The new run that starts from `record` with `config` (whose task `task` is prepared), and
 * its parent edge. Throws when the record fails its checks (non-finite weights, …) and, for
 * a branch, when it does not fit the config's task, data set or model (run/record.ts's
 * `restoreRun` says which).
 */
export async function startFromCheckpoint(
  kind: StartFromKind,
  record: CheckpointRecord,
  config: LabConfig,
  task: Task,
  store: CheckpointStore,
): Promise<{ run: TrainingRun; origin: RunParent }> {
  checkRecord(record);
  const run = new TrainingRun(config, task, store);
  try {
    if (kind === 'branch') await run.restore(record);
    else run.ctx.transfer = { fromRun: record.runId, step: record.step, weights: record.weights };
  } catch (e) {
    run.dispose();
    throw e;
  }
  return { run, origin: { runId: record.runId, kind, step: record.step } };
}
