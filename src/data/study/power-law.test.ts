import { describe, expect, it } from 'vitest';
import {
  CHINCHILLA_TOKENS_PER_PARAMETER,
  computeOptimal,
  fitPowerLaw,
  powerLaw,
  trainingFlops,
} from './power-law';
import { mulberry32 } from './rng';

const SIZES = Array.from({ length: 9 }, (_, i) => 10 ** (3 + i / 2)); // 1e3 … 1e7
const TRUE = { a: 400, alpha: 0.35, c: 1.7 };

/** Standard normal draws (Box–Muller) from a seeded generator. */
function normals(seed: number, n: number): number[] {
  const u = mulberry32(seed);
  return Array.from({ length: n }, () => {
    const r = Math.sqrt(-2 * Math.log(1 - u()));
    return r * Math.cos(2 * Math.PI * u());
  });
}

describe('fitPowerLaw', () => {
  it('recovers a, α and c exactly from points on the curve', () => {
    const fit = fitPowerLaw(
      SIZES,
      SIZES.map((n) => powerLaw(TRUE, n)),
    );
    expect(fit.alpha).toBeCloseTo(TRUE.alpha, 6);
    expect(fit.c).toBeCloseTo(TRUE.c, 6);
    expect(fit.a / TRUE.a).toBeCloseTo(1, 5);
    expect(fit.alphaStdError).toBeLessThan(1e-6);
  });

  it.each([1, 2, 3])('recovers α and c within 5% from noisy losses (seed %i)', (seed) => {
    const noise = normals(seed, SIZES.length);
    const losses = SIZES.map((n, i) => powerLaw(TRUE, n) * (1 + 0.003 * noise[i]));
    const fit = fitPowerLaw(SIZES, losses);
    expect(Math.abs(fit.alpha / TRUE.alpha - 1)).toBeLessThan(0.05);
    expect(Math.abs(fit.c / TRUE.c - 1)).toBeLessThan(0.05);
    // The standard error is positive and covers the truth at 4 standard errors.
    expect(fit.alphaStdError).toBeGreaterThan(0);
    expect(Math.abs(fit.alpha - TRUE.alpha)).toBeLessThan(4 * fit.alphaStdError);
    // The fit is at least as good as the true curve (least squares).
    const trueRss = SIZES.reduce((s, n, i) => s + (losses[i] - powerLaw(TRUE, n)) ** 2, 0);
    expect(fit.rss).toBeLessThanOrEqual(trueRss * (1 + 1e-9));
  });

  it('refuses too few points, mismatched lists and sizes ≤ 0', () => {
    expect(() => fitPowerLaw([1, 2, 3], [3, 2, 1])).toThrow(RangeError);
    expect(() => fitPowerLaw([1, 2, 3, 4], [3, 2, 1])).toThrow(RangeError);
    expect(() => fitPowerLaw([0, 2, 3, 4], [4, 3, 2, 1])).toThrow(RangeError);
    expect(() => fitPowerLaw([5, 5, 5, 5], [4, 3, 2, 1])).toThrow(RangeError);
  });
});

describe('computeOptimal', () => {
  it('splits C = 6·N·D as Hoffmann et al.’s closed form gives', () => {
    // α = β = ½: N = (A/B)·√(C/6), D = (B/A)·√(C/6), so D/N = (B/A)² = 20.
    const flops = 6e18;
    const r = computeOptimal({ a: 1, alpha: 0.5 }, { a: Math.sqrt(20), alpha: 0.5 }, flops);
    expect(r.tokensPerParameter).toBeCloseTo(CHINCHILLA_TOKENS_PER_PARAMETER, 9);
    expect(r.vsChinchilla).toBeCloseTo(1, 9);
    expect(trainingFlops(r.parameters, r.tokens) / flops).toBeCloseTo(1, 9);
    expect(r.parameters).toBeCloseTo(Math.sqrt(1e18 / 20), 0);
  });

  it('minimises A·N^−α + B·D^−β along the budget', () => {
    const byN = { a: 406.4, alpha: 0.34 };
    const byD = { a: 410.7, alpha: 0.28 };
    const flops = 1e21;
    const r = computeOptimal(byN, byD, flops);
    const loss = (n: number) => byN.a * n ** -byN.alpha + byD.a * (flops / (6 * n)) ** -byD.alpha;
    expect(loss(r.parameters)).toBeLessThan(loss(r.parameters * 1.1));
    expect(loss(r.parameters)).toBeLessThan(loss(r.parameters / 1.1));
    expect(trainingFlops(r.parameters, r.tokens) / flops).toBeCloseTo(1, 9);
  });

  it('refuses a budget ≤ 0 and a fit that does not fall', () => {
    expect(() => computeOptimal({ a: 1, alpha: 0.3 }, { a: 1, alpha: 0.3 }, 0)).toThrow(RangeError);
    expect(() => computeOptimal({ a: 1, alpha: -0.1 }, { a: 1, alpha: 0.3 }, 1e9)).toThrow(
      RangeError,
    );
  });
});
