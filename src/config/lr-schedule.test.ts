import { describe, expect, it } from 'vitest';
import { lrAt } from './schedules';
import { scheduleCurve, scheduleOf } from './lr-schedule';
import { DEFAULT_CONFIG, type LabConfig } from './schema';

const config = (over: Partial<LabConfig>): LabConfig => ({ ...DEFAULT_CONFIG, ...over });

describe('the schedule of a config', () => {
  it('is constant by default: the learning rate at every step', () => {
    const { total, points } = scheduleCurve(DEFAULT_CONFIG);
    expect(total).toBe(3000);
    expect(points[0]).toEqual({ step: 0, lr: 0.03 });
    expect(points.at(-1)).toEqual({ step: 2999, lr: 0.03 });
    expect(new Set(points.map((p) => p.lr))).toEqual(new Set([0.03]));
  });

  it('passes the sidebar’s fields to the schedule', () => {
    expect(scheduleOf(config({ lrSchedule: 'step', lrStepSize: 7, lrGamma: 0.5 }))).toEqual({
      kind: 'step',
      stepSize: 7,
      gamma: 0.5,
    });
    expect(scheduleOf(config({ lrSchedule: 'plateau', plateauPatience: 3 }))).toMatchObject({
      kind: 'plateau',
      patience: 3,
      factor: 0.1,
      minLr: 0,
    });
  });

  it('draws a warm-up over its steps and then the cosine to the minimum', () => {
    const c = config({ lrSchedule: 'warmupCosine', maxSteps: 200, warmupSteps: 50, lrMin: 0.001 });
    const { total, points } = scheduleCurve(c, 20);
    expect(total).toBe(200);
    const peak = points.find((p) => p.step === 50);
    expect(peak?.lr).toBeCloseTo(0.03, 12);
    expect(points[0].lr).toBeCloseTo(0.03 / 51, 12);
    expect(points.at(-1)!.lr).toBeCloseTo(0.001, 3);
    for (const p of points) expect(p.lr).toBe(lrAt(scheduleOf(c), p.step, 200, 0.03));
  });

  it('keeps both sides of every drop of a step decay', () => {
    const c = config({ lrSchedule: 'step', maxSteps: 1000, lrStepSize: 333, lrGamma: 0.5 });
    const { points } = scheduleCurve(c, 10);
    const at = (step: number) => points.find((p) => p.step === step)?.lr;
    expect([at(332), at(333), at(665), at(666)]).toEqual([0.03, 0.015, 0.015, 0.0075]);
  });

  it('plans over max epochs when they end the run first', () => {
    // 320 examples, batches of 32 × 2 micro-batches: 5 optimizer steps per epoch.
    expect(scheduleCurve(config({ maxEpochs: 4, accumulation: 2 })).total).toBe(20);
  });
});
