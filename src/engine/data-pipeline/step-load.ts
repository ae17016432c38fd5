/**
 * The data phase of step mode through the data pipeline, measured: the loading latency really
 * waited, then the batch exactly as `phases/data.ts`'s `loadBatch` loads it (the epoch's
 * reshuffle, the rows gathered into tensors), each stage timed with the worker's clock. Step
 * mode cannot prefetch (nothing runs between two presses of Next phase), so every batch
 * waits the whole latency here; run mode overlaps it (`feed.ts`).
 */
import type { DataReport } from '../../protocol/reports';
import { advanceData, dataReport, gatherBatch, nextIndices } from '../phases/data';
import { disposeBatch, disposeGrads, type RunContext } from '../run/context';
import type { RunState } from '../run/state';
import { feedSettings } from './feed';
import { type PipelineTimer, REAL_TIMER } from './prefetch';

/**
 * Loads the next batch into the context after the config's loading latency, like
 * `loadBatch`, and reports it with its stage times (ms) in `pipeline`.
 */
export async function loadBatchMeasured(
  ctx: RunContext,
  state: RunState,
  timer: PipelineTimer = REAL_TIMER,
): Promise<DataReport> {
  const latencyMs = state.config.loadLatency;
  const t0 = timer.now();
  await timer.sleep(latencyMs); // load: the slow disk or network
  const t1 = timer.now();
  if (state.microBatch === 0) disposeGrads(ctx);
  else advanceData(state); // the step's previous micro-batch is consumed
  disposeBatch(ctx);
  const t2 = timer.now();
  const { indices, shuffled } = nextIndices(state); // shuffle (at an epoch's start)
  const t3 = timer.now();
  ctx.batch = gatherBatch(ctx, indices); // batch
  const t4 = timer.now();
  return {
    ...dataReport(ctx, state, indices, shuffled),
    pipeline: {
      latencyMs,
      prefetch: feedSettings(state.config)?.depth ?? 0,
      shuffleMs: shuffled ? t3 - t2 : 0,
      loadMs: t1 - t0,
      batchMs: t4 - t3,
    },
  };
}
