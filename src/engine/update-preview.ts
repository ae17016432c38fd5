/**
 * The update an optimizer would make, computed on copies: the model's variables and the
 * optimizer's state stay exactly as they were. A paused run uses it to show the update its
 * next step will make without making it.
 */
import * as tf from '@tensorflow/tfjs';
import type { LabConfig } from '../config/schema';
import type { OptimizerStateView } from '../protocol/reports';
import { createRunOptimizer, optimizerStep, readOptimizerView } from './run/optimizer';
import type { StepPlan } from './run/plan';
import type { NamedParam, Optimizer } from './training/optimizers';

let previewCounter = 0;

/**
 * θ' = optimizer(θ, g) on copies of `params` with a copy of `optimizer`'s state (its tensors
 * and step count t), exactly as the real step would compute it: the same rule, learning rate
 * and the plan's weight decay.
 *
 * `grads` maps each variable's tfjs name to ∂L/∂θ (clipped already) of the variable's shape,
 * as tf.variableGrads returns them; the caller keeps ownership of the gradients. Returns the
 * updated values of each parameter, in the order of `params`, and the copied optimizer's
 * state after the update as the update panel shows it.
 * @throws Error if a variable has no gradient
 */
export async function previewUpdate(
  optimizer: Optimizer,
  config: Pick<LabConfig, 'optimizer' | 'nesterov'>,
  plan: StepPlan,
  learningRate: number,
  params: readonly NamedParam[],
  grads: tf.NamedTensorMap,
): Promise<{ after: Float32Array[]; state: OptimizerStateView }> {
  const run = previewCounter++;
  for (const { variable } of params)
    if (!grads[variable.name]) throw new Error(`No gradient for the variable ${variable.name}.`);
  const copies: NamedParam[] = params.map(({ name, variable }, i) => ({
    name,
    variable: tf.tidy(() => tf.variable(variable.clone(), false, `preview-${run}-${i}`)),
  }));
  const copyGrads: tf.NamedTensorMap = {};
  copies.forEach((c, i) => (copyGrads[c.variable.name] = grads[params[i].variable.name]));
  const copy = createRunOptimizer(config, copies);
  try {
    copy.loadState(optimizer.state());
    optimizerStep(copy, copies, copyGrads, plan, learningRate);
    const after = await Promise.all(
      copies.map(async (c) => Float32Array.from((await c.variable.data()) as Float32Array)),
    );
    return { after, state: await readOptimizerView(copy, learningRate) };
  } finally {
    copy.dispose();
    tf.dispose(copies.map((c) => c.variable));
  }
}
