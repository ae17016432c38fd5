/** Tick labels of the canvas plots tell their ticks apart, also in large units. */
import { describe, expect, it } from 'vitest';
import { tickLabels } from './canvas-axes';
import { niceTicks } from './format';

describe('tickLabels', () => {
  it('keeps two digits where they suffice', () => {
    expect(tickLabels([0, 0.5, 1])).toEqual(['0', '0.5', '1']);
  });

  it('adds digits until no two labels are alike (prices around 10⁷)', () => {
    const ticks = niceTicks(1.1e7, 2.05e7);
    const labels = tickLabels(ticks);
    expect(new Set(labels).size).toBe(ticks.length);
    expect(labels[0]).toBe('1.2e7');
  });

  it('labels a family of awkward ranges without NaN or ∞', () => {
    for (const [lo, hi] of [
      [1e20, 1e20 + 32768],
      [-1e38, 1e38],
      [1e-30, 2e-30],
    ]) {
      const labels = tickLabels(niceTicks(lo, hi));
      for (const l of labels) expect(l).not.toMatch(/NaN|∞/);
    }
  });
});
