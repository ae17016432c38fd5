import { describe, expect, it } from 'vitest';
import { fieldApplies, FIELDS, type TaskId } from '../config/schema';
import { readSearch } from '../config/url';
import { PHASES } from '../protocol/phases';
import { content, texts } from './index';

const REQUIRED_UI = ['stepModeNote', 'runModeNote', 'simplifications', 'smoothing', 'notRunYet'];

describe.each(Object.entries(content))('teaching content (%s)', (_locale, c) => {
  it.each(PHASES)('has every text of phase %s', (phase) => {
    const t = c.phases[phase];
    expect(t).toBeDefined();
    for (const key of ['title', 'what', 'why', 'formula', 'modes'] as const) {
      expect(t[key].trim(), `${phase}.${key}`).not.toBe('');
    }
  });

  it.each(FIELDS.map((f) => f.key))('explains hyperparameter %s', (key) => {
    expect(c.params[key]?.trim() ?? '').not.toBe('');
  });

  it('has no texts for unknown phases or parameters', () => {
    expect(Object.keys(c.phases).sort()).toEqual([...PHASES].sort());
    expect(Object.keys(c.params).sort()).toEqual(FIELDS.map((f) => f.key).sort());
  });

  it('gives task-specific parameter texts only for fields the task shows', () => {
    for (const [task, texts] of Object.entries(c.taskParams)) {
      for (const [key, text] of Object.entries(texts ?? {})) {
        const field = FIELDS.find((f) => f.key === key);
        expect(field, `${task}.${key}`).toBeDefined();
        expect(fieldApplies(field!, task as TaskId, 'mlp'), `${task}.${key}`).toBe(true);
        expect(text?.trim()).not.toBe('');
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
    'say whether %s applies live or needs a reset (%s)',
    (key, applies) => {
      const text = texts('en').params[key];
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
