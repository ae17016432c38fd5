import { describe, expect, it } from 'vitest';
import { isNumberText } from '../data/csv';
import { fromLocalNumberText, parseNumberText, toLocalNumberText } from './number-text';
import { FIELD_BY_KEY, parseField } from './schema';

describe('the syntax of numbers in text', () => {
  it.each([
    ['16', 16],
    [' 16 ', 16],
    ['\t-0.5\n', -0.5],
    ['+2', 2],
    ['.5', 0.5],
    ['5.', 5],
    ['1e-3', 0.001],
    ['2E+2', 200],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumberText(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['0x10', 'notation'],
    ['0X10', 'notation'],
    ['0o20', 'notation'],
    ['0b10000', 'notation'],
    ['-0x10', 'notation'],
    ['1_000', 'separator'],
    ['1,000', 'separator'],
    ["1'000", 'separator'],
    ['Infinity', 'notANumber'],
    ['-Infinity', 'notANumber'],
    ['NaN', 'notANumber'],
    ['1e400', 'notANumber'],
    ['abc', 'notANumber'],
    ['1 2', 'notANumber'],
    ['0.5.1', 'notANumber'],
    ['e5', 'notANumber'],
  ])('refuses %j (%s)', (text, problem) => {
    expect(parseNumberText(text)).toEqual({ ok: false, problem });
  });

  it('is the same in a sidebar field (and the URL) as in a CSV cell', () => {
    for (const text of ['16', ' 16 ', '0x10', '0b1', '1_000', 'Infinity', '1e400', '.5', 'abc']) {
      expect(parseField(FIELD_BY_KEY.maxTime, text).ok, text).toBe(isNumberText(text.trim()));
    }
  });
});

describe('numbers typed and shown in the page language', () => {
  it('reads a German decimal comma as the decimal point the config keeps', () => {
    expect(fromLocalNumberText('0,5', 'de')).toBe('0.5');
    expect(fromLocalNumberText(' -1,5e-3 ', 'de')).toBe(' -1.5e-3 ');
    expect(fromLocalNumberText(',25', 'de')).toBe('.25');
    expect(fromLocalNumberText('3,', 'de')).toBe('3.');
    expect(parseNumberText(fromLocalNumberText('0,5', 'de'))).toEqual({ ok: true, value: 0.5 });
  });

  it('keeps a decimal point in German, and a comma in English a digit separator', () => {
    expect(fromLocalNumberText('0.5', 'de')).toBe('0.5');
    expect(fromLocalNumberText('0,5', 'en')).toBe('0,5');
    expect(parseNumberText(fromLocalNumberText('1,000', 'en'))).toEqual({
      ok: false,
      problem: 'separator',
    });
    // Both separators at once is never a plain number.
    expect(parseNumberText(fromLocalNumberText('1.000,5', 'de')).ok).toBe(false);
  });

  it('shows a valid number with a decimal comma in German and leaves other text alone', () => {
    expect(toLocalNumberText('0.03', 'de')).toBe('0,03');
    expect(toLocalNumberText('1e-3', 'de')).toBe('1e-3');
    expect(toLocalNumberText('3.', 'de')).toBe('3,');
    expect(toLocalNumberText('0.03', 'en')).toBe('0.03');
    expect(toLocalNumberText('0x1.5', 'de')).toBe('0x1.5');
    expect(toLocalNumberText('abc', 'de')).toBe('abc');
  });

  it('round-trips every German text it shows', () => {
    for (const t of ['0.5', '-2.25e-4', '16', '.5', '3.'])
      expect(fromLocalNumberText(toLocalNumberText(t, 'de'), 'de')).toBe(t);
  });
});
