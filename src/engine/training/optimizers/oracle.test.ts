import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OptimizerId } from '../../../config/schema';
import { mlpProblem, relativeError, tfMlp, valuesOf, type TfMlp } from '../test-mlp';
import { optimizerSettings } from '../optimizer-settings';
import { createOptimizer } from './index';
import { type Case, reference64, STEPS, trainOurs } from './pytorch-reference';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Linear warm-up over 10 steps, then cosine to 0 at step STEPS. */
function scheduled(peak: number) {
  const lr = (t: number) =>
    t < 10
      ? (peak * (t + 1)) / 10
      : (peak / 2) * (1 + Math.cos((Math.PI * (t - 10)) / (STEPS - 10)));
  lr.toString = () => `scheduled(${peak})`;
  return lr;
}

const CASES: Case[] = [
  { kind: 'sgd', h: {}, lr: 0.1 },
  { kind: 'sgd', h: { weightDecay: 0.05 }, lr: 0.1 },
  { kind: 'momentum', h: {}, lr: 0.05 },
  { kind: 'momentum', h: { nesterov: true }, lr: 0.05 },
  { kind: 'momentum', h: { momentum: 0.8, dampening: 0.3, weightDecay: 0.01 }, lr: 0.05 },
  { kind: 'rmsprop', h: {}, lr: 0.01 },
  { kind: 'rmsprop', h: { momentum: 0.9, centered: true, epsilon: 1e-6 }, lr: 0.002 },
  { kind: 'rmsprop', h: { weightDecay: 0.01, alpha: 0.95 }, lr: 0.005 },
  { kind: 'adam', h: {}, lr: 0.01 },
  { kind: 'adam', h: { weightDecay: 0.05, beta1: 0.8, epsilon: 1e-6 }, lr: 0.01 },
  { kind: 'adamw', h: {}, lr: 0.01 },
  { kind: 'adamw', h: { weightDecay: 0.1, beta2: 0.99 }, lr: 0.01 },
  // A learning rate that changes every step (warm-up, then cosine): PyTorch applies each
  // step's rate at once (momentum multiplies the buffer by it; AdamW also scales its decay).
  { kind: 'momentum', h: { nesterov: true }, lr: scheduled(0.05) },
  { kind: 'rmsprop', h: { momentum: 0.5 }, lr: scheduled(0.005) },
  { kind: 'adamw', h: { weightDecay: 0.1 }, lr: scheduled(0.01) },
];

describe('owned optimizers against PyTorch formulas in float64', () => {
  const problem = mlpProblem();
  for (const c of CASES) {
    it(`${c.kind} ${JSON.stringify(c.h)} lr ${String(c.lr)} matches after ${STEPS} steps`, () => {
      const model = tfMlp(problem);
      const before = valuesOf(model.params);
      trainOurs(model, c.kind, c.h, c.lr).dispose();
      const ours = valuesOf(model.params);
      const oracle = reference64(problem, c.kind, c.h as Record<string, number>, c.lr);
      // The run moved the weights far compared with the tolerance: the check is not vacuous.
      expect(relativeError(before, oracle)).toBeGreaterThan(1e-2);
      expect(relativeError(ours, oracle)).toBeLessThan(1e-4);
      model.dispose();
    });
  }
});

/** tfjs's own optimizer with the same settings, run on the same tfjs model. */
function trainTfjs(model: TfMlp, optimizer: tf.Optimizer, steps = STEPS): void {
  for (let s = 0; s < steps; s++) {
    const grads = model.grads();
    optimizer.applyGradients(
      Object.fromEntries([...grads].map(([, g], i) => [model.params[i].variable.name, g])),
    );
    tf.dispose([...grads.values()]);
  }
  optimizer.dispose();
}

describe('owned optimizers against tfjs optimizers with matching settings', () => {
  const problem = mlpProblem(11);
  const pairs: { name: string; ours: Case; tfjs: () => tf.Optimizer }[] = [
    { name: 'sgd', ours: { kind: 'sgd', h: {}, lr: 0.1 }, tfjs: () => tf.train.sgd(0.1) },
    {
      name: 'momentum',
      ours: { kind: 'momentum', h: { momentum: 0.9 }, lr: 0.05 },
      tfjs: () => tf.train.momentum(0.05, 0.9),
    },
    {
      name: 'nesterov',
      ours: { kind: 'momentum', h: { momentum: 0.9, nesterov: true }, lr: 0.05 },
      tfjs: () => tf.train.momentum(0.05, 0.9, true),
    },
    // ε = 0: tfjs's √(v + ε) and PyTorch's √v + ε coincide (see rmsprop.ts). A short
    // averaging window (α = 0.9) with ε = 0 makes the centered variance v − ḡ² come close to
    // 0 for some weights, where float32 rounding differences grow into visibly different runs
    // after about 60 steps; α = 0.95 keeps the comparison well conditioned.
    {
      name: 'rmsprop (ε = 0)',
      ours: { kind: 'rmsprop', h: { alpha: 0.9, epsilon: 0 }, lr: 0.01 },
      tfjs: () => tf.train.rmsprop(0.01, 0.9, 0, 0),
    },
    {
      name: 'rmsprop centered with momentum (ε = 0)',
      ours: {
        kind: 'rmsprop',
        h: { alpha: 0.95, epsilon: 0, momentum: 0.9, centered: true },
        lr: 0.005,
      },
      tfjs: () => tf.train.rmsprop(0.005, 0.95, 0.9, 0, true),
    },
    // Adam: tfjs adds ε to √v̂ as PyTorch does; only the float32 powers βᵗ differ.
    {
      name: 'adam',
      ours: { kind: 'adam', h: { epsilon: 1e-8 }, lr: 0.01 },
      tfjs: () => tf.train.adam(0.01, 0.9, 0.999, 1e-8),
    },
  ];
  for (const p of pairs) {
    it(`${p.name} matches tfjs after ${STEPS} steps`, () => {
      const a = tfMlp(problem);
      const b = tfMlp(problem);
      const before = valuesOf(a.params);
      trainOurs(a, p.ours.kind, p.ours.h, p.ours.lr).dispose();
      trainTfjs(b, p.tfjs());
      const ours = valuesOf(a.params);
      const theirs = valuesOf(b.params);
      expect(relativeError(before, theirs)).toBeGreaterThan(1e-2);
      expect(relativeError(ours, theirs)).toBeLessThan(1e-5);
      a.dispose();
      b.dispose();
    });
  }

  it('rmsprop with ε > 0 differs from tfjs exactly by where ε sits', () => {
    // One step from zero state on one weight: v = (1 − α)·g².
    const [w0, g, lr, alpha, eps] = [1, 0.01, 0.1, 0.9, 1e-4];
    const v = (1 - alpha) * g * g; // 1e-5, comparable to ε
    const pytorch = w0 - (lr * g) / (Math.sqrt(v) + eps);
    const tfjsRule = w0 - (lr * g) / Math.sqrt(v + eps);
    const ours = tf.variable(tf.scalar(w0));
    const theirs = tf.variable(tf.scalar(w0));
    const opt = createOptimizer('rmsprop', [{ name: 'w', variable: ours }], {
      alpha,
      epsilon: eps,
    });
    opt.apply(new Map([['w', tf.scalar(g)]]), lr);
    const tfOpt = tf.train.rmsprop(lr, alpha, 0, eps);
    tfOpt.applyGradients({ [theirs.name]: tf.scalar(g) });
    expect(ours.dataSync()[0]).toBeCloseTo(pytorch, 6);
    expect(theirs.dataSync()[0]).toBeCloseTo(tfjsRule, 6);
    expect(Math.abs(pytorch - tfjsRule)).toBeGreaterThan(0.1);
    opt.dispose();
    tfOpt.dispose();
    tf.dispose([ours, theirs]);
  });
});

describe("the sidebar's optimizers equal tfjs's bit for bit on the cpu backend", () => {
  // What the lab trained with before it had its own optimizers: the same updates, so runs and
  // checkpoints of that time continue unchanged.
  const problem = mlpProblem(5);
  const pairs: [OptimizerId, boolean, () => tf.Optimizer][] = [
    ['sgd', false, () => tf.train.sgd(0.1)],
    ['momentum', false, () => tf.train.momentum(0.05, 0.9)],
    ['momentum', true, () => tf.train.momentum(0.05, 0.9, true)],
    ['rmsprop', false, () => tf.train.rmsprop(0.01, 0.9, 0, 1e-7)],
    ['adam', false, () => tf.train.adam(0.01, 0.9, 0.999, 1e-7)],
  ];
  const rates: Record<OptimizerId, number> = {
    sgd: 0.1,
    momentum: 0.05,
    rmsprop: 0.01,
    adam: 0.01,
    adamw: 0.01,
  };
  for (const [id, nesterov, tfjs] of pairs) {
    it(`${id}${nesterov ? ' (Nesterov)' : ''} over ${STEPS} steps`, () => {
      const a = tfMlp(problem);
      const b = tfMlp(problem);
      const before = valuesOf(a.params);
      const { kind, hparams } = optimizerSettings(id, nesterov);
      trainOurs(a, kind, hparams as never, rates[id]).dispose();
      trainTfjs(b, tfjs());
      const ours = valuesOf(a.params);
      expect(relativeError(before, ours)).toBeGreaterThan(1e-2);
      valuesOf(b.params).forEach((w, p) => expect(ours[p]).toEqual(w));
      a.dispose();
      b.dispose();
    });
  }
});
