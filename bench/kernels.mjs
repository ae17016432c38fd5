/**
 * Kernels per optimizer step of the technique rows, counted in Node on tfjs's cpu backend with
 * tf.profile (as src/bench/step-kernels.test.ts does for the app against the bare loop): the
 * engine's own code (TrainingRun's fused step, loss scaling's read-back included) is loaded
 * from src/ through Vite's SSR loader, the config read from the row's URL query exactly as the
 * page reads it. On a GPU each kernel is a dispatch, so this is the machine-independent side
 * of the rows' step-time ratios. The count is of the step run mode takes on the steps between
 * read-backs (no per-layer gradient norms, no clipping statistics).
 */
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Kernels of one step for each `{ id, query }`: a map from id to the count, or to an error
 * message when that row's config is rejected or its step fails. Throws only when the engine
 * cannot be loaded at all.
 */
export async function kernelsPerStep(rows) {
  const server = await createServer({
    root: ROOT,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  const out = {};
  try {
    const load = (path) => server.ssrLoadModule(path);
    const tf = await import('@tensorflow/tfjs');
    const { rawFromSearch } = await load('/src/config/url.ts');
    const { validate } = await load('/src/config/schema.ts');
    const { TASKS } = await load('/src/engine/tasks/registry.ts');
    const { TrainingRun } = await load('/src/engine/training-run.ts');
    const { MemoryCheckpointStore } = await load('/src/engine/checkpoint.ts');
    await tf.setBackend('cpu');
    for (const row of rows) {
      let run = null;
      try {
        const { config, errors } = validate(rawFromSearch(row.query));
        if (!config) throw new Error(`config rejected: ${JSON.stringify(errors)}`);
        run = new TrainingRun(config, TASKS[config.task], new MemoryCheckpointStore());
        await run.runNextPhase(); // initialization
        const step = async () => (await run.trainStepScaled()).dispose();
        await step(); // the first step creates the optimizer's slots
        out[row.id] = (await tf.profile(step)).kernels.length;
      } catch (error) {
        out[row.id] = error instanceof Error ? error.message.split('\n')[0] : String(error);
      } finally {
        run?.dispose();
      }
    }
  } finally {
    await server.close();
  }
  return out;
}
