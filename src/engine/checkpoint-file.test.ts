import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../config/schema';
import { type CheckpointRecord, MemoryCheckpointStore } from './checkpoint';
import { decodeCheckpoint, encodeCheckpoint } from './checkpoint-file';
import { TASKS } from './tasks/registry';
import { TrainingRun } from './training-run';

let record: CheckpointRecord;

beforeAll(async () => {
  await tf.setBackend('cpu');
  const store = new MemoryCheckpointStore();
  const run = new TrainingRun({ ...DEFAULT_CONFIG, points: 100 }, TASKS.classify2d, store);
  await run.initialize();
  for (let i = 0; i < 5; i++) run.trainStep().dispose();
  await run.evaluate();
  record = (await store.load((await run.saveCheckpoint()).saved.id))!;
  run.dispose();
});

/** The file's JSON, changed by `edit`, as text again. */
function edited(edit: (json: { kind: string; record: Record<string, unknown> }) => void): string {
  const json = JSON.parse(encodeCheckpoint(record));
  edit(json);
  return JSON.stringify(json);
}

describe('checkpoint files', () => {
  it('round-trips a record exactly, typed arrays included', () => {
    const back = decodeCheckpoint(encodeCheckpoint(record));
    expect(back.weights.map((w) => Array.from(w.values))).toEqual(
      record.weights.map((w) => Array.from(w.values)),
    );
    expect(back.weights[0].values).toBeInstanceOf(Float32Array);
    expect(back.data.order).toBeInstanceOf(Int32Array);
    expect(Array.from(back.data.order)).toEqual(Array.from(record.data.order));
    expect(back.config).toEqual(record.config);
    expect(back.history).toEqual(record.history);
  });

  it('refuses a truncated or damaged file', () => {
    const text = encodeCheckpoint(record);
    expect(() => decodeCheckpoint(text.slice(0, text.length / 2))).toThrow(/damaged or truncated/);
    expect(() => decodeCheckpoint('')).toThrow(/damaged or truncated/);
  });

  it('refuses a file that is not a checkpoint of this lab', () => {
    expect(() => decodeCheckpoint('{"hello":"world"}')).toThrow(
      /not a Training Run Lab checkpoint/,
    );
    expect(() => decodeCheckpoint('[1,2,3]')).toThrow(/not a Training Run Lab checkpoint/);
  });

  it('refuses another format version, missing parts and tensors that do not match their shape', () => {
    expect(() => decodeCheckpoint(edited((j) => (j.record.format = 'other@9')))).toThrow(/format/);
    expect(() => decodeCheckpoint(edited((j) => delete j.record.weights))).toThrow(/weights/);
    expect(() =>
      decodeCheckpoint(
        edited((j) => ((j.record.weights as { shape: number[] }[])[0].shape = [99, 99])),
      ),
    ).toThrow(/shape/);
  });

  it('refuses a checkpoint whose config is not valid', () => {
    expect(() =>
      decodeCheckpoint(
        edited((j) => ((j.record.config as { learningRate: number }).learningRate = -1)),
      ),
    ).toThrow(
      "The checkpoint's configuration is not valid here: learningRate — The learning rate must be greater than 0.",
    );
  });

  it('a checkpoint of another model shape is refused on restore, and the run is unchanged', async () => {
    const other = new TrainingRun(
      { ...DEFAULT_CONFIG, points: 100, units: 5 },
      TASKS.classify2d,
      new MemoryCheckpointStore(),
    );
    await other.initialize();
    await expect(other.restore(decodeCheckpoint(encodeCheckpoint(record)))).rejects.toThrow(
      /shape/,
    );
    expect(other.step).toBe(0);
    other.dispose();
  });
});
