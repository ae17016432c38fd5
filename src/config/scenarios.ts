/**
 * Lecture scenarios: one-click presets, each a config link (the URL query the page reads with
 * `readSearch`, ./url) that makes one classic effect of training appear. Their titles and the
 * two sentences on what to watch are content (src/content/<lang>/scenarios.ts), keyed by id;
 * src/engine/scenarios*.test.ts load each link and check that its effect really appears.
 */

/** The scenarios, in the order the lecture menu lists them. */
export const SCENARIO_IDS = [
  'lrTooHigh',
  'lrTooLow',
  'zerosInit',
  'deepSigmoid',
  'overfitting',
  'batchNoise',
  'faultResume',
  'spiralCapacity',
] as const;

export type ScenarioId = (typeof SCENARIO_IDS)[number];

/** The URL key naming the scenario a link loads, so that the page shows what to watch. */
export const SCENARIO_KEY = 'scenario';

/** Whether `value` is exactly one of {@link SCENARIO_IDS}. */
export function isScenarioId(value: unknown): value is ScenarioId {
  return (SCENARIO_IDS as readonly unknown[]).includes(value);
}

/** A scenario's links: the config to load, and optionally one to compare it with. */
export interface Scenario {
  id: ScenarioId;
  /** The URL query of its config (keys of ./schema's FIELDS), without the leading `?`. */
  query: string;
  /** A second config that shows the contrast (the fix, or the other extreme), if any. */
  contrast?: string;
}

/** Every scenario, by id. */
export const SCENARIOS: Record<ScenarioId, Scenario> = {
  // Plain SGD on a regression: each step overshoots further until the loss is ±∞ or NaN.
  lrTooHigh: { id: 'lrTooHigh', query: 'task=regress1d&opt=sgd&lr=5&eval=5' },
  // A thousandth of a sensible rate: the loss crawls.
  lrTooLow: {
    id: 'lrTooLow',
    query: 'opt=sgd&lr=0.0005&eval=10',
    contrast: 'opt=sgd&lr=0.5&eval=10',
  },
  zerosInit: { id: 'zerosInit', query: 'init=zeros&eval=10' },
  // Eight sigmoid layers: each multiplies the gradient by at most σ′ = 0.25.
  deepSigmoid: {
    id: 'deepSigmoid',
    query: 'layers=8&units=16&act=sigmoid&opt=sgd&lr=0.1&eval=10',
    contrast: 'layers=8&units=16&act=relu&init=he&opt=sgd&lr=0.1&eval=10',
  },
  // 40 noisy points (32 to train on) and 3 × 64 units: the net learns the noise.
  overfitting: {
    id: 'overfitting',
    query:
      'noise=0.5&n=40&layers=3&units=64&act=relu&init=he&lr=0.003&eval=5&patience=10&restore=on',
  },
  batchNoise: {
    id: 'batchNoise',
    query: 'opt=sgd&lr=0.05&bs=1&eval=20',
    contrast: 'opt=sgd&lr=0.05&bs=320&eval=20',
  },
  faultResume: { id: 'faultResume', query: 'ckpt=50&resume=on&es=off&eval=10' },
  // Two units in one layer cannot wrap a spiral; three ReLU layers of 32 can.
  spiralCapacity: {
    id: 'spiralCapacity',
    query: 'data=spiral&n=800&noise=0.05&layers=1&units=2&es=off&eval=20',
    contrast:
      'data=spiral&n=800&noise=0.05&layers=3&units=32&act=relu&init=he&lr=0.01&es=off&eval=20',
  },
};

/** The scenarios in menu order. */
export const SCENARIO_LIST: readonly Scenario[] = SCENARIO_IDS.map((id) => SCENARIOS[id]);
