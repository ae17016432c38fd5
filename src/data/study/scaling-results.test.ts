import { describe, expect, it } from 'vitest';
import type { ScalingDefinition } from './definition';
import { SCALING_LAW, scalingFixture } from './fixtures';
import { CHINCHILLA_TOKENS_PER_PARAMETER } from './power-law';
import {
  budgetsOf,
  compareExponent,
  fitAxis,
  frontier,
  optimalMarks,
  type ScalingPoint,
  scalingFits,
  scalingPoints,
} from './scaling-results';
import { joinStudyRuns } from './study-results';

function fixturePoints() {
  const { study, runs } = scalingFixture();
  const d = study.definition as ScalingDefinition;
  return { d, points: scalingPoints(d, joinStudyRuns(study, runs, 'valLoss').rows) };
}

describe('scalingPoints', () => {
  it('reads N from FLOPs per step (a record without a count), D from the examples seen and C from the training FLOPs', () => {
    const { d, points } = fixturePoints();
    expect(points).toHaveLength(20);
    const p = points.find((q) => q.modelSize === 32 && q.dataSize === 400)!;
    // The fixture's FLOPs per step are 6 · (40 · units) · batch.
    expect(p.parameters).toBeCloseTo(40 * 32, 9);
    expect(p.data % 400).toBe(0);
    expect(p.compute).toBeCloseTo(6 * p.parameters * p.data, 3);
    expect(d.modelSizes.field).toBe('units');
  });

  it('takes N from the recorded parameter count where the record has one', () => {
    const { study, runs } = scalingFixture();
    const d = study.definition as ScalingDefinition;
    const counted = runs.map((r) => ({ ...r, compute: { ...r.compute, parameters: 777 } }));
    const points = scalingPoints(d, joinStudyRuns(study, counted, 'valLoss').rows);
    expect(points.length).toBeGreaterThan(0);
    expect(points.every((p) => p.parameters === 777)).toBe(true);
  });

  it('leaves out a run whose loss is not finite', () => {
    const { study, runs } = scalingFixture();
    const broken = runs.map((r, i) =>
      i === 0 ? { ...r, final: { ...r.final, valLoss: null } } : r,
    );
    const d = study.definition as ScalingDefinition;
    expect(scalingPoints(d, joinStudyRuns(study, broken, 'valLoss').rows)).toHaveLength(19);
  });
});

describe('frontier', () => {
  const pt = (parameters: number, compute: number, loss: number): ScalingPoint => ({
    index: 0,
    modelSize: 0,
    dataSize: 0,
    parameters,
    data: 1,
    compute,
    loss,
  });

  it('keeps the lowest loss per size, and for compute only points that beat all cheaper ones', () => {
    const pts = [pt(10, 5, 3), pt(10, 1, 2.5), pt(20, 2, 2.8), pt(20, 8, 2), pt(40, 9, 2.1)];
    expect(frontier(pts, 'parameters').map((p) => [p.parameters, p.loss])).toEqual([
      [10, 2.5],
      [20, 2],
      [40, 2.1],
    ]);
    expect(frontier(pts, 'compute').map((p) => p.compute)).toEqual([1, 8]);
  });
});

describe('scaling fits', () => {
  it('recovers the exponents of the synthetic law along parameters and data within 5%', () => {
    const { points } = fixturePoints();
    const fits = scalingFits(points);
    if (!fits.parameters.ok || !fits.data.ok) throw new Error('no fit');
    expect(fits.parameters.fit.alpha).toBeGreaterThan(SCALING_LAW.alpha * 0.95);
    expect(fits.parameters.fit.alpha).toBeLessThan(SCALING_LAW.alpha * 1.05);
    expect(fits.data.fit.alpha).toBeGreaterThan(SCALING_LAW.beta * 0.95);
    expect(fits.data.fit.alpha).toBeLessThan(SCALING_LAW.beta * 1.05);
    // Along N at the largest D, the offset is E + B·D_max^(−β).
    const dMax = Math.max(...points.map((p) => p.data));
    expect(fits.parameters.fit.c).toBeCloseTo(
      SCALING_LAW.E + SCALING_LAW.B * dMax ** -SCALING_LAW.beta,
      3,
    );
    expect(fits.compute.ok).toBe(true);
  });

  it('refuses a fit over fewer than 4 distinct sizes', () => {
    const { points } = fixturePoints();
    const three = points.filter((p) => p.modelSize <= 32);
    const f = fitAxis(three, 'parameters');
    expect(f).toMatchObject({ ok: false, reason: 'fewPoints', needed: 4 });
    expect(f.points).toHaveLength(3);
  });

  it('marks the compute-optimal split per budget with its tokens per parameter', () => {
    const { d, points } = fixturePoints();
    const fits = scalingFits(points);
    const budgets = budgetsOf(points);
    expect(budgets.length).toBeGreaterThan(0);
    const cs = points.map((p) => p.compute);
    for (const b of budgets) {
      expect(b).toBeGreaterThanOrEqual(Math.min(...cs));
      expect(b).toBeLessThanOrEqual(Math.max(...cs));
    }
    const marks = optimalMarks(d, fits, budgets);
    expect(marks).toHaveLength(budgets.length);
    for (const m of marks) {
      expect(6 * m.parameters * m.tokens).toBeCloseTo(m.flops, -Math.log10(m.flops) + 6);
      expect(m.vsChinchilla).toBeCloseTo(
        m.tokensPerParameter / CHINCHILLA_TOKENS_PER_PARAMETER,
        12,
      );
    }
    // More compute buys a larger optimal model.
    expect(marks[marks.length - 1].parameters).toBeGreaterThan(marks[0].parameters);
  });

  it('marks nothing when the data the study varied is a data-set size', () => {
    const { d, points } = fixturePoints();
    const byPoints: ScalingDefinition = { ...d, dataSizes: { field: 'points', values: [100] } };
    expect(optimalMarks(byPoints, scalingFits(points), [1e9])).toEqual([]);
  });

  it('compares an exponent with Kaplan et al.’s within a factor 1.5', () => {
    expect(compareExponent(0.08, 'parameters')).toBe('similar');
    expect(compareExponent(0.35, 'parameters')).toBe('steeper');
    expect(compareExponent(0.02, 'compute')).toBe('shallower');
  });
});

describe('budgetsOf', () => {
  it('picks the powers of ten inside the range, else the largest compute', () => {
    const at = (compute: number) => ({ compute }) as ScalingPoint;
    expect(budgetsOf([at(3e5), at(2e9)])).toEqual([1e6, 1e8, 1e9]);
    expect(budgetsOf([at(3e5), at(2e8)])).toEqual([1e6, 1e7, 1e8]);
    expect(budgetsOf([at(3e5), at(5e5)])).toEqual([5e5]);
    expect(budgetsOf([])).toEqual([]);
  });
});
