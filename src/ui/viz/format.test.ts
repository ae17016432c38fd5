import { afterEach, describe, expect, it } from 'vitest';
import {
  fmt,
  fmtAge,
  fmtBytes,
  fmtCompact,
  fmtFixed,
  fmtInt,
  fmtPct,
  fmtShape,
  localizeNumber,
  setFormatLocale,
} from './format';

/** Intl separates a number from its % sign with a no-break space in German. */
const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

afterEach(() => setFormatLocale('en'));

describe('number formatting in English', () => {
  it('writes a decimal point and a thousands comma', () => {
    expect(fmt(0.03)).toBe('0.03');
    expect(fmt(-1.25)).toBe('−1.25');
    expect(fmt(2.5e-5)).toBe('2.50e−5');
    expect(fmt(123456)).toBe('123,456');
    expect(fmtFixed(0.5)).toBe('0.500');
    expect(fmtInt(12345)).toBe('12,345');
    expect(fmtPct(0.9375)).toBe('93.8%');
    expect(fmtBytes(3 * 1024 + 205)).toBe('3.20 KiB');
    expect(fmtShape([])).toBe('scalar');
    expect(fmtAge(0, 42_000)).toBe('42 s ago');
  });
});

describe('number formatting in German', () => {
  it('writes a decimal comma and a thousands point, as Intl does for de', () => {
    setFormatLocale('de');
    expect(fmt(0.03)).toBe('0,03');
    expect(fmt(-1.25)).toBe('−1,25');
    expect(fmt(2.5e-5)).toBe('2,50e−5');
    expect(fmt(123456)).toBe('123.456');
    expect(fmt(Number.NaN)).toBe('NaN');
    expect(fmtFixed(0.5)).toBe('0,500');
    expect(fmtInt(12345)).toBe('12.345');
    expect(fmtInt(-1234)).toBe('−1.234');
    expect(nbsp(fmtPct(0.9375))).toBe('93,8 %');
    expect(fmtBytes(3 * 1024 + 205)).toBe('3,20 KiB');
    expect(nbsp(fmtCompact(3_400_000))).toBe('3,4 Mio.');
    expect(localizeNumber('1,234.5')).toBe('1.234,5');
  });

  it('takes its words from the German catalogue', () => {
    setFormatLocale('de');
    expect(fmtShape([])).toBe('Skalar');
    expect(fmtShape([8, 16])).toBe('8 × 16');
    expect(fmtAge(0, 1_000)).toBe('gerade eben');
    expect(fmtAge(0, 42_000)).toBe('vor 42 s');
    expect(fmtAge(0, 5 * 60_000)).toBe('vor 5 min');
    expect(fmtAge(0, 3 * 86_400_000)).toBe('vor 3 Tagen');
  });
});
