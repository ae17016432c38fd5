import { describe, expect, it } from 'vitest';
import { isNumberText } from '../data/csv';
import { parseNumberText } from './number-text';
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
