/**
 * The update an optimizer would make, computed on copies: the model's variables and the
 * optimizer's state stay exactly as they were. A paused run uses it to show the update its
 * next step will make without making it.
 */
import * as tf from '@tensorflow/tfjs';
import type { OptimizerId } from '../config/schema';
import {
  createOptimizer,
  extraOptimizerState,
  isAdamPower,
  setExtraOptimizerState,
} from './optimizers';

let previewCounter = 0;

/** A copy of a named tensor of optimizer state: its name and its values, row-major. */
export interface PreviewState {
  name: string;
  shape: number[];
  values: Float32Array;
}

/**
 * θ' = optimizer(θ, g) on copies of `variables` with a copy of `optimizer`'s state (slots,
 * iteration count, Adam's running powers), as `restore` rebuilds an optimizer from a
 * checkpoint: the values are the ones the real update would produce.
 *
 * `grads` maps each variable's name to ∂L/∂θ of the variable's shape (as
 * `Optimizer.computeGradients` returns it); the caller keeps ownership of the gradients.
 * Returns the updated values of each variable, in the order of `variables`, and the copied
 * optimizer's state after the update, named as the real optimizer names its slots
 * ("<variable>/m"). Throws if a variable has no gradient. `nesterov` and `decoupledDecay`
 * (AdamW's λ, 0: none) are the run's optimizer options, applied as the real update applies them.
 */
export async function previewUpdate(
  optimizer: tf.Optimizer,
  optimizerId: OptimizerId,
  learningRate: number,
  variables: readonly tf.Variable[],
  grads: tf.NamedTensorMap,
  options: { nesterov?: boolean; decoupledDecay?: number } = {},
): Promise<{ after: Float32Array[]; state: PreviewState[] }> {
  const run = previewCounter++;
  // Names that are not integers keep the insertion order of an object's keys: the copied
  // optimizer then meets the variables in the same order as the real one, whose slots are
  // kept by position.
  const copies = new Map<string, tf.Variable>();
  for (const name of Object.keys(grads)) {
    const v = variables.find((x) => x.name === name);
    if (!v) continue;
    const values = v.clone();
    copies.set(name, tf.variable(values, false, `preview-${run}-${copies.size}-${name}`));
    values.dispose(); // the copy holds its own reference to the values
  }
  for (const v of variables)
    if (!copies.has(v.name)) throw new Error(`No gradient for the variable ${v.name}.`);
  const decay = options.decoupledDecay ?? 0;
  if (decay > 0)
    for (const v of copies.values()) v.assign(tf.tidy(() => tf.mul(v, 1 - learningRate * decay)));
  const copy = createOptimizer(optimizerId, learningRate, options.nesterov ?? false);
  try {
    const named = await optimizer.getWeights();
    // getWeights() returns the live slot variables and a fresh scalar for the iteration count.
    const clones = named.map(({ name, tensor }) => ({ name, tensor: tensor.clone() }));
    const iter = named.find((n) => n.name === 'iter');
    iter?.tensor.dispose();
    await copy.setWeights(clones);
    tf.dispose(clones.map((c) => c.tensor));
    const powers = extraOptimizerState(optimizer)
      .filter((s) => isAdamPower(s.name))
      .map(({ name, tensor }) => ({ name, tensor: tensor.clone() }));
    setExtraOptimizerState(copy, powers);
    tf.dispose(powers.map((p) => p.tensor));

    const renamed: tf.NamedTensorMap = {};
    for (const [name, v] of copies) renamed[v.name] = grads[name];
    copy.applyGradients(renamed);

    const after = await Promise.all(
      variables.map((v) => copies.get(v.name)!.data() as Promise<Float32Array>),
    );
    const state: PreviewState[] = [];
    for (const { name, tensor } of await copy.getWeights()) {
      state.push({ name, shape: tensor.shape, values: Float32Array.from(await tensor.data()) });
      if (name === 'iter') tensor.dispose();
    }
    return { after, state };
  } finally {
    copy.dispose();
    tf.dispose([...copies.values()]);
  }
}
