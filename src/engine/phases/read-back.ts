/**
 * Read-backs shared by the phases of step mode: tensors to plain arrays, named after the
 * model's parameters. Each is a GPU→CPU sync, which is why run mode calls none of them.
 */
import type * as tf from '@tensorflow/tfjs';
import type { ParamValues } from '../../protocol/reports';
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

/** The targets at `indices`, in the same typed array type (labels or values). */
export function pickTargets(y: Int32Array | Float32Array, indices: ArrayLike<number>) {
  return y instanceof Float32Array
    ? Float32Array.from(indices, (i) => y[i])
    : Int32Array.from(indices, (i) => y[i]);
}
