/** The optimizers of the sidebar, as tfjs optimizers. */
import * as tf from '@tensorflow/tfjs';
import type { OptimizerId } from '../config/schema';

export const OPTIMIZER_LABELS: Record<OptimizerId, string> = {
  adam: 'Adam (β₁ = 0.9, β₂ = 0.999, ε = 1e-7)',
  sgd: 'SGD',
  momentum: 'SGD with momentum (μ = 0.9)',
  rmsprop: 'RMSprop (ρ = 0.9, ε = 1e-7)',
  adamw: 'AdamW (β₁ = 0.9, β₂ = 0.999, ε = 1e-8, decoupled weight decay)',
};

/**
 * The tfjs optimizer of `id` at `learningRate`. `nesterov` turns on Nesterov momentum for
 * `momentum` (PyTorch's SGD(nesterov=True): b ← μb + g, θ ← θ − lr·(g + μb)). AdamW is tfjs's
 * Adam with PyTorch's ε = 1e-8; its decoupled weight decay θ ← θ·(1 − lr·λ) is applied by the
 * update before this optimizer's step (`phases/update.ts`), as torch.optim.AdamW does.
 */
export function createOptimizer(
  id: OptimizerId,
  learningRate: number,
  nesterov = false,
): tf.Optimizer {
  switch (id) {
    case 'adam':
      return tf.train.adam(learningRate, 0.9, 0.999, 1e-7);
    case 'sgd':
      return tf.train.sgd(learningRate);
    case 'momentum':
      return new MomentumOptimizer(learningRate, 0.9, nesterov);
    case 'rmsprop':
      return tf.train.rmsprop(learningRate, 0.9, 0, 1e-7);
    case 'adamw':
      return tf.train.adam(learningRate, 0.9, 0.999, 1e-8);
  }
}

/**
 * tfjs's MomentumOptimizer.dispose() frees its own state but not the −lr scalar its SGD base
 * caches, so every momentum optimizer would leak one tensor; this subclass frees it too.
 */
class MomentumOptimizer extends tf.MomentumOptimizer {
  override dispose(): void {
    super.dispose();
    this.c.dispose();
  }
}

/**
 * Changes the learning rate of a live optimizer. Adam and RMSprop read `learningRate` on
 * every step; SGD (and momentum) cache −lr as a tensor, which `setLearningRate` rebuilds.
 * (`instanceof tf.SGDOptimizer` cannot tell them apart: tfjs's Optimizer defines
 * Symbol.hasInstance by duck typing, so every optimizer is an instance of every subclass.)
 */
export function setLearningRate(optimizer: tf.Optimizer, learningRate: number): void {
  const sgd = optimizer as unknown as { setLearningRate?: (lr: number) => void };
  if (typeof sgd.setLearningRate === 'function') {
    sgd.setLearningRate(learningRate);
  } else {
    (optimizer as unknown as { learningRate: number }).learningRate = learningRate;
  }
}

/**
 * Adam's running powers β₁ᵗ⁺¹ and β₂ᵗ⁺¹ (its bias correction), which tfjs keeps as variables
 * but leaves out of getWeights(). setWeights() recomputes them as pow(β, t + 1), which can
 * differ in the last bit from the product accumulated step by step in float32, so a
 * checkpoint stores them to resume exactly.
 */
const ADAM_POWERS = ['accBeta1', 'accBeta2'] as const;
type AdamPowers = Record<(typeof ADAM_POWERS)[number], tf.Variable>;
type NamedTensor = { name: string; tensor: tf.Tensor };

export function isAdamPower(name: string): boolean {
  return (ADAM_POWERS as readonly string[]).includes(name);
}

/** The optimizer's state that getWeights() omits (the live variables; do not dispose them). */
export function extraOptimizerState(optimizer: tf.Optimizer): NamedTensor[] {
  if (optimizer.getClassName() !== 'Adam') return [];
  const adam = optimizer as unknown as AdamPowers;
  return ADAM_POWERS.map((name) => ({ name, tensor: adam[name] }));
}

/** Restores what {@link extraOptimizerState} returned; call it after setWeights(). */
export function setExtraOptimizerState(optimizer: tf.Optimizer, state: NamedTensor[]): void {
  if (optimizer.getClassName() !== 'Adam') return;
  const adam = optimizer as unknown as AdamPowers;
  for (const { name, tensor } of state) {
    if (isAdamPower(name)) adam[name as keyof AdamPowers].assign(tensor);
  }
}

/** tfjs's per-variable slots of each optimizer, by the suffix of their names, in saved order. */
const SLOTS: Record<OptimizerId, readonly string[]> = {
  adam: ['m', 'v'],
  sgd: [],
  momentum: ['momentum'],
  rmsprop: ['rms', 'momentum'],
  adamw: ['m', 'v'],
};

/**
 * The optimizer state a checkpoint of `id` holds, in order: tfjs's iteration count `iter`
 * (int32 scalar), then each slot for every variable (shaped like the variable; names end in
 * `/m`, `/v`, `/momentum`, `/rms`), then Adam's running powers (scalars). tfjs makes the slots
 * on the first update, so a checkpoint of step 0 (`slotsMade` false) has none. A name starting
 * with "/" is a suffix: tfjs prefixes the variable's id, which differs from run to run.
 */
export function expectedOptimizerState(
  id: OptimizerId,
  variableShapes: readonly number[][],
  slotsMade: boolean,
): { name: string; shape: number[] }[] {
  const slots = slotsMade
    ? SLOTS[id].flatMap((s) =>
        variableShapes.map((shape) => ({ name: `/${s}`, shape: [...shape] })),
      )
    : [];
  const powers =
    id === 'adam' || id === 'adamw' ? ADAM_POWERS.map((name) => ({ name, shape: [] })) : [];
  return [{ name: 'iter', shape: [] }, ...slots, ...powers];
}

/** Whether a saved state's name is the one {@link expectedOptimizerState} expects there. */
export function optimizerStateNameMatches(saved: string, expected: string): boolean {
  return expected.startsWith('/') ? saved.endsWith(expected) : saved === expected;
}
