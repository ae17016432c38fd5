import { afterEach, describe, expect, it } from 'vitest';
import { setFormatLocale } from '../viz/format';
import { fmtSci, fmtSi } from './si';

afterEach(() => setFormatLocale('en'));

describe('the Scale view’s quantities', () => {
  it('are written with the page’s decimal separator', () => {
    setFormatLocale('de');
    expect(fmtSi(1.234e13, 'FLOP')).toBe('12,3 TFLOP');
    expect(fmtSi(1.5 * 2 ** 20, 'B')).toBe('1,57 MB');
    expect(fmtSci(3.14e23)).toBe('3,14 × 10²³');
    setFormatLocale('en');
    expect(fmtSi(1.234e13, 'FLOP')).toBe('12.3 TFLOP');
  });
});
