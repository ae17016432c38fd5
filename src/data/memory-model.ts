/**
 * Where a training step's memory goes, per data-parallel worker: weights, gradients,
 * optimizer state and the activations kept for the backward pass, by precision, optimizer,
 * gradient checkpointing and ZeRO stage.
 *
 * Bytes per parameter (Rajbhandari et al. 2020, "ZeRO", section 3.1):
 *   fp32:  weights 4 + grads 4 + optimizer k × 4
 *   mixed: weights 2 (fp16/bf16) + grads 2 + fp32 master weights 4 + optimizer k × 4
 *          (Adam: 2 + 2 + 12 = 16 bytes per parameter)
 * with k the optimizer's state tensors per parameter: SGD 0, SGD with momentum 1 (velocity),
 * RMSprop 1 (mean square, PyTorch's default without momentum), Adam/AdamW 2 (m and v).
 * ZeRO across N workers: stage 1 shards the optimizer state (with the master weights) ÷ N,
 * stage 2 also the gradients, stage 3 also the weights.
 *
 * Activations: each layer's output (the model summary's output shape × batch size) is kept
 * once for the backward pass, at 4 bytes (fp32) or 2 (mixed). Approximations: the input batch,
 * values some layers keep besides their output (pre-activation sums, dropout masks, pooling
 * indices) and the kernels' scratch are not counted. Gradient checkpointing (Chen et al. 2016,
 * "Training Deep Nets with Sublinear Memory Cost") splits the L layers into ceil(√L)
 * segments, keeps only each segment's last output, and recomputes one segment at a time in
 * the backward pass: kept = the segment boundaries + the largest segment; compute rises by
 * about one forward pass (× 4/3 of forward + backward).
 */

/** Optimizers of the sidebar, plus AdamW. */
export type OptimizerName = 'sgd' | 'momentum' | 'rmsprop' | 'adam' | 'adamw';

/** 'fp32': everything in 4 bytes; 'mixed': fp16/bf16 weights, grads and activations with fp32 master weights. */
export type MemoryPrecision = 'fp32' | 'mixed';

/** State tensors per parameter each optimizer keeps (PyTorch defaults). */
export const OPTIMIZER_STATES: Record<OptimizerName, number> = {
  sgd: 0,
  momentum: 1,
  rmsprop: 1,
  adam: 2,
  adamw: 2,
};

/** Bytes per parameter by kind, unsharded. */
export interface BytesPerParam {
  weights: number;
  grads: number;
  /** Optimizer state, including the fp32 master weights of mixed precision. */
  optimizer: number;
}

/** Bytes per parameter of `optimizer` at `precision` (ZeRO's accounting). */
export function bytesPerParam(optimizer: OptimizerName, precision: MemoryPrecision): BytesPerParam {
  const k = OPTIMIZER_STATES[optimizer];
  return precision === 'fp32'
    ? { weights: 4, grads: 4, optimizer: 4 * k }
    : { weights: 2, grads: 2, optimizer: 4 + 4 * k };
}

/** Bytes of one activation value: 4 in fp32, 2 in mixed precision. */
export function activationBytes(precision: MemoryPrecision): number {
  return precision === 'fp32' ? 4 : 2;
}

/** Values of one example's output of each layer: the product of its output shape. */
export function layerOutputSizes(outputShapes: readonly (readonly number[])[]): number[] {
  return outputShapes.map((s) => s.reduce((a, b) => a * b, 1));
}

/**
 * Activation values kept per example for the backward pass: all layer outputs, or with
 * checkpointing the last output of each of ceil(√L) segments plus the largest segment.
 */
export function keptActivationValues(
  layerSizes: readonly number[],
  checkpointing: boolean,
): number {
  const all = layerSizes.reduce((a, b) => a + b, 0);
  const L = layerSizes.length;
  if (!checkpointing || L <= 1) return all;
  const segments = Math.ceil(Math.sqrt(L));
  const per = Math.ceil(L / segments);
  let boundaries = 0;
  let largest = 0;
  for (let i = 0; i < L; i += per) {
    const seg = layerSizes.slice(i, i + per);
    boundaries += seg[seg.length - 1];
    largest = Math.max(
      largest,
      seg.reduce((a, b) => a + b, 0),
    );
  }
  return Math.min(all, boundaries + largest);
}

/**
 * Compute of a training step with gradient checkpointing relative to without: the backward
 * pass re-runs the forward once, 8 instead of 6 FLOPs per parameter and example (Chen et al. 2016).
 */
export const CHECKPOINTING_COMPUTE_FACTOR = 8 / 6;

/** ZeRO stage: 0 plain data parallelism (everything replicated), 1–3 as in Rajbhandari et al. 2020. */
export type ZeroStage = 0 | 1 | 2 | 3;

/** The inputs of the memory model. */
export interface MemoryInput {
  params: number;
  /** Output values per example of each layer (see layerOutputSizes). */
  layerSizes: readonly number[];
  /** Per-worker batch size, examples. */
  batchSize: number;
  optimizer: OptimizerName;
  precision: MemoryPrecision;
  checkpointing: boolean;
  zeroStage: ZeroStage;
  /** Data-parallel workers, ≥ 1. */
  workers: number;
}

/** Bytes per worker by kind. */
export interface MemoryBreakdown {
  weights: number;
  grads: number;
  optimizer: number;
  activations: number;
  total: number;
}

/**
 * Bytes each worker holds during a training step. Throws RangeError for a batch size or
 * worker count below 1 or a negative parameter count.
 */
export function memoryBreakdown(m: MemoryInput): MemoryBreakdown {
  if (!(m.batchSize >= 1)) throw new RangeError(`batch size must be ≥ 1, got ${m.batchSize}`);
  if (!(m.workers >= 1)) throw new RangeError(`workers must be ≥ 1, got ${m.workers}`);
  if (!(m.params >= 0)) throw new RangeError(`parameters must be ≥ 0, got ${m.params}`);
  const b = bytesPerParam(m.optimizer, m.precision);
  const n = m.workers;
  const weights = (m.params * b.weights) / (m.zeroStage >= 3 ? n : 1);
  const grads = (m.params * b.grads) / (m.zeroStage >= 2 ? n : 1);
  const optimizer = (m.params * b.optimizer) / (m.zeroStage >= 1 ? n : 1);
  const activations =
    keptActivationValues(m.layerSizes, m.checkpointing) *
    m.batchSize *
    activationBytes(m.precision);
  return {
    weights,
    grads,
    optimizer,
    activations,
    total: weights + grads + optimizer + activations,
  };
}

/**
 * The largest per-worker batch that fits in `memoryBytes`, or 0 if the model's states alone
 * do not fit (the activations grow linearly with the batch).
 */
export function largestBatch(memoryBytes: number, m: Omit<MemoryInput, 'batchSize'>): number {
  const one = memoryBreakdown({ ...m, batchSize: 1 });
  const fixed = one.total - one.activations;
  if (fixed > memoryBytes) return 0;
  if (one.activations === 0) return Infinity;
  return Math.floor((memoryBytes - fixed) / one.activations);
}

/**
 * The most parameters that fit in `memoryBytes` beside the activations of `m` (the model's
 * layer sizes and batch kept as they are): a count of parameters, ≥ 0.
 */
export function largestParams(memoryBytes: number, m: Omit<MemoryInput, 'params'>): number {
  const acts = memoryBreakdown({ ...m, params: 0 }).activations;
  const perParam = memoryBreakdown({ ...m, params: 1 }).total - acts;
  return Math.max(0, Math.floor((memoryBytes - acts) / perParam));
}

/**
 * A family of multilayer perceptrons of `depth` hidden layers of `width` units (inputs and
 * outputs ignored): params = depth × (width² + width), layer outputs = depth × width.
 */
export function mlpFamily(depth: number, width: number): { params: number; layerSizes: number[] } {
  return {
    params: depth * (width * width + width),
    layerSizes: Array.from({ length: depth }, () => width),
  };
}

/**
 * The widest member of the `depth`-layer MLP family that fits in `memoryBytes` at the given
 * batch and settings (binary search over the width); 0 if not even width 1 fits.
 */
export function largestWidth(
  memoryBytes: number,
  depth: number,
  m: Omit<MemoryInput, 'params' | 'layerSizes'>,
): number {
  const fits = (w: number) => {
    const f = mlpFamily(depth, w);
    return (
      memoryBreakdown({ ...m, params: f.params, layerSizes: f.layerSizes }).total <= memoryBytes
    );
  };
  if (!fits(1)) return 0;
  let lo = 1;
  let hi = 2;
  while (fits(hi)) {
    lo = hi;
    hi *= 2;
    if (hi > 2 ** 40) return lo;
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * The part of the estimate that stays allocated between steps in TensorFlow.js: weights and
 * optimizer state (bytes). tfjs frees the gradients and activations when a step ends, so this,
 * not the step's peak, is what tf.memory().numBytes can be compared with.
 */
export function persistentBytes(b: MemoryBreakdown): number {
  return b.weights + b.optimizer;
}

/**
 * Measured bytes (tf.memory().numBytes) against the persistent estimate: the difference
 * (bytes, measured − estimate) and the ratio; ratio null when the estimate is 0.
 */
export function compareWithMeasured(
  estimateBytes: number,
  measuredBytes: number,
): { difference: number; ratio: number | null } {
  return {
    difference: measuredBytes - estimateBytes,
    ratio: estimateBytes > 0 ? measuredBytes / estimateBytes : null,
  };
}
