/**
 * A scaling study's results: each recorded run as a point (parameters N, data D, compute C,
 * validation loss L), the power-law fits L(X) = a·X^(−α) + c against each (./power-law.ts),
 * the compute-optimal model size for a few budgets (Hoffmann et al. 2022), and how the fitted
 * exponents compare with Kaplan et al. 2020.
 *
 * N is the model's trainable parameter count as its summary gives it (embeddings included, as
 * Hoffmann et al. 2022 count them; Kaplan et al. 2020 leave embeddings out, which matters
 * little beside the dense layers here). A record written before the count was stored falls
 * back to the count implied by its FLOPs, N = FLOPs per step / (6 · examples per step) (the
 * C ≈ 6·N·D convention solved for N), which overstates N by whatever a step computes beyond
 * its weights' multiplies (softmax, loss, the names model's one-hot look-ups).
 * D is the data the study varies: with run lengths (`maxSteps`), the training examples seen
 * (steps × batch size × accumulation, Hoffmann's tokens; for names one example is one
 * character predicted); with data-set sizes (`points`), the training examples in the set.
 */
import { trainSize } from '../../config/schema';
import { type ComputeOptimal, computeOptimal, fitPowerLaw, type PowerLawFit } from './power-law';
import type { ScalingDefinition } from './definition';
import type { StudyRow } from './study-results';

/** Kaplan et al. 2020's exponents (L(N), L(D), L(C_min); Table 5 of "Scaling Laws for Neural Language Models"). */
export const KAPLAN_EXPONENTS = { parameters: 0.076, data: 0.095, compute: 0.05 } as const;

/** What a scaling point is plotted against. */
export type ScalingAxis = keyof typeof KAPLAN_EXPONENTS;

/** One recorded run of a scaling study. */
export interface ScalingPoint {
  index: number;
  /** The model-size field's value (units, hiddenLayers, embedding or blocks). */
  modelSize: number;
  /** The data-size field's value (points or maxSteps). */
  dataSize: number;
  /** N: the model's parameters (or, for an older record, those implied by FLOPs; see the module's note). */
  parameters: number;
  /** D: the data (see the module's note). */
  data: number;
  /** C: the run's training FLOPs (`record.compute.trainingFlops`). */
  compute: number;
  /** L: the final validation loss. */
  loss: number;
}

/** Training examples per optimizer step: batch size × gradient accumulation. */
function examplesPerStep(config: Readonly<Record<string, string | number>>): number {
  return Number(config.batchSize) * Number(config.accumulation ?? 1);
}

/**
 * The study's recorded runs as points; a run without a finite loss, FLOPs or steps is left out
 * (nothing to place on a log axis).
 */
export function scalingPoints(d: ScalingDefinition, rows: readonly StudyRow[]): ScalingPoint[] {
  const out: ScalingPoint[] = [];
  for (const row of rows) {
    const { record, config } = row;
    const perStep = examplesPerStep(config);
    const parameters = record.compute.parameters ?? record.compute.flopsPerStep / (6 * perStep);
    const data =
      d.dataSizes.field === 'maxSteps'
        ? record.step * perStep
        : trainSize(Number(config.points), Number(config.validationSplit));
    const point: ScalingPoint = {
      index: row.index,
      modelSize: Number(row.settings[d.modelSizes.field]),
      dataSize: Number(row.settings[d.dataSizes.field]),
      parameters,
      data,
      compute: record.compute.trainingFlops,
      loss: row.metric ?? NaN,
    };
    if ([parameters, data, point.compute, point.loss].every((v) => Number.isFinite(v) && v > 0))
      out.push(point);
  }
  return out;
}

/**
 * The points a law along `axis` is fitted to, ascending along it: for parameters and data the
 * lowest loss at each distinct value (the other quantity least limiting, as Kaplan et al. fit
 * L(N) at large D); for compute the efficient frontier, each point whose loss is below every
 * point of less compute (Kaplan's L(C_min)).
 */
export function frontier(points: readonly ScalingPoint[], axis: ScalingAxis): ScalingPoint[] {
  const sorted = [...points].sort((a, b) => a[axis] - b[axis] || a.loss - b.loss);
  if (axis === 'compute') {
    const out: ScalingPoint[] = [];
    for (const p of sorted) if (!out.length || p.loss < out[out.length - 1].loss) out.push(p);
    return out;
  }
  const best = new Map<number, ScalingPoint>();
  for (const p of sorted) if (!best.has(p[axis])) best.set(p[axis], p);
  return [...best.values()];
}

/** A fit along one axis, or why there is none. */
export type AxisFit =
  | { ok: true; fit: PowerLawFit; points: ScalingPoint[] }
  | { ok: false; reason: 'fewPoints'; points: ScalingPoint[]; needed: number }
  | { ok: false; reason: 'failed'; points: ScalingPoint[]; message: string };

/** The fewest points a fit of 3 parameters with an error estimate takes (./power-law.ts). */
export const MIN_FIT_POINTS = 4;

/**
 * L = a·X^(−α) + c fitted to the {@link frontier} along `axis`; when the frontier has fewer
 * than {@link MIN_FIT_POINTS} distinct values, the fit is refused ('fewPoints').
 */
export function fitAxis(points: readonly ScalingPoint[], axis: ScalingAxis): AxisFit {
  const used = frontier(points, axis);
  if (new Set(used.map((p) => p[axis])).size < MIN_FIT_POINTS)
    return { ok: false, reason: 'fewPoints', points: used, needed: MIN_FIT_POINTS };
  try {
    const fit = fitPowerLaw(
      used.map((p) => p[axis]),
      used.map((p) => p.loss),
    );
    if (![fit.a, fit.alpha, fit.c].every(Number.isFinite))
      return { ok: false, reason: 'failed', points: used, message: 'not finite' };
    return { ok: true, fit, points: used };
  } catch (e) {
    return { ok: false, reason: 'failed', points: used, message: (e as Error).message };
  }
}

/** The fits along all three axes. */
export type ScalingFits = Record<ScalingAxis, AxisFit>;

export function scalingFits(points: readonly ScalingPoint[]): ScalingFits {
  return {
    parameters: fitAxis(points, 'parameters'),
    data: fitAxis(points, 'data'),
    compute: fitAxis(points, 'compute'),
  };
}

/**
 * Budgets to mark the compute-optimal size at: the powers of ten within the study's compute
 * range (at most `most` ≥ 2: the first, the last and evenly spaced ones between), else the
 * largest run's compute.
 */
export function budgetsOf(points: readonly ScalingPoint[], most = 3): number[] {
  if (!points.length) return [];
  const cs = points.map((p) => p.compute);
  const lo = Math.ceil(Math.log10(Math.min(...cs)));
  const hi = Math.floor(Math.log10(Math.max(...cs)));
  const exps: number[] = [];
  for (let e = lo; e <= hi; e++) exps.push(e);
  if (!exps.length) return [Math.max(...cs)];
  if (exps.length <= most) return exps.map((e) => 10 ** e);
  // The first, the last and evenly spaced ones between.
  const picked = Array.from(
    { length: most },
    (_, i) => exps[Math.round((i * (exps.length - 1)) / (most - 1))],
  );
  return picked.map((e) => 10 ** e);
}

/** The compute-optimal split at a budget. */
export interface OptimalMark extends ComputeOptimal {
  /** The budget, FLOPs. */
  flops: number;
}

/**
 * The compute-optimal parameters and data for each budget (./power-law.ts `computeOptimal`,
 * Hoffmann et al. 2022 approach 3), from the fits along parameters and data. Empty when
 * either fit is missing, has α ≤ 0, or the data the study varied is not data seen (a
 * data-set size is not Hoffmann's tokens).
 */
export function optimalMarks(
  d: ScalingDefinition,
  fits: ScalingFits,
  budgets: readonly number[],
): OptimalMark[] {
  const { parameters, data } = fits;
  if (!parameters.ok || !data.ok || d.dataSizes.field !== 'maxSteps') return [];
  if (!(parameters.fit.alpha > 0 && parameters.fit.a > 0 && data.fit.alpha > 0 && data.fit.a > 0))
    return [];
  return budgets.map((flops) => ({ flops, ...computeOptimal(parameters.fit, data.fit, flops) }));
}

/** How a fitted exponent compares with Kaplan et al.'s: within a factor 1.5, steeper or shallower. */
export type ExponentComparison = 'similar' | 'steeper' | 'shallower';

export function compareExponent(alpha: number, axis: ScalingAxis): ExponentComparison {
  const ratio = alpha / KAPLAN_EXPONENTS[axis];
  return ratio > 1.5 ? 'steeper' : ratio < 1 / 1.5 ? 'shallower' : 'similar';
}
