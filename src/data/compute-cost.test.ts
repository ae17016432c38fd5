import { describe, expect, it } from 'vitest';
import { DEVICES, GPT3, GRID_INTENSITIES, PUE_DEFAULTS } from '../config/compute-reference';
import {
  achievedRate,
  co2Grams,
  compareWith,
  energyKWh,
  fmtDuration,
  fmtSci,
  fmtSi,
  powerOfTen,
  runCost,
  secondsAt,
  trainingFlops,
} from './compute-cost';

// A laptop run: 1.5 MFLOPs per step, 1,000 steps in 30 s on a 28 W integrated GPU.
const laptop = { powerW: 28, peakFlops: 2e12, pue: 1, gramsPerKWh: 475 };
const run = { flopsPerStep: 1.5e6, steps: 1000, elapsedMs: 30_000 };

describe('cost of a run (CodeCarbon / ML CO2 Impact method), against hand-computed values', () => {
  it('training FLOPs, achieved FLOP/s and utilisation', () => {
    expect(trainingFlops(1.5e6, 1000)).toBe(1.5e9);
    const c = runCost(run, laptop);
    expect(c.flops).toBe(1.5e9);
    expect(c.seconds).toBe(30);
    expect(c.achievedFlops).toBeCloseTo(5e7, 6); // 1.5e9 / 30 s
    expect(c.utilization).toBeCloseTo(2.5e-5, 12); // 5e7 / 2e12
  });

  it('achieved FLOP/s now: FLOPs per step × measured steps/s, and its share of the peak', () => {
    // 1.5 MFLOP/step × 400 steps/s = 6e8 FLOP/s; on a 2 TFLOP/s laptop GPU 3e-4 of its peak.
    const r = achievedRate(1.5e6, 400, 2e12);
    expect(r?.flops).toBe(6e8);
    expect(r?.utilization).toBeCloseTo(3e-4, 15);
    // An H100's fp32 peak (67 TFLOP/s) is a smaller share: 6e8 / 6.7e13.
    expect(achievedRate(1.5e6, 400, 67e12)?.utilization).toBeCloseTo(8.955e-6, 9);
    expect(achievedRate(1.5e6, 400, null)).toEqual({ flops: 6e8, utilization: null });
    expect(achievedRate(1.5e6, 400, 0)?.utilization).toBeNull();
    for (const sps of [null, 0, -1, NaN, Infinity])
      expect(achievedRate(1.5e6, sps, 2e12)).toBeNull();
  });

  it('energy E = P × t × PUE and CO2 = E × intensity', () => {
    // 28 W × 30 s = 840 J = 0.2333 Wh = 2.333e-4 kWh.
    expect(energyKWh(28, 30_000, 1)).toBeCloseTo(2.3333e-4, 8);
    expect(energyKWh(28, 30_000, 1.58)).toBeCloseTo(3.6867e-4, 8);
    // An A100 for an hour in a hyperscale data centre in Germany: 0.4 kW × 1 h × 1.1 = 0.44 kWh.
    expect(energyKWh(400, 3_600_000, 1.1)).toBeCloseTo(0.44, 12);
    expect(co2Grams(0.44, 381)).toBeCloseTo(167.64, 9);
    const c = runCost(run, laptop);
    expect(c.co2Grams).toBeCloseTo(0.110833, 6); // 2.3333e-4 kWh × 475 g/kWh
  });

  it('nothing measured yet: no rate, no utilisation, zero energy', () => {
    const c = runCost({ flopsPerStep: 1e6, steps: 0, elapsedMs: 0 }, laptop);
    expect(c).toMatchObject({ flops: 0, achievedFlops: null, utilization: null, energyKWh: 0 });
    expect(compareWith(c, GPT3)).toEqual({ flops: null, energy: null, co2: null });
  });

  it('compares with GPT-3 in orders of magnitude', () => {
    const cmp = compareWith(runCost(run, laptop), GPT3);
    // 1.5e9 / 3.14e23 = 4.78e-15; 2.333e-4 / 1.287e6 = 1.81e-10; 0.1108 / 5.52e8 = 2.01e-10.
    expect(cmp.flops?.exponent).toBe(-15);
    expect(cmp.flops?.ratio).toBeCloseTo(4.777e-15, 17);
    expect(cmp.energy?.exponent).toBe(-10);
    expect(cmp.co2?.exponent).toBe(-10);
  });

  it('time for the same FLOPs on another device at a utilisation', () => {
    // GPT-3's FLOPs on one A100 at 40%: 3.14e23 / (312e12 × 0.4) = 2.516e9 s ≈ 80 years.
    expect(secondsAt(3.14e23, 312e12, 0.4)).toBeCloseTo(2.516e9, -6);
  });
});

describe('number formats', () => {
  it('powers of ten, SI prefixes and scientific notation', () => {
    expect(powerOfTen(-15)).toBe('10⁻¹⁵');
    expect(powerOfTen(23)).toBe('10²³');
    expect(fmtSi(1.234e13, 'FLOP')).toBe('12.3 TFLOP');
    expect(fmtSi(4.67e-4, 'Wh')).toBe('467 µWh');
    expect(fmtSi(0.2333, 'Wh')).toBe('233 mWh');
    expect(fmtSi(0, 'g')).toBe('0 g');
    expect(fmtSci(3.14e23)).toBe('3.14 × 10²³');
    expect(fmtSci(9.996e4)).toBe('1 × 10⁵');
    expect(fmtSci(4.777e-15)).toBe('4.78 × 10⁻¹⁵');
  });
});

describe('reference tables', () => {
  it('name a source for every figure, and hold sane values', () => {
    for (const d of DEVICES) {
      expect(d.source.length, d.id).toBeGreaterThan(20);
      expect(d.peakFp16, d.id).toBeGreaterThanOrEqual(d.peakFp32);
      expect(d.powerW, d.id).toBeGreaterThan(0);
    }
    expect(GRID_INTENSITIES.find((g) => g.id === 'world')?.gramsPerKWh).toBe(475);
    expect(PUE_DEFAULTS.map((p) => p.pue)).toEqual([1, 1.1, 1.58]);
    for (const g of [...GRID_INTENSITIES, ...PUE_DEFAULTS]) expect(g.source).not.toBe('');
    expect(DEVICES.map((d) => d.id)).toEqual([
      'iris-xe',
      'rtx4090',
      'v100',
      'a100',
      'h100',
      'h200',
    ]);
  });
});

describe('fmtDuration', () => {
  it('picks the largest unit that fits', () => {
    expect(fmtDuration(42)).toBe('42 s');
    expect(fmtDuration(0.0032)).toBe('3.2 ms');
    expect(fmtDuration(90)).toBe('1.5 min');
    expect(fmtDuration(5400)).toBe('1.5 h');
    expect(fmtDuration(3 * 86_400)).toBe('3 days');
    // 2.516e9 s / 31,557,600 s = 79.7 years.
    expect(fmtDuration(2_516_025_641)).toBe('79.7 years');
    expect(fmtDuration(1e15)).toBe('3.17 × 10⁷ years');
  });
});
