import { describe, expect, it } from 'vitest';
import { mean, sampleStd, summarizeAblation } from './ablation';

describe('summarizeAblation', () => {
  const base = { 1: 1.0, 2: 1.2, 3: 1.1 };

  it('matches hand-computed means, deltas, spreads and standard errors', () => {
    const [a, b] = summarizeAblation(base, {
      'no warm-up': { 1: 1.5, 2: 1.6, 3: 1.7 },
      // Seed 9 has no base run: left out.
      'no clipping': { 1: 1.1, 2: 1.0, 3: 1.3, 9: 5 },
    });
    expect(a.component).toBe('no warm-up');
    expect(a.deltas.map((d) => d.seed)).toEqual([1, 2, 3]);
    a.deltas.forEach((d, i) => expect(d.delta).toBeCloseTo([0.5, 0.4, 0.6][i], 12));
    expect(a.mean).toBeCloseTo(0.5, 12);
    expect(a.std).toBeCloseTo(0.1, 12);
    // √((0.1² + 0.1²) / 3)
    expect(a.standardError).toBeCloseTo(0.0816497, 6);
    expect(a.significant).toBe(true);

    expect(b.deltas.map((d) => d.seed)).toEqual([1, 2, 3]);
    expect(b.mean).toBeCloseTo(0.0333333, 6);
    expect(b.std).toBeCloseTo(0.2081666, 6);
    // √((0.01 + 0.0233333) / 3)
    expect(b.standardError).toBeCloseTo(0.1054093, 6);
    expect(b.significant).toBe(false);
  });

  it('calls an effect just past two standard errors significant, and just short not', () => {
    const flat = { 1: 0, 2: 0, 3: 0 };
    // Component 0.3 ± spread: s = 0.1, SE = 0.1/√3 ≈ 0.0577, 2·SE ≈ 0.1155.
    const over = summarizeAblation(flat, { c: { 1: 0.02, 2: 0.12, 3: 0.22 } })[0];
    expect(over.mean).toBeCloseTo(0.12, 12);
    expect(over.significant).toBe(true);
    const under = summarizeAblation(flat, { c: { 1: 0.01, 2: 0.11, 3: 0.21 } })[0];
    expect(under.significant).toBe(false);
  });

  it('refuses a component with fewer than 2 seeds in common with the base', () => {
    expect(() => summarizeAblation(base, { c: { 1: 2, 7: 3 } })).toThrow(RangeError);
  });
});

describe('mean and sampleStd', () => {
  it('use n − 1 for the sample standard deviation', () => {
    expect(mean([2, 4, 9])).toBe(5);
    expect(sampleStd([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(() => sampleStd([1])).toThrow(RangeError);
  });
});
