/** What the sidebar says of a value that is not valid, in English (issues: src/config/schema.ts). */
import type { ValidationTexts } from '../types';

export const validation: ValidationTexts = {
  required: (label) => `${label} is required.`,
  notANumber: (label) => `${label} must be a number.`,
  notation: (label) =>
    `${label} must be written in decimal digits (e.g. 16, not 0x10, 0o20 or 0b10000).`,
  separator: (label) =>
    `${label} must be written without digit separators (e.g. 1000, not 1_000 or 1,000).`,
  wholeNumber: (label) => `${label} must be a whole number.`,
  choose: (values) => `Choose one of: ${values.join(', ')}.`,
  dataId: 'A data set id is 16 hexadecimal digits: load a CSV file or draw points instead.',
  bounds: {
    noise: {
      min: 'Noise cannot be negative.',
      max: 'Noise above 1 hides the pattern completely; use at most 1.',
    },
    points: {
      min: 'Use at least 20 points.',
      max: 'At most 20,000 points fit comfortably in a browser tab.',
    },
    validationSplit: {
      min: 'Keep at least 5% of the points for validation.',
      max: 'Keep at least half of the points for training (at most 0.5).',
    },
    loadLatency: {
      min: 'The loading latency cannot be negative (0 loads at once).',
      max: 'At most 2,000 ms per batch.',
    },
    hiddenLayers: { min: 'Hidden layers cannot be negative.', max: 'At most 8 hidden layers.' },
    units: { min: 'A layer needs at least 1 unit.', max: 'At most 256 units per layer.' },
    context: {
      min: 'The model needs at least 1 character of context.',
      max: 'At most 16 characters of context (the longest names have 15).',
    },
    embedding: {
      min: 'Use at least 2 numbers per character.',
      max: 'At most 128 numbers per character.',
    },
    heads: { min: 'Attention needs at least 1 head.', max: 'At most 8 heads.' },
    blocks: {
      min: 'The transformer needs at least 1 block.',
      max: 'At most 4 blocks train in reasonable time in a browser.',
    },
    temperature: {
      min: 'Use a temperature of at least 0.05 (lower is almost always the top choice).',
      max: 'At most 5 (above it, samples are nearly uniform letters).',
    },
    learningRate: {
      min: 'The learning rate must be greater than 0.',
      max: 'A learning rate above 10 diverges at once; use at most 10.',
    },
    batchSize: {
      min: 'The batch size must be at least 1.',
      max: 'At most 4,096 examples per batch.',
    },
    maxSteps: { min: 'Max steps must be at least 1.', max: 'At most 1,000,000 steps.' },
    maxEpochs: { min: 'Max epochs must be at least 1.', max: 'At most 100,000 epochs.' },
    maxTime: {
      min: 'The max training time cannot be negative (0 turns it off).',
      max: 'At most 1,000,000 seconds (about 11 days).',
    },
    target: { min: 'The target cannot be negative (0 turns it off).' },
    evalInterval: { min: 'Evaluate at least every step (1).', max: 'At most every 100,000 steps.' },
    checkpointInterval: {
      min: 'Save at most every step (1).',
      max: 'At most every 1,000,000 steps.',
    },
    keepCheckpoints: {
      min: 'Keep at least 1 checkpoint (the latest).',
      max: 'Keep at most 50 checkpoints.',
    },
    minDelta: {
      min: 'Min delta cannot be negative (0 counts any improvement).',
      max: 'A min delta above 1,000 never sees an improvement; use at most 1,000.',
    },
    patience: { min: 'Patience cannot be negative.', max: 'At most 10,000 evaluations.' },
    baseline: { min: 'The baseline cannot be negative (0 turns it off).' },
    divergenceThreshold: { min: 'The divergence threshold cannot be negative (0 turns it off).' },
    readbackInterval: {
      min: 'Read the loss back at least every step (1).',
      max: 'At most every 1,000 steps.',
    },
    seed: { min: 'The seed must be at least 1.', max: 'The seed must be below 2^31.' },
    weightDecay: {
      min: 'Weight decay cannot be negative (0 turns it off).',
      max: 'Weight decay above 1 erases the weights; use at most 1 (e.g. 0.01).',
    },
    accumulation: {
      min: 'Accumulate at least 1 micro-batch per step (1 turns it off).',
      max: 'At most 64 micro-batches per optimizer step.',
    },
    workers: {
      min: 'At least 1 worker (1 trains without data parallelism).',
      max: 'At most 8 workers.',
    },
    warmupSteps: {
      min: 'Warm-up steps cannot be negative (0 starts the cosine at once).',
      max: 'At most 1,000,000 warm-up steps.',
    },
    lrStepSize: {
      min: 'The learning rate can drop at most every step (1).',
      max: 'At most every 1,000,000 steps.',
    },
    lrGamma: {
      min: 'Gamma must be greater than 0.',
      max: 'Gamma above 1 makes the learning rate grow; use at most 1.',
    },
    lrDecaySteps: { min: 'Decay steps must be at least 1.', max: 'At most 1,000,000 decay steps.' },
    lrDecayRate: {
      min: 'The decay rate must be greater than 0.',
      max: 'A decay rate above 1 makes the learning rate grow; use at most 1.',
    },
    lrPctStart: {
      min: 'The rising share must be greater than 0.',
      max: 'The rising share must be less than 1, so the rate can fall again.',
    },
    lrDivFactor: {
      min: 'The start divisor must be at least 1 (the cycle starts at lr / divisor).',
      max: 'At most 10,000.',
    },
    plateauFactor: {
      min: 'The plateau factor must be greater than 0.',
      max: 'The plateau factor must be less than 1, or the rate never falls.',
    },
    plateauPatience: {
      min: 'Plateau patience cannot be negative.',
      max: 'At most 10,000 evaluations.',
    },
    plateauCooldown: {
      min: 'The cooldown cannot be negative (0 turns it off).',
      max: 'At most 10,000 evaluations.',
    },
    lrMin: { min: 'The minimum learning rate cannot be negative.' },
    clipNorm: {
      min: 'The max gradient norm must be greater than 0 (or turn clipping off).',
      max: 'At most 1,000,000.',
    },
    clipValue: {
      min: 'The max gradient value must be greater than 0 (or turn clipping off).',
      max: 'At most 1,000,000.',
    },
    initScale: {
      min: 'The initial loss scale must be greater than 0.',
      max: 'At most 2³² (4,294,967,296).',
    },
    growthInterval: {
      min: 'The scale can grow at most every step (1).',
      max: 'At most every 1,000,000 steps.',
    },
  },
  batchTooLarge: (batchSize, examples) =>
    `The batch size (${batchSize}) is larger than the training set (${examples} examples).`,
  effectiveBatchTooLarge: (batchSize, accumulation, effective, examples, most) =>
    `The effective batch (batch size ${batchSize} × ${accumulation} micro-batches = ${effective}) is larger than the training set (${examples} examples): accumulate at most ${most}.`,
  workersSplit: (batchSize, workers, below, above) =>
    `The batch size (${batchSize}) does not split evenly over ${workers} workers: each worker takes batch size ÷ workers examples. Use a batch size of ${below ? `${below} or ` : ''}${above}, or a number of workers that divides ${batchSize}.`,
  warmupTooLong: (warmupSteps, total) =>
    `The warm-up (${warmupSteps} steps) is not shorter than the run (${total} planned steps): use fewer warm-up steps, or more steps.`,
  lrMinAboveRate: (lrMin, learningRate) =>
    `The minimum learning rate (${lrMin}) is above the learning rate (${learningRate}): the schedule would raise it. Use at most the learning rate.`,
  riseUnderOneStep: (pctStart, total) =>
    `The rise takes ${pctStart} × ${total} planned steps, less than one step: use a larger share or more steps.`,
  decayErases: (factor, limit) =>
    `AdamW multiplies the weights by 1 − learning rate × weight decay = ${factor} each step, which erases them: use a weight decay below ${limit}.`,
  modelNotOffered: (models) => `This task offers: ${models.join(', ')}.`,
  checkpointMlpOnly:
    'Gradient checkpointing is built for the MLP only, not for the CNN, the transformer or the character model of names: turn it off for this model.',
  headsSplit: (embedding) =>
    `The embedding size (${embedding}) must split evenly into the heads: use a divisor of it.`,
  noAccuracy: 'A regression has no accuracy: use val_loss.',
  accuracyTarget: 'An accuracy target is a fraction: use at most 1 (e.g. 0.95).',
  accuracyBaseline: 'An accuracy baseline is a fraction: use at most 1 (e.g. 0.8).',
  accuracyDivergence:
    'With val_accuracy monitored, the run stops when accuracy falls below this: use at most 1.',
};
