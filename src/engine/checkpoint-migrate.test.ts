import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultFor, FIELD_BY_KEY, FIELDS, type FieldKey } from '../config/schema';
import { CHECKPOINT_FORMAT } from './checkpoint';
import { FORMAT_V2 } from './checkpoint-migrate-v1';
import { decodeCheckpoint } from './checkpoint-file';
import {
  migrateRecord,
  type RawRecord,
  withConfigDefaults,
  withSeriesInLog,
} from './checkpoint-migrate';
import expected from './__fixtures__/checkpoint-v1-classify2d.expected.json';
import fileText from './__fixtures__/checkpoint-v1-classify2d.checkpoint.json?raw';
import { resumeAndTrain } from './__fixtures__/make-checkpoint-fixture';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** The fixture file with its record's config changed by `edit`, as text again. */
function withConfig(edit: (config: Record<string, unknown>) => void): string {
  const json = JSON.parse(fileText);
  edit(json.record.config);
  return JSON.stringify(json);
}

describe('checkpoint migration', () => {
  it('a file whose config lacks a field (one added later) loads with the default for its task', () => {
    for (const key of ['batchSize', 'temperature', 'restoreBest', 'readbackInterval'] as const) {
      const record = decodeCheckpoint(withConfig((c) => delete c[key]));
      expect(record.config[key]).toBe(defaultFor(FIELD_BY_KEY[key], 'classify2d'));
    }
  });

  it('a file whose config lacks every field at its default resumes the recorded losses bit for bit', async () => {
    const original = decodeCheckpoint(fileText).config as unknown as Record<FieldKey, unknown>;
    const atDefault = FIELDS.filter(
      (f) => f.key !== 'task' && original[f.key] === defaultFor(f, 'classify2d'),
    ).map((f) => f.key);
    expect(atDefault.length).toBeGreaterThan(20);
    const text = withConfig((c) => atDefault.forEach((k) => delete c[k]));
    expect(decodeCheckpoint(text).config).toEqual(original);
    expect(await resumeAndTrain(text, expected.losses.length)).toEqual(expected.losses);
  });

  it('a config field no longer known is dropped; a field present but invalid is still refused', () => {
    const record = decodeCheckpoint(withConfig((c) => (c.warmupEpochs = 3)));
    expect(record.config).not.toHaveProperty('warmupEpochs');
    expect(() => decodeCheckpoint(withConfig((c) => (c.batchSize = -1)))).toThrow(
      /configuration.*Batch size/,
    );
  });

  it("takes the task's own defaults, and the record's task when the config names none", () => {
    const mnist = withConfigDefaults({ task: 'mnist' });
    expect(mnist.units).toBe(128);
    expect(mnist.learningRate).toBe(0.001);
    const fromRecord = withConfigDefaults({ units: 7 }, 'regress1d');
    expect(fromRecord).toMatchObject({ task: 'regress1d', units: 7, points: 200 });
    expect(Object.keys(fromRecord).sort()).toEqual(FIELDS.map((f) => f.key).sort());
    expect(withConfigDefaults({ task: 'chess' })).toEqual({ task: 'chess' });
  });

  it('applies each older format’s step in order until the current format, and leaves unknown formats to the schema', () => {
    const steps = {
      'lab@0': (r: RawRecord) => ({ ...r, format: 'lab@0.5', renamed: r.old }),
      'lab@0.5': (r: RawRecord) => ({ ...r, format: CHECKPOINT_FORMAT }),
    };
    const migrated = migrateRecord({ format: 'lab@0', old: 1, config: { task: 'xor' } }, steps);
    expect(migrated).toMatchObject({ format: CHECKPOINT_FORMAT, renamed: 1 });
    const foreign = { format: 'other@9', config: {} };
    expect(migrateRecord(foreign, steps)).toBe(foreign);
    const loop = { 'a@1': (r: RawRecord) => ({ ...r, format: 'a@1' }) };
    expect(() => migrateRecord({ format: 'a@1' }, loop)).toThrow(/loops/);
  });

  it('moves a stored record’s loss scaler column into its log, keeping the series there', () => {
    const scaler = { steps: [4, 5], scales: [8, 4], skipped: [0, 1] };
    const columns = {
      trainSteps: [5],
      trainLosses: [1],
      valSteps: [],
      valLosses: [],
      valAccuracies: [],
    };
    const stored = {
      format: FORMAT_V2,
      task: 'classify2d',
      config: {},
      history: { ...columns, scaler, log: { lossScale: { steps: [5], values: [2] } } },
    };
    const history = (migrateRecord(stored) as { history: RawRecord }).history;
    expect(history).toEqual({
      trainLoss: { steps: [5], values: [1] },
      valLoss: { steps: [], values: [] },
      valAccuracy: { steps: [], values: [] },
      lossScale: { steps: [5], values: [2] }, // already in the log: kept
      skippedSteps: { steps: [4, 5], values: [0, 1] },
    });
    expect(withSeriesInLog({ scaler })).toEqual({
      log: {
        lossScale: { steps: [4, 5], values: [8, 4] },
        skippedSteps: { steps: [4, 5], values: [0, 1] },
      },
    });
    // Neither a column nor a log that is an object: left for the schema to refuse by name.
    expect(withSeriesInLog({ scaler: 3 })).toEqual({ scaler: 3 });
    expect(withSeriesInLog({ scaler, log: [] })).toEqual({ scaler, log: [] });
  });
});
