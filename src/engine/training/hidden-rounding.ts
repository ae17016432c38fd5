/**
 * Mixed precision in the hidden layers: each hidden layer's output activations rounded to the
 * 16-bit format, as a real autocast run (PyTorch `torch.autocast`) stores the output of each
 * matmul or convolution in fp16/bf16 for the next layer and for backward. tfjs has no 16-bit
 * kernels, so the float32 activations are rounded to the nearest fp16/bf16 value
 * (`precision.ts`) and computed on in float32; the weights the layers read stay the float32
 * master weights.
 *
 * The gradient passes through the rounding unchanged (straight-through, ∂round(h)/∂h := 1),
 * the convention of simulated quantization (Bengio et al. 2013, "Estimating or propagating
 * gradients through stochastic neurons"; Jacob et al. 2018 for fake-quantized training): the
 * rounding is a storage format, not an operation of the model, so backward sees it as the
 * identity. Where the lab simulates a 16-bit gradient (the logits' gradient and every
 * parameter gradient, `phases/mixed-precision.ts`) it rounds there; the activation gradients
 * between hidden layers stay float32, as backward accumulates them in float32 here.
 */
import * as tf from '@tensorflow/tfjs';
import { type Precision, roundToPrecision } from './precision';

/**
 * `h` rounded to `format` with an identity gradient (see the file comment). fp32 returns `h`
 * itself: no kernel runs, so a float32 step is exactly the step without this function.
 * Usable on a gradient tape; the caller (a tidy) owns the result.
 * @param h float32 activations of any shape ([B, units], [B, H, W, C], [B, T, d]); the result
 *   has the same shape
 */
export function roundHidden<T extends tf.Tensor>(h: T, format: Precision): T {
  if (format === 'fp32') return h;
  const round = tf.customGrad((input) => ({
    value: roundToPrecision(input as tf.Tensor, format),
    gradFunc: (dy: tf.Tensor) => dy,
  }));
  return round(h) as T;
}
