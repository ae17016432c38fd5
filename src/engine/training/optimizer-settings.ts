/**
 * The sidebar's optimizers as the owned update rules of `optimizers/`, with the
 * hyperparameters the sidebar's labels state, and the state a checkpoint holds for each. Pure:
 * no tensors (the checkpoint checks use it before anything is restored).
 *
 * The settings keep what the lab has always trained with (the constants of TensorFlow.js and
 * Keras, which the labels state): Adam with ε = 1e-7; RMSprop with ρ = 0.9, ε = 1e-7 inside
 * the root, √(v + ε); momentum μ = 0.9; AdamW with PyTorch's ε = 1e-8 and decoupled decay.
 * Weight decay λ is a live field, so it is not fixed here: each step passes the plan's λ
 * (L2 for SGD, momentum, RMSprop and Adam, folded into the clipped gradients; decoupled for
 * AdamW, as torch.optim.AdamW).
 */
import type { OptimizerId } from '../../config/schema';
import { adam } from './optimizers/adam';
import { adamw } from './optimizers/adamw';
import { momentum } from './optimizers/momentum';
import { rmsprop } from './optimizers/rmsprop';
import { sgd } from './optimizers/sgd';
import type { OptimizerKind, UpdateRule } from './optimizers/types';

/** The name of the step count t among a checkpoint's optimizer tensors (an int32 scalar). */
export const STEP_COUNT = 't';

/** An update rule and its hyperparameters (weight decay 0: each step sets its own). */
export interface OptimizerSettings {
  kind: OptimizerKind;
  hparams: Record<string, number | boolean>;
}

/**
 * The rule and hyperparameters of the sidebar's optimizer `id`; `nesterov` applies to
 * momentum only (PyTorch's SGD(nesterov=True)).
 */
export function optimizerSettings(id: OptimizerId, nesterov: boolean): OptimizerSettings {
  switch (id) {
    case 'adam':
      return { kind: 'adam', hparams: { beta1: 0.9, beta2: 0.999, epsilon: 1e-7, weightDecay: 0 } };
    case 'adamw':
      return {
        kind: 'adamw',
        hparams: { beta1: 0.9, beta2: 0.999, epsilon: 1e-8, weightDecay: 0 },
      };
    case 'sgd':
      return { kind: 'sgd', hparams: { weightDecay: 0 } };
    case 'momentum':
      return { kind: 'momentum', hparams: { momentum: 0.9, nesterov, weightDecay: 0 } };
    case 'rmsprop':
      return {
        kind: 'rmsprop',
        hparams: { alpha: 0.9, epsilon: 1e-7, epsilonInsideSqrt: true, weightDecay: 0 },
      };
  }
}

const RULES: Record<OptimizerKind, UpdateRule<object>> = {
  sgd,
  momentum,
  rmsprop,
  adam,
  adamw,
} as Record<OptimizerKind, UpdateRule<object>>;

/** The state slots each parameter has under optimizer `id` (Adam: m, v; momentum: buffer …). */
export function slotsOf(id: OptimizerId): readonly string[] {
  const { kind, hparams } = optimizerSettings(id, false);
  const rule = RULES[kind];
  return rule.slots({ ...rule.defaults, ...hparams });
}

/**
 * The optimizer state a checkpoint of optimizer `id` holds, in order: the step count
 * {@link STEP_COUNT} (int32 scalar), then for each parameter (in the model's order) each slot,
 * named "<parameter>/<slot>" (e.g. "W · hidden 1/m") and shaped like the parameter. The slots
 * exist from step 0 on (zeros).
 */
export function expectedOptimizerState(
  id: OptimizerId,
  params: readonly { name: string; shape: readonly number[] }[],
): { name: string; shape: number[] }[] {
  const slots = slotsOf(id);
  return [
    { name: STEP_COUNT, shape: [] },
    ...params.flatMap((p) => slots.map((s) => ({ name: `${p.name}/${s}`, shape: [...p.shape] }))),
  ];
}
