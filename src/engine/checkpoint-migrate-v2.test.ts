/**
 * Checkpoints of format @2 keep their metrics in columns (losses, accuracies, per-layer
 * gradient norms and dead units); migrated to @3 the same values are named series of one
 * log, which the detectors, the checks and the page read alike.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { layerRows } from '../protocol/metric-log';
import { CHECKPOINT_FORMAT, MemoryCheckpointStore } from './checkpoint';
import { CheckpointRefusal } from './checkpoint-checks';
import { decodeCheckpoint, encodeCheckpoint } from './checkpoint-file';
import { logOfColumns, migrateV2toV3 } from './checkpoint-migrate-v2';
import { TASKS } from './tasks/registry';
import { TrainingRun } from './training-run';
import fileText from './__fixtures__/checkpoint-v2-classify2d.checkpoint.json?raw';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

interface V2History {
  trainSteps: number[];
  trainLosses: number[];
  valSteps: number[];
  valLosses: number[];
  valAccuracies: number[];
  gradSteps: number[];
  gradNorms: number[][];
  deadUnits: number[][];
}
const v2 = (JSON.parse(fileText) as { record: { history: V2History } }).record.history;

/** The fixture file with its @2 history changed by `edit`. */
function editedV2(edit: (h: V2History) => void): string {
  const json = JSON.parse(fileText) as { record: { history: V2History } };
  edit(json.record.history);
  return JSON.stringify(json);
}

describe('checkpoint migration @2 → @3', () => {
  it('turns the @2 fixture’s columns into named series holding the same values', () => {
    const record = decodeCheckpoint(fileText);
    expect(record.format).toBe(CHECKPOINT_FORMAT);
    const h = record.history;
    expect(h.trainLoss).toEqual({ steps: v2.trainSteps, values: v2.trainLosses });
    expect(h.valLoss).toEqual({ steps: v2.valSteps, values: v2.valLosses });
    expect(h.valAccuracy).toEqual({ steps: v2.valSteps, values: v2.valAccuracies });
    expect(layerRows(h, 'layerGradNorm')).toEqual({ steps: v2.gradSteps, rows: v2.gradNorms });
    expect(layerRows(h, 'deadUnits')).toEqual({ steps: v2.valSteps, rows: v2.deadUnits });
    expect(Object.keys(h).sort()).toEqual([
      'deadUnits/0',
      'deadUnits/1',
      'layerGradNorm/0',
      'layerGradNorm/1',
      'layerGradNorm/2',
      'trainLoss',
      'valAccuracy',
      'valLoss',
    ]);
  });

  it('a run restored from it holds the series, and its next checkpoint file reads back the same', async () => {
    const record = decodeCheckpoint(fileText);
    const store = new MemoryCheckpointStore();
    const run = new TrainingRun(record.config, TASKS[record.config.task], store, record.runId);
    await run.restore(record);
    expect(run.trainLoss).toBe(v2.trainLosses.at(-1));
    expect(run.valAccuracy).toBe(v2.valAccuracies.at(-1));
    expect(run.history).toEqual(record.history);
    // The detectors' window holds the latest gradient norms as rows, as the columns had them.
    expect(layerRows(run.metrics.recent.series, 'layerGradNorm').rows).toEqual(v2.gradNorms);
    const saved = (await store.load((await run.saveCheckpoint()).saved.id))!;
    run.dispose();
    const back = decodeCheckpoint(encodeCheckpoint(saved));
    expect(back.history).toEqual(record.history);
  });

  it('refuses @2 columns of different lengths as the @2 checks did, naming the series', () => {
    const problem = (text: string) => {
      try {
        decodeCheckpoint(text);
        return 'accepted';
      } catch (e) {
        return e instanceof CheckpointRefusal ? e.problem : (e as Error).message;
      }
    };
    expect(problem(editedV2((h) => h.trainLosses.pop()))).toMatchObject({
      id: 'seriesLengths',
      values: { series: 'log.trainLoss.steps' },
    });
    expect(problem(editedV2((h) => h.gradNorms.pop()))).toMatchObject({ id: 'seriesLengths' });
    expect(problem(editedV2((h) => h.valAccuracies.push(0.5)))).toMatchObject({
      id: 'seriesLengths',
    });
    // Files written before dead units were recorded have none at all: accepted, no series.
    expect(problem(editedV2((h) => (h.deadUnits = [])))).toBe('accepted');
  });

  it('leaves a history that does not read as @2 for the schema to name', () => {
    const text = editedV2((h) => ((h as unknown as { gradNorms: number }).gradNorms = 3));
    expect(() => decodeCheckpoint(text)).toThrow(/history\.trainSteps/);
    expect(logOfColumns({ trainSteps: 5 })).toEqual({ trainSteps: 5 });
    expect(migrateV2toV3({ format: 'training-run-lab/checkpoint@2', history: 7 })).toEqual({
      format: CHECKPOINT_FORMAT,
      history: 7,
    });
  });
});
