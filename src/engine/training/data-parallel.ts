/**
 * Data parallelism, simulated on one device with the semantics of PyTorch's
 * DistributedDataParallel (Li et al. 2020, "PyTorch Distributed"): the step's (micro-)batch is
 * split into N shards, one per worker; every worker is a replica holding the same weights and
 * runs forward and backward on its own shard alone; an all-reduce then averages the workers'
 * gradients, and the one update that follows is the same on every replica.
 *
 * The average is weighted by shard size, Σ_w (n_w / B) · g_w, where g_w is the gradient of the
 * mean loss over worker w's n_w examples and B = Σ n_w: that is exactly the gradient of the mean
 * loss over the whole batch (with equal shards it is DDP's plain mean over N workers). The
 * all-reduce runs in float32, as DDP all-reduces the float32 `.grad` of the parameters.
 *
 * The workers run one after the other on this device, so nothing gets faster: what is real is
 * the sharding, each worker's local loss and gradient, and the averaged gradient.
 */
import * as tf from '@tensorflow/tfjs';
import { ringBytesPerWorker } from '../../data/allreduce';

/** The examples [from, to) of a batch that one worker takes. */
export interface Shard {
  from: number;
  to: number;
}

/**
 * Splits a batch of `size` examples over `workers` workers as `torch.tensor_split` does: the
 * first size mod workers shards take one example more, so sizes differ by at most one (the
 * config makes the batch size divisible; only an epoch's smaller last batch may not be, and a
 * batch smaller than the workers leaves the last shards empty).
 * @throws RangeError for a worker count that is not a whole number ≥ 1
 */
export function shardBounds(size: number, workers: number): Shard[] {
  if (!(Number.isInteger(workers) && workers >= 1))
    throw new RangeError(`workers must be a whole number ≥ 1, got ${workers}`);
  const base = Math.floor(size / workers);
  const extra = size % workers;
  const out: Shard[] = [];
  let from = 0;
  for (let w = 0; w < workers; w++) {
    const to = from + base + (w < extra ? 1 : 0);
    out.push({ from, to });
    from = to;
  }
  return out;
}

/** A loss value (scalar) and the gradients of every variable, keyed by variable name. */
export interface LocalGradients {
  value: tf.Scalar;
  grads: tf.NamedTensorMap;
}

/** One worker's shard and its local result (null for an empty shard, which computes nothing). */
export interface Replica {
  shard: Shard;
  local: LocalGradients | null;
}

/**
 * Each worker's forward and backward on its shard of x [B, …] and y [B], then the all-reduce:
 * returns the shard-size-weighted mean of the workers' values and gradients (equal to `local`
 * of the whole batch, up to float32 rounding) and each replica's own result. All tensors are
 * new and the caller's (call it inside a tidy).
 * @param local the gradient of one shard's mean loss (`phases/backward.ts`'s `gradients`)
 * @throws RangeError for a worker count that is not a whole number ≥ 1
 */
export function dataParallelGradients(
  x: tf.Tensor,
  y: tf.Tensor1D,
  workers: number,
  local: (x: tf.Tensor, y: tf.Tensor1D) => LocalGradients,
): LocalGradients & { replicas: Replica[] } {
  const size = y.shape[0];
  const replicas: Replica[] = shardBounds(size, workers).map((shard) => {
    const n = shard.to - shard.from;
    if (n === 0) return { shard, local: null };
    return { shard, local: local(tf.slice(x, shard.from, n), tf.slice(y, shard.from, n)) };
  });
  const weighted = (pick: (l: LocalGradients) => tf.Tensor) =>
    tf.addN(
      replicas
        .filter((r) => r.local !== null)
        .map((r) => tf.mul(pick(r.local!), (r.shard.to - r.shard.from) / size)),
    );
  const names = Object.keys(replicas[0].local!.grads);
  return {
    value: weighted((l) => l.value) as tf.Scalar,
    grads: Object.fromEntries(names.map((k) => [k, weighted((l) => l.grads[k])])),
    replicas,
  };
}

/**
 * The replicas' local losses and gradient norms as one tensor [2, N] (row 0 the losses, row 1
 * the norms), to read back at once. `accumulate` and `scale` undo what `local` multiplied
 * into its value and gradients (1/k under accumulation, the loss scale S under mixed precision).
 */
export function replicaStatsTensor(
  replicas: Replica[],
  accumulate: number,
  scale: number,
): tf.Tensor2D {
  const losses = replicas.map((r) =>
    r.local ? tf.mul(r.local.value, accumulate) : tf.scalar(NaN),
  );
  const norms = replicas.map((r) =>
    r.local
      ? tf.mul(
          tf.sqrt(tf.addN(Object.values(r.local.grads).map((g) => tf.sum(tf.square(g))))),
          accumulate / scale,
        )
      : tf.scalar(0),
  );
  return tf.stack([tf.stack(losses), tf.stack(norms)]) as tf.Tensor2D;
}

/**
 * What the ring all-reduce of one step exchanges: the gradients' bytes (float32, 4 bytes per
 * value, as DDP all-reduces the parameters' float32 `.grad`) and the bytes each worker sends,
 * and receives, 2 (N − 1) / N × those bytes (Patarasuk & Yuan 2009; `data/allreduce.ts`).
 */
export function allReduceBytes(
  gradValues: number,
  workers: number,
): { gradBytes: number; bytesPerWorker: number } {
  const gradBytes = gradValues * 4;
  return { gradBytes, bytesPerWorker: ringBytesPerWorker(gradBytes, workers) };
}
