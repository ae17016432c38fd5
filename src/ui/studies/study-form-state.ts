/**
 * The study definition form as plain data: what the inputs hold, the definition they make
 * (../../data/study/definition.ts), and where each problem belongs. A number that does not
 * read is refused at its input here; everything else is checked by `parseStudy` and
 * `expandStudy`, whose issues are placed on the input their path names (`inputOf`), so the
 * form refuses a bad study at the field, with the catalogue's words for it.
 */
import { fromLocalNumberText, parseNumberText, toLocalNumberText } from '../../config/number-text';
import {
  FIELD_BY_KEY,
  FIELDS,
  type Field,
  type FieldKey,
  fieldApplies,
  type LabConfig,
  optionsFor,
  type TaskId,
  taskDefaults,
} from '../../config/schema';
import type { Locale } from '../../config/locale';
import {
  DATA_SIZE_FIELDS,
  LOG_UNIFORM_FIELDS,
  MODEL_SIZE_FIELDS,
  parseStudy,
  type StudyDefinition,
  type StudyIssue,
} from '../../data/study/definition';
import { configOf, expandStudy, type RefusedRun, type RunSettings } from '../../data/study/expand';

export type FormKind = 'grid' | 'random' | 'ablation' | 'scaling';
export const FORM_KINDS: readonly FormKind[] = ['grid', 'random', 'ablation', 'scaling'];

/** One swept parameter: listed values (a choice: the options ticked), or a range. */
export interface ParamInput {
  key: FieldKey;
  valuesText: string;
  /** Ticked options of a choice field. */
  choices: string[];
  useRange: boolean;
  minText: string;
  maxText: string;
  log: boolean;
}

/** A component the user names: one field set to one value. */
export interface CustomComponent {
  name: string;
  key: FieldKey | '';
  valueText: string;
}

export const PRESET_IDS = [
  'momentum',
  'schedule',
  'weightDecay',
  'clipping',
  'hiddenLayer',
  'block',
  'noise',
] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export interface FormState {
  kind: FormKind;
  /** The base settings (the sidebar's, by field key). */
  base: RunSettings;
  params: ParamInput[];
  runsText: string;
  stepsText: string;
  drawSeedText: string;
  halving: boolean;
  presets: PresetId[];
  custom: CustomComponent[];
  seedsText: string;
  scalingTask: TaskId;
  modelField: (typeof MODEL_SIZE_FIELDS)[number];
  modelSizesText: string;
  dataField: (typeof DATA_SIZE_FIELDS)[number];
  dataSizesText: string;
}

/** The inputs of a base: the task's defaults for a study started from scratch. */
export function initialForm(base: RunSettings): FormState {
  return {
    kind: 'grid',
    base,
    params: [],
    runsText: '20',
    stepsText: '300',
    drawSeedText: '1',
    halving: false,
    presets: [],
    custom: [],
    seedsText: '1 2 3',
    scalingTask: 'names',
    modelField: 'units',
    modelSizesText: '8 16 32 64 128',
    dataField: 'maxSteps',
    dataSizesText: '100 200 400 800',
  };
}

/**
 * The settings of `config` a study's base needs: its task and every field that applies and
 * differs from the task's default (text fields and the run length left out: a study sets those).
 */
export function baseFromConfig(config: LabConfig): RunSettings {
  const defaults = taskDefaults(config.task);
  const out: RunSettings = { task: config.task };
  for (const f of FIELDS) {
    if (f.kind === 'text' || f.key === 'maxSteps' || f.key === 'task') continue;
    if (!fieldApplies(f, config.task, config.model, config)) continue;
    if (config[f.key] !== defaults[f.key]) out[f.key] = config[f.key];
  }
  return out;
}

/** The base's full config (the task's defaults under it); null if the base is not valid. */
export function baseConfig(base: RunSettings): LabConfig | null {
  return configOf(base, {}, 100).config;
}

/** The fields a sweep can vary for this base: numbers and choices that apply, not the task or run length. */
export function sweepableFields(base: RunSettings): Field[] {
  const c = baseConfig(base);
  const task = (c?.task ?? 'classify2d') as TaskId;
  return FIELDS.filter(
    (f) =>
      f.kind !== 'text' &&
      f.key !== 'maxSteps' &&
      f.key !== 'task' &&
      fieldApplies(f, task, c?.model, c ?? undefined),
  );
}

/**
 * A new parameter input for `key`, starting at the base's value (a decade either side for a
 * log field), its numbers written as a page in `locale` writes them ("0,01" in German).
 */
export function newParam(key: FieldKey, base: RunSettings, locale: Locale = 'en'): ParamInput {
  const c = baseConfig(base);
  const field = FIELD_BY_KEY[key];
  const v = c ? (c[key] as number | string) : field.default;
  const log = LOG_UNIFORM_FIELDS.includes(key);
  const n = Number(v);
  const text = (x: number) => toLocalNumberText(String(Number(x.toPrecision(6))), locale);
  const valuesText =
    field.kind === 'select' ? '' : log && n > 0 ? [n / 10, n, n * 10].map(text).join(' ') : text(n);
  return {
    key,
    valuesText,
    choices: field.kind === 'select' ? [String(v)] : [],
    useRange: false,
    minText: log && n > 0 ? text(n / 10) : text(n),
    maxText: log && n > 0 ? text(n * 10) : text(n),
    log,
  };
}

/** The options a choice parameter offers for the base's task. */
export function choiceOptions(key: FieldKey, base: RunSettings): string[] {
  const field = FIELD_BY_KEY[key];
  if (field.kind !== 'select') return [];
  const task = (baseConfig(base)?.task ?? 'classify2d') as TaskId;
  return optionsFor(field, task).map((o) => o.value);
}

/**
 * The ablation components on offer for the base, each with the settings that switch it off or
 * replace it: only those the base actually uses (no "no weight decay" without weight decay).
 */
export function presetsFor(base: RunSettings): { id: PresetId; changes: RunSettings }[] {
  const c = baseConfig(base);
  if (!c) return [];
  const applies = (key: FieldKey) => fieldApplies(FIELD_BY_KEY[key], c.task, c.model, c);
  const out: { id: PresetId; changes: RunSettings }[] = [];
  if (c.optimizer !== 'sgd') out.push({ id: 'momentum', changes: { optimizer: 'sgd' } });
  if (c.lrSchedule !== 'constant')
    out.push({ id: 'schedule', changes: { lrSchedule: 'constant' } });
  if (c.weightDecay > 0) out.push({ id: 'weightDecay', changes: { weightDecay: 0 } });
  if (c.clipping !== 'off') out.push({ id: 'clipping', changes: { clipping: 'off' } });
  if (applies('hiddenLayers') && c.hiddenLayers >= 1)
    out.push({ id: 'hiddenLayer', changes: { hiddenLayers: c.hiddenLayers - 1 } });
  if (applies('blocks') && c.blocks >= 2)
    out.push({ id: 'block', changes: { blocks: c.blocks - 1 } });
  if (applies('noise') && c.noise > 0) out.push({ id: 'noise', changes: { noise: 0 } });
  return out;
}

/** The model-size and data-size fields a scaling study can vary on `task` with the base's model. */
export function sizeFields(
  base: RunSettings,
  task: TaskId,
): { model: FormState['modelField'][]; data: FormState['dataField'][] } {
  const model = base.task === task ? String(base.model ?? 'mlp') : 'mlp';
  return {
    model: MODEL_SIZE_FIELDS.filter((k) => fieldApplies(FIELD_BY_KEY[k], task, model)),
    data: DATA_SIZE_FIELDS.filter((k) => fieldApplies(FIELD_BY_KEY[k], task, model)),
  };
}

/** Why an input's own text does not read. */
export interface LocalIssue {
  id: 'notANumber';
  text: string;
}

/** Where a problem shows: an input's key (see {@link inputOf}). */
export type InputKey = string;

/** A number list as typed: values separated by spaces or semicolons, in the page's notation. */
export function parseList(text: string, locale: Locale): { values: number[]; bad: string | null } {
  const values: number[] = [];
  for (const part of text.split(/[\s;]+/).filter(Boolean)) {
    const r = parseNumberText(fromLocalNumberText(part, locale));
    if (!r.ok) return { values, bad: part };
    values.push(r.value);
  }
  return { values, bad: null };
}

/** One number as typed; the text itself when it does not read (the definition then refuses it). */
/**
 * Successive halving's first rung for a run length: a ninth of it (two rungs of η = 3 before
 * the full length, as Hyperband's brackets start), at least one step.
 */
function firstRung(stepsPerRun: number | string): { minSteps: number; eta: number } {
  const n = typeof stepsPerRun === 'number' ? stepsPerRun : 0;
  return { minSteps: Math.max(1, Math.floor(n / 9)), eta: 3 };
}

function parseOne(
  text: string,
  locale: Locale,
  input: InputKey,
  local: Map<InputKey, LocalIssue>,
): number | string {
  const r = parseNumberText(fromLocalNumberText(text, locale));
  if (r.ok) return r.value;
  local.set(input, { id: 'notANumber', text });
  return text;
}

function list(
  text: string,
  locale: Locale,
  input: InputKey,
  local: Map<InputKey, LocalIssue>,
): number[] {
  const { values, bad } = parseList(text, locale);
  if (bad !== null) local.set(input, { id: 'notANumber', text: bad });
  return values;
}

/** The definition the inputs make, with the problems the inputs' own texts have. */
export function formDefinition(
  s: FormState,
  locale: Locale,
  presetChanges: Readonly<Record<string, RunSettings>>,
  presetNames: Readonly<Record<string, string>>,
): { definition: unknown; local: Map<InputKey, LocalIssue>; components: InputKey[] } {
  const local = new Map<InputKey, LocalIssue>();
  const stepsPerRun = parseOne(s.stepsText, locale, 'stepsPerRun', local);
  if (s.kind === 'grid' || s.kind === 'random') {
    const parameters: Record<string, unknown> = {};
    for (const p of s.params) {
      const field = FIELD_BY_KEY[p.key];
      const at = `param:${p.key}`;
      if (field.kind === 'select') parameters[p.key] = { values: p.choices };
      else if (s.kind === 'random' && p.useRange)
        parameters[p.key] = {
          min: parseOne(p.minText, locale, `${at}:min`, local),
          max: parseOne(p.maxText, locale, `${at}:max`, local),
          distribution: p.log ? 'logUniform' : 'uniform',
        };
      else parameters[p.key] = { values: list(p.valuesText, locale, `${at}:values`, local) };
    }
    return {
      definition: {
        kind: 'sweep',
        method: s.kind,
        base: s.base,
        parameters,
        runs: parseOne(s.runsText, locale, 'runs', local),
        stepsPerRun,
        seed: parseOne(s.drawSeedText, locale, 'seed', local),
        ...(s.halving ? { earlyTermination: firstRung(stepsPerRun) } : {}),
      },
      local,
      components: [],
    };
  }
  if (s.kind === 'ablation') {
    const components: { name: string; changes: RunSettings }[] = [];
    const inputs: InputKey[] = [];
    for (const id of s.presets) {
      if (!presetChanges[id]) continue;
      components.push({ name: presetNames[id] ?? id, changes: presetChanges[id] });
      inputs.push(`preset:${id}`);
    }
    s.custom.forEach((c, i) => {
      const input = `custom:${i}`;
      const field = c.key ? FIELD_BY_KEY[c.key] : null;
      const value =
        field && field.kind !== 'select'
          ? parseOne(c.valueText, locale, input, local)
          : c.valueText;
      components.push({ name: c.name.trim(), changes: c.key ? { [c.key]: value } : {} });
      inputs.push(input);
    });
    return {
      definition: {
        kind: 'ablation',
        base: s.base,
        components,
        seeds: list(s.seedsText, locale, 'seeds', local),
        stepsPerRun,
      },
      local,
      components: inputs,
    };
  }
  const base = s.base.task === s.scalingTask ? s.base : { task: s.scalingTask };
  return {
    definition: {
      kind: 'scaling',
      base,
      modelSizes: {
        field: s.modelField,
        values: list(s.modelSizesText, locale, 'modelSizes', local),
      },
      dataSizes: { field: s.dataField, values: list(s.dataSizesText, locale, 'dataSizes', local) },
      stepsPerRun,
    },
    local,
    components: [],
  };
}

/**
 * The input a definition's issue belongs to, by its path ("parameters.learningRate.min" →
 * "param:learningRate:min"); `components` are the inputs of the definition's components in
 * order. "form" for a path no input holds.
 */
export function inputOf(path: string, components: readonly InputKey[] = []): InputKey {
  const [head, second, third] = path.split('.');
  switch (head) {
    case 'parameters':
      if (second === undefined) return 'parameters';
      if (third === 'min' || third === 'max') return `param:${second}:${third}`;
      return `param:${second}:values`;
    case 'components':
      return second === undefined ? 'components' : (components[Number(second)] ?? 'components');
    case 'seeds':
    case 'modelSizes':
    case 'dataSizes':
    case 'runs':
    case 'stepsPerRun':
    case 'seed':
    case 'base':
      return head;
    default:
      return 'form';
  }
}

/** What the form makes of its inputs: the problems by input, and when there are none, the study. */
export interface FormCheck {
  local: Map<InputKey, LocalIssue>;
  issues: Map<InputKey, StudyIssue[]>;
  study: StudyDefinition | null;
  runs: number;
  refused: RefusedRun[];
}

/**
 * Checks the inputs: the inputs' own texts, then `parseStudy`, each issue on its input (an
 * input whose text does not read shows that only), then `expandStudy`'s refused combinations.
 * A study with no run left to train is no study: its combinations are all refused.
 */
export function checkForm(
  s: FormState,
  locale: Locale,
  presetChanges: Readonly<Record<string, RunSettings>>,
  presetNames: Readonly<Record<string, string>>,
): FormCheck {
  const { definition, local, components } = formDefinition(s, locale, presetChanges, presetNames);
  const issues = new Map<InputKey, StudyIssue[]>();
  const r = parseStudy(definition);
  if (!r.ok) {
    for (const issue of r.issues) {
      const input = inputOf(issue.path, components);
      if (local.has(input)) continue;
      issues.set(input, [...(issues.get(input) ?? []), issue]);
    }
  }
  if (!r.ok || local.size > 0) return { local, issues, study: null, runs: 0, refused: [] };
  const e = expandStudy(r.study);
  return { local, issues, study: r.study, runs: e.runs.length, refused: e.refused };
}
