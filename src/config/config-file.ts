/**
 * A run's config as a file: `{ "format": "training-run-lab/config@1", "createdAt": ISO 8601,
 * "config": { field: value, … } }`. The config holds the fields that apply to its task and
 * model (the seed included), with numbers as JSON numbers and choices as strings.
 *
 * Reading a file applies the sidebar's own validation (the zod schema of {@link FIELDS}
 * through {@link validate}), and nothing of a bad file is used: every problem is returned
 * with its place (`line 3, column 5` for JSON syntax, `format`, `config.learningRate`). As in
 * the URL, a field the file leaves out takes its task's default, and a field that does not
 * apply to the file's task and model is ignored (with a notice), not validated. Older
 * formats are migrated one version at a time ({@link CONFIG_MIGRATIONS}).
 */
import { issueText, texts } from '../content';
import { DEFAULT_LOCALE, type Locale } from './locale';
import {
  DEFAULT_CONFIG,
  FIELD_BY_KEY,
  FIELDS,
  fieldApplies,
  type FieldKey,
  type LabConfig,
  type RawConfig,
  TASK_IDS,
  type TaskId,
  taskDefaults,
  toRaw,
  validate,
} from './schema';
import { suggestKey } from './url';

export const CONFIG_FORMAT = 'training-run-lab/config';
/** The version this app writes; files of older versions are migrated to it. */
export const CONFIG_VERSION = 1;

/** A config file as written. */
export interface ConfigFile {
  format: string;
  /** When it was exported, ISO 8601 (informative only). */
  createdAt: string;
  config: Partial<Record<FieldKey, number | string>>;
}

/** Where a problem is (`line 3, column 5`, `format`, `config.learningRate`) and what it is. */
export interface ConfigProblem {
  at: string;
  message: string;
}

export type ConfigFileResult =
  | {
      ok: true;
      /** The sidebar's text for every field (the task's defaults where the file has none). */
      raw: RawConfig;
      config: LabConfig;
      /** Things ignored or defaulted, with their place; not errors. */
      notices: ConfigProblem[];
    }
  | { ok: false; problems: ConfigProblem[] };

/**
 * One step of migration: a file object of version n (its `format` already checked) → the
 * same content as version n + 1 (its `format` is set by the caller). Must not mutate.
 */
export type ConfigMigration = (file: Readonly<Record<string, unknown>>) => Record<string, unknown>;

/**
 * Migrations by the version they start from. config@1 is the first format, so none exist
 * yet; when a field is renamed, version 2 adds `1: (f) => ({ ...f, config: renamed })`.
 */
export const CONFIG_MIGRATIONS: Readonly<Record<number, ConfigMigration>> = {};

const TOP_KEYS = ['format', 'createdAt', 'config'] as const;

/** The fields of `config` that apply to its task and model, in sidebar order. */
function applicableFields(config: LabConfig) {
  return FIELDS.filter((f) => fieldApplies(f, config.task, config.model));
}

/** A config file is a few kilobytes; a larger file is refused before it is read. */
export const CONFIG_FILE_MAX_BYTES = 1_000_000;

/** The problem with a file of `bytes` bytes, if it is too large to be a config file. */
export function configFileSizeProblem(
  bytes: number,
  locale: Locale = DEFAULT_LOCALE,
): ConfigProblem | null {
  const msg = texts(locale).configFile;
  return bytes > CONFIG_FILE_MAX_BYTES
    ? { at: msg.atFile, message: msg.tooLarge(bytes, CONFIG_FILE_MAX_BYTES) }
    : null;
}

/** The file for a valid config, as pretty-printed JSON text. */
export function configFileText(config: LabConfig, createdAt: Date = new Date()): string {
  const file: ConfigFile = {
    format: `${CONFIG_FORMAT}@${CONFIG_VERSION}`,
    createdAt: createdAt.toISOString(),
    config: Object.fromEntries(applicableFields(config).map((f) => [f.key, config[f.key]])),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file name for a config: task, seed and time, e.g. `config-mnist-seed42-20260130-1512.json`. */
export function configFileName(config: LabConfig, createdAt: Date = new Date()): string {
  const stamp = createdAt.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return `config-${config.task}-seed${config.seed}-${stamp}.json`;
}

/**
 * The line and column (1-based) of a JSON.parse error, from its message: V8 says
 * "… at position 42 (line 3 column 5)" or only "at position 42"; Firefox "… at line 3
 * column 5 of the JSON data". Null when the message names no place.
 */
export function jsonErrorPlace(
  text: string,
  error: unknown,
): { line: number; column: number } | null {
  const message = error instanceof Error ? error.message : String(error);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  if (!pos) return null;
  const before = text.slice(0, Number(pos[1]));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** Edit distance (Levenshtein), for naming the field a mistyped key meant. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length];
}

/** The known key closest to `key` (case ignored), if it is close enough to be a typo. */
export function closestKey(key: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const k of known) {
    const d = distance(key.toLowerCase(), k.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return bestD <= Math.max(2, Math.floor(key.length / 3)) ? best : null;
}

/**
 * The field an unknown key of a config file meant: by the URL's rule ({@link suggestKey}:
 * a field's key, URL key or label apart from case and punctuation, e.g. "lr" or
 * "learning_rate"), else the closest field key by edit distance.
 */
function suggestField(key: string, keys: readonly string[]): string | null {
  const url = suggestKey(key);
  const field = url === null ? undefined : FIELDS.find((f) => f.url === url);
  return field ? field.key : closestKey(key, keys);
}

const typeName = (v: unknown) =>
  v === null ? 'null' : Array.isArray(v) ? 'an array' : `a ${typeof v} (${JSON.stringify(v)})`;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Brings a file object of any supported version to {@link CONFIG_VERSION}, one migration at
 * a time; problems (unknown format, newer version, missing migration) at `format`.
 */
export function migrateConfigFile(
  file: Record<string, unknown>,
  migrations: Readonly<Record<number, ConfigMigration>> = CONFIG_MIGRATIONS,
  current: number = CONFIG_VERSION,
  locale: Locale = DEFAULT_LOCALE,
): { ok: true; file: Record<string, unknown> } | { ok: false; problem: ConfigProblem } {
  const msg = texts(locale).configFile;
  const expected = `${CONFIG_FORMAT}@${current}`;
  const format = file.format;
  if (format === undefined)
    return { ok: false, problem: { at: 'format', message: msg.missingFormat(expected) } };
  const m = typeof format === 'string' ? /^training-run-lab\/config@(\d+)$/.exec(format) : null;
  if (!m)
    return {
      ok: false,
      problem: { at: 'format', message: msg.wrongFormat(String(format), expected) },
    };
  let version = Number(m[1]);
  if (version > current)
    return { ok: false, problem: { at: 'format', message: msg.newerVersion(version, current) } };
  let out = file;
  while (version < current) {
    const step = migrations[version];
    if (!step) return { ok: false, problem: { at: 'format', message: msg.noMigration(version) } };
    out = { ...step(out), format: `${CONFIG_FORMAT}@${version + 1}` };
    version++;
  }
  return { ok: true, file: out };
}

/**
 * Reads a config file's text. On success: the sidebar's raw text for every field, the
 * validated config and the notices; otherwise every problem found, each at its place, and
 * nothing to apply. Never throws.
 */
export function readConfigFile(
  text: string,
  migrations: Readonly<Record<number, ConfigMigration>> = CONFIG_MIGRATIONS,
  current: number = CONFIG_VERSION,
  locale: Locale = DEFAULT_LOCALE,
): ConfigFileResult {
  const msg = texts(locale).configFile;
  let parsed: unknown;
  // A byte order mark, as some editors on Windows write, is not JSON but not an error either.
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    const place = jsonErrorPlace(text, e);
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      problems: [
        {
          at: place ? msg.atLineColumn(place.line, place.column) : msg.atFile,
          message: msg.notJson(detail),
        },
      ],
    };
  }
  if (!isObject(parsed))
    return { ok: false, problems: [{ at: msg.atFile, message: msg.notObject }] };
  const migrated = migrateConfigFile(parsed, migrations, current, locale);
  if (!migrated.ok) return { ok: false, problems: [migrated.problem] };
  const file = migrated.file;

  const problems: ConfigProblem[] = [];
  const notices: ConfigProblem[] = [];
  for (const key of Object.keys(file)) {
    if (!(TOP_KEYS as readonly string[]).includes(key))
      problems.push({ at: key, message: msg.unknownKey(closestKey(key, TOP_KEYS)) });
  }
  const values = file.config;
  if (!isObject(values)) {
    problems.push({ at: 'config', message: msg.notAnObject });
    return { ok: false, problems };
  }

  // The task and model decide which fields apply (absent: the default task, its model).
  const taskValue = values.task ?? DEFAULT_CONFIG.task;
  const taskKnown = (TASK_IDS as readonly unknown[]).includes(taskValue);
  const task = (taskKnown ? taskValue : DEFAULT_CONFIG.task) as TaskId;
  const defaults = taskDefaults(task);
  const model = typeof values.model === 'string' ? values.model : defaults.model;
  const modelled = FIELD_BY_KEY.model.tasks?.includes(task) ?? false;

  const raw: RawConfig = toRaw(defaults);
  const keys = FIELDS.map((f) => f.key as string);
  for (const [key, value] of Object.entries(values)) {
    const at = `config.${key}`;
    const field = FIELD_BY_KEY[key as FieldKey];
    if (!field) {
      problems.push({ at, message: msg.unknownKey(suggestField(key, keys)) });
      continue;
    }
    // Only a known task decides what applies; an unknown one is reported below.
    if (taskKnown && !fieldApplies(field, task, model)) {
      notices.push({
        at,
        message: msg.ignored(task, modelled && field.models ? model : null),
      });
      continue;
    }
    const expected = field.kind === 'select' || field.kind === 'text' ? 'string' : 'number';
    if (typeof value !== expected) {
      problems.push({ at, message: msg.wrongType(expected, typeName(value)) });
      continue;
    }
    raw[field.key as FieldKey] = String(value);
  }
  const missing = FIELDS.filter((f) => fieldApplies(f, task, model) && !(f.key in values)).map(
    (f) => `config.${f.key}`,
  );
  if (missing.length > 0) notices.push({ at: 'config', message: msg.defaulted(missing) });

  // The sidebar's validation: each field's own schema, then the checks across fields.
  const { config, errors } = validate(raw);
  for (const [key, issue] of Object.entries(errors)) {
    const at = `config.${key}`;
    // The field's sentence in the page's language, as the sidebar says it.
    const message = issueText(key as FieldKey, issue, locale);
    if (!problems.some((p) => p.at === at)) problems.push({ at, message });
  }
  if (problems.length > 0 || !config) return { ok: false, problems };
  return { ok: true, raw, config, notices };
}
