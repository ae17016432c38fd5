/** Texts of the "Scale" view (src/ui/scale/): hardware, memory and data parallelism. */
export const scale = {
  heading: 'Scale: hardware, memory, many devices',
  intro:
    'What this run would cost on other hardware, where a training step’s memory goes, and what happens when many devices share the work. Everything here is an estimate from formulas and data-sheet figures, computed from this model’s summary (parameters, layer output shapes, FLOPs per step) and the sidebar’s batch size and optimizer; nothing on this screen is measured except the tf.memory() figure and the run’s own FLOPs.',
  estimated: 'Estimated, not measured',
  assumptions: 'Assumptions',
  device: 'Device',
  precision: 'Precision',
  precisionFp32: 'fp32',
  precisionTf32: 'tf32 (tensor cores, fp32 storage)',
  precisionMixed: 'mixed fp16/bf16 (fp32 master weights)',
  mfu: 'MFU (%)',
  workers: 'Workers N',
  link: 'Link',
  zero: 'ZeRO stage',
  zeroNames: ['0: all replicated', '1: shard optimizer state', '2: + gradients', '3: + weights'],
  checkpointing: 'Gradient checkpointing',
  overlap: 'Overlap all-reduce with backward',
  modelScale: 'Model scaled by',
  deadline: 'Deadline (days)',
  invalidDeadline: 'Deadline: enter a number of days above 0 and at most 3650.',
  invalidMfu: 'MFU: enter a percentage above 0 and at most 100.',
  invalidWorkers: 'Workers: enter a whole number from 1 to 4096.',
  sources: 'Sources',

  // Memory
  memoryHeading: 'Where a step’s memory goes (per worker)',
  memoryWhat:
    'A training step holds the weights, their gradients, the optimizer’s state and every activation the backward pass will need. Bytes per parameter: fp32 keeps weights 4 + gradients 4 + optimizer state 4 per state tensor (SGD none, momentum and RMSprop one, Adam two). Mixed precision keeps fp16/bf16 weights 2 + gradients 2 + fp32 master weights 4 + the fp32 optimizer state: 16 bytes per parameter for Adam (Rajbhandari et al. 2020, ZeRO). Activations grow with the batch size.',
  memoryFormula: (
    params: string,
    perParam: string,
    states: string,
    values: string,
    batch: string,
    bytes: string,
    acts: string,
  ) =>
    `states before ZeRO sharding = ${params} params × ${perParam} B = ${states};  activations = ${values} values/example × batch ${batch} × ${bytes} B = ${acts}`,
  activationsApprox:
    'Approximated: each layer’s output (the model card’s output shape) is kept once per example. Not counted: the input batch, values some layers keep besides their output (pre-activation sums, pooling indices, dropout masks), kernels’ scratch space, and memory-allocator fragmentation.',
  kinds: {
    weights: 'Weights',
    grads: 'Gradients',
    optimizer: 'Optimizer state',
    activations: 'Activations',
  },
  total: 'Total',
  checkpointingWhat:
    'Gradient checkpointing (Chen et al. 2016) keeps only the output of every √L-th layer and recomputes the rest segment by segment during the backward pass: activation memory falls to about the segment boundaries plus one segment, for about one extra forward pass (≈ 8N instead of 6N FLOPs per example).',
  zeroWhat:
    'ZeRO (Rajbhandari et al. 2020) stops N data-parallel workers from each holding a full copy: stage 1 splits the optimizer state (with the master weights) into N shards, stage 2 also the gradients, stage 3 also the weights, at the cost of more communication (stage 3 gathers the weights for every layer).',
  measuredHeading: 'Compared with what TensorFlow.js holds',
  measured: (measured: string, estimate: string, diff: string) =>
    `tf.memory() reports ${measured} on the GPU now; the estimate of what stays between steps (fp32 weights + optimizer state, this run) is ${estimate}. Difference: ${diff}.`,
  measuredWhy:
    'The difference is not an error of the formula: between steps TensorFlow.js also holds the data set’s tensors (training and validation examples and labels), the optimizer’s scalars (learning rate, step count, β powers), constants and kernels’ scratch buffers, while it frees the gradients and activations as soon as a step ends; the step’s peak is therefore higher than the figure read between steps.',
  noMeasurement: 'tf.memory() is read once the engine has reported its status.',
  fitHeading: (device: string, gb: string) => `Will it fit in ${device} (${gb})?`,
  fitWhat:
    'With the settings above (ZeRO stage and N workers included), the largest per-worker batch for this model, the most parameters that fit beside this batch’s activations, and the widest member of a family of MLPs with as many layers as this model (params = depth × (width² + width)).',
  fitColumns: ['Setting', 'Largest batch', 'Largest parameter count', 'Widest MLP'],
  fitRows: {
    plain: (p: string) => `${p}, all activations kept`,
    checkpointed: (p: string) => `${p}, with checkpointing`,
  },
  fitNone: 'does not fit',

  // Hardware
  hardwareHeading: 'The same run on other hardware',
  hardwareWhat:
    'Time = training FLOPs ÷ (peak × MFU). MFU, the model FLOPs utilisation, is the share of the peak a real run reaches: PaLM 540B reached 46.2 % on TPU v4 (Chowdhery et al. 2022), Megatron-LM about 52 % of A100 peak (Narayanan et al. 2021). Devices for the deadline (30 days unless you change it) = ceil(time on one ÷ deadline), assuming perfect scaling (see below for why it is not). Energy = power × time, the same however many devices share it (PUE 1).',
  hardwareSpecsHeading: 'Hardware generations (dense peaks, no sparsity)',
  specColumns: ['Device', 'fp32', 'tf32', 'fp16/bf16', 'Memory', 'Bandwidth', 'Power'],
  notPublished: 'n/p',
  notPublishedNote:
    'n/p: not published by the vendor (TPUs run fp32 matrix work as several bf16 passes; Google publishes no power for v5e/v5p). A device without TF32 runs tf32 work at its fp32 rate.',
  ladderHeading: (precision: string, mfu: string, days: string) =>
    `Time on one device (and devices needed for ${days} days), ${precision} at ${mfu} MFU`,
  ladderRun: 'This run',
  ladderScaled: (factor: string) => `× ${factor}`,
  ladderFlops: 'Training FLOPs',
  energyOn: (device: string) => `Energy on ${device}`,
  devicesFor: (n: string, days: string) => `${n} for ${days} days`,
  gpt3Row: 'GPT-3 (175 B)',
  noRunYet:
    'This run has no training FLOPs yet: take a step or run; the rows below scale one step.',

  // Data parallel
  parallelHeading: 'Many devices: data parallelism',
  parallelWhat:
    'N workers each compute the gradients of 1/N of the global batch; a ring all-reduce sums them (each worker sends and receives 2 (N − 1)/N × the gradient bytes), and every worker applies the same update. Time in the alpha-beta model (Thakur, Rabenseifner & Gropp 2005): 2 (N − 1) × latency + bytes ÷ bandwidth. PyTorch DDP overlaps the all-reduce with the backward pass bucket by bucket (Li et al. 2020), hiding up to the backward’s ≈ 2/3 of the compute.',
  parallelFormula: (
    n: string,
    compute: string,
    comm: string,
    exposed: string,
    step: string,
    speedup: string,
    eff: string,
  ) =>
    `N = ${n}: compute ${compute} + exposed communication ${exposed} (of ${comm}) = step ${step}; speedup ${speedup}, efficiency ${eff}`,
  gradBytes: (bytes: string) => `Gradient bytes per all-reduce: ${bytes}`,
  speedupAxis: 'Speedup',
  efficiencyAxis: 'Efficiency (%)',
  workersAxis: 'Workers N',
  ideal: 'Ideal speedup',
  parallelNote:
    'Strong scaling: the global batch stays the same and is split N ways, so each worker’s compute shrinks while the all-reduce does not. A tiny model is latency-bound and gains nothing from more devices; scale the model up to see where communication stops dominating. With gradient checkpointing on, each step’s compute is 8/6 of the plain step’s. Not modelled: the last bucket’s exchange (never overlapped), link contention, stragglers, the input pipeline.',
  chartLabel: (n: string) =>
    `Speedup and scaling efficiency for 1 to ${n} workers (estimated, alpha-beta model).`,
  memoryChartLabel: 'Memory per worker by kind (estimated).',
};
