/**
 * Task: a character-level language model of first names ("makemore"-style). The model reads
 * the last k characters and predicts the next; sampling from it one character at a time
 * writes new names.
 */
import * as tf from '@tensorflow/tfjs';
import type { LabConfig } from '../../../config/schema';
import type { ModelSummary } from '../../../protocol/messages';
import { type CharMlpSpec, createCharMlp, describeCharMlp } from '../../models/char-mlp';
import {
  createTransformer,
  describeTransformer,
  type TransformerSpec,
} from '../../models/transformer';
import { Rng } from '../../rng';
import { softmaxCrossEntropy } from '../classify2d';
import { type DataSplit, type Model, splitForView, type Task } from '../types';
import { BOUNDARY, loadNames, makePairs, splitNames, VOCAB, VOCAB_SIZE } from './data';

/** Names sampled at each evaluation. */
export const SAMPLED_NAMES = 12;
/** A sampled name stops here if the model has not drawn the end token by then. */
export const MAX_NAME_LENGTH = 20;
/** Earlier evaluations whose samples the panel keeps showing, so progress is visible. */
const EARLIER_SAMPLES = 4;

const mlpSpec = (config: LabConfig): CharMlpSpec => ({
  vocab: VOCAB_SIZE,
  context: config.context,
  embedding: config.embedding,
  hidden: Array.from({ length: config.hiddenLayers }, () => config.units),
  activation: config.activation,
  initializer: config.initializer,
  batchSize: config.batchSize,
});

const transformerSpec = (config: LabConfig): TransformerSpec => ({
  vocab: VOCAB_SIZE,
  context: config.context,
  embedding: config.embedding,
  heads: config.heads,
  blocks: config.blocks,
  activation: config.activation,
  initializer: config.initializer,
  batchSize: config.batchSize,
});

/**
 * Samples `count` names from the model, all at once: each row starts from a context of
 * boundary tokens; at every step the model's next-character distribution, softened or
 * sharpened by the temperature (softmax(logits / T)), gives one character per row (the first
 * whose cumulative probability exceeds a uniform draw u), until the row draws the end token.
 * The draws u come from `rng`, seeded from the run's seed and the step, so the same model
 * gives the same names and training's own random streams are not touched. All steps run on
 * the device and the characters are read back once, at the end.
 */
export async function sampleNames(
  model: Model,
  context: number,
  temperature: number,
  rng: Rng,
  count = SAMPLED_NAMES,
): Promise<string[]> {
  const u = Float32Array.from({ length: MAX_NAME_LENGTH * count }, () => rng.next());
  const drawn = tf.tidy(() => {
    const uniforms = tf.tensor2d(u, [MAX_NAME_LENGTH, count]);
    let window: tf.Tensor2D = tf.zeros([count, context]); // token 0 is the boundary
    const steps: tf.Tensor1D[] = [];
    for (let t = 0; t < MAX_NAME_LENGTH; t++) {
      const p = tf.softmax(tf.div(model.forward(window).logits, temperature));
      const below = tf.less(
        tf.cumsum(p, 1),
        tf.reshape(tf.slice(uniforms, [t, 0], [1, count]), [count, 1]),
      );
      // Index of the first character whose cumulative probability reaches u (rounding can
      // leave u a hair above the last one: clamp to the vocabulary).
      const next = tf.minimum(tf.sum(tf.cast(below, 'float32'), 1), VOCAB_SIZE - 1) as tf.Tensor1D;
      steps.push(next);
      const column = tf.reshape(next, [count, 1]) as tf.Tensor2D;
      window =
        context === 1
          ? column
          : tf.concat([tf.slice(window, [0, 1], [count, context - 1]), column], 1);
    }
    return tf.stack(steps, 1);
  });
  const tokens = (await drawn.data()) as Float32Array;
  drawn.dispose();
  return Array.from({ length: count }, (_, i) => {
    let word = '';
    for (let t = 0; t < MAX_NAME_LENGTH; t++) {
      const ch = VOCAB[tokens[i * MAX_NAME_LENGTH + t]];
      if (ch === BOUNDARY) return word;
      word += ch;
    }
    return `${word}…`; // still going after MAX_NAME_LENGTH letters
  });
}

/** Samples of earlier evaluations, per model (a new or restored model starts afresh). */
const sampleLog = new WeakMap<Model, { step: number; words: string[] }[]>();

export const names: Task = {
  id: 'names',
  lossName: 'crossEntropyPerChar',
  previewExamples: 16,

  makeData(config: LabConfig, rng: Rng): DataSplit {
    const words = splitNames(loadNames(), config.validationSplit, rng);
    const k = config.context;
    return {
      kind: 'chars',
      inputSize: k,
      classes: VOCAB_SIZE,
      train: makePairs(words.train, k),
      validation: makePairs(words.validation, k),
      test: makePairs(words.test, k),
      extent: [0, 1, 0, 1],
      words,
    };
  },

  buildModel(config: LabConfig, _data: DataSplit, rng: Rng): Model {
    return config.model === 'transformer'
      ? createTransformer(transformerSpec(config), rng)
      : createCharMlp(mlpSpec(config), rng);
  },

  describeModel(config: LabConfig): ModelSummary {
    return config.model === 'transformer'
      ? describeTransformer(transformerSpec(config))
      : describeCharMlp(mlpSpec(config));
  },

  lossPerExample: softmaxCrossEntropy,

  async evaluationView(model, _data, _valOutputs, { config, step }) {
    // Seeded from the run's seed and the step: reproducible, and apart from training's streams.
    const rng = new Rng(
      (Math.imul(config.seed, 0x9e3779b1) ^ Math.imul(step + 1, 0x85ebca6b)) >>> 0,
    );
    const words = await sampleNames(model, config.context, config.temperature, rng);
    const log = sampleLog.get(model) ?? [];
    const earlier = log.filter((s) => s.step !== step).slice(-EARLIER_SAMPLES);
    sampleLog.set(model, [...earlier, { step, words }]);
    return { samples: { temperature: config.temperature, words, earlier: earlier.reverse() } };
  },

  datasetView(data: DataSplit) {
    const words = data.words!;
    return {
      kind: 'chars',
      title: 'First names',
      inputSize: data.inputSize,
      classes: data.classes,
      classNames: [...VOCAB],
      words: {
        train: words.train.length,
        validation: words.validation.length,
        test: words.test.length,
        sample: words.train.slice(0, 12),
      },
      ...splitForView(data, { inputs: false }),
    };
  },
};
