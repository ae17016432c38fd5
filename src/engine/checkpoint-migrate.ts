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
 *  - A series once kept as a column of its own is moved into the history's log of named
 *    series (`history.scaler` → `log.lossScale`, `log.skippedSteps`), whatever the format.
 *  - A record whose `format` is an older one goes through MIGRATIONS, one step per version,
 *    until it has the current CHECKPOINT_FORMAT. A change of what the record holds or means
 *    (a renamed field, new state without a neutral default) gets a new format and a step.
 */
import { defaultFor, FIELDS, TASK_IDS, type TaskId } from '../config/schema';
import { CHECKPOINT_FORMAT } from './checkpoint';
import { FORMAT_V1, migrateV1toV2 } from './checkpoint-migrate-v1';

/** A record as read from a file or a store, before it is checked. */
export type RawRecord = Record<string, unknown>;

/**
 * One step per older format: MIGRATIONS[f] turns a record of format f into a record of the
 * next format, and sets its `format`.
 * - @1 → @2: tfjs's optimizer state renamed to the lab's own optimizers' (checkpoint-migrate-v1.ts).
 */
export const MIGRATIONS: Readonly<Record<string, (record: RawRecord) => RawRecord>> = {
  [FORMAT_V1]: migrateV1toV2,
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
  return {
    ...record,
    config: withConfigDefaults(record.config, record.task),
    ...(isObject(record.history) && { history: withSeriesInLog(record.history) }),
  };
}

/**
 * A history whose loss scaler column (`scaler: { steps, scales, skipped }`, written before
 * the loss scaler's series were named series) is moved into its `log` as the series
 * `lossScale` and `skippedSteps`; series the log already holds are kept. Returns a new object
 * (arrays shared); a history without the column, or with a column or a log that is not an
 * object (the record's schema refuses it, naming where), comes back unchanged.
 */
export function withSeriesInLog(history: Readonly<RawRecord>): RawRecord {
  const { scaler, ...rest } = history;
  if (!isObject(scaler) || (history.log !== undefined && !isObject(history.log)))
    return { ...history };
  const log = (history.log as RawRecord | undefined) ?? {};
  return {
    ...rest,
    log: {
      lossScale: { steps: scaler.steps, values: scaler.scales },
      skippedSteps: { steps: scaler.steps, values: scaler.skipped },
      ...log,
    },
  };
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
