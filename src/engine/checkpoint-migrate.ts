/**
 * Brings a checkpoint record written by an earlier version of the lab up to the current one,
 * before it is checked: a stored or downloaded checkpoint keeps loading when the record or
 * the config gains something.
 *
 * Two mechanisms, like Keras's `from_config` (missing arguments take their defaults) and
 * PyTorch Lightning's checkpoint upgrades (one step per version, applied in order):
 *  - The config of any version is completed with the defaults of the fields it lacks, for
 *    its task (src/config/schema.ts). Adding a hyperparameter therefore needs no new format;
 *    a field that is no longer known is dropped by the config's schema.
 *  - A record whose `format` is an older one goes through MIGRATIONS, one step per version,
 *    until it has the current CHECKPOINT_FORMAT. A change of what the record holds or means
 *    (a renamed field, new state without a neutral default) gets a new format and a step.
 */
import { defaultFor, FIELDS, TASK_IDS, type TaskId } from '../config/schema';
import { CHECKPOINT_FORMAT } from './checkpoint';
import { FORMAT_V1, FORMAT_V2, migrateV1toV2 } from './checkpoint-migrate-v1';
import { migrateV2toV3 } from './checkpoint-migrate-v2';

export { withSeriesInLog } from './checkpoint-migrate-v2';

/** A record as read from a file or a store, before it is checked. */
export type RawRecord = Record<string, unknown>;

/**
 * One step per older format: MIGRATIONS[f] turns a record of format f into a record of the
 * next format, and sets its `format`.
 * - @1 → @2: tfjs's optimizer state renamed to the lab's own optimizers' (checkpoint-migrate-v1.ts).
 * - @2 → @3: the history's columns (losses, accuracies, gradient norms, dead units, the loss
 *   scaler's) become series of its one log of named series (checkpoint-migrate-v2.ts).
 */
export const MIGRATIONS: Readonly<Record<string, (record: RawRecord) => RawRecord>> = {
  [FORMAT_V1]: migrateV1toV2,
  [FORMAT_V2]: migrateV2toV3,
};

const isObject = (v: unknown): v is RawRecord =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isTaskId = (v: unknown): v is TaskId => TASK_IDS.includes(v as TaskId);

/**
 * The record brought to CHECKPOINT_FORMAT, its config completed with defaults. Returns a new
 * object (typed arrays are shared, not copied); anything that is not a record of a known
 * format comes back unchanged, for the record's schema to say what is wrong with it.
 * Throws when a migration step does not advance the format (a programming error).
 */
export function migrateRecord(
  raw: unknown,
  migrations: Readonly<Record<string, (record: RawRecord) => RawRecord>> = MIGRATIONS,
): unknown {
  if (!isObject(raw)) return raw;
  let record = raw;
  const seen = new Set<unknown>();
  while (typeof record.format === 'string' && Object.hasOwn(migrations, record.format)) {
    if (seen.has(record.format))
      throw new Error(`checkpoint migration loops at format ${record.format}`);
    seen.add(record.format);
    record = migrations[record.format](record);
  }
  if (record.format !== CHECKPOINT_FORMAT || !isObject(record.config)) return record;
  return { ...record, config: withConfigDefaults(record.config, record.task) };
}

/**
 * A stored config with every field it lacks set to that field's default for the config's
 * task (or, when the config names none, the record's task). Values present are kept as they
 * are, valid or not; unknown keys are kept too (the config's schema drops them). A config
 * without a known task is returned unchanged.
 */
export function withConfigDefaults(config: Readonly<RawRecord>, recordTask?: unknown): RawRecord {
  const task = [config.task, recordTask].find(isTaskId);
  if (!task) return { ...config };
  const out: RawRecord = { ...config, task };
  for (const field of FIELDS) {
    if (out[field.key] === undefined) out[field.key] = defaultFor(field, task);
  }
  return out;
}
