import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { mlpProblem, tfMlp, valuesOf } from '../test-mlp';
import { createOptimizer, type OptimizerState } from './index';
import { type Case, trainOurs } from './pytorch-reference';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('optimizer state, memory and errors', () => {
  const problem = mlpProblem(3);
  const kinds: (Case & { lr: number })[] = [
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
      // describe frees its intermediates: only what it returns is the caller's.
      tf.dispose(Object.values(opt.describe(c.lr).params).flatMap(Object.values));
      expect(tf.memory().numTensors).toBe(afterCreate);
      // Loading a state (here a copy of its own) leaves no tensor behind once the copy is freed.
      const copy = Object.fromEntries(
        Object.entries(opt.state().tensors).map(([k, v]) => [k, v.clone()]),
      );
      opt.loadState({ kind: c.kind, t: opt.t, tensors: copy });
      tf.dispose(Object.values(copy));
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

  it('steps inside an outer tf.tidy (as a fused step does): the state survives, nothing leaks', () => {
    const a = tfMlp(problem);
    const b = tfMlp(problem);
    const inside = createOptimizer('adam', a.params);
    const outside = createOptimizer('adam', b.params);
    const count = tf.memory().numTensors;
    for (let s = 0; s < 3; s++) {
      tf.tidy(() => inside.apply(a.grads(), 0.01));
      const grads = b.grads();
      outside.apply(grads, 0.01);
      tf.dispose([...grads.values()]);
      expect(tf.memory().numTensors).toBe(count);
    }
    valuesOf(a.params).forEach((w, p) =>
      expect(Array.from(w)).toEqual(Array.from(valuesOf(b.params)[p])),
    );
    const m = inside.state().tensors['W0/m'].dataSync();
    expect(Array.from(m)).toEqual(Array.from(outside.state().tensors['W0/m'].dataSync()));
    expect(m.some((v) => v !== 0)).toBe(true);
    inside.dispose();
    outside.dispose();
    a.dispose();
    b.dispose();
  });

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
    // The update panel shows the bias correction of the β₁ the last step used.
    const [va, vb] = [cycled.describe(0.01), fixed.describe(0.01)];
    expect(va.hparams.beta1).toBe(0.85);
    expect(Array.from(va.params.W0.mHat.dataSync())).toEqual(
      Array.from(vb.params.W0.mHat.dataSync()),
    );
    tf.dispose([va, vb].flatMap((v) => Object.values(v.params).flatMap(Object.values)));
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
