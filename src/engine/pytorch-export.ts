/**
 * Gathers what a PyTorch export is made of (`src/data/pytorch-export`): the run's data split
 * as the engine holds it, and the state to start from — the live run between two steps, or
 * one of its stored checkpoints — as plain data. The page builds the project's files from it.
 */
import { initialPlateauState } from '../config/plateau';
import { exportRefusal, type ExportRefusal } from '../data/pytorch-export/support';
import type { ExportData, ExportStart, PyTorchExportInput } from '../data/pytorch-export/types';
import type { CheckpointRecord } from './checkpoint';
import { Rng } from './rng';
import { readOptimizerState } from './run/optimizer';
import { betweenSteps } from './run/phase-view';
import type { TrainingRun } from './training-run';
import { columnStats } from './tasks/table/data';
import { type DataSplit, paramsOf } from './tasks/types';

/** The export's input, or why there is none. */
export type ExportOutcome =
  { ok: true; input: PyTorchExportInput } | { ok: false; refusal: ExportRefusal };

/**
 * The own-data task's standardization as its model holds it (tasks/table/index.ts): the
 * training split's column means and inverse standard deviations, and a regression's target
 * scale; float32, as tfjs keeps them.
 */
function standardization(data: DataSplit): ExportData['standardize'] {
  const x = columnStats(data.train.x, data.inputSize);
  return {
    mean: Float32Array.from(x.mean),
    invStd: Float32Array.from(x.std, (s) => 1 / s),
    target: data.classes === 0 ? (data.targetScale ?? { mean: 0, std: 1 }) : null,
  };
}

/** The run's training and validation split (copies: the page may keep them). */
function exportData(run: TrainingRun): ExportData {
  const { data } = run.ctx;
  return {
    ...(run.ctx.task.id === 'table' ? { standardize: standardization(data) } : {}),
    inputSize: data.inputSize,
    classes: data.classes,
    trainX: data.train.x.slice(),
    trainY: data.train.y.slice(),
    valX: data.validation.x.slice(),
    valY: data.validation.y.slice(),
  };
}

/**
 * The live run as an export's start: its weights and optimizer state now. Before the
 * initialization phase, the weights it would draw (from a copy of its generator, so the run
 * is left as it is) and no optimizer state. Only between two steps: a half-done step-mode
 * step has consumed part of its batch.
 */
async function liveStart(run: TrainingRun): Promise<ExportStart | 'midStep'> {
  const { ctx, state } = run;
  const common = {
    runId: state.runId,
    step: state.step,
    epoch: state.epoch,
    cursor: state.cursor,
    order: state.order.slice(),
    shuffleState: state.rng.shuffle,
    plateau: state.plateau,
    source: 'run' as const,
  };
  if (!ctx.model) {
    const model = ctx.task.buildModel(state.config, ctx.data, new Rng(state.rng.init));
    try {
      const names = paramsOf(model);
      const weights = await Promise.all(
        model.variables.map(async (v, i) => ({
          name: names[i].name,
          shape: [...v.shape],
          values: (await v.data()) as Float32Array,
        })),
      );
      return { ...common, weights, optimizer: [] };
    } finally {
      model.dispose();
    }
  }
  if (!betweenSteps(ctx) || state.microBatch !== 0 || !ctx.optimizer) return 'midStep';
  const names = paramsOf(ctx.model);
  const weights = await Promise.all(
    ctx.model.variables.map(async (v, i) => ({
      name: names[i].name,
      shape: [...v.shape],
      values: (await v.data()) as Float32Array,
    })),
  );
  const optimizer = (await readOptimizerState(ctx.optimizer)).map((s) => ({
    name: s.name,
    shape: s.shape,
    values: s.values,
  }));
  return { ...common, weights, optimizer };
}

/** A stored checkpoint of the run as an export's start. */
function checkpointStart(record: CheckpointRecord): ExportStart {
  return {
    runId: record.runId,
    step: record.step,
    epoch: record.data.epoch,
    cursor: record.data.cursor,
    order: record.data.order.slice(),
    shuffleState: record.rng.shuffle,
    plateau: record.plateau ?? initialPlateauState(record.config.learningRate),
    weights: record.weights.map((w) => ({ name: w.name, shape: w.shape, values: w.values })),
    optimizer: record.optimizer.map((s) => ({ name: s.name, shape: s.shape, values: s.values })),
    source: 'checkpoint',
  };
}

/**
 * What the export of `run` needs: from `record` (one of the run's checkpoints) when given,
 * else from the run as it stands. Refuses a run the export does not cover (support.ts), a
 * live run in the middle of a step-mode step, and a checkpoint of another run (its data set
 * is not this run's).
 */
export async function pytorchExportInput(
  run: TrainingRun,
  record: CheckpointRecord | null,
): Promise<ExportOutcome> {
  const config = record?.config ?? run.currentConfig;
  const refusal = exportRefusal(config);
  if (refusal) return { ok: false, refusal };
  if (record && (record.runId !== run.runId || record.data.order.length !== run.data.train.n)) {
    return { ok: false, refusal: 'otherRun' };
  }
  const start = record ? checkpointStart(record) : await liveStart(run);
  if (start === 'midStep') return { ok: false, refusal: 'midStep' };
  return { ok: true, input: { config, data: exportData(run), start } };
}
