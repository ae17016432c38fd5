import { describe, expect, it } from 'vitest';
import { smoothDebiased, strideIndices } from './smoothing';

describe('smoothDebiased (TensorBoard)', () => {
  it('matches the debiased EMA computed by hand', () => {
    // w = 0.6: last₁ = 0.4·1 = 0.4 → 0.4/(1−0.6) = 1; last₂ = 0.24 + 0.4·3 = 1.44 → 1.44/(1−0.36) = 2.25
    const out = smoothDebiased([1, 3], 0.6);
    expect(out[0]).toBeCloseTo(1, 12);
    expect(out[1]).toBeCloseTo(2.25, 12);
  });

  it('is the identity at weight 0 and keeps a constant series constant', () => {
    expect(smoothDebiased([5, -2, 7], 0)).toEqual([5, -2, 7]);
    for (const v of smoothDebiased([2, 2, 2, 2], 0.99)) expect(v).toBeCloseTo(2, 10);
  });

  it('passes non-finite points through without poisoning the average', () => {
    const out = smoothDebiased([1, NaN, Infinity, 1], 0.5);
    expect(out[1]).toBeNaN();
    expect(out[2]).toBe(Infinity);
    expect(out[3]).toBeCloseTo(1, 12);
  });
});

describe('strideIndices', () => {
  it('keeps every index when there are few, and at most max with the last kept', () => {
    expect(strideIndices(3, 10)).toEqual([0, 1, 2]);
    const idx = strideIndices(1000, 50);
    expect(idx).toHaveLength(50);
    expect(idx[0]).toBe(0);
    expect(idx[49]).toBe(999);
    expect([...idx].sort((a, b) => a - b)).toEqual(idx);
  });
});
