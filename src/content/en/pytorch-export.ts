/** Texts of "Export as PyTorch" (src/ui/records/PyTorchExport.tsx and the checkpoint panel). */
export const pytorchExport = {
  heading: 'Train it on a real distributed engine',
  intro:
    'Export as PyTorch downloads a zip: the model as torch.nn.Linear layers, the data set and the order of its batches, the config, the weights and optimizer state, and train.py, which trains on with DistributedDataParallel under torchrun (gloo on CPUs, nccl on GPUs) with the same optimizer, learning-rate schedule, accumulation and clipping. Its first step’s loss is the loss this run computes next. Covered: the MLP of the 2-D points, regression, MNIST and own-data tasks.',
  button: 'Export as PyTorch',
  /** The short button of a checkpoint's row, and its accessible name. */
  checkpointButton: 'PyTorch',
  checkpointButtonLabel: 'Export checkpoint at step {step} as PyTorch',
  preparing: 'Preparing the PyTorch project…',
  done: 'Downloaded {fileName} ({size}): unzip it and run “torchrun --nproc_per_node=2 train.py” (README.md says more).',
  failed: 'The PyTorch export failed: {message}',
  refusals: {
    cnn: 'The MNIST CNN cannot be exported as PyTorch yet: the export writes the MLP only. Choose the MLP model to export.',
    languageModel:
      'The names models (the character MLP over embeddings and the transformer) cannot be exported as PyTorch yet: the export writes the MLP of the 2-D points, regression, MNIST and own-data tasks.',
    midStep:
      'A step-mode step is half done (part of its batch is used): take “Next phase” to the end of the step, or export a checkpoint.',
    otherRun:
      'That checkpoint is of another run, whose data set this page does not hold: restore it first, then export it.',
    missing: 'That checkpoint is no longer stored.',
  },
};
