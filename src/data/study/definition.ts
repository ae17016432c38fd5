/**
 * A study: many runs planned as one experiment. Three kinds, each a plain JSON object checked
 * with zod before anything runs:
 *
 * - `sweep`: a hyperparameter search over sidebar fields (FIELDS, src/config/schema.ts), by
 *   `grid` (every combination of the listed values) or `random` (independent draws), as W&B
 *   sweeps' `method: grid | random` with `values` or `min`/`max` per parameter. A range of
 *   learningRate or weightDecay is drawn log-uniformly unless it says otherwise (W&B's
 *   `log_uniform_values`, Optuna's `suggest_float(..., log=True)`); other number ranges
 *   uniformly, whole-number fields as W&B's `int_uniform` (both ends included).
 * - `ablation`: a base config and components switched off or replaced one at a time, each
 *   trained with the same 3–5 seeds as the base.
 * - `scaling`: model sizes × data sizes, for a power-law fit (./power-law.ts).
 *
 * A definition that is not valid is refused with one {@link StudyIssue} per problem, located by
 * its path in the definition ("parameters.learningRate.min"), its words in src/content
 * (`study.issues`). Nothing is run until the whole definition is valid.
 */
import {
  FIELD_BY_KEY,
  type Field,
  type FieldIssue,
  type FieldKey,
  parseField,
} from '../../config/schema';
import { z } from '../../config/zod';

/** The most runs one study may plan (each is a whole training run in the browser). */
export const MAX_STUDY_RUNS = 100;
/** The seeds an ablation trains each variant with: at least 3 to see the noise, at most 5. */
export const MIN_SEEDS = 3;
export const MAX_SEEDS = 5;
/** The fields whose range is drawn log-uniformly by default: scale parameters. */
export const LOG_UNIFORM_FIELDS: readonly FieldKey[] = ['learningRate', 'weightDecay'];
/** The fields a scaling study may vary as the model's size, and as the data's size. */
export const MODEL_SIZE_FIELDS = ['units', 'hiddenLayers', 'embedding', 'blocks'] as const;
export const DATA_SIZE_FIELDS = ['points', 'maxSteps'] as const;

/** Why a definition is refused; the page says it in its language (content `study.issues`). */
export type StudyIssueId =
  /** Not the type the definition needs there (a text where a number belongs, a missing key). */
  | 'invalid'
  /** A key that is no sidebar field, or no key of a study definition. */
  | 'unknownField'
  /** A field a study does not vary: a text field, or the run length (stepsPerRun sets it). */
  | 'notSweepable'
  /** A grid or parameter with no values, a sweep with no parameters, an ablation with no components. */
  | 'emptyGrid'
  /** A range whose min is above its max. */
  | 'minAboveMax'
  /** A log-uniform range whose min is 0 or below (its logarithm does not exist). */
  | 'logMinNotPositive'
  /** A range over a select field, which has choices, not numbers. */
  | 'choiceNeedsValues'
  /** More runs than the budget or than {@link MAX_STUDY_RUNS}. */
  | 'tooManyRuns'
  /** A value the field itself refuses (the sidebar's own check; `field` says why). */
  | 'badValue'
  /** Fewer than {@link MIN_SEEDS} or more than {@link MAX_SEEDS} seeds, or one seed twice. */
  | 'seedCount'
  | 'duplicateSeed';

/**
 * One problem of a definition: where (`path`, keys joined by "."), what (`id`), and the values
 * its sentence names. `field` is the sidebar's own issue for a `badValue`.
 */
export interface StudyIssue {
  path: string;
  id: StudyIssueId;
  values: Record<string, string | number>;
  field?: FieldIssue;
}

const value = z.union([z.number(), z.string()]);
/** Settings of sidebar fields by key, as a config file or the URL writes them. */
const settings = z.record(z.string(), value);

const parameter = z.strictObject({
  values: z.array(value).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  distribution: z.enum(['uniform', 'logUniform']).optional(),
});

const runs = z.number().int().min(1);
const steps = z.number().int().min(1).max(1_000_000);

const sweepSchema = z.strictObject({
  kind: z.literal('sweep'),
  method: z.enum(['grid', 'random']),
  base: settings.default({}),
  parameters: z.record(z.string(), parameter),
  /** The budget: the most runs (grid) or the number of draws (random). */
  runs,
  stepsPerRun: steps,
  /** The seed of the random draws (not of the runs' own initialisation). */
  seed: z.number().int().default(1),
  /** Stop bad trials early by successive halving (./halving.ts); off when absent. */
  halving: z.boolean().optional(),
});

const ablationSchema = z.strictObject({
  kind: z.literal('ablation'),
  base: settings.default({}),
  components: z.array(z.strictObject({ name: z.string().min(1), changes: settings })),
  seeds: z.array(z.number().int()),
  stepsPerRun: steps,
});

const sizes = <K extends readonly [string, ...string[]]>(keys: K) =>
  z.strictObject({ field: z.enum(keys), values: z.array(z.number()) });

const scalingSchema = z.strictObject({
  kind: z.literal('scaling'),
  base: settings.default({}),
  modelSizes: sizes(MODEL_SIZE_FIELDS),
  dataSizes: sizes(DATA_SIZE_FIELDS),
  stepsPerRun: steps,
});

export type SweepParameter = z.infer<typeof parameter>;
export type SweepDefinition = z.infer<typeof sweepSchema>;
export type AblationDefinition = z.infer<typeof ablationSchema>;
export type ScalingDefinition = z.infer<typeof scalingSchema>;
export type StudyDefinition = SweepDefinition | AblationDefinition | ScalingDefinition;

type Issues = StudyIssue[];

/** A path in the definition: keys joined by ".", the root "" left out. */
const at = (...keys: (string | number)[]) => keys.filter((k) => k !== '').join('.');

/** A field a study may set: a known sidebar field that is not text and not the run length. */
function fieldAt(key: string, path: string, issues: Issues): Field | null {
  if (!(key in FIELD_BY_KEY)) {
    issues.push({ path, id: 'unknownField', values: { field: key } });
    return null;
  }
  const field = FIELD_BY_KEY[key as FieldKey];
  if (field.kind === 'text' || key === 'maxSteps') {
    issues.push({ path, id: 'notSweepable', values: { field: key } });
    return null;
  }
  return field;
}

/** Checks one value with the sidebar's own parsing and bounds. */
function checkValue(field: Field, v: string | number, path: string, issues: Issues): void {
  const r = parseField(field, String(v));
  if (!r.ok)
    issues.push({
      path,
      id: 'badValue',
      values: { field: field.key, value: String(v) },
      field: r.issue,
    });
}

function checkSettings(s: Record<string, string | number>, path: string, issues: Issues): void {
  for (const [key, v] of Object.entries(s)) {
    const field = fieldAt(key, at(path, key), issues);
    if (field) checkValue(field, v, at(path, key), issues);
  }
}

/** Whether a sweep parameter's range is drawn log-uniformly (its own choice, else by field). */
export function isLogUniform(key: string, p: SweepParameter): boolean {
  return (
    (p.distribution ??
      (LOG_UNIFORM_FIELDS.includes(key as FieldKey) ? 'logUniform' : 'uniform')) === 'logUniform'
  );
}

function checkRunCount(count: number, budget: number, path: string, issues: Issues): void {
  const max = Math.min(budget, MAX_STUDY_RUNS);
  if (count > max) issues.push({ path, id: 'tooManyRuns', values: { runs: count, max } });
}

function checkSweep(d: SweepDefinition, issues: Issues): void {
  checkSettings(d.base, 'base', issues);
  const entries = Object.entries(d.parameters);
  if (entries.length === 0) issues.push({ path: 'parameters', id: 'emptyGrid', values: {} });
  let combinations = 1;
  for (const [key, p] of entries) {
    const path = at('parameters', key);
    const field = fieldAt(key, path, issues);
    const ranged = p.min !== undefined || p.max !== undefined;
    if (p.values !== undefined || d.method === 'grid' || !ranged) {
      combinations *= p.values?.length ?? 0;
      if (!p.values?.length) issues.push({ path: at(path, 'values'), id: 'emptyGrid', values: {} });
      if (field) p.values?.forEach((v, i) => checkValue(field, v, at(path, 'values', i), issues));
      continue;
    }
    if (p.min === undefined || p.max === undefined) {
      const missing = p.min === undefined ? 'min' : 'max';
      issues.push({ path: at(path, missing), id: 'invalid', values: {} });
      continue;
    }
    if (p.min > p.max)
      issues.push({ path: at(path, 'min'), id: 'minAboveMax', values: { min: p.min, max: p.max } });
    if (isLogUniform(key, p) && p.min <= 0)
      issues.push({ path: at(path, 'min'), id: 'logMinNotPositive', values: { min: p.min } });
    if (!field) continue;
    if (field.kind === 'select') {
      issues.push({ path, id: 'choiceNeedsValues', values: { field: key } });
      continue;
    }
    checkValue(field, p.min, at(path, 'min'), issues);
    checkValue(field, p.max, at(path, 'max'), issues);
  }
  // A grid's combinations must fit its budget; a random sweep draws exactly `runs`.
  if (d.method === 'grid') checkRunCount(combinations, d.runs, 'runs', issues);
  else checkRunCount(d.runs, MAX_STUDY_RUNS, 'runs', issues);
}

function checkAblation(d: AblationDefinition, issues: Issues): void {
  checkSettings(d.base, 'base', issues);
  if (d.components.length === 0) issues.push({ path: 'components', id: 'emptyGrid', values: {} });
  d.components.forEach((c, i) => {
    if (Object.keys(c.changes).length === 0)
      issues.push({ path: at('components', i, 'changes'), id: 'emptyGrid', values: {} });
    checkSettings(c.changes, at('components', i, 'changes'), issues);
  });
  const n = d.seeds.length;
  if (n < MIN_SEEDS || n > MAX_SEEDS)
    issues.push({
      path: 'seeds',
      id: 'seedCount',
      values: { count: n, min: MIN_SEEDS, max: MAX_SEEDS },
    });
  d.seeds.forEach((s, i) => {
    if (d.seeds.indexOf(s) !== i)
      issues.push({ path: at('seeds', i), id: 'duplicateSeed', values: { seed: s } });
    else checkValue(FIELD_BY_KEY.seed, s, at('seeds', i), issues);
  });
  checkRunCount((d.components.length + 1) * n, MAX_STUDY_RUNS, 'seeds', issues);
}

function checkScaling(d: ScalingDefinition, issues: Issues): void {
  checkSettings(d.base, 'base', issues);
  for (const key of ['modelSizes', 'dataSizes'] as const) {
    const { field, values } = d[key];
    if (values.length === 0) issues.push({ path: at(key, 'values'), id: 'emptyGrid', values: {} });
    values.forEach((v, i) => checkValue(FIELD_BY_KEY[field], v, at(key, 'values', i), issues));
  }
  const count = d.modelSizes.values.length * d.dataSizes.values.length;
  checkRunCount(count, MAX_STUDY_RUNS, 'dataSizes', issues);
}

const studySchema = z
  .discriminatedUnion('kind', [sweepSchema, ablationSchema, scalingSchema])
  .superRefine((d, ctx) => {
    const issues: Issues = [];
    if (d.kind === 'sweep') checkSweep(d, issues);
    else if (d.kind === 'ablation') checkAblation(d, issues);
    else checkScaling(d, issues);
    for (const issue of issues)
      ctx.addIssue({ code: 'custom', path: [], message: issue.id, params: { issue } });
  });

/** A zod issue of the schema's own checks (types, unknown keys) as a {@link StudyIssue}. */
function fromZod(issue: z.ZodError['issues'][number]): StudyIssue[] {
  if (issue.code === 'custom' && issue.params?.issue) return [issue.params.issue as StudyIssue];
  const path = at(...issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k)));
  if (issue.code === 'unrecognized_keys')
    return issue.keys.map((key) => ({
      path: at(path, key),
      id: 'unknownField',
      values: { field: key },
    }));
  if (issue.code === 'too_small' && issue.origin === 'array')
    return [{ path, id: 'emptyGrid', values: {} }];
  return [{ path, id: 'invalid', values: {} }];
}

/**
 * Checks a study definition (parsed JSON).
 * @returns the definition with its defaults filled in, or every problem found, each located by
 *   its path; never throws.
 */
export function parseStudy(
  input: unknown,
): { ok: true; study: StudyDefinition } | { ok: false; issues: StudyIssue[] } {
  const r = studySchema.safeParse(input);
  if (r.success) return { ok: true, study: r.data };
  return { ok: false, issues: r.error.issues.flatMap(fromZod) };
}
