/**
 * The texts of the mixed-precision sections of the backward and update panels: what is
 * simulated and what is real, the loss scaler's decision, fp16 underflow and the bytes per
 * parameter of each format. Numbers arrive formatted for the page's language.
 */
export const precision = {
  heading: 'Number formats (mixed precision)',
  format: 'Format',
  formats: {
    fp32: 'fp32 (no 16-bit values)',
    fp16: 'fp16 mixed precision',
    bf16: 'bf16 mixed precision',
  },
  lossScale: 'Loss scale S',
  lossScaleOff: 'off',
  lossScaleOffHint: 'no loss scaling',
  underflowUnscaled: 'fp16 underflow without scaling',
  underflowScaled: (scale: string) => `fp16 underflow with S = ${scale}`,
  underflowHint: 'of the non-zero gradient values',
  underflowNote:
    'The share of this micro-batch’s gradient values (all parameters) that are not 0 in fp32 but would be 0 in fp16, where backward writes them: values below about 6 × 10⁻⁸ underflow. Multiplying the loss by S multiplies every gradient by S, which lifts them into fp16’s range; dividing by S afterwards happens in fp32.',
  shownUnscaled: 'The gradients below are shown unscaled (divided by S).',
  simulated:
    'Simulated: the values are float32 tensors rounded to the format (to nearest, ties to even, with the format’s range: fp16 overflows above 65,504 to Inf and keeps subnormals down to 6 × 10⁻⁸; bf16 has fp32’s range and 8 significant bits) where a real run stores them in 16 bits: every hidden layer’s output activations in the forward pass (their gradient passes through the rounding unchanged, straight-through), the logits and their gradient, and every parameter gradient as backward writes it. The weights the forward pass reads (the fp32 master weights), the gradients between hidden layers and the evaluation stay fp32. No 16-bit kernel runs, so nothing gets faster or smaller.',
  real: 'Real: the fp32 master weights and optimizer state, the loss scale, the Inf/NaN check, the skipped steps, the scale’s halving and doubling (PyTorch GradScaler), and the underflow counts.',
  skipped: 'Skipped',
  skippedYes: 'yes: a gradient was Inf or NaN',
  skippedNo: 'no',
  skippedNote:
    'A scaled gradient overflowed fp16 to Inf or NaN, so the optimizer step was skipped: the weights and the optimizer state are unchanged, and S was halved. The step still counts (its batch is used up).',
  scaleNext: 'S for the next step',
  scaleChange: (before: string, after: string) => `${before} → ${after}`,
  skippedSteps: 'Skipped steps so far',
  scaleSeries: 'Loss scale per step (log₂ S)',
  skippedSeries: 'Skipped steps so far, per step',
  growth: 'Clean steps in a row',
  growthHint: (interval: string) => `S doubles at ${interval}`,
  readBackNote:
    'Run mode reads one value back per step under loss scaling, to decide the skip (PyTorch’s scaler.step() waits for it the same way); without loss scaling nothing is read back.',
  bytesHeading: 'Training memory per parameter',
  bytesNote:
    'Bytes per parameter with this optimizer, activations not included, counted as in the ZeRO paper (Rajbhandari et al. 2020): weights and gradients in the working format, plus a 4-byte fp32 master copy of the weights in mixed precision, plus 4 bytes per optimizer state value (Adam: m and v).',
  bytesColumns: {
    format: 'Format',
    weights: 'weights',
    grads: 'gradients',
    master: 'fp32 master',
    optimizer: 'optimizer state',
    total: 'total',
  },
  thisRun: 'this run',
};
