import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  mlpGrads64,
  mlpProblem,
  relativeError,
  tfMlp,
  valuesOf,
  type MlpProblem,
  type TfMlp,
} from '../test-mlp';
import { createOptimizer, type HparamsOf, type OptimizerKind, type OptimizerState } from './index';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const STEPS = 100;

/**
 * PyTorch's update formulas (torch/optim/{sgd,rmsprop,adam,adamw}.py, single-tensor path)
 * written out in float64 plain JS, per element; `state` holds the slots by name.
 */
function referenceStep(
  kind: OptimizerKind,
  h: Record<string, number | boolean>,
  w: Float64Array,
  grad: Float64Array,
  state: Record<string, Float64Array>,
  lr: number,
  t: number,
): void {
  const wd = (h.weightDecay as number | undefined) ?? (kind === 'adamw' ? 0.01 : 0);
  for (let i = 0; i < w.length; i++) {
    let g = grad[i];
    if (kind !== 'adamw' && wd !== 0) g += wd * w[i];
    if (kind === 'sgd') {
      w[i] -= lr * g;
    } else if (kind === 'momentum') {
      const mu = (h.momentum as number) ?? 0.9;
      const d = (h.dampening as number) ?? 0;
      const b = (state.buffer ??= new Float64Array(w.length));
      b[i] = t === 1 ? g : mu * b[i] + (1 - d) * g;
      w[i] -= lr * (h.nesterov ? g + mu * b[i] : b[i]);
    } else if (kind === 'rmsprop') {
      const alpha = (h.alpha as number) ?? 0.99;
      const eps = (h.epsilon as number) ?? 1e-8;
      const mu = (h.momentum as number) ?? 0;
      const v = (state.squareAvg ??= new Float64Array(w.length));
      v[i] = alpha * v[i] + (1 - alpha) * g * g;
      let avg = v[i];
      if (h.centered) {
        const ga = (state.gradAvg ??= new Float64Array(w.length));
        ga[i] = alpha * ga[i] + (1 - alpha) * g;
        avg -= ga[i] * ga[i];
      }
      const denom = Math.sqrt(avg) + eps;
      if (mu > 0) {
        const b = (state.buffer ??= new Float64Array(w.length));
        b[i] = mu * b[i] + g / denom;
        w[i] -= lr * b[i];
      } else {
        w[i] -= (lr * g) / denom;
      }
    } else {
      const b1 = (h.beta1 as number) ?? 0.9;
      const b2 = (h.beta2 as number) ?? 0.999;
      const eps = (h.epsilon as number) ?? 1e-8;
      if (kind === 'adamw') w[i] *= 1 - lr * wd;
      const m = (state.m ??= new Float64Array(w.length));
      const v = (state.v ??= new Float64Array(w.length));
      m[i] = b1 * m[i] + (1 - b1) * g;
      v[i] = b2 * v[i] + (1 - b2) * g * g;
      const mHat = m[i] / (1 - b1 ** t);
      const vHat = v[i] / (1 - b2 ** t);
      w[i] -= (lr * mHat) / (Math.sqrt(vHat) + eps);
    }
  }
}

/** The float64 oracle: STEPS full-batch steps from the problem's initial weights. */
function reference64(
  problem: MlpProblem,
  kind: OptimizerKind,
  h: Record<string, number | boolean>,
  lr: number,
  steps = STEPS,
): Float64Array[] {
  const w = problem.init.map((a) => Float64Array.from(a));
  const states = w.map(() => ({}) as Record<string, Float64Array>);
  for (let t = 1; t <= steps; t++) {
    const g = mlpGrads64(problem, w);
    w.forEach((wi, p) => referenceStep(kind, h, wi, g[p], states[p], lr, t));
  }
  return w;
}

/** Runs our optimizer on the tfjs model for `steps` full-batch steps. */
function trainOurs<K extends OptimizerKind>(
  model: TfMlp,
  kind: K,
  h: HparamsOf[K],
  lr: number,
  steps = STEPS,
) {
  const opt = createOptimizer(kind, model.params, h);
  for (let s = 0; s < steps; s++) {
    const grads = model.grads();
    opt.apply(grads, lr);
    tf.dispose([...grads.values()]);
  }
  return opt;
}

interface Case<K extends OptimizerKind = OptimizerKind> {
  kind: K;
  h: HparamsOf[K];
  lr: number;
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
];

describe('owned optimizers against PyTorch formulas in float64', () => {
  const problem = mlpProblem();
  for (const c of CASES) {
    it(`${c.kind} ${JSON.stringify(c.h)} matches after ${STEPS} steps`, () => {
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

describe('optimizer state, memory and errors', () => {
  const problem = mlpProblem(3);
  const kinds: Case[] = [
    { kind: 'sgd', h: {}, lr: 0.1 },
    { kind: 'momentum', h: { nesterov: true }, lr: 0.05 },
    { kind: 'rmsprop', h: { centered: true, momentum: 0.9 }, lr: 0.002 },
    { kind: 'adam', h: {}, lr: 0.01 },
    { kind: 'adamw', h: {}, lr: 0.01 },
  ];

  for (const c of kinds) {
    it(`${c.kind}: the tensor count stays flat over steps and drops back after dispose`, () => {
      const model = tfMlp(problem);
      const start = tf.memory().numTensors;
      const opt = createOptimizer(c.kind, model.params, c.h);
      const afterCreate = tf.memory().numTensors;
      for (let s = 0; s < 5; s++) {
        const grads = model.grads();
        opt.apply(grads, c.lr);
        tf.dispose([...grads.values()]);
        expect(tf.memory().numTensors).toBe(afterCreate);
      }
      tf.dispose(Object.values(tf.tidy(() => opt.describe(c.lr).params)).flatMap(Object.values));
      expect(tf.memory().numTensors).toBe(afterCreate);
      opt.dispose();
      expect(tf.memory().numTensors).toBe(start);
      model.dispose();
    });

    it(`${c.kind}: the exported state resumes bit for bit`, async () => {
      const a = tfMlp(problem);
      const opt = trainOurs(a, c.kind, c.h, c.lr, 7);
      // Serialise as a checkpoint would: plain arrays and numbers.
      const live = opt.state();
      const saved = {
        kind: live.kind,
        t: live.t,
        tensors: Object.fromEntries(
          await Promise.all(
            Object.entries(live.tensors).map(
              async ([k, v]) => [k, { shape: v.shape, data: await v.data() }] as const,
            ),
          ),
        ),
      };
      const weights = valuesOf(a.params).map((w) => Float32Array.from(w));
      const b = tfMlp({ ...problem, init: weights.map((w) => Float64Array.from(w)) });
      const resumed = createOptimizer(c.kind, b.params, c.h);
      const restored: OptimizerState = {
        kind: saved.kind,
        t: saved.t,
        tensors: Object.fromEntries(
          Object.entries(saved.tensors).map(([k, v]) => [
            k,
            tf.tensor(v.data as Float32Array, v.shape),
          ]),
        ),
      };
      resumed.loadState(restored);
      tf.dispose(Object.values(restored.tensors));
      expect(resumed.t).toBe(7);
      for (let s = 0; s < 7; s++) {
        for (const [m, o] of [
          [a, opt],
          [b, resumed],
        ] as const) {
          const grads = m.grads();
          o.apply(grads, c.lr);
          tf.dispose([...grads.values()]);
        }
      }
      const va = valuesOf(a.params);
      const vb = valuesOf(b.params);
      va.forEach((w, p) => expect(Array.from(vb[p])).toEqual(Array.from(w)));
      for (const [k, v] of Object.entries(opt.state().tensors)) {
        expect(Array.from(resumed.state().tensors[k].dataSync())).toEqual(Array.from(v.dataSync()));
      }
      opt.dispose();
      resumed.dispose();
      a.dispose();
      b.dispose();
    });
  }

  it("describe's step is the step Adam just took", () => {
    const model = tfMlp(problem);
    const opt = trainOurs(model, 'adam', {}, 0.01, 3);
    const before = valuesOf(model.params);
    const grads = model.grads();
    opt.apply(grads, 0.01);
    tf.dispose([...grads.values()]);
    const after = valuesOf(model.params);
    const view = opt.describe(0.01);
    expect(view.t).toBe(4);
    model.params.forEach(({ name }, p) => {
      const step = view.params[name].step.dataSync();
      for (let i = 0; i < step.length; i++)
        expect(before[p][i] - after[p][i]).toBeCloseTo(step[i], 7);
      expect(Object.keys(view.params[name]).sort()).toEqual(['m', 'mHat', 'step', 'v', 'vHat']);
    });
    tf.dispose(Object.values(view.params).flatMap(Object.values));
    opt.dispose();
    model.dispose();
  });

  it('a per-step momentum is β₁ for Adam, bit for bit', () => {
    const a = tfMlp(problem);
    const b = tfMlp(problem);
    const cycled = createOptimizer('adam', a.params);
    const fixed = createOptimizer('adam', b.params, { beta1: 0.85 });
    for (let s = 0; s < 3; s++) {
      const ga = a.grads();
      const gb = b.grads();
      cycled.apply(ga, 0.01, { momentum: 0.85 });
      fixed.apply(gb, 0.01);
      tf.dispose([...ga.values(), ...gb.values()]);
    }
    valuesOf(a.params).forEach((w, p) =>
      expect(Array.from(w)).toEqual(Array.from(valuesOf(b.params)[p])),
    );
    expect(() => createOptimizer('sgd', a.params).apply(new Map(), 0.1, { momentum: 0.9 })).toThrow(
      /sgd has no momentum/,
    );
    cycled.dispose();
    fixed.dispose();
    a.dispose();
    b.dispose();
  });

  it('refuses bad gradients, learning rates, hyperparameters and states, changing nothing', () => {
    const model = tfMlp(problem);
    const opt = createOptimizer('adam', model.params);
    const before = valuesOf(model.params);
    const grads = model.grads();
    const missing = new Map([...grads].filter(([k]) => k !== 'b1'));
    expect(() => opt.apply(missing, 0.01)).toThrow('no gradient for parameter "b1"');
    expect(() => opt.apply(new Map([...grads, ['W9', grads.get('b1')!]]), 0.01)).toThrow(
      'gradient for unknown parameter "W9"',
    );
    const wrong = new Map(grads);
    wrong.set('b0', grads.get('b1')!);
    expect(() => opt.apply(wrong, 0.01)).toThrow(
      'gradient of "b0" has shape [2], parameter has [8]',
    );
    expect(() => opt.apply(grads, -1)).toThrow(RangeError);
    expect(() => opt.apply(grads, NaN)).toThrow(/learningRate/);
    expect(opt.t).toBe(0);
    valuesOf(model.params).forEach((w, p) => expect(Array.from(w)).toEqual(Array.from(before[p])));

    expect(() => createOptimizer('adam', model.params, { beta1: 1 })).toThrow(
      'adam.beta1 must be in [0, 1), got 1',
    );
    expect(() => createOptimizer('rmsprop', model.params, { epsilon: -1 })).toThrow(
      /rmsprop.epsilon/,
    );
    expect(() =>
      createOptimizer('momentum', model.params, { nesterov: true, dampening: 0.1 }),
    ).toThrow(/Nesterov/);
    expect(() => createOptimizer('sgd', [])).toThrow('no parameters');
    expect(() => createOptimizer('sgd', [model.params[0], model.params[0]])).toThrow(
      'duplicate parameter name "W0"',
    );

    const state = opt.state();
    expect(() => createOptimizer('sgd', model.params).loadState(state)).toThrow(
      'state is for adam',
    );
    const rest = { ...state.tensors };
    delete rest['W0/m'];
    expect(() => opt.loadState({ ...state, tensors: rest })).toThrow('missing tensor "W0/m"');
    expect(() =>
      opt.loadState({ ...state, tensors: { ...state.tensors, 'W0/m': state.tensors['b0/m'] } }),
    ).toThrow('"W0/m" is float32 [8], expected float32 [4,8]');
    expect(() =>
      opt.loadState({ ...state, tensors: { ...state.tensors, 'W0/u': state.tensors['b0/m'] } }),
    ).toThrow('unexpected tensor "W0/u"');
    expect(() => opt.loadState({ ...state, t: 1.5 })).toThrow(/integer/);
    tf.dispose([...grads.values()]);
    opt.dispose();
    model.dispose();
  });
});
