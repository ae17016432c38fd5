import { describe, expect, it } from 'vitest';
import { summarizeCurve } from './curve-summary';

describe('summarizeCurve', () => {
  it('gives the last point and the lowest loss with their steps', () => {
    expect(summarizeCurve([10, 20, 30, 40], [0.9, 0.4, 0.5, 0.45], 'min')).toEqual({
      count: 4,
      last: 0.45,
      lastStep: 40,
      best: 0.4,
      bestStep: 20,
    });
  });

  it('gives the highest accuracy, the earliest of a tie', () => {
    const s = summarizeCurve([5, 10, 15], [0.7, 0.9, 0.9], 'max');
    expect([s?.best, s?.bestStep]).toEqual([0.9, 10]);
  });

  it('skips values that are not finite for the best, and says none when all are', () => {
    const s = summarizeCurve([1, 2, 3], [0.5, NaN, Infinity], 'min');
    expect([s?.best, s?.bestStep, s?.last]).toEqual([0.5, 1, Infinity]);
    expect(summarizeCurve([1], [NaN], 'min')?.best).toBeNaN();
  });

  it('is null for an empty curve', () => {
    expect(summarizeCurve([], [], 'min')).toBeNull();
  });
});
