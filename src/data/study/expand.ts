/**
 * Expanding a valid study definition (./definition.ts) into the configs of its runs. Every
 * config is the task's defaults, then the study's base settings, then the run's own settings,
 * checked with the sidebar's own validation (`validate`, src/config/schema.ts): a combination
 * the sidebar would refuse (a batch larger than the data, say) is reported as refused with the
 * sidebar's issues per field, never run.
 */
import {
  type FieldErrors,
  type FieldKey,
  FIELD_BY_KEY,
  type LabConfig,
  rawTask,
  taskDefaults,
  toRaw,
  validate,
} from '../../config/schema';
import type {
  AblationDefinition,
  ScalingDefinition,
  StudyDefinition,
  SweepDefinition,
} from './definition';
import { isLogUniform } from './definition';
import { mulberry32 } from './rng';

/** The settings a run of a study adds to its base, by field key. */
export type RunSettings = Record<string, string | number>;

/** One planned run: its place in the study, what it sets, and its whole config. */
export interface StudyRun {
  index: number;
  /** The ablation component it belongs to ('base' for the base), when an ablation. */
  variant?: string;
  settings: RunSettings;
  config: LabConfig;
}

/** A combination the sidebar refuses, with the sidebar's issue per field. */
export interface RefusedRun {
  index: number;
  settings: RunSettings;
  errors: FieldErrors;
}

export interface Expansion {
  runs: StudyRun[];
  refused: RefusedRun[];
}

/**
 * The config of one run: the task's defaults, then `base`, then `maxSteps` = stepsPerRun, then
 * `settings`, validated as the sidebar validates.
 */
export function configOf(
  base: RunSettings,
  settings: RunSettings,
  stepsPerRun: number,
): { config: LabConfig | null; errors: FieldErrors } {
  const task =
    rawTask({ task: String(settings.task ?? base.task ?? 'classify2d') }) ?? 'classify2d';
  const raw = toRaw(taskDefaults(task));
  raw.maxSteps = String(stepsPerRun);
  for (const [key, v] of [...Object.entries(base), ...Object.entries(settings)])
    raw[key as FieldKey] = String(v);
  return validate(raw);
}

function collect(
  plans: { settings: RunSettings; variant?: string }[],
  base: RunSettings,
  stepsPerRun: number,
): Expansion {
  const out: Expansion = { runs: [], refused: [] };
  plans.forEach(({ settings, variant }, index) => {
    const { config, errors } = configOf(base, settings, stepsPerRun);
    if (config) out.runs.push({ index, settings, config, ...(variant ? { variant } : {}) });
    else out.refused.push({ index, settings, errors });
  });
  return out;
}

/**
 * The cartesian product of lists of values, the last key varying fastest (Python's
 * itertools.product, W&B's grid order).
 */
export function cartesian(axes: [string, readonly (string | number)[]][]): RunSettings[] {
  let out: RunSettings[] = [{}];
  for (const [key, values] of axes)
    out = out.flatMap((s) => values.map((v) => ({ ...s, [key]: v })));
  return out;
}

/**
 * The settings of a sweep's runs: every grid combination, or `runs` random draws from the
 * generator seeded with `seed` (the same seed gives the same draws). A draw takes a parameter's
 * `values` uniformly; a range log-uniformly, exp(U(ln min, ln max)), when {@link isLogUniform};
 * else uniformly, whole-number fields inclusive of both ends (W&B's int_uniform).
 */
export function sweepSettings(d: SweepDefinition): RunSettings[] {
  const params = Object.entries(d.parameters);
  if (d.method === 'grid') return cartesian(params.map(([k, p]) => [k, p.values ?? []]));
  const u = mulberry32(d.seed);
  return Array.from({ length: d.runs }, () => {
    const s: RunSettings = {};
    for (const [key, p] of params) {
      if (p.values?.length) s[key] = p.values[Math.floor(u() * p.values.length)];
      else {
        const min = p.min ?? 0;
        const max = p.max ?? min;
        const whole = FIELD_BY_KEY[key as FieldKey]?.kind === 'integer';
        if (isLogUniform(key, p)) {
          const x = Math.exp(Math.log(min) + u() * (Math.log(max) - Math.log(min)));
          s[key] = whole ? Math.min(max, Math.max(min, Math.round(x))) : x;
        } else s[key] = whole ? Math.floor(min + u() * (max - min + 1)) : min + u() * (max - min);
      }
    }
    return s;
  });
}

/** An ablation's runs: the base, then each component, each with every seed (seed varies fastest). */
export function ablationPlans(d: AblationDefinition): { settings: RunSettings; variant: string }[] {
  const variants = [{ name: 'base', changes: {} }, ...d.components];
  return variants.flatMap((c) =>
    d.seeds.map((seed) => ({ variant: c.name, settings: { ...c.changes, seed } })),
  );
}

/** A scaling study's runs: every model size with every data size (data size varies fastest). */
export function scalingSettings(d: ScalingDefinition): RunSettings[] {
  return cartesian([
    [d.modelSizes.field, d.modelSizes.values],
    [d.dataSizes.field, d.dataSizes.values],
  ]);
}

/**
 * Every run of a valid study, with its config, and the combinations the sidebar refuses.
 * A scaling study over `maxSteps` sets each run's length to its data size.
 */
export function expandStudy(d: StudyDefinition): Expansion {
  if (d.kind === 'sweep')
    return collect(
      sweepSettings(d).map((settings) => ({ settings })),
      d.base,
      d.stepsPerRun,
    );
  if (d.kind === 'ablation') return collect(ablationPlans(d), d.base, d.stepsPerRun);
  return collect(
    scalingSettings(d).map((settings) => ({ settings })),
    d.base,
    d.stepsPerRun,
  );
}
