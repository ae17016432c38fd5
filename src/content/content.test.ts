import { describe, expect, it } from 'vitest';
import {
  FIELD_BY_KEY,
  fieldApplies,
  FIELDS,
  MODELS_OF,
  type SelectField,
  TASK_IDS,
  type TaskId,
} from '../config/schema';
import { readSearch } from '../config/url';
import { PHASES } from '../protocol/phases';
import { allVariants, textContext } from './context';
import { content, texts } from './index';
import type { UiKey } from './en/ui';
import { TECHNIQUE_IDS, type ModelKind, type Varies } from './types';

const REQUIRED_UI: UiKey[] = [
  'stepModeNote',
  'runModeNote',
  'simplifications',
  'smoothing',
  'notRunYet',
];

/** The model kinds a task runs (the names' MLP is the character MLP). */
const modelKindsOf = (task: TaskId): ModelKind[] =>
  (MODELS_OF[task] ?? ['mlp']).map((m) => textContext(task, m).model);

/** Every task and model kind a text names as a case, anywhere in its tree. */
function casesOf(text: Varies): { tasks: string[]; models: string[] } {
  if (typeof text === 'string') return { tasks: [], models: [] };
  const [kind, cases] =
    'byTask' in text
      ? (['task', text.byTask] as const)
      : 'byModel' in text
        ? (['model', text.byModel] as const)
        : (['loss', text.byLoss] as const);
  const inner = Object.values(cases as Record<string, Varies>).map(casesOf);
  const keys = Object.keys(cases).filter((k) => k !== 'other');
  return {
    tasks: [...(kind === 'task' ? keys : []), ...inner.flatMap((c) => c.tasks)],
    models: [...(kind === 'model' ? keys : []), ...inner.flatMap((c) => c.models)],
  };
}

describe.each(Object.entries(content))('teaching content (%s)', (locale, c) => {
  it.each(PHASES)('has every text of phase %s, in every variant', (phase) => {
    const t = c.phases[phase];
    expect(t).toBeDefined();
    expect(t.title.trim()).not.toBe('');
    for (const key of ['what', 'why', 'formula', 'modes'] as const) {
      for (const text of allVariants(t[key])) expect(text.trim(), `${phase}.${key}`).not.toBe('');
    }
  });

  it.each(FIELDS.map((f) => f.key))('explains hyperparameter %s, in every variant', (key) => {
    const variants = allVariants(c.params[key]);
    expect(variants.length).toBeGreaterThan(0);
    for (const text of variants) expect(text.trim()).not.toBe('');
  });

  it.each(TECHNIQUE_IDS)('explains technique %s: what, why, formula and when', (id) => {
    const t = c.techniques[id];
    for (const key of ['title', 'what', 'why', 'formula', 'when'] as const)
      expect(t[key].trim(), `${id}.${key}`).not.toBe('');
  });

  it('explains every optimizer of the sidebar as a technique', () => {
    for (const o of (FIELD_BY_KEY.optimizer as SelectField).options)
      expect(TECHNIQUE_IDS as readonly string[]).toContain(o.value);
    expect(Object.keys(c.techniques).sort()).toEqual([...TECHNIQUE_IDS].sort());
  });

  it('says what mixed precision simulates and what runs for real', () => {
    const says = {
      en: [
        /no 16-bit arithmetic/,
        /fp32 master weights/,
        /runs for real with GradScaler/,
        /the logits and their gradient, and every parameter gradient/,
        /every hidden layer’s output activations \(their gradient passes through the rounding unchanged/,
      ],
      de: [
        /keine 16-Bit-Arithmetik/,
        /fp32-Hauptgewichten/,
        /läuft hier echt mit der Semantik von GradScaler/,
        /die Logits und ihr Gradient sowie jeder Parametergradient/,
        /Ausgabe-Aktivierungen jeder verborgenen Schicht \(ihr Gradient geht unverändert durch die Rundung/,
      ],
    }[locale as 'en' | 'de'];
    expect(c.techniques.mixedPrecision.when).toMatch(says[3]);
    expect(c.techniques.mixedPrecision.when).toMatch(says[0]);
    expect(c.techniques.mixedPrecision.when).toMatch(says[1]);
    expect(c.techniques.lossScaling.when).toMatch(says[2]);
    // The hidden layers' activations are rounded too, with a straight-through gradient.
    expect(c.techniques.mixedPrecision.when).toMatch(says[4]);
    expect(c.precision.simulated).toMatch(/hidden|verborgen/);
    expect(c.precision.simulated).not.toMatch(
      /hidden layers’ activations.*stay|Aktivierungen der verborgenen Schichten.*bleiben/,
    );
  });

  it('has no texts for unknown phases or parameters', () => {
    expect(Object.keys(c.phases).sort()).toEqual([...PHASES].sort());
    expect(Object.keys(c.params).sort()).toEqual(FIELDS.map((f) => f.key).sort());
  });

  it('gives parameter variants only for tasks and models that show the field', () => {
    for (const field of FIELDS) {
      const { tasks, models } = casesOf(c.params[field.key]);
      const shownFor = TASK_IDS.filter((task) =>
        (MODELS_OF[task] ?? ['mlp']).some((m) => fieldApplies(field, task, m)),
      );
      for (const task of tasks) expect(shownFor, `${field.key}: ${task}`).toContain(task);
      const shownModels = TASK_IDS.flatMap((task) =>
        (MODELS_OF[task] ?? ['mlp'])
          .filter((m) => fieldApplies(field, task, m))
          .map((m) => textContext(task, m).model),
      );
      for (const model of models) expect(shownModels, `${field.key}: ${model}`).toContain(model);
    }
  });

  it('gives phase variants only for tasks and models that exist', () => {
    const kinds = TASK_IDS.flatMap(modelKindsOf);
    for (const phase of PHASES) {
      for (const key of ['what', 'why', 'formula', 'modes'] as const) {
        const { tasks, models } = casesOf(c.phases[phase][key]);
        for (const task of tasks) expect(TASK_IDS, `${phase}.${key}`).toContain(task);
        for (const model of models) expect(kinds, `${phase}.${key}`).toContain(model);
      }
    }
  });

  it.each(REQUIRED_UI)('has the interface text %s', (key) => {
    expect(c.ui[key]?.trim() ?? '').not.toBe('');
  });

  it('names every kind of timeline event', () => {
    const { warnings, incidents, empty } = c.timeline;
    for (const title of [...Object.values(warnings), ...Object.values(incidents), empty])
      expect(title.trim()).not.toBe('');
  });
});

describe('English parameter texts', () => {
  it.each(FIELDS.map((f) => [f.key, f.applies] as const))(
    'say whether %s applies live or needs a reset (%s), in every variant',
    (key, applies) => {
      for (const text of allVariants(content.en.params[key]))
        expect(text).toMatch(applies === 'live' ? /applies live/i : /needs a reset/i);
    },
  );
});

describe('English notices about the URL', () => {
  const t = texts('en').urlNotices;
  const ignored = (search: string) => readSearch(search).notices;

  it('say what a field that does not apply needs: its task, or its model', () => {
    const [ctx] = ignored('?ctx=abc');
    expect(ctx.kind === 'notApplicable' && t.notApplicable(ctx)).toBe(
      'Ignored “ctx=abc”: Context (characters) is a setting of task=names; this link’s task is classify2d (its default stands).',
    );
    const [heads] = ignored('?task=names&heads=0');
    expect(heads.kind === 'notApplicable' && t.notApplicable(heads)).toMatch(
      /Attention heads is a setting of model=transformer; this link’s model is mlp/,
    );
  });

  it('quote the keys and values as the link wrote them, and suggest the likely key', () => {
    const [typo, repeated, backend] = ignored('?LR=0.5&seed=7&seed=8&backend=');
    expect(typo.kind === 'unknownKey' && t.unknownKey(typo)).toMatch(/did you mean “lr=0.5”\?/);
    expect(repeated.kind === 'repeatedKey' && t.repeatedKey(repeated)).toMatch(
      /“seed” appears 2 times: the first, “seed=7”, is used; ignored “seed=8”\./,
    );
    expect(backend.kind === 'unknownBackend' && t.unknownBackend(backend)).toMatch(
      /^Ignored “backend=” \(empty\): not a backend/,
    );
  });
});
