import { describe, expect, it } from 'vitest';
import { Rng } from './rng';
import { HISTOGRAM_BINS, histogram, identicalColumns, l2Norm, std } from './stats';

describe('histogram', () => {
  it('has counts that sum to n, with min and max from the data', () => {
    const rng = new Rng(1);
    const values = Float32Array.from({ length: 1234 }, () => rng.normal());
    const h = histogram(values);
    expect(h.counts).toHaveLength(HISTOGRAM_BINS);
    expect(h.counts.reduce((s, c) => s + c, 0)).toBe(values.length);
    expect(h.min).toBe(Math.min(...values));
    expect(h.max).toBe(Math.max(...values));
  });

  it('puts each value in the bin that contains it, the maximum in the last bin', () => {
    const h = histogram([0, 1, 2, 3, 4, 10], 5); // bins of width 2 over [0, 10]
    expect(h).toEqual({ min: 0, max: 10, counts: [2, 2, 1, 0, 1] });
  });

  it('puts equal values in one middle bin', () => {
    const h = histogram(new Float32Array(9), 4);
    expect(h.counts).toEqual([0, 0, 9, 0]);
    expect(h.min).toBeLessThan(0);
    expect(h.max).toBeGreaterThan(0);
  });

  it('handles an empty input', () => {
    const h = histogram([], 3);
    expect(h.counts).toEqual([0, 0, 0]);
  });
});

describe('identicalColumns', () => {
  it('is true when every column of the matrix is the same', () => {
    // 2 × 3, row-major: each row is constant.
    expect(identicalColumns([1, 1, 1, -2, -2, -2], 2, 3)).toBe(true);
    expect(identicalColumns(new Float32Array(12), 4, 3)).toBe(true);
  });

  it('is false when any entry differs from its row', () => {
    expect(identicalColumns([1, 1, 1, -2, -2, -2.5], 2, 3)).toBe(false);
    expect(identicalColumns([1, 2, 1, 2], 2, 2)).toBe(false);
  });

  it('is false for a single column (nothing to compare)', () => {
    expect(identicalColumns([1, 1, 1], 3, 1)).toBe(false);
  });
});

describe('l2Norm and std', () => {
  it('match their definitions', () => {
    expect(l2Norm([3, 4])).toBe(5);
    expect(l2Norm([])).toBe(0);
    expect(std([2, 4, 4, 4, 5, 5, 7, 9])).toBe(2);
    expect(std([])).toBe(0);
  });
});
