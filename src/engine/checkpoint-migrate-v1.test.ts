/**
 * Checkpoints of format @1 hold the state of tfjs's optimizers; migrated to @2 they hold the
 * same numbers under the lab's own optimizers' names, and a run resumed from them trains the
 * losses the tfjs optimizers trained, bit for bit on the cpu backend (the files and losses in
 * src/engine/__fixtures__ were written by the code of format @1).
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckpointProblemId } from '../protocol/checkpoint-problems';
import { CHECKPOINT_FORMAT, type CheckpointRecord } from './checkpoint';
import { CheckpointRefusal } from './checkpoint-checks';
import { decodeCheckpoint } from './checkpoint-file';
import { migrateRecord } from './checkpoint-migrate';
import adam from './__fixtures__/checkpoint-v1-classify2d.checkpoint.json?raw';
import momentum from './__fixtures__/checkpoint-v1-classify2d-momentum.checkpoint.json?raw';
import momentumExpected from './__fixtures__/checkpoint-v1-classify2d-momentum.expected.json';
import rmsprop from './__fixtures__/checkpoint-v1-classify2d-rmsprop.checkpoint.json?raw';
import rmspropExpected from './__fixtures__/checkpoint-v1-classify2d-rmsprop.expected.json';
import { resumeAndTrain } from './__fixtures__/make-checkpoint-fixture';
import { float32Power } from './training/optimizers/adam';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

interface RawTensor {
  name: string;
  shape: number[];
  values: Float32Array | Int32Array;
}

/** A file's record as it was written, typed arrays decoded, not migrated. */
function rawRecord(text: string): Record<string, unknown> & {
  optimizer: RawTensor[];
  weights: RawTensor[];
} {
  return JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === 'object' && '$typed' in value) {
      const { $typed, base64 } = value as { $typed: string; base64: string };
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      return $typed === 'int32' ? new Int32Array(bytes.buffer) : new Float32Array(bytes.buffer);
    }
    return value;
  }).record;
}

/** The @1 tensor of `slot` for the k-th variable (tfjs keeps each slot in the model's order). */
const v1Slot = (r: ReturnType<typeof rawRecord>, slot: string, k: number) =>
  r.optimizer.filter((s) => s.name.endsWith(`/${slot}`))[k];

describe('migrating the optimizer state of format @1', () => {
  it("renames Adam's moments and step count and keeps their bits; the dropped powers are the ones t gives", () => {
    const raw = rawRecord(adam);
    expect(raw.format).toBe('training-run-lab/checkpoint@1');
    const record = decodeCheckpoint(adam);
    expect(record.format).toBe(CHECKPOINT_FORMAT);
    const names = record.weights.map((w) => w.name);
    expect(record.optimizer.map((s) => s.name)).toEqual([
      't',
      ...names.flatMap((n) => [`${n}/m`, `${n}/v`]),
    ]);
    const iter = raw.optimizer.find((s) => s.name === 'iter')!;
    expect(record.optimizer[0]).toMatchObject({ shape: [], dtype: 'int32' });
    expect(Array.from(record.optimizer[0].values)).toEqual([23]);
    expect(Array.from(iter.values)).toEqual([23]);
    names.forEach((_, k) => {
      for (const slot of ['m', 'v'] as const) {
        const migrated = record.optimizer[1 + 2 * k + (slot === 'm' ? 0 : 1)];
        const old = v1Slot(raw, slot, k);
        expect(migrated.shape).toEqual(record.weights[k].shape);
        expect(migrated.values).toEqual(old.values);
        expect(migrated.values.some((x) => x !== 0)).toBe(true);
      }
    });
    // tfjs's accBeta1 = β₁ᵗ⁺¹ accumulated in float32: what the owned Adam derives from t.
    const power = (name: string) => raw.optimizer.find((s) => s.name === name)!.values[0];
    expect(power('accBeta1')).toBe(float32Power(0.9, 24));
    expect(power('accBeta2')).toBe(float32Power(0.999, 24));
    expect(power('accBeta2')).not.toBe(Math.fround(0.999 ** 24));
  });

  it('renames the momentum buffer, and RMSprop’s square average (dropping its buffer of the last step)', () => {
    for (const [text, slots] of [
      [momentum, [['momentum', 'buffer']]],
      [rmsprop, [['rms', 'squareAvg']]],
    ] as const) {
      const raw = rawRecord(text);
      const record = decodeCheckpoint(text);
      const names = record.weights.map((w) => w.name);
      expect(record.optimizer.map((s) => s.name)).toEqual([
        't',
        ...names.flatMap((n) => slots.map(([, to]) => `${n}/${to}`)),
      ]);
      names.forEach((_, k) =>
        expect(record.optimizer[1 + k].values).toEqual(v1Slot(raw, slots[0][0], k).values),
      );
    }
  });

  it.each([
    ['momentum (Nesterov)', momentum, momentumExpected],
    ['rmsprop', rmsprop, rmspropExpected],
  ])(
    'a run resumed from a @1 %s checkpoint trains the recorded losses bit for bit (cpu)',
    async (_, text, expected) => {
      expect(tf.getBackend()).toBe(expected.backend);
      const losses = await resumeAndTrain(text, expected.losses.length);
      expect(losses.map((l, i) => Object.is(l, expected.losses[i]))).not.toContain(false);
    },
  );

  it('gives a checkpoint of step 0, which tfjs wrote without slots, zero state', () => {
    const raw = rawRecord(adam);
    raw.optimizer = [{ name: 'iter', shape: [], values: Int32Array.of(0) }];
    const migrated = migrateRecord(raw) as CheckpointRecord;
    expect(migrated.optimizer.map((s) => s.name)).toEqual([
      't',
      ...raw.weights.flatMap((w) => [`${w.name}/m`, `${w.name}/v`]),
    ]);
    migrated.optimizer.slice(1).forEach((s, i) => {
      expect(s.shape).toEqual(raw.weights[Math.floor(i / 2)].shape);
      expect(s.values.every((x) => x === 0)).toBe(true);
    });
  });

  /** A @1 file changed by `edit`, as text. */
  function editedV1(edit: (r: ReturnType<typeof rawRecord>) => void): string {
    const file = JSON.parse(adam);
    const raw = rawRecord(adam);
    edit(raw);
    const encode = (a: Float32Array | Int32Array) => ({
      $typed: a instanceof Int32Array ? 'int32' : 'float32',
      base64: btoa(String.fromCharCode(...new Uint8Array(a.buffer, a.byteOffset, a.byteLength))),
    });
    return JSON.stringify({ ...file, record: raw }, (_k, v: unknown) =>
      v instanceof Float32Array || v instanceof Int32Array ? encode(v) : v,
    );
  }

  it.each<[string, (r: ReturnType<typeof rawRecord>) => void, CheckpointProblemId]>([
    [
      'a moment missing',
      (r) => (r.optimizer = r.optimizer.filter((s) => s.name !== '3/v')),
      'optimizerStateMissing',
    ],
    [
      'a moment too many',
      (r) => r.optimizer.push({ ...r.optimizer[1], name: '6/m' }),
      'optimizerStateMissing',
    ],
    [
      'a moment of another shape',
      (r) => (r.optimizer[1] = { ...r.optimizer[1], shape: [16] }),
      'optimizerStateShape',
    ],
    ['no iteration count', (r) => r.optimizer.shift(), 'optimizerStateMissing'],
  ])('refuses a @1 file with %s, naming the problem', (_, edit, problem) => {
    const text = editedV1(edit);
    let thrown: unknown;
    try {
      decodeCheckpoint(text);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(CheckpointRefusal);
    expect((thrown as CheckpointRefusal).problem.id).toBe(problem);
  });
});
