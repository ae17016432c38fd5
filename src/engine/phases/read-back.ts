/**
 * Read-backs shared by the phases of step mode: tensors to plain arrays, named after the
 * model's parameters. Each is a GPU→CPU sync, which is why run mode calls none of them.
 */
import type * as tf from '@tensorflow/tfjs';
import type { ParamValues } from '../../protocol/reports';
import type { SavedTensor } from '../checkpoint';
import { extraOptimizerState } from '../optimizers';
import { paramsOf } from '../tasks/types';
import { requireModel, type RunContext } from '../run/context';

/** The values of `ts`, in order (float32 views of their data). */
export async function readTensors(ts: tf.Tensor[]): Promise<Float32Array[]> {
  return Promise.all(ts.map((t) => t.data() as Promise<Float32Array>));
}

/** Every parameter's name, layer, shape and current values. */
export async function readParams(ctx: RunContext): Promise<ParamValues[]> {
  const model = requireModel(ctx);
  const values = await readTensors(model.variables);
  const names = paramsOf(model);
  return values.map((v, i) => ({ ...names[i], shape: model.variables[i].shape, values: v }));
}

/**
 * The optimizer's slots (moments, accumulators) and its iteration count; for a checkpoint
 * also the state tfjs's getWeights() leaves out (Adam's running powers of β₁ and β₂).
 */
export async function readOptimizerState(
  optimizer: tf.Optimizer,
  forCheckpoint = false,
): Promise<SavedTensor[]> {
  const named = await optimizer.getWeights();
  if (forCheckpoint) named.push(...extraOptimizerState(optimizer));
  const out: SavedTensor[] = [];
  for (const { name, tensor } of named) {
    const dtype = tensor.dtype === 'int32' ? 'int32' : 'float32';
    out.push({
      name,
      shape: tensor.shape,
      dtype,
      values: (await tensor.data()) as Float32Array | Int32Array,
    });
    // getWeights() returns the live slot variables, plus a fresh scalar for the iteration count.
    if (name === 'iter') tensor.dispose();
  }
  return out;
}

/** The targets at `indices`, in the same typed array type (labels or values). */
export function pickTargets(y: Int32Array | Float32Array, indices: ArrayLike<number>) {
  return y instanceof Float32Array
    ? Float32Array.from(indices, (i) => y[i])
    : Int32Array.from(indices, (i) => y[i]);
}
