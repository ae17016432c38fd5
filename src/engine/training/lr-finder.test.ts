import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LR_FINDER,
  finderLr,
  gradient,
  initialLrFinderState,
  type LrFinderConfig,
  recordLoss,
  suggestLr,
} from './lr-finder';

const lrsOf = (c: LrFinderConfig) => Array.from({ length: c.steps }, (_, i) => finderLr(c, i));

function feed(c: LrFinderConfig, raw: number[]) {
  let s = initialLrFinderState();
  for (const loss of raw) {
    s = recordLoss(c, s, loss);
    if (s.stop !== null) break;
  }
  return s;
}

describe('learning-rate range test', () => {
  it('grows the rate exponentially from lrMin by (lrMax/lrMin)^(1/steps) per step', () => {
    const lrs = lrsOf(DEFAULT_LR_FINDER);
    expect(lrs[0]).toBe(1e-8);
    expect(lrs[50]).toBeCloseTo(1e-4, 15);
    expect(lrs[99]).toBeCloseTo(10 ** (-8 + 8 * 0.99), 12);
    for (let i = 1; i < 100; i++) expect(lrs[i] / lrs[i - 1]).toBeCloseTo(10 ** 0.08, 10);
    expect(() => finderLr(DEFAULT_LR_FINDER, 100)).toThrow(/\[0, 100\)/);
    expect(() => finderLr({ ...DEFAULT_LR_FINDER, lrMax: 1e-9 }, 0)).toThrow(/lrFinder.lrMax/);
  });

  it('debiases the smoothed loss: a constant loss stays itself, a step change is followed with lag', () => {
    const flat = feed({ ...DEFAULT_LR_FINDER, steps: 30 }, Array(30).fill(3));
    expect(flat.stop).toBe('done');
    expect(flat.losses).toHaveLength(30);
    for (const l of flat.losses) expect(l).toBeCloseTo(3, 12);
    const s = feed({ ...DEFAULT_LR_FINDER, steps: 3 }, [2, 1, 1]);
    // avg₀ = 0.04, avg₁ = 0.0592: smoothed₁ = 0.0592 / (1 − 0.98²)
    expect(s.losses[0]).toBeCloseTo(2, 12);
    expect(s.losses[1]).toBeCloseTo(0.0592 / (1 - 0.98 ** 2), 12);
  });

  it('stops when the smoothed loss passes 4 × the best, recording that point', () => {
    const raw = Array(100).fill(1);
    raw[30] = 100;
    const s = feed(DEFAULT_LR_FINDER, raw);
    // avg₂₉ = 1 − 0.98³⁰; avg₃₀ = 0.98·avg₂₉ + 2; smoothed₃₀ = avg₃₀/(1 − 0.98³¹) ≈ 5.25 > 4
    expect(s.stop).toBe('diverged');
    expect(s.losses).toHaveLength(31);
    expect(s.losses[30]).toBeCloseTo((0.98 * (1 - 0.98 ** 30) + 2) / (1 - 0.98 ** 31), 10);
    expect(s.bestLoss).toBeCloseTo(1, 10);
    // A jump that stays under 4 × best does not stop it; nor does any jump with divergeFactor null.
    raw[30] = 50;
    expect(feed(DEFAULT_LR_FINDER, raw).stop).toBe('done');
    raw[30] = 1e6;
    expect(feed({ ...DEFAULT_LR_FINDER, divergeFactor: null }, raw).stop).toBe('done');
    expect(() => recordLoss(DEFAULT_LR_FINDER, s, 1)).toThrow(/already stopped \(diverged\)/);
  });

  it('stops at a non-finite loss', () => {
    const s = feed(DEFAULT_LR_FINDER, [1, 1, NaN, 1]);
    expect(s.stop).toBe('nonFinite');
    expect(s.lrs).toHaveLength(3);
  });

  it('gradient equals numpy.gradient: exact for a quadratic on uneven points, one-sided at the ends', () => {
    const x = [0, 0.5, 2, 2.25, 4];
    const y = x.map((v) => v * v);
    const g = gradient(y, x);
    for (let i = 1; i < 4; i++) expect(g[i]).toBeCloseTo(2 * x[i], 12);
    expect(g[0]).toBeCloseTo(0.5, 12); // (0.25 − 0) / 0.5
    expect(g[4]).toBeCloseTo((16 - 5.0625) / 1.75, 12);
  });

  it('suggests the rate of steepest descent of a synthetic curve, skipping the first 10 and the last point', () => {
    const lrs = lrsOf(DEFAULT_LR_FINDER);
    const centre = Math.log(lrs[62]);
    const losses = lrs.map((lr) => 2 - Math.tanh(1.5 * (Math.log(lr) - centre)));
    expect(suggestLr(lrs, losses)).toEqual({ lr: lrs[62], index: 62 });
    // The steepest points inside the skipped ranges are never suggested.
    const early = lrs.map((lr) => 2 - Math.tanh(1.5 * (Math.log(lr) - Math.log(lrs[4]))));
    expect(suggestLr(lrs, early)!.index).toBe(10);
    const late = [...losses];
    late[99] = -100;
    expect(suggestLr(lrs, late)!.index).toBe(62);
    // Non-finite points are dropped, indices still refer to the full arrays.
    const holes = [...losses];
    holes[61] = NaN;
    holes[63] = Infinity;
    expect(suggestLr(lrs, holes)!.index).toBe(62);
    // Lightning 2.x's spacing=[lrs] divides the log slope by lr: it picks a smaller rate.
    expect(suggestLr(lrs, losses, { spacing: 'lr' })!.index).toBeLessThan(62);
    expect(suggestLr(lrs.slice(0, 12), losses.slice(0, 12))).toBeNull();
    expect(suggestLr(lrs, losses, { skipBegin: 0, skipEnd: 0 })!.index).toBe(62);
  });

  it('the whole test on a loss that falls, then blows up, suggests a rate on the falling part', () => {
    const c = DEFAULT_LR_FINDER;
    const trueLoss = (lr: number) =>
      2.3 - 2 * Math.tanh(Math.max(0, Math.log10(lr) + 6) / 2) + (lr / 0.05) ** 2;
    let s = initialLrFinderState();
    for (let i = 0; s.stop === null; i++) s = recordLoss(c, s, trueLoss(finderLr(c, i)));
    expect(s.stop).toBe('diverged');
    const suggestion = suggestLr(s.lrs, s.losses)!;
    expect(suggestion.lr).toBeGreaterThan(1e-6);
    expect(suggestion.lr).toBeLessThan(1e-3);
  });
});
