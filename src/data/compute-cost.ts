/**
 * What a run cost in compute, energy and CO2, from the numbers the page has (training FLOPs
 * per step, steps, wall time) and stated assumptions (device power and peak, PUE, grid
 * intensity). The method is CodeCarbon's and ML CO2 Impact's (Lacoste et al. 2019):
 *
 *   training FLOPs   C = FLOPs per step × steps
 *   achieved FLOP/s  = C / t
 *   energy           E = P × t × PUE
 *   emissions        CO2 = E × grid intensity
 *
 * P is the device's rated power (TDP), so E is an upper estimate for a device that is not
 * fully loaded (the browser tab rarely is); CodeCarbon measures P where it can.
 */
import type { PublishedRun } from '../config/compute-reference';

/** The assumptions of a cost estimate; every one is editable on the page. */
export interface CostAssumptions {
  /** Device power, W. */
  powerW: number;
  /** Device peak throughput, FLOP/s (for the utilisation). */
  peakFlops: number;
  /** Power usage effectiveness, ≥ 1. */
  pue: number;
  /** Grid carbon intensity, gCO2e per kWh. */
  gramsPerKWh: number;
}

/** The run's measured side. */
export interface RunCompute {
  /** Forward + backward FLOPs of one optimizer step at the configured batch size. */
  flopsPerStep: number;
  /** Optimizer steps taken. */
  steps: number;
  /** Wall time of training, ms. */
  elapsedMs: number;
}

export interface RunCost {
  /** Training FLOPs, C = flopsPerStep × steps. */
  flops: number;
  /** Wall time, s. */
  seconds: number;
  /** C / t, FLOP/s; null before any time has passed. */
  achievedFlops: number | null;
  /** Achieved / peak, a fraction; null without a peak or a time. */
  utilization: number | null;
  /** E = P × t × PUE, kWh. */
  energyKWh: number;
  /** CO2 = E × intensity, gCO2e. */
  co2Grams: number;
}

const MS_PER_HOUR = 3_600_000;

/** The run's speed now, as measured: its achieved FLOP/s and their share of a device's peak. */
export interface AchievedRate {
  /** FLOPs per step × measured steps/s, FLOP/s. */
  flops: number;
  /** flops / peak, a fraction (MFU-style utilisation); null without a positive peak. */
  utilization: number | null;
}

/**
 * Achieved FLOP/s from the measured speed (FLOPs per step × steps/s) and the utilisation
 * against `peakFlops` (FLOP/s), as MFU is defined (PaLM, Chowdhery et al. 2022, appendix B:
 * achieved model FLOP/s ÷ peak). Null before a speed is measured (null, 0 or not finite).
 */
export function achievedRate(
  flopsPerStep: number,
  stepsPerSecond: number | null,
  peakFlops: number | null,
): AchievedRate | null {
  if (stepsPerSecond === null || !Number.isFinite(stepsPerSecond) || stepsPerSecond <= 0) {
    return null;
  }
  const flops = flopsPerStep * stepsPerSecond;
  return {
    flops,
    utilization: peakFlops !== null && peakFlops > 0 ? flops / peakFlops : null,
  };
}

/** Training FLOPs: per-step FLOPs × optimizer steps (FLOPs). */
export function trainingFlops(flopsPerStep: number, steps: number): number {
  return flopsPerStep * steps;
}

/** Energy in kWh of a device drawing `powerW` watts for `ms` milliseconds in a facility of `pue`. */
export function energyKWh(powerW: number, ms: number, pue: number): number {
  return (powerW * (ms / MS_PER_HOUR) * pue) / 1000;
}

/** Emissions in gCO2e of `kWh` kilowatt-hours at `gramsPerKWh`. */
export function co2Grams(kWh: number, gramsPerKWh: number): number {
  return kWh * gramsPerKWh;
}

/** The whole estimate for a run under the given assumptions. */
export function runCost(run: RunCompute, a: CostAssumptions): RunCost {
  const flops = trainingFlops(run.flopsPerStep, run.steps);
  const seconds = run.elapsedMs / 1000;
  const achievedFlops = seconds > 0 ? flops / seconds : null;
  const energy = energyKWh(a.powerW, run.elapsedMs, a.pue);
  return {
    flops,
    seconds,
    achievedFlops,
    utilization: achievedFlops !== null && a.peakFlops > 0 ? achievedFlops / a.peakFlops : null,
    energyKWh: energy,
    co2Grams: co2Grams(energy, a.gramsPerKWh),
  };
}

/**
 * This run's share of a published one, per quantity, as a ratio and its power of ten
 * (`exponent` = floor(log10 ratio), e.g. −15 for "10⁻¹⁵ of GPT-3"); null where this run's
 * value is 0 (nothing to compare).
 */
export function compareWith(
  cost: RunCost,
  run: PublishedRun,
): Record<'flops' | 'energy' | 'co2', { ratio: number; exponent: number } | null> {
  const share = (mine: number, theirs: number) =>
    mine > 0 && theirs > 0
      ? { ratio: mine / theirs, exponent: Math.floor(Math.log10(mine / theirs)) }
      : null;
  return {
    flops: share(cost.flops, run.flops),
    energy: share(cost.energyKWh, run.energyKWh),
    co2: share(cost.co2Grams, run.co2Grams),
  };
}

/** The time (s) the same FLOPs would take on a device of `peakFlops` at `utilization` (0..1]. */
export function secondsAt(flops: number, peakFlops: number, utilization: number): number {
  return flops / (peakFlops * utilization);
}

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** 10 to an integer power, typeset: −15 → "10⁻¹⁵". */
export function powerOfTen(exponent: number): string {
  return `10${String(exponent)
    .split('')
    .map((c) => SUPERSCRIPT[c])
    .join('')}`;
}

/**
 * A quantity with an SI prefix and 3 significant digits: (1.234e13, 'FLOP') → "12.3 TFLOP",
 * (0.000467, 'Wh') → "467 µWh"; 0 → "0 Wh".
 */
export function fmtSi(value: number, unit: string): string {
  if (!Number.isFinite(value)) return `${value} ${unit}`;
  if (value === 0) return `0 ${unit}`;
  const prefixes: [number, string][] = [
    [1e24, 'Y'],
    [1e21, 'Z'],
    [1e18, 'E'],
    [1e15, 'P'],
    [1e12, 'T'],
    [1e9, 'G'],
    [1e6, 'M'],
    [1e3, 'k'],
    [1, ''],
    [1e-3, 'm'],
    [1e-6, 'µ'],
    [1e-9, 'n'],
  ];
  const abs = Math.abs(value);
  const [size, prefix] = prefixes.find(([s]) => abs >= s) ?? [1e-9, 'n'];
  return `${Number((value / size).toPrecision(3))} ${prefix}${unit}`;
}

/** A number in scientific notation with 3 significant digits: 3.14e23 → "3.14 × 10²³". */
export function fmtSci(value: number): string {
  if (value === 0 || !Number.isFinite(value)) return String(value);
  const exponent = Math.floor(Math.log10(Math.abs(value)));
  const mantissa = Number((value / 10 ** exponent).toPrecision(3));
  // Rounding can carry to 10.0: 9.996 → 10.
  if (Math.abs(mantissa) >= 10) return fmtSci(Math.sign(value) * 10 ** (exponent + 1));
  return exponent === 0 ? String(mantissa) : `${mantissa} × ${powerOfTen(exponent)}`;
}

/**
 * A duration in s in the largest fitting unit, 3 significant digits: 42 → "42 s",
 * 5400 → "1.5 h", 2.5e9 → "79.3 years"; below a second with an SI prefix ("3.2 ms").
 */
export function fmtDuration(
  seconds: number,
  words: { years: string; days: string } = { years: 'years', days: 'days' },
): string {
  if (!Number.isFinite(seconds)) return String(seconds);
  const units: [number, string][] = [
    [365.25 * 86_400, words.years],
    [86_400, words.days],
    [3600, 'h'],
    [60, 'min'],
  ];
  for (const [size, unit] of units) {
    if (seconds >= size) {
      const v = seconds / size;
      return `${v >= 1e6 ? fmtSci(v) : Number(v.toPrecision(3)).toLocaleString('en')} ${unit}`;
    }
  }
  return fmtSi(seconds, 's');
}
