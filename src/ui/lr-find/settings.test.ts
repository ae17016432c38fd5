import { describe, expect, it } from 'vitest';
import { isNumberText } from '../../config/number-text';
import { DEFAULT_LR_FIND_DRAFT, rateFieldText, readLrFindDraft } from './settings';

describe('the finder’s sweep settings', () => {
  it('reads Lightning’s defaults', () => {
    expect(readLrFindDraft(DEFAULT_LR_FIND_DRAFT)).toEqual({
      settings: { lrMin: 1e-8, lrMax: 1, steps: 100 },
      issues: null,
    });
  });

  it('names every bad field with its own message', () => {
    const bad = (lrMin: string, lrMax: string, steps: string) =>
      readLrFindDraft({ lrMin, lrMax, steps }).issues;
    expect(bad('0', '1', '100')).toEqual({ lrMin: { key: 'lrFindBadMin', values: {} } });
    expect(bad('1e-3', '1e-4', '100')).toEqual({
      lrMax: { key: 'lrFindBadMax', values: { min: 1e-3 } },
    });
    expect(bad('1e-8', '1', '11')).toEqual({ steps: { key: 'lrFindBadSteps', values: {} } });
    expect(Object.keys(bad('0x10', 'Infinity', '1_000')!)).toEqual(['lrMin', 'lrMax', 'steps']);
    expect(Object.keys(bad('', '1', '12.5')!)).toEqual(['lrMin', 'steps']);
    expect(bad('1e-8', '1', '1001')).toHaveProperty('steps');
    expect(readLrFindDraft({ lrMin: ' 1e-6 ', lrMax: '10', steps: '12' }).settings).toEqual({
      lrMin: 1e-6,
      lrMax: 10,
      steps: 12,
    });
  });

  it('writes a suggested rate in the field’s decimal syntax with two significant digits', () => {
    expect(rateFieldText(0.05754399373371571)).toBe('0.058');
    expect(rateFieldText(3.16227766e-7)).toBe('3.2e-7');
    expect(rateFieldText(1.0000000002)).toBe('1');
    for (const lr of [0.05754399373371571, 3.16227766e-7, 12.3456]) {
      expect(isNumberText(rateFieldText(lr))).toBe(true);
    }
  });
});
