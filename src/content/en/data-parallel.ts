/**
 * The texts of the backward panel's data-parallel section: each worker's shard, local loss and
 * local gradient norm, and the ring all-reduce. Numbers arrive formatted for the page's language.
 */
export const dataParallel = {
  heading: (workers: string) => `Data parallelism: ${workers} workers (simulated DDP)`,
  what: 'Each worker is a replica with the same weights. It ran forward and backward on its own shard of the batch alone; then the all-reduce averaged the workers’ gradients, weighted by shard size, so the result is the gradient of the whole batch’s mean loss. The gradients below are that average; the update applies it once, the same on every replica. A worker’s local loss is the mean loss over its shard, its local ‖g‖₂ the norm of that loss’s gradient over all parameters.',
  caption: 'Each worker’s shard (positions in the batch) and local results',
  worker: 'Worker',
  shard: 'Shard',
  shardRange: (from: string, to: string) => `${from}–${to}`,
  examples: 'Size',
  localLoss: 'Local loss',
  localNorm: 'Local ‖g‖₂',
  empty: 'empty',
  allReduce: (bytesPerWorker: string, gradBytes: string, workers: string) =>
    `All-reduce (ring): each worker sends and receives ${bytesPerWorker} = 2 (N − 1) / N × ${gradBytes} of float32 gradients, N = ${workers}.`,
  simulated:
    'Simulated: the workers run one after the other on this device, so nothing gets faster and no bytes travel. Real: the shards, each worker’s loss and gradient, and the averaged gradient the update uses.',
};
