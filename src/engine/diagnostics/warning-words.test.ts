/**
 * A warning travels as a sentence id and numbers; the page words it in its language, with
 * the language's decimal comma and percent sign.
 */
import { describe, expect, it } from 'vitest';
import { warningText } from '../../content';
import { input } from './fixtures';
import { detectPlateau } from './plateau';

describe('a warning in the page language', () => {
  const w = detectPlateau(input({ train: [0.69], val: Array(11).fill(0.69) }))!;

  it('carries ids and numbers, no sentence', () => {
    expect(w.message).toMatchObject({ id: 'plateauImproved', values: { evaluations: 10 } });
    expect(JSON.stringify(w)).not.toMatch(/improved|stuck/);
    expect(w.remedy).toEqual({ id: 'plateauRemedy', values: {} });
  });

  it('reads in German with a decimal comma', () => {
    expect(warningText(w.message, 'de')).toContain(
      'über die letzten 10 Evaluierungen nur um 0\u202f% verbessert (0,69 → 0,69)',
    );
    expect(warningText(w.message, 'de')).toContain('100\u202f% des anfänglichen Verlusts 0,69');
    expect(warningText(w.remedy, 'de')).toMatch(/^Das Modell steckt fest/);
  });
});
