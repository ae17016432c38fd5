/**
 * Each lecture scenario (src/config/scenarios.ts), loaded from its link, shows the effect its
 * text promises: a short run on the cpu backend and a check of that effect, beside the
 * scenario's contrast where it has one, so a test fails when the effect would not appear.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCENARIOS } from '../config/scenarios';
import { stopReasonText } from '../content';
import { runOf, trainSteps, weightsOf } from './scenario-run.test-util';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Root mean square of the step-to-step change of a series. */
function jitter(xs: number[]): number {
  const d = xs.slice(1).map((x, i) => x - xs[i]);
  return Math.sqrt(d.reduce((s, v) => s + v * v, 0) / d.length);
}

/** Whether every column (unit) of a fanIn × units kernel holds the same weights. */
function unitsEqual({ shape, values }: { shape: number[]; values: number[] }): boolean {
  const [rows, cols] = shape;
  for (let r = 0; r < rows; r++)
    for (let c = 1; c < cols; c++) if (values[r * cols + c] !== values[r * cols]) return false;
  return true;
}

describe('lecture scenarios show what they promise', () => {
  it('learning rate too low: the loss crawls while a sensible rate drops it', async () => {
    const slow = await runOf(SCENARIOS.lrTooLow.query);
    const fast = await runOf(SCENARIOS.lrTooLow.contrast!);
    const [a, b] = [await trainSteps(slow.run, 200), await trainSteps(fast.run, 200)];
    // Within 5% of where it started after 200 steps…
    expect(Math.abs(a[199] - a[0]) / a[0]).toBeLessThan(0.05);
    // …while the contrast's rate gets the loss below half of it.
    expect(b[199]).toBeLessThan(b[0] / 2);
    slow.run.dispose();
    fast.run.dispose();
  });

  it('zeros initialisation: the hidden units of each layer stay identical after 50 steps', async () => {
    const zeros = await runOf(SCENARIOS.zerosInit.query);
    await trainSteps(zeros.run, 50);
    const kernels = (await weightsOf(zeros.run, zeros.store)).filter((w) => w.shape.length === 2);
    const hidden = kernels.slice(0, -1);
    expect(hidden.length).toBe(2);
    for (const k of hidden) expect(unitsEqual(k)).toBe(true);
    // The same model from Glorot's random start has units that differ.
    const glorot = await runOf(SCENARIOS.zerosInit.query.replace('init=zeros', 'init=glorot'));
    await trainSteps(glorot.run, 50);
    const random = (await weightsOf(glorot.run, glorot.store)).filter((w) => w.shape.length === 2);
    expect(unitsEqual(random[0])).toBe(false);
    // Nothing is learned beyond the class balance: the loss stays at ln 2.
    const ev = await zeros.run.evaluate();
    expect(ev.valLoss).toBeGreaterThan(0.65);
    zeros.run.dispose();
    glorot.run.dispose();
  });

  it('deep sigmoid network: the first layer’s gradient is 10⁻⁴ of the last one’s; ReLU keeps it', async () => {
    const norms = async (query: string) => {
      const { run } = await runOf(query);
      const t = run.trainStepWithGradNorms();
      const [, ...perLayer] = Array.from(await t.data());
      t.dispose();
      run.dispose();
      return perLayer;
    };
    const sigmoid = await norms(SCENARIOS.deepSigmoid.query);
    expect(sigmoid.length).toBe(9);
    expect(sigmoid[0] / sigmoid[8]).toBeLessThan(1e-4);
    const relu = await norms(SCENARIOS.deepSigmoid.contrast!);
    expect(relu[0] / relu[8]).toBeGreaterThan(0.1);
  });

  it('small data, big model: the validation loss rises as the training loss falls; early stopping restores the best weights', async () => {
    const { run } = await runOf(SCENARIOS.overfitting.query);
    const evals: { step: number; valLoss: number; trainLoss: number }[] = [];
    let reason = '';
    for (let guard = 0; guard < 200 && !reason; guard++) {
      await trainSteps(run, 5);
      const ev = await run.evaluate();
      evals.push({ step: run.step, valLoss: ev.valLoss, trainLoss: run.trainLoss! });
      const stop = run.checkStop();
      if (stop.stop) reason = stop.reason ? stopReasonText(stop.reason, 'en') : '';
    }
    expect(reason).toMatch(/^Early stopping: val_loss has not improved/);
    const best = evals.reduce((a, b) => (b.valLoss < a.valLoss ? b : a));
    const last = evals[evals.length - 1];
    expect(reason).toContain(`Restored the best weights, from step ${best.step}.`);
    // Overfitting: after the best evaluation the validation loss rose while training fell.
    expect(last.valLoss).toBeGreaterThan(best.valLoss * 1.2);
    expect(last.trainLoss).toBeLessThan(best.trainLoss);
    // The restored model is the best one.
    expect((await run.evaluate()).valLoss).toBeCloseTo(best.valLoss, 5);
    run.dispose();
  });

  it('batch size 1 vs the full batch: the loss jumps from step to step, the full batch’s is smooth', async () => {
    const one = await runOf(SCENARIOS.batchNoise.query);
    const full = await runOf(SCENARIOS.batchNoise.contrast!);
    const noisy = jitter(await trainSteps(one.run, 100));
    const smooth = jitter(await trainSteps(full.run, 100));
    expect(noisy).toBeGreaterThan(100 * smooth);
    one.run.dispose();
    full.run.dispose();
  });

  it('the spiral: two hidden units stay near chance, three layers of 32 separate it', async () => {
    const accuracy = async (query: string) => {
      const { run } = await runOf(query);
      await trainSteps(run, 400);
      const ev = await run.evaluate();
      run.dispose();
      return ev.trainAccuracy;
    };
    expect(await accuracy(SCENARIOS.spiralCapacity.query)).toBeLessThan(0.7);
    expect(await accuracy(SCENARIOS.spiralCapacity.contrast!)).toBeGreaterThan(0.95);
  });
});
