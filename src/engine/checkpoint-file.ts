/**
 * A checkpoint as a downloadable file: the record as JSON, typed arrays as base64. Reading a
 * file checks it thoroughly (zod), so a damaged, truncated or foreign file is rejected with a
 * message that says what is wrong, before anything of the current run changes.
 */
import { z } from '../config/zod';
import { configSchema, fieldIssueOf, type LabConfig } from '../config/schema';
import type { CheckpointSchemaIssue } from '../protocol/notices';
import { CHECKPOINT_FORMAT, type CheckpointRecord } from './checkpoint';
import { checkRecord } from './checkpoint-checks';
import { migrateRecord } from './checkpoint-migrate';
import { NoticeError, refuse } from './notice-error';

const FILE_KIND = 'training-run-lab-checkpoint';

/** The schema's own issues, by id (zod's message); any other issue is a wrong `value`. */
const SCHEMA_ISSUES: readonly CheckpointSchemaIssue[] = [
  'format',
  'noWeights',
  'tensorValues',
  'notSeries',
];

type Typed = Float32Array | Int32Array;

function toBase64(a: Typed): string {
  const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(s);
}

function fromBase64(b64: string, dtype: 'float32' | 'int32'): Typed {
  const s = atob(b64);
  if (s.length % 4 !== 0) refuse({ id: 'checkpointDamaged', part: 'arrayLength', detail: '' });
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  return dtype === 'int32' ? new Int32Array(bytes.buffer) : new Float32Array(bytes.buffer);
}

/** The record as the text of a file. */
export function encodeCheckpoint(record: CheckpointRecord): string {
  return JSON.stringify({ kind: FILE_KIND, record }, (_key, value: unknown) => {
    if (value instanceof Float32Array) return { $typed: 'float32', base64: toBase64(value) };
    if (value instanceof Int32Array) return { $typed: 'int32', base64: toBase64(value) };
    return value;
  });
}

const float32 = z.instanceof(Float32Array);
const int32 = z.instanceof(Int32Array);

const savedTensor = z
  .object({
    name: z.string(),
    shape: z.array(z.number().int().nonnegative()),
    dtype: z.enum(['float32', 'int32']),
    values: z.union([float32, int32]),
  })
  .refine((t) => t.values.length === t.shape.reduce((p, d) => p * d, 1), {
    message: 'tensorValues' satisfies CheckpointSchemaIssue,
  });

const finiteOrNull = z.number().nullable();

const recordSchema = z.object({
  format: z.literal(CHECKPOINT_FORMAT, {
    error: 'format' satisfies CheckpointSchemaIssue,
  }),
  id: z.string(),
  runId: z.string(),
  task: z.string(),
  createdAt: z.number(),
  step: z.number().int().nonnegative(),
  epoch: z.number().int().nonnegative(),
  valLoss: finiteOrNull,
  sizeBytes: z.number().nonnegative(),
  config: z.record(z.string(), z.unknown()),
  weights: z.array(savedTensor).min(1, { error: 'noWeights' satisfies CheckpointSchemaIssue }),
  optimizer: z.array(savedTensor),
  data: z.object({
    order: int32,
    cursor: z.number().int().nonnegative(),
    epoch: z.number().int().nonnegative(),
  }),
  rng: z.object({ shuffle: z.number() }),
  bestWeights: z
    .object({ step: z.number().int().nonnegative(), values: z.array(float32) })
    .nullable()
    .optional(),
  earlyStopping: z.record(z.string(), z.unknown()),
  plateau: z
    .object({
      lr: z.number().positive(),
      best: z.number().nullable(),
      wait: z.number().int().nonnegative(),
      cooldownCounter: z.number().int().nonnegative(),
    })
    .optional(),
  scaler: z
    .object({
      scale: z.number().positive().max(3.4e38),
      growthTracker: z.number().int().nonnegative(),
      skippedSteps: z.number().int().nonnegative(),
    })
    .optional(),
  // Every series by name; an older file's columns became series before (checkpoint-migrate.ts),
  // and one left here (a loss scaler column that was not one) cannot be read as a series.
  history: z.record(
    z.string(),
    z.object(
      { steps: z.array(z.number()), values: z.array(z.number().nullable()) },
      { error: 'notSeries' satisfies CheckpointSchemaIssue },
    ),
  ),
});

/**
 * Reads a checkpoint file. Throws a {@link NoticeError} that says why the file cannot be used
 * (damaged, not a checkpoint, not of a checkpoint's shape, a config the sidebar refuses), or
 * a {@link CheckpointRefusal} (from {@link checkRecord}: non-finite values,
 * a step beyond the run's limits, missing optimizer state, a data order outside the data
 * set, metric series of different lengths) that names the problem by id; checks the model's
 * tensor names and shapes later, on restore.
 */
export function decodeCheckpoint(text: string): CheckpointRecord {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text, (_key, value: unknown) => {
      if (value && typeof value === 'object' && '$typed' in value && 'base64' in value) {
        const v = value as { $typed: string; base64: unknown };
        if (typeof v.base64 !== 'string' || (v.$typed !== 'float32' && v.$typed !== 'int32')) {
          refuse({ id: 'checkpointDamaged', part: 'arrayEncoding', detail: '' });
        }
        return fromBase64(v.base64, v.$typed);
      }
      return value;
    });
  } catch (e) {
    if (e instanceof NoticeError) throw e;
    refuse({ id: 'checkpointDamaged', part: 'json', detail: (e as Error).message });
  }
  if (!parsed || typeof parsed !== 'object' || (parsed as { kind?: unknown }).kind !== FILE_KIND) {
    refuse({ id: 'notACheckpoint' });
  }
  // A record of an earlier version is brought up to this one first (checkpoint-migrate.ts).
  const r = recordSchema.safeParse(migrateRecord((parsed as { record?: unknown }).record));
  if (!r.success) {
    const issue = r.error.issues[0];
    const known = SCHEMA_ISSUES.find((id) => id === issue.message);
    refuse({
      id: 'checkpointInvalid',
      issue: known ?? 'value',
      path: issue.path.map(String).join('.'),
      expected: CHECKPOINT_FORMAT,
    });
  }
  const config = configSchema.safeParse(r.data.config);
  if (!config.success) {
    const issue = config.error.issues[0];
    const found = fieldIssueOf(issue);
    refuse({
      id: 'checkpointConfig',
      field: found?.key ?? null,
      issue: found?.issue ?? null,
      path: issue.path.map(String).join('.'),
    });
  }
  const record: CheckpointRecord = {
    ...(r.data as unknown as CheckpointRecord),
    config: config.data as unknown as LabConfig,
  };
  checkRecord(record);
  return record;
}
