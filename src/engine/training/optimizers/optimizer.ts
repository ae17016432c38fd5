/**
 * The optimizer around an update rule: it owns one float32 state tensor per parameter and slot
 * (as tf.Variables, so tf.tidy never frees them), counts steps, checks the gradients, and
 * assigns what the rule computes. Semantics: PyTorch's `optimizer.step()` over one parameter
 * group, except that every parameter must have a gradient (PyTorch skips those without one;
 * here a missing gradient is a bug in the step and throws).
 */
import * as tf from '@tensorflow/tfjs';
import type {
  NamedParam,
  Optimizer,
  OptimizerKind,
  OptimizerState,
  OptimizerView,
  StepOverrides,
  UpdateRule,
} from './types';

/** Which hyperparameter a per-step momentum sets (PyTorch OneCycleLR: `momentum` or `betas[0]`). */
const MOMENTUM_KEY: Record<OptimizerKind, string | null> = {
  sgd: null,
  momentum: 'momentum',
  rmsprop: 'momentum',
  adam: 'beta1',
  adamw: 'beta1',
};

const sameShape = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((d, i) => d === b[i]);

/**
 * Wraps `rule` into an {@link Optimizer} over `params`.
 * @throws Error for an empty list, a duplicate name or a parameter that is not float32
 * @throws RangeError from the rule's checks of `hparams`
 */
export function buildOptimizer<H extends object>(
  rule: UpdateRule<H>,
  params: readonly NamedParam[],
  hparams: Partial<H> = {},
): Optimizer {
  const h = { ...rule.defaults, ...hparams } as Required<H>;
  rule.validate(h);
  if (params.length === 0) throw new Error(`${rule.kind}: no parameters to optimize`);
  const byName = new Map<string, tf.Variable>();
  for (const { name, variable } of params) {
    if (byName.has(name)) throw new Error(`${rule.kind}: duplicate parameter name "${name}"`);
    if (variable.dtype !== 'float32') {
      throw new Error(`${rule.kind}: parameter "${name}" is ${variable.dtype}, not float32`);
    }
    byName.set(name, variable);
  }
  const slotNames = rule.slots(h);
  const slots = new Map<string, Record<string, tf.Variable>>();
  for (const [name, variable] of byName) {
    const own: Record<string, tf.Variable> = {};
    for (const slot of slotNames) own[slot] = tf.tidy(() => tf.zerosLike(variable).variable(false));
    slots.set(name, own);
  }
  let t = 0;
  // The hyperparameters of the last step (a schedule may have set its momentum): describe uses them.
  let lastH = h;

  const stepHparams = (overrides?: StepOverrides): Required<H> => {
    let next = h;
    if (overrides?.momentum !== undefined) {
      const key = MOMENTUM_KEY[rule.kind];
      if (key === null) throw new Error(`${rule.kind} has no momentum to set per step`);
      if (rule.kind === 'rmsprop' && !slotNames.includes('buffer')) {
        throw new Error('rmsprop was created with momentum 0, so it has no buffer to cycle');
      }
      next = { ...next, [key]: overrides.momentum };
    }
    // Every rule has a weight decay (see types.ts).
    if (overrides?.weightDecay !== undefined)
      next = { ...next, weightDecay: overrides.weightDecay };
    if (next !== h) rule.validate(next);
    return next;
  };

  const checkGrads = (grads: Map<string, tf.Tensor>) => {
    for (const name of grads.keys()) {
      if (!byName.has(name))
        throw new Error(`${rule.kind}: gradient for unknown parameter "${name}"`);
    }
    for (const [name, variable] of byName) {
      const g = grads.get(name);
      if (g === undefined) throw new Error(`${rule.kind}: no gradient for parameter "${name}"`);
      if (!sameShape(g.shape, variable.shape)) {
        throw new Error(
          `${rule.kind}: gradient of "${name}" has shape [${g.shape}], parameter has [${variable.shape}]`,
        );
      }
    }
  };

  return {
    kind: rule.kind,
    get t() {
      return t;
    },
    apply(grads, learningRate, overrides) {
      if (!Number.isFinite(learningRate) || learningRate < 0) {
        throw new RangeError(`learningRate must be a finite number ≥ 0, got ${learningRate}`);
      }
      const hp = stepHparams(overrides);
      checkGrads(grads);
      const step = { learningRate, t: t + 1 };
      tf.tidy(() => {
        for (const [name, variable] of byName) {
          const own = slots.get(name)!;
          const out = rule.update(
            { param: variable, grad: grads.get(name)!, slots: own },
            hp,
            step,
          );
          variable.assign(out.param);
          for (const slot of slotNames) own[slot].assign(out.slots[slot]);
        }
      });
      t = step.t;
      lastH = hp;
    },
    state(): OptimizerState {
      const tensors: Record<string, tf.Tensor> = {};
      for (const [name, own] of slots) {
        for (const slot of slotNames) tensors[`${name}/${slot}`] = own[slot];
      }
      return { kind: rule.kind, t, tensors };
    },
    loadState(state) {
      if (state.kind !== rule.kind) {
        throw new Error(`optimizer state is for ${state.kind}, this optimizer is ${rule.kind}`);
      }
      if (!Number.isInteger(state.t) || state.t < 0) {
        throw new Error(`optimizer state: step count t must be an integer ≥ 0, got ${state.t}`);
      }
      const expected = new Set<string>();
      for (const [name, own] of slots) {
        for (const slot of slotNames) {
          const key = `${name}/${slot}`;
          expected.add(key);
          const tensor = state.tensors[key];
          if (tensor === undefined) throw new Error(`optimizer state: missing tensor "${key}"`);
          if (!sameShape(tensor.shape, own[slot].shape) || tensor.dtype !== 'float32') {
            throw new Error(
              `optimizer state: "${key}" is ${tensor.dtype} [${tensor.shape}], expected float32 [${own[slot].shape}]`,
            );
          }
        }
      }
      const extra = Object.keys(state.tensors).filter((k) => !expected.has(k));
      if (extra.length > 0) throw new Error(`optimizer state: unexpected tensor "${extra[0]}"`);
      for (const [name, own] of slots) {
        // assign shares the values (tfjs counts references): the caller may dispose its tensor.
        for (const slot of slotNames) own[slot].assign(state.tensors[`${name}/${slot}`]);
      }
      t = state.t;
    },
    describe(learningRate): OptimizerView {
      const step = { learningRate, t };
      const views: Record<string, Record<string, tf.Tensor>> = {};
      // tidy frees the rule's intermediate tensors; the caller owns only what it returns.
      for (const [name, own] of slots) views[name] = tf.tidy(() => rule.describe(own, lastH, step));
      return {
        kind: rule.kind,
        t,
        hparams: { ...lastH } as Record<string, number | boolean>,
        params: views,
      };
    },
    dispose() {
      for (const own of slots.values()) for (const v of Object.values(own)) v.dispose();
      slots.clear();
    },
  };
}
