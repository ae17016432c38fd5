/** Builds a run from a scenario's config link, as the page would load it (src/config/scenarios.ts). */
import { validate, type LabConfig } from '../config/schema';
import { readSearch } from '../config/url';
import { MemoryCheckpointStore } from './checkpoint';
import { TASKS } from './tasks/registry';
import { TrainingRun } from './training-run';

/**
 * The config a link's query gives. Throws when the page would ignore a key of it (a notice)
 * or show an error at a field, so a scenario never loads other than written.
 */
export function configOf(query: string): LabConfig {
  const { raw, notices } = readSearch(`?${query}`);
  if (notices.length > 0) throw new Error(`${query}: ${JSON.stringify(notices)}`);
  const { config, errors } = validate(raw);
  if (!config) throw new Error(`${query}: ${JSON.stringify(errors)}`);
  return config;
}

/** A new, initialized run of a link's config on an in-memory checkpoint store. */
export async function runOf(
  query: string,
): Promise<{ run: TrainingRun; store: MemoryCheckpointStore }> {
  const config = configOf(query);
  const store = new MemoryCheckpointStore();
  const run = new TrainingRun(config, TASKS[config.task], store);
  await run.initialize();
  return { run, store };
}

/** `k` fused steps; their training losses, read back and recorded as run mode would. */
export async function trainSteps(run: TrainingRun, k: number): Promise<number[]> {
  const first = run.step + 1;
  const out: number[] = [];
  for (let i = 0; i < k; i++) {
    const loss = run.trainStep();
    out.push((await loss.data())[0]);
    loss.dispose();
  }
  run.recordTrainLosses(first, out);
  return out;
}

/** The model's weights by variable, read through a checkpoint: [name, shape, values]. */
export async function weightsOf(
  run: TrainingRun,
  store: MemoryCheckpointStore,
): Promise<{ name: string; shape: number[]; values: number[] }[]> {
  const saved = await run.saveCheckpoint();
  const record = await store.load(saved.saved.id);
  return record!.weights.map((w) => ({
    name: w.name,
    shape: w.shape,
    values: Array.from(w.values),
  }));
}
