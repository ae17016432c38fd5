import { afterEach, describe, expect, it } from 'vitest';
import { setFormatLocale } from '../viz/format';
import { fmtDuration, fmtSci, fmtSi } from './si';

afterEach(() => setFormatLocale('en'));

describe('the page’s quantities', () => {
  it('are written with the page’s decimal separator', () => {
    setFormatLocale('de');
    expect(fmtSi(1.234e13, 'FLOP')).toBe('12,3 TFLOP');
    expect(fmtSi(1.5 * 2 ** 20, 'B')).toBe('1,57 MB');
    expect(fmtSci(3.14e23)).toBe('3,14 × 10²³');
    expect(fmtDuration(3.5 * 86_400)).toBe('3,5 Tage');
    expect(fmtDuration(2.5e9)).toBe('79,2 Jahre');
    setFormatLocale('en');
    expect(fmtSi(1.234e13, 'FLOP')).toBe('12.3 TFLOP');
    expect(fmtDuration(3.5 * 86_400)).toBe('3.5 days');
  });
});
