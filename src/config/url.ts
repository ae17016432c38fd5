/**
 * The config, the forced backend and the language live in the page URL, derived from the field schema.
 *
 * Reading a URL is pure and never blocks a run on a key the page cannot show: keys that are
 * not settings, repeated keys, fields that do not apply to the URL's task and model, an
 * unknown backend and an unknown language are set aside, each with a notice saying what was ignored and why.
 * Values of the fields that apply are kept as written, so a bad one shows at its field.
 */
import { BACKEND_REQUESTS, type BackendRequest } from '../protocol/calibration';
import { LANG_KEY, type Locale, localeOfTag } from './locale';
import { PRESENT_KEY, presentOf, suggestPresent } from './present';
import { isScenarioId, SCENARIO_KEY, type ScenarioId } from './scenarios';
import {
  CHOICE_KEYS,
  DEFAULT_CONFIG,
  FIELD_BY_KEY,
  fieldApplies,
  fieldAppliesTo,
  type Field,
  FIELDS,
  type FieldKey,
  type LabConfig,
  type RawConfig,
  rawTask,
  type TaskId,
  taskDefaults,
  toRaw,
} from './schema';

/** The URL key that forces a backend. */
export const BACKEND_KEY = 'backend';

/** A key of the URL that was not used, and why. */
export type UrlNotice =
  /** Not a setting; `suggestion` is the URL key it most likely meant, if any. */
  | { kind: 'unknownKey'; key: string; value: string; suggestion: string | null }
  /** The key appears more than once: the first value is used, the others are ignored. */
  | { kind: 'repeatedKey'; key: string; used: string; ignored: string[] }
  /** A field the URL's task (and model) does not use; its task's default stands instead. */
  | {
      kind: 'notApplicable';
      key: string;
      value: string;
      field: FieldKey;
      task: TaskId;
      model: string;
      /**
       * When the task and model fit but another field's choice does not (a schedule's
       * parameter with another schedule): that field's URL key, the values the field needs,
       * and the link's value.
       */
      choice?: { key: string; needs: readonly string[]; value: string };
    }
  /** Not one of the backends (nor `auto`); `suggestion` is the one it spells in other letter case. */
  | { kind: 'unknownBackend'; value: string; suggestion: BackendRequest | null }
  /** Not one of the page's languages; `suggestion` is the one its tag names ("de-AT" → de). */
  | { kind: 'unknownLang'; value: string; suggestion: Locale | null }
  /** Lecture mode takes `1` or `0`; `suggestion` is the one it most likely meant ("true" → 1). */
  | { kind: 'badPresent'; value: string; suggestion: '1' | '0' | null }
  /** Not one of the lecture scenarios (./scenarios). */
  | { kind: 'unknownScenario'; value: string };

/** What a URL asks for. */
export interface UrlState {
  /** The raw text of every field: the URL's values where they apply, its task's defaults else. */
  raw: RawConfig;
  /** The forced backend, `auto` (the fastest, measured), or undefined for the usual order. */
  backend: BackendRequest | undefined;
  /** The language the URL asks for (`lang=de|en`), or undefined when it names none. */
  lang: Locale | undefined;
  /** Lecture mode (`present=1`), see ./present. */
  present: boolean;
  /** The lecture scenario the link loads (`scenario=<id>`), whose note says what to watch. */
  scenario: ScenarioId | undefined;
  /** What was ignored, in the order of the URL's keys. */
  notices: UrlNotice[];
}

const FIELD_BY_URL = new Map<string, (typeof FIELDS)[number]>(FIELDS.map((f) => [f.url, f]));

/** Letters and digits only, lower case: "learning_rate", "LearningRate" → "learningrate". */
const normalize = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Levenshtein distance (insertions, deletions, substitutions), for short keys. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}

/**
 * The URL key an unknown key most likely meant: one whose URL key, field key or label it
 * spells apart from case and punctuation ("LR", "learningRate", "learning_rate" → "lr"), or
 * a URL key or field key one typo away ("sed" → "seed"). Null when nothing is that close.
 */
export function suggestKey(key: string): string | null {
  const k = normalize(key);
  if (k === '') return null;
  const names: [string, string][] = [
    [BACKEND_KEY, BACKEND_KEY],
    [LANG_KEY, LANG_KEY],
    [PRESENT_KEY, PRESENT_KEY],
    [SCENARIO_KEY, SCENARIO_KEY],
  ];
  for (const f of FIELDS) names.push([f.url, f.url], [f.key, f.url], [f.label, f.url]);
  const exact = names.find(([name]) => normalize(name) === k);
  if (exact) return exact[1];
  if (k.length < 3) return null;
  const close = names
    .filter(([name]) => !name.includes(' '))
    .find(([name]) => editDistance(normalize(name), k) === 1);
  return close ? close[1] : null;
}

/**
 * Reads a query string: the raw text of every field, the forced backend, and a notice for
 * each key that was ignored. Absent keys, and fields that do not apply to the URL's task and
 * model ({@link fieldApplies}), get the defaults of that task (of the default task when the
 * task is unknown, which the task field then reports). Values are not validated here: the
 * sidebar validates the fields that apply, and shows each problem at its field.
 */
export function readSearch(search: string): UrlState {
  const params = new URLSearchParams(search);
  const first = new Map<string, string>();
  for (const [key, value] of params) if (!first.has(key)) first.set(key, value);
  const notices: UrlNotice[] = [];

  const taskText = first.get(FIELD_BY_KEY.task.url);
  const task = taskText === undefined ? DEFAULT_CONFIG.task : rawTask({ task: taskText });
  const raw = toRaw(taskDefaults(task ?? DEFAULT_CONFIG.task));
  // An unknown task stays as written, for the task field to report.
  if (taskText !== undefined) raw.task = taskText;
  // The model decides which other fields apply, so it is read before them.
  const modelText = first.get(FIELD_BY_KEY.model.url);
  if (modelText !== undefined && fieldAppliesTo(FIELD_BY_KEY.model, raw)) raw.model = modelText;
  // So do the choices that decide whether other fields apply (a schedule's parameters).
  for (const key of CHOICE_KEYS) {
    const text = first.get(FIELD_BY_KEY[key].url);
    if (text !== undefined) raw[key] = text;
  }

  let backend: BackendRequest | undefined;
  let lang: Locale | undefined;
  let present = false;
  let scenario: ScenarioId | undefined;
  for (const [key, value] of first) {
    const all = params.getAll(key);
    if (all.length > 1)
      notices.push({ kind: 'repeatedKey', key, used: value, ignored: all.slice(1) });
    if (key === BACKEND_KEY) {
      if ((BACKEND_REQUESTS as readonly string[]).includes(value))
        backend = value as BackendRequest;
      else {
        const suggestion = BACKEND_REQUESTS.find((b) => b === value.trim().toLowerCase()) ?? null;
        notices.push({ kind: 'unknownBackend', value, suggestion });
      }
      continue;
    }
    if (key === LANG_KEY) {
      const suggestion = localeOfTag(value);
      if (suggestion === value) lang = suggestion;
      else notices.push({ kind: 'unknownLang', value, suggestion });
      continue;
    }
    if (key === PRESENT_KEY) {
      const on = presentOf(value);
      if (on === null)
        notices.push({ kind: 'badPresent', value, suggestion: suggestPresent(value) });
      else present = on;
      continue;
    }
    if (key === SCENARIO_KEY) {
      if (isScenarioId(value)) scenario = value;
      else notices.push({ kind: 'unknownScenario', value });
      continue;
    }
    const field = FIELD_BY_URL.get(key);
    if (!field) {
      notices.push({ kind: 'unknownKey', key, value, suggestion: suggestKey(key) });
    } else if (task !== null && !fieldApplies(field, task, raw.model, raw)) {
      const unmet = (
        Object.entries((field as Field).when ?? {}) as [FieldKey, readonly string[]][]
      ).find(([k, needs]) => !needs.includes(raw[k]));
      const forModel = fieldApplies(field, task, raw.model);
      notices.push({
        kind: 'notApplicable',
        key,
        value,
        field: field.key,
        task,
        model: raw.model,
        ...(forModel && unmet
          ? { choice: { key: FIELD_BY_KEY[unmet[0]].url, needs: unmet[1], value: raw[unmet[0]] } }
          : {}),
      });
    } else {
      raw[field.key] = value;
    }
  }
  return { raw, backend, lang, present, scenario, notices };
}

/** The raw text of every field in a query string (see {@link readSearch}). */
export function rawFromSearch(search: string): RawConfig {
  return readSearch(search).raw;
}

/** The backend a query string forces, or undefined (see {@link readSearch}). */
export function backendFromSearch(search: string): BackendRequest | undefined {
  return readSearch(search).backend;
}

/**
 * The query string for a config: the values of the fields that apply to its task and model
 * and differ from the task's defaults, so a link holds exactly what its run depends on; the
 * forced backend, the language, lecture mode (`present=1`) and the scenario when given.
 */
export function searchFromConfig(
  config: LabConfig,
  backend?: BackendRequest,
  lang?: Locale,
  present?: boolean,
  scenario?: ScenarioId,
): string {
  const params = new URLSearchParams();
  if (backend) params.set(BACKEND_KEY, backend);
  if (lang) params.set(LANG_KEY, lang);
  if (present) params.set(PRESENT_KEY, '1');
  if (scenario) params.set(SCENARIO_KEY, scenario);
  // The task itself is compared with the overall default; every other field with the task's.
  const defaults = { ...taskDefaults(config.task), task: DEFAULT_CONFIG.task };
  for (const f of FIELDS) {
    if (!fieldApplies(f, config.task, config.model, config)) continue;
    if (config[f.key] !== defaults[f.key]) params.set(f.url, String(config[f.key]));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}
