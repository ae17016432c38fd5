/**
 * The plots' range helpers over a family of awkward ranges: each gives finitely many finite
 * ticks and a finite, non-empty range to map to pixels. (Before, niceTicks looped forever on
 * [−∞, ∞] and on [10²⁰, 10²⁰ + 32768], and a page drawing them went blank.)
 */
import { describe, expect, it } from 'vitest';
import { fmt } from './format';
import { finiteRange, niceStep, niceTicks, paddedRange, safeExtent, safeRange } from './ranges';

const f32 = Math.fround;

/** Sets of values a view may be given (a column, a curve, a histogram's bounds). */
const FAMILY: [string, number[]][] = [
  ['no values', []],
  ['one value', [3]],
  ['a constant', [2.5, 2.5, 2.5]],
  ['zero only', [0, 0]],
  ['NaN', [NaN]],
  ['NaN beside a value', [NaN, 1]],
  ['−∞ and ∞', [-Infinity, Infinity]],
  ['0 and 1e39 as float32 (∞)', [0, f32(1e39)]],
  ['a value and −∞', [5, -Infinity]],
  ['0 and 1e308', [0, 1e308]],
  ['±1.7e308 (span overflows)', [-1.7e308, 1.7e308]],
  ['1e20 and 1e20 + 32768 (step below precision)', [1e20, 1e20 + 32768]],
  ['2e16 … 2e16 + 40 (k + 1 rounds to k)', [2e16, 2e16 + 40]],
  ['1e9 + 0.001 and 1e9 + 0.002', [1e9 + 0.001, 1e9 + 0.002]],
  ['1 and 1 + 1e-15', [1, 1 + 1e-15]],
  ['subnormals', [5e-324, 1e-323]],
  ['tiny span around 0', [-1e-300, 1e-300]],
  ['reversed', [3, -3]],
  ['ordinary', [0, 1]],
  ['large', [-2.5e37, 3e38]],
];

const TARGETS = [1, 2, 3, 5, 10];

function expectTicks(ticks: number[], target: number) {
  expect(ticks.length).toBeLessThanOrEqual(4 * target + 2);
  for (const t of ticks) expect(Number.isFinite(t)).toBe(true);
  for (let i = 1; i < ticks.length; i++) expect(ticks[i]).toBeGreaterThan(ticks[i - 1]);
}

describe.each(FAMILY)('ranges of %s', (_name, values) => {
  it('niceTicks on the raw ends: finitely many finite ascending ticks', () => {
    for (const target of TARGETS) {
      const lo = values.length ? Math.min(...values) : NaN;
      const hi = values.length ? Math.max(...values) : NaN;
      const ticks = niceTicks(lo, hi, target);
      expectTicks(ticks, target);
      for (const t of ticks) expect(fmt(t, 2)).not.toMatch(/NaN|∞/);
    }
  });

  it('safeRange: finite ends, lo < hi, a finite span, and ticks inside it', () => {
    const r = finiteRange(values) ?? [NaN, NaN];
    const [lo, hi] = safeRange(r[0], r[1]);
    expect(Number.isFinite(lo) && Number.isFinite(hi) && Number.isFinite(hi - lo)).toBe(true);
    expect(hi).toBeGreaterThan(lo);
    // A pixel mapping over it is finite and tells the ends apart.
    const px = (v: number) => ((v - lo) / (hi - lo)) * 300;
    expect(px(hi) - px(lo)).toBeCloseTo(300, 6);
    for (const target of TARGETS) {
      const ticks = niceTicks(lo, hi, target);
      expectTicks(ticks, target);
      expect(ticks.length).toBeGreaterThan(0);
      for (const t of ticks) {
        expect(t).toBeGreaterThanOrEqual(lo - (hi - lo) * 1e-6);
        expect(t).toBeLessThanOrEqual(hi + (hi - lo) * 1e-6);
      }
    }
  });

  it('paddedRange and safeExtent give finite, non-empty ranges', () => {
    const [lo, hi] = paddedRange(values);
    expect(hi).toBeGreaterThan(lo);
    const e = safeExtent([values[0] ?? NaN, values.at(-1) ?? NaN, lo, hi]);
    expect(e.every(Number.isFinite)).toBe(true);
    expect(e[1]).toBeGreaterThan(e[0]);
    expect(e[3]).toBeGreaterThan(e[2]);
  });
});

describe('niceStep and niceTicks on ordinary ranges', () => {
  it('keeps round numbers', () => {
    expect(niceTicks(0, 1)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(-3, 3, 3)).toEqual([-2, 0, 2]);
    expect(niceTicks(0.1, 0.3, 2)).toEqual([0.1, 0.2, 0.3]);
    expect(niceStep(100, 5)).toBe(20);
  });

  it('gives a finite positive step for any span', () => {
    for (const span of [0, -1, NaN, Infinity, 5e-324, 1e308, 1.7e308]) {
      const step = niceStep(span);
      expect(step > 0 && Number.isFinite(step)).toBe(true);
    }
  });

  it('gives the one value of a constant range, and none for a non-finite end', () => {
    expect(niceTicks(4, 4)).toEqual([4]);
    expect(niceTicks(-Infinity, Infinity)).toEqual([]);
    expect(niceTicks(NaN, 1)).toEqual([]);
  });
});
