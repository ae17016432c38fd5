/**
 * The bare loops' problems: each BareModel's training data on the device, its variables
 * and its forward pass, and the bare step that trains it (BARE_MODELS in bare-models.ts;
 * see bare-loop.worker.ts for what they are). No browser API here but `fetch` for the
 * MNIST asset, so the unit tests can profile a bare step beside the app's fused step.
 */
import * as tf from '@tensorflow/tfjs';
import { createCharMlp } from '../engine/models/char-mlp';
import { createTransformer } from '../engine/models/transformer';
import { Rng } from '../engine/rng';
import { MNIST_ASSET_PATH, parseMnistAsset } from '../engine/tasks/mnist/data';
import { loadNames, makePairs, VOCAB_SIZE } from '../engine/tasks/names/data';
import type { BareModel } from './bare-models';

const POINTS = 400;
const VALIDATION_SPLIT = 0.2;
const HIDDEN_UNITS = [8, 8];
const CLASSES = 2;
/** MNIST: the app's 9,000 non-test digits less 10 % for validation. */
const MNIST_TRAIN = 8100;
const MNIST_CLASSES = 10;
const NOISE = 0.1;
/** The seed of every bare loop. */
export const SEED = 42;

/** mulberry32: a small, fast, seedable PRNG (tfjs seeds cannot drive a shuffle). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gaussian(random: () => number): number {
  // Box-Muller; 1 - u keeps the argument of log away from 0.
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

export function shuffleInPlace(order: Int32Array, random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
}

/**
 * Two circles as the app draws them: a disc (r ≤ 0.45, class 0) inside a ring
 * (0.65 ≤ r ≤ 1, class 1), with Gaussian noise on both coordinates.
 */
function twoCircles(random: () => number): { x: Float32Array; y: Int32Array } {
  const x = new Float32Array(POINTS * 2);
  const y = new Int32Array(POINTS);
  for (let i = 0; i < POINTS; i++) {
    const label = i % 2;
    const radius = label === 0 ? 0.45 * random() : 0.65 + 0.35 * random();
    const angle = 2 * Math.PI * random();
    x[2 * i] = radius * Math.cos(angle) + NOISE * gaussian(random);
    x[2 * i + 1] = radius * Math.sin(angle) + NOISE * gaussian(random);
    y[i] = label;
  }
  return { x, y };
}

/** Glorot (Xavier) uniform: U(-l, l) with l = sqrt(6 / (fanIn + fanOut)). */
function glorotUniform(fanIn: number, fanOut: number, random: () => number): Float32Array {
  const limit = Math.sqrt(6 / (fanIn + fanOut));
  const values = new Float32Array(fanIn * fanOut);
  for (let i = 0; i < values.length; i++) values[i] = (2 * random() - 1) * limit;
  return values;
}

/** He uniform: U(-l, l) with l = sqrt(6 / fanIn) (the same variance as the app's He normal). */
function heUniform(size: number, fanIn: number, random: () => number): Float32Array {
  const limit = Math.sqrt(6 / fanIn);
  const values = new Float32Array(size);
  for (let i = 0; i < values.length; i++) values[i] = (2 * random() - 1) * limit;
  return values;
}

/** A training set on the device, a model's variables and its forward pass. */
export interface Problem {
  /** Training inputs (examples × features) and one-hot targets, on the device. */
  x: tf.Tensor2D;
  y: tf.Tensor2D;
  trainPoints: number;
  batchSize: number;
  learningRate: number;
  variables: tf.Variable[];
  logits(x: tf.Tensor2D): tf.Tensor2D;
}

function dense(fanIn: number, fanOut: number, init: Float32Array): tf.Variable[] {
  return [tf.variable(tf.tensor2d(init, [fanIn, fanOut])), tf.variable(tf.zeros([fanOut]))];
}

/** MLP sizes[0] → … → sizes[n]: `act` on every hidden layer, plain logits at the end. */
function mlpLogits(v: tf.Variable[], act: (t: tf.Tensor) => tf.Tensor) {
  return (x: tf.Tensor2D): tf.Tensor2D => {
    let h: tf.Tensor = x;
    for (let l = 0; l < v.length; l += 2) {
      const z = tf.add(tf.matMul(h as tf.Tensor2D, v[l] as tf.Tensor2D), v[l + 1]);
      h = l + 2 < v.length ? act(z) : z;
    }
    return h as tf.Tensor2D;
  };
}

/** The app's default: two circles, MLP 2 → 8 → 8 → 2 with tanh. */
function twoCirclesProblem(random: () => number, batchSize = 32): Problem {
  const data = twoCircles(random);
  const order = new Int32Array(POINTS).map((_, i) => i);
  shuffleInPlace(order, random);
  const trainPoints = POINTS - Math.round(POINTS * VALIDATION_SPLIT);
  const trainX = new Float32Array(trainPoints * 2);
  const trainY = new Int32Array(trainPoints);
  for (let i = 0; i < trainPoints; i++) {
    trainX[2 * i] = data.x[2 * order[i]];
    trainX[2 * i + 1] = data.x[2 * order[i] + 1];
    trainY[i] = data.y[order[i]];
  }
  const sizes = [2, ...HIDDEN_UNITS, CLASSES];
  const variables = sizes
    .slice(1)
    .flatMap((fanOut, i) => dense(sizes[i], fanOut, glorotUniform(sizes[i], fanOut, random)));
  return {
    x: tf.tensor2d(trainX, [trainPoints, 2]),
    y: tf.tidy(() => tf.oneHot(tf.tensor1d(trainY, 'int32'), CLASSES).toFloat() as tf.Tensor2D),
    trainPoints,
    batchSize,
    learningRate: 0.03,
    variables,
    logits: mlpLogits(variables, tf.tanh),
  };
}

/** The first MNIST_TRAIN digits of the build's MNIST asset, pixels scaled to [0, 1]. */
async function mnistDigits(): Promise<{ x: tf.Tensor2D; y: tf.Tensor2D; size: number }> {
  const url = new URL(`${import.meta.env.BASE_URL}${MNIST_ASSET_PATH}`, self.location.origin);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`Could not load the MNIST digits (${url.pathname}: ${res.status}).`);
  const m = parseMnistAsset(new Uint8Array(await res.arrayBuffer()));
  const size = m.rows * m.cols;
  const n = Math.min(MNIST_TRAIN, m.count);
  const pixels = new Float32Array(n * size);
  for (let i = 0; i < pixels.length; i++) pixels[i] = m.pixels[i] / 255;
  const labels = Int32Array.from(m.labels.subarray(0, n));
  return {
    x: tf.tensor2d(pixels, [n, size]),
    y: tf.tidy(
      () => tf.oneHot(tf.tensor1d(labels, 'int32'), MNIST_CLASSES).toFloat() as tf.Tensor2D,
    ),
    size,
  };
}

/** MNIST with the app's MLP 784 → 128 → 10 (relu). */
async function mnistMlpProblem(random: () => number, batchSize = 64): Promise<Problem> {
  const { x, y, size } = await mnistDigits();
  const sizes = [size, 128, MNIST_CLASSES];
  const variables = sizes
    .slice(1)
    .flatMap((fanOut, i) =>
      dense(sizes[i], fanOut, heUniform(sizes[i] * fanOut, sizes[i], random)),
    );
  return {
    x,
    y,
    trainPoints: x.shape[0],
    batchSize,
    learningRate: 0.001,
    variables,
    logits: mlpLogits(variables, tf.relu),
  };
}

/** MNIST with the app's CNN: [conv 5×5 (valid) → relu → max pool 2] × (8, 16) → dense 10. */
async function mnistCnnProblem(random: () => number, batchSize = 64): Promise<Problem> {
  const { x, y, size } = await mnistDigits();
  const side = Math.round(Math.sqrt(size));
  const k = 5;
  const variables: tf.Variable[] = [];
  let inC = 1;
  let s = side;
  for (const outC of [8, 16]) {
    const w = heUniform(k * k * inC * outC, k * k * inC, random);
    variables.push(tf.variable(tf.tensor4d(w, [k, k, inC, outC])), tf.variable(tf.zeros([outC])));
    inC = outC;
    s = Math.floor((s - k + 1) / 2);
  }
  const flat = s * s * inC;
  variables.push(...dense(flat, MNIST_CLASSES, heUniform(flat * MNIST_CLASSES, flat, random)));
  return {
    x,
    y,
    trainPoints: x.shape[0],
    batchSize,
    learningRate: 0.001,
    variables,
    logits: (xb) => {
      let h = tf.reshape(xb, [-1, side, side, 1]) as tf.Tensor4D;
      for (let l = 0; l < 2; l++) {
        const z = tf.add(
          tf.conv2d(h, variables[2 * l] as tf.Tensor4D, 1, 'valid'),
          variables[2 * l + 1],
        );
        h = tf.maxPool(tf.relu(z) as tf.Tensor4D, 2, 2, 'valid');
      }
      const logits = tf.add(
        tf.matMul(tf.reshape(h, [-1, flat]), variables[4] as tf.Tensor2D),
        variables[5],
      );
      return logits as tf.Tensor2D;
    },
  };
}

/** The names task's pairs with one of its models, as the app builds them by default. */
function namesProblem(model: 'mlp' | 'transformer') {
  return (random: () => number, batchSize = 64): Problem => {
    const context = 5;
    const pairs = makePairs(loadNames(), context);
    const rng = new Rng(Math.floor(random() * 2 ** 32));
    const common = { vocab: VOCAB_SIZE, context, embedding: 16, batchSize } as const;
    const net =
      model === 'mlp'
        ? createCharMlp({ ...common, hidden: [64], activation: 'tanh', initializer: 'glorot' }, rng)
        : createTransformer(
            { ...common, heads: 2, blocks: 1, activation: 'tanh', initializer: 'glorot' },
            rng,
          );
    return {
      x: tf.tensor2d(pairs.x, [pairs.n, context]),
      y: tf.tidy(
        () => tf.oneHot(tf.tensor1d(pairs.y, 'int32'), VOCAB_SIZE).toFloat() as tf.Tensor2D,
      ),
      trainPoints: pairs.n,
      batchSize,
      learningRate: 0.01,
      variables: net.variables,
      logits: (xb) => net.forward(xb).logits,
    };
  };
}

export const PROBLEMS: Record<
  BareModel,
  (random: () => number, batchSize?: number) => Promise<Problem> | Problem
> = {
  'classify2d-mlp': twoCirclesProblem,
  'mnist-mlp': mnistMlpProblem,
  'mnist-cnn': mnistCnnProblem,
  'names-mlp': namesProblem('mlp'),
  'names-transformer': namesProblem('transformer'),
};

/**
 * One bare optimizer step: `optimizer.minimize` of tfjs's softmax cross-entropy on the
 * batch gathered on the device. Returns the loss when `keepLoss`, else disposes it.
 */
export function bareStep(
  problem: Problem,
  optimizer: tf.Optimizer,
  batch: Int32Array,
  keepLoss: boolean,
): tf.Scalar | null {
  const indices = tf.tensor1d(batch, 'int32');
  const loss = optimizer.minimize(() => {
    const xb = tf.gather(problem.x, indices);
    const yb = tf.gather(problem.y, indices);
    return tf.losses.softmaxCrossEntropy(yb, problem.logits(xb)) as tf.Scalar;
  }, true);
  indices.dispose();
  if (keepLoss) return loss;
  loss?.dispose();
  return null;
}
