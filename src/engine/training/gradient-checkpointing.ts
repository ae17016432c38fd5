/**
 * Gradient checkpointing (activation recomputation), with the semantics of PyTorch's
 * `torch.utils.checkpoint.checkpoint` (Chen et al. 2016, "Training Deep Nets with Sublinear
 * Memory Cost"): a segment's forward pass keeps only its output, none of its intermediate
 * activations; during backward the segment's forward pass is run again from its saved input,
 * and the gradients flow through that recomputation. Memory for activations falls from one
 * tensor per op to one per segment boundary, at the cost of one extra forward pass per segment.
 *
 * Built on tfjs's `tf.customGrad`: ops inside a custom-gradient forward are not recorded on
 * the gradient tape, and a `tf.tidy` frees them as soon as the output exists.
 */
import * as tf from '@tensorflow/tfjs';

/**
 * A segment of a network: its output [B, out] from its input x [B, in] and its weights
 * (any shapes). It must be a pure function of x and the weights (same result when run again),
 * as PyTorch's checkpoint requires too.
 */
export type Segment = (x: tf.Tensor2D, weights: readonly tf.Tensor[]) => tf.Tensor2D;

/**
 * The segment `f`, checkpointed: the same output [B, out], but on a gradient tape it records
 * one node whose gradient recomputes `f(x, ...weights)` and backpropagates dy through it,
 * giving ∂L/∂x and ∂L/∂w for every weight (tf.Variables included, so `tf.variableGrads` sees
 * them). The gradients equal the plain ones bit for bit when the backend's kernels are
 * deterministic (the recomputation runs the same kernels on the same inputs).
 * Throws (tfjs's own error) when a weight does not reach the output.
 */
export function checkpoint(f: Segment): Segment {
  const run = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    // The last argument is tfjs's save function. The tape frees every forward tensor it has
    // not saved once the forward pass ends, so the segment's input (the checkpoint) and its
    // weights are saved: tfjs keeps a view of each (no copy of the data) until backward ends.
    const save = args[args.length - 1] as tf.GradSaveFunc;
    const inputs = args.slice(0, -1) as tf.Tensor[];
    const [x, ...weights] = inputs;
    const value = tf.tidy(() => f(x as tf.Tensor2D, weights));
    save(inputs);
    return { value, gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => recompute(f, saved, dy) };
  });
  return (x, weights) => run(x, ...weights) as tf.Tensor2D;
}

/**
 * ∂L/∂(x, ...weights) of `f` at `inputs`, given dy = ∂L/∂f: runs f again on a fresh gradient
 * tape and backpropagates dy through it. tfjs's engine has one active tape, and a gradient
 * computed while the outer backward pass runs replaces it and clears it when done, so the
 * outer tape (still needed to free its saved tensors) is put back afterwards.
 */
function recompute(f: Segment, inputs: tf.Tensor[], dy: tf.Tensor): tf.Tensor[] {
  const state = tf.engine().state;
  const outerTape = state.activeTape;
  try {
    return tf.grads((...ins: tf.Tensor[]) => f(ins[0] as tf.Tensor2D, ins.slice(1)))(inputs, dy);
  } finally {
    state.activeTape = outerTape;
  }
}

/**
 * The segments of `layers` layers under the √L schedule of Chen et al. 2016 (PyTorch's
 * `checkpoint_sequential` with √L segments): consecutive groups of ⌈√L⌉ layers, the last one
 * possibly shorter, as [first, end) index pairs. Throws a RangeError for a negative count.
 */
export function sqrtSegments(layers: number): [number, number][] {
  if (!Number.isInteger(layers) || layers < 0)
    throw new RangeError(`layers must be a whole number ≥ 0, got ${layers}`);
  const size = Math.max(1, Math.ceil(Math.sqrt(layers)));
  const out: [number, number][] = [];
  for (let a = 0; a < layers; a += size) out.push([a, Math.min(layers, a + size)]);
  return out;
}
