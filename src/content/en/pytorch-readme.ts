/**
 * The README of an exported PyTorch project, in English: what it holds, how to run it, what
 * matches the browser and what does not carry over. Code, paths and identifiers stay as they
 * are in every language; train.py's comments are English.
 */
import type { TrainingSpec } from '../../data/pytorch-export/training-config';

const OPTIMIZER_TEXT: Record<TrainingSpec['optimizer']['kind'], string> = {
  sgd: '`torch.optim.SGD`',
  momentum: '`torch.optim.SGD` with momentum 0.9',
  rmsprop:
    '`TfjsRMSprop` in train.py: tfjs’s rule, ρ = 0.9, ε = 1e-7 inside the square root (θ ← θ − lr·g/√(v + ε)); `torch.optim.RMSprop` takes √v + ε',
  adam: '`torch.optim.Adam`, β = (0.9, 0.999), ε = 1e-7 (tfjs’s default; PyTorch’s is 1e-8)',
  adamw: '`torch.optim.AdamW`, β = (0.9, 0.999), ε = 1e-8, decoupled weight decay',
};

/** The README's Markdown for the project described by `spec`. */
export function pytorchReadme(spec: TrainingSpec): string {
  const { start, model } = spec;
  const layers = model.sizes.join('-');
  const from =
    start.source === 'checkpoint'
      ? `its checkpoint at step ${start.step}`
      : start.step === 0
        ? 'its initial weights (step 0)'
        : `where it stood at step ${start.step}`;
  const clip =
    spec.clip === null
      ? 'none'
      : spec.clip.kind === 'norm'
        ? `\`clip_grad_norm_(max_norm=${spec.clip.max})\``
        : `\`clip_grad_value_(${spec.clip.max})\``;
  const decay =
    spec.optimizer.weightDecay === 0
      ? 'none'
      : spec.optimizer.kind === 'adamw'
        ? `${spec.optimizer.weightDecay}, decoupled`
        : `${spec.optimizer.weightDecay}, L2 (added to the clipped gradient)`;
  const target = model.standardize?.target;
  const standardization = model.standardize
    ? `- **Standardization.** As in the browser, the model standardizes its inputs with the
  training split's column means and standard deviations (\`data/standardize_mean\`,
  \`data/standardize_inv_std\`)${
    target
      ? `, and predicts the target in its own units, ŷ = out · ${target.std} + ${target.mean}; the
  loss is the squared error of the standardized target, ((ŷ − y) / ${target.std})²`
      : ''
  }.
`
    : '';
  return `# Training Run Lab run ${start.runId}, in PyTorch

This folder continues the browser's run from ${from}: a ${layers} MLP (${model.activation}) on the
\`${spec.task}\` task, with the same data, the same batches in the same order, the same optimizer
state and the same settings, as a PyTorch program that trains on many processes with
\`DistributedDataParallel\`.

## Run it

Needs Python 3 and PyTorch 1.13 or newer (\`pip install torch\`, or Debian's \`python3-torch\`).

\`\`\`sh
torchrun --nproc_per_node=2 train.py              # 2 workers on the CPU (gloo)
torchrun --nproc_per_node=8 train.py              # on a machine with 8 GPUs (nccl), one per worker
python3 train.py                                  # a single process, without DDP
torchrun --nproc_per_node=2 train.py --steps 50 --log losses.jsonl
\`\`\`

With Debian 12's PyTorch 1.13 on Python 3.11, \`torchrun\` itself fails before starting
(\`AttributeError: 'NoneType' object has no attribute 'get'\`: a Python 3.11 enum change, fixed
in PyTorch 2.0); add \`--redirects 1 --tee 1\` after \`torchrun\` there.

Each step prints one JSON line (\`step\`, \`loss\`, \`lr\`, \`epoch\`), each evaluation its
\`valLoss\` (and \`valAccuracy\`); \`--log FILE\` writes the same lines to a file. At the end,
\`checkpoint.pt\` holds the model's and optimizer's \`state_dict\`, the step, epoch and data position;
\`--resume checkpoint.pt\` goes on from it (the same losses as one longer call).

## What matches the browser

- **Loss.** Started here, the first step's loss is the loss the browser computes for step
  ${start.step + 1} (to about 1e-6: float32 sums in another order), and the following steps follow
  its curve closely (the kernels differ, so the last bits drift apart).
- **Batches.** The training examples are visited in the browser's order: \`data/order.i32\` is
  the epoch's order, and at each epoch's start train.py reshuffles it with the browser's own
  generator (mulberry32, state \`start.shuffleState\`) and Fisher-Yates shuffle. Batch size
  ${spec.batchSize} is the **global** batch: each of the N workers takes every N-th example of it,
  scales its summed loss by N / (batch × micro-batches), and DDP's all-reduce averages the
  gradients, which leaves the gradient of the batch's mean loss whatever N is (and however
  unevenly the batch splits). More workers give the same run (up to the order of float sums),
  faster on bigger models.
- **Optimizer.** ${OPTIMIZER_TEXT[spec.optimizer.kind]}; weight decay: ${decay}. Its state
  (moments, momentum buffers, step count ${start.optimizerStep}) comes from the browser.
- **Learning rate.** Schedule \`${spec.schedule.kind}\` from ${spec.learningRate} over
  ${spec.totalSteps} planned steps, computed per step as the browser does and set on the
  optimizer before each step (nanoGPT's idiom), not through \`torch.optim.lr_scheduler\`.
- **Accumulation.** ${spec.accumulation} micro-batch(es) per optimizer step, each loss divided by
  ${spec.accumulation}; DDP synchronises only on the last (\`no_sync\`); an epoch's last step may
  take fewer, as Lightning's \`accumulate_grad_batches\` does.
- **Clipping.** ${clip}, on the accumulated gradients, before the optimizer step.
${standardization}- **Evaluation.** Every ${spec.evalInterval} steps on the validation split.
- **Limits.** Training stops at step ${spec.maxSteps} or after ${spec.maxEpochs} epoch(s).

## What does not carry over

- Early stopping, a target metric, the time limit, the divergence threshold and the stop on
  NaN: the browser's other stopping criteria are not written here.
- Precision: ${
    spec.precision === 'fp32'
      ? 'the browser trains in float32, and so does train.py.'
      : `the browser run simulated ${spec.precision} (its hidden activations, logits and gradients rounded to ${spec.precision} in float32 tensors${spec.precision === 'fp16' ? ', with its loss scaler' : ''}); train.py trains in float32, so its losses differ slightly from the browser's.`
  } \`--amp\` runs the forward
  pass under \`torch.autocast(dtype=torch.bfloat16)\` on a GPU (no loss scaling needed for bf16,
  which has float32's exponent range; ignored on the CPU); its losses then leave the browser's,
  as bf16 keeps 8 bits of mantissa.
- The browser's views (decision boundary, samples, warnings) and its IndexedDB checkpoints.

## Layouts

tfjs keeps a dense layer's kernel as [in, out] and computes x·W + b; \`torch.nn.Linear\` keeps
its weight as [out, in] and computes x·Wᵀ + b. The weights and every optimizer slot shaped like
them are stored transposed, in PyTorch's layout, under their \`state_dict\` names.

## Files

- \`config.json\`: the settings (\`${spec.format}\`), where the run stands (\`start\`), each tensor's
  file with its dtype and shape (\`files\`), and the browser's whole config (\`labConfig\`).
- \`data/\`: \`train_x\`, \`train_y\`, \`val_x\`, \`val_y\` and the data \`order\`.
- \`state/\`: the parameters (\`layers.<l>.weight\`, \`layers.<l>.bias\`) and the optimizer's slots.

Tensors are raw little-endian float32 (\`.f32\`) or int32 (\`.i32\`) values, row-major:
\`torch.frombuffer(bytearray(open(path, 'rb').read()), dtype=torch.float32).reshape(shape)\`
reads one (numpy: \`np.fromfile(path, '<f4').reshape(shape)\`).
`;
}
