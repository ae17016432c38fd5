/**
 * From tfjs's tensor layouts to PyTorch's. A tfjs dense kernel W is [in, out] and the layer
 * computes x·W + b; `torch.nn.Linear` keeps its weight as [out, in] and computes x·Wᵀ + b, so
 * each kernel (and every optimizer slot shaped like it) is transposed; biases [out] stay as
 * they are. The optimizer's slots keep their values under PyTorch's state names.
 */
import type { OptimizerId } from '../../config/schema';
import type { ExportTensor } from './types';

/** The step count's name in a checkpoint's optimizer state (engine/training/optimizer-settings.ts). */
const STEP_COUNT = 't';

/** A tensor under its PyTorch name, row-major in PyTorch's layout. */
export interface TorchTensor {
  name: string;
  shape: number[];
  dtype: 'float32' | 'int32';
  values: Float32Array | Int32Array;
}

/**
 * The transpose of a row-major [rows, cols] matrix, as a row-major [cols, rows] matrix.
 * @throws RangeError when `values` does not hold rows × cols numbers
 */
export function transpose2d(values: Float32Array, rows: number, cols: number): Float32Array {
  if (values.length !== rows * cols) {
    throw new RangeError(
      `a [${rows}, ${cols}] matrix has ${rows * cols} values, not ${values.length}`,
    );
  }
  const out = new Float32Array(values.length);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) out[c * rows + r] = values[r * cols + c];
  }
  return out;
}

/**
 * The MLP's layer sizes [inputs, hidden…, outputs] from its variables W₀ [in, h₁], b₀ [h₁], …
 * @throws Error when the variables are not W, b pairs whose sizes chain
 */
export function mlpSizes(weights: readonly { shape: readonly number[] }[]): number[] {
  if (weights.length === 0 || weights.length % 2 !== 0) {
    throw new Error(
      `an MLP has a weight matrix and a bias per layer, not ${weights.length} tensors`,
    );
  }
  const sizes = [weights[0].shape[0]];
  for (let l = 0; l < weights.length / 2; l++) {
    const w = weights[2 * l].shape;
    const b = weights[2 * l + 1].shape;
    if (w.length !== 2 || b.length !== 1 || w[0] !== sizes[l] || b[0] !== w[1]) {
      throw new Error(
        `layer ${l + 1} of the MLP has a kernel [${w}] and a bias [${b}] that do not follow [${sizes[l]}, …]`,
      );
    }
    sizes.push(w[1]);
  }
  return sizes;
}

/** The tensor in PyTorch's layout: a 2-D kernel transposed, anything else as it is. */
function toTorchLayout(t: ExportTensor): { shape: number[]; values: Float32Array | Int32Array } {
  if (t.shape.length !== 2) return { shape: [...t.shape], values: t.values };
  const [rows, cols] = t.shape;
  return { shape: [cols, rows], values: transpose2d(t.values as Float32Array, rows, cols) };
}

/**
 * The MLP's state_dict: `layers.{l}.weight` [out, in] (the kernel transposed) and
 * `layers.{l}.bias` [out], for the `nn.ModuleList` of `nn.Linear` the script builds.
 * @throws Error as {@link mlpSizes}
 */
export function mlpStateDict(weights: readonly ExportTensor[]): TorchTensor[] {
  mlpSizes(weights);
  return weights.map((w, i) => {
    const { shape, values } = toTorchLayout(w);
    const l = Math.floor(i / 2);
    return {
      name: `layers.${l}.${i % 2 === 0 ? 'weight' : 'bias'}`,
      shape,
      dtype: 'float32',
      values,
    };
  });
}

/**
 * The engine's slot names (the suffix after the parameter's name, training/optimizers) and the
 * names the script's optimizers keep them under: torch.optim.Adam/AdamW's `exp_avg` and
 * `exp_avg_sq`, SGD's `momentum_buffer`, and the script's tfjs-style RMSprop's `square_avg`
 * (its `momentum` buffer starts at zero: with momentum 0 it holds only the last step).
 */
export const SLOT_NAMES: Record<OptimizerId, Record<string, string>> = {
  sgd: {},
  momentum: { buffer: 'momentum_buffer' },
  rmsprop: { squareAvg: 'square_avg' },
  adam: { m: 'exp_avg', v: 'exp_avg_sq' },
  adamw: { m: 'exp_avg', v: 'exp_avg_sq' },
};

/** The optimizer's state for PyTorch: the steps taken and each parameter's slots. */
export interface TorchOptimizerState {
  /** Optimizer steps taken (Adam's t, which its bias correction reads). */
  step: number;
  /** Per parameter (in the state_dict's order), its slots by PyTorch name; empty before the first update. */
  slots: TorchTensor[][];
}

/**
 * The optimizer state of a checkpoint (the step count `t`, then each slot for every parameter
 * in the model's order, see engine/training/optimizer-settings.ts) as PyTorch state,
 * transposed like the weights. PyTorch computes Adam's bias correction from the step count.
 * @throws Error when a slot is missing for a variable, or has another shape than it
 */
export function torchOptimizerState(
  optimizer: OptimizerId,
  weights: readonly ExportTensor[],
  saved: readonly ExportTensor[],
  stepsTaken: number,
): TorchOptimizerState {
  const count = saved.find((s) => s.name === STEP_COUNT);
  const step = count ? Number(count.values[0]) : stepsTaken;
  const names = SLOT_NAMES[optimizer];
  const slots: TorchTensor[][] = weights.map(() => []);
  for (const [suffix, torchName] of Object.entries(names)) {
    const found = saved.filter((s) => s.name.endsWith(`/${suffix}`));
    if (found.length === 0) continue; // a state without slots (none saved)
    if (found.length !== weights.length) {
      throw new Error(
        `the optimizer state holds ${found.length} "${suffix}" slots for ${weights.length} parameters`,
      );
    }
    found.forEach((s, i) => {
      if (s.shape.join('x') !== weights[i].shape.join('x')) {
        throw new Error(
          `the "${suffix}" slot of ${weights[i].name} has shape [${s.shape}], not [${weights[i].shape}]`,
        );
      }
      const { shape, values } = toTorchLayout(s);
      slots[i].push({ name: torchName, shape, dtype: 'float32', values });
    });
  }
  return { step, slots };
}
