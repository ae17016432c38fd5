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
  },
  batchTooLarge: (batchSize, examples) =>
    `The batch size (${batchSize}) is larger than the training set (${examples} examples).`,
  modelNotOffered: (models) => `This task offers: ${models.join(', ')}.`,
  headsSplit: (embedding) =>
    `The embedding size (${embedding}) must split evenly into the heads: use a divisor of it.`,
  noAccuracy: 'A regression has no accuracy: use val_loss.',
  accuracyTarget: 'An accuracy target is a fraction: use at most 1 (e.g. 0.95).',
  accuracyBaseline: 'An accuracy baseline is a fraction: use at most 1 (e.g. 0.8).',
  accuracyDivergence:
    'With val_accuracy monitored, the run stops when accuracy falls below this: use at most 1.',
};
