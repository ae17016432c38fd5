/**
 * The optimizers of the trainer core, each its own update rule over tf ops with PyTorch's
 * semantics (see the rule files), and the factory that builds one.
 */
import { adam } from './adam';
import { adamw } from './adamw';
import { momentum } from './momentum';
import { buildOptimizer } from './optimizer';
import { rmsprop } from './rmsprop';
import { sgd } from './sgd';
import type { HparamsOf, NamedParam, Optimizer, OptimizerKind, UpdateRule } from './types';

/** The optimizer types (see types.ts). */
export type * from './types';

/** Every rule by kind. */
export const UPDATE_RULES: { [K in OptimizerKind]: UpdateRule<HparamsOf[K]> } = {
  sgd,
  momentum,
  rmsprop,
  adam,
  adamw,
};

/**
 * Builds an optimizer of `kind` over `params` (state tensors zero, t = 0); missing
 * hyperparameters take the rule's defaults (PyTorch's, except momentum's μ = 0.9).
 * @throws RangeError for an out-of-range hyperparameter, naming it (e.g. "adam.beta1")
 * @throws Error for no parameters, a duplicate name or a non-float32 parameter
 */
export function createOptimizer<K extends OptimizerKind>(
  kind: K,
  params: readonly NamedParam[],
  hparams: HparamsOf[K] = {} as HparamsOf[K],
): Optimizer {
  const rule = UPDATE_RULES[kind] as UpdateRule<HparamsOf[K]>;
  if (rule === undefined) throw new Error(`unknown optimizer "${String(kind)}"`);
  return buildOptimizer(rule, params, hparams);
}
