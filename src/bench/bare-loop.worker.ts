/**
 * A bare TensorFlow.js training loop, the reference the app is measured against.
 *
 * It trains the app's default model (MLP 2 → 8 → 8 → 2, tanh, Glorot uniform, softmax
 * cross-entropy, Adam lr 0.03, batch 32, 320 training points of two circles) with nothing
 * around it: one `optimizer.minimize(f, true)` per step, the batch gathered on the device
 * with an int32 index tensor, and the loss read back every 10 steps. Whatever the app costs
 * beyond this loop (phases, reports, messages, rendering) shows up as the ratio of the two.
 */
import * as tf from '@tensorflow/tfjs';
import wasmPlainUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';

export type BenchBackend = 'webgpu' | 'webgl' | 'wasm' | 'cpu';

export interface BareLoopRequest {
  backend: BenchBackend;
  /** Steps run (and read back) before timing starts: kernel compilation happens here. */
  warmupSteps: number;
  /** Length of the timed part; it ends at the first loss read-back after this. */
  seconds: number;
}

export interface BareLoopSuccess {
  ok: true;
  backend: string;
  adapter: string | null;
  batchSize: number;
  trainPoints: number;
  readbackInterval: number;
  /** Duration of the very first step including its read-back (kernel compilation). */
  firstStepMs: number;
  warmupSteps: number;
  measuredSteps: number;
  measuredMs: number;
  stepsPerSecond: number;
  samplesPerSecond: number;
  /** The last loss read back, to show the loop really trains. */
  firstLoss: number;
  lastLoss: number;
  tensorsAfterWarmup: number;
  tensorsAtEnd: number;
  bytesAfterWarmup: number;
  bytesAtEnd: number;
}

export interface BareLoopFailure {
  ok: false;
  backend: string;
  error: string;
}

export type BareLoopResult = BareLoopSuccess | BareLoopFailure;

const POINTS = 400;
const VALIDATION_SPLIT = 0.2;
const HIDDEN_UNITS = [8, 8];
const CLASSES = 2;
const BATCH_SIZE = 32;
const LEARNING_RATE = 0.03;
const READBACK_INTERVAL = 10;
const NOISE = 0.1;
const SEED = 42;

/** mulberry32: a small, fast, seedable PRNG (tfjs seeds cannot drive a shuffle). */
function mulberry32(seed: number): () => number {
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

function shuffleInPlace(order: Int32Array, random: () => number): void {
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

async function selectBackend(name: BenchBackend): Promise<void> {
  if (name === 'webgpu') {
    await import('@tensorflow/tfjs-backend-webgpu');
  } else if (name === 'wasm') {
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    // Vite copies the binaries into the build and gives their hashed URLs.
    wasm.setWasmPaths({
      'tfjs-backend-wasm.wasm': wasmPlainUrl,
      'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
      'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedSimdUrl,
    });
  }
  // setBackend resolves to false (after logging why) when the backend cannot start.
  if (!(await tf.setBackend(name)))
    throw new Error(`tfjs could not initialise the ${name} backend`);
  await tf.ready();
}

async function describeAdapter(name: BenchBackend): Promise<string | null> {
  if (name !== 'webgpu' || !('gpu' in navigator)) return null;
  const adapter = await navigator.gpu.requestAdapter();
  if (!adapter) return null;
  const { vendor, architecture, description } = adapter.info;
  return [vendor, architecture, description].filter(Boolean).join(' / ') || 'unknown adapter';
}

async function runBareLoop(request: BareLoopRequest): Promise<BareLoopSuccess> {
  await selectBackend(request.backend);
  const adapter = await describeAdapter(request.backend);
  const random = mulberry32(SEED);

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

  // The training set lives on the device for the whole run; batches are gathered from it.
  const xAll = tf.tensor2d(trainX, [trainPoints, 2]);
  const yAll = tf.tidy(() => tf.oneHot(tf.tensor1d(trainY, 'int32'), CLASSES).toFloat());

  const sizes = [2, ...HIDDEN_UNITS, CLASSES];
  const layers = sizes.slice(1).map((fanOut, i) => ({
    w: tf.variable(tf.tensor2d(glorotUniform(sizes[i], fanOut, random), [sizes[i], fanOut])),
    b: tf.variable(tf.zeros([fanOut])),
  }));
  const optimizer = tf.train.adam(LEARNING_RATE);

  const batchesPerEpoch = Math.floor(trainPoints / BATCH_SIZE);
  const epochOrder = new Int32Array(trainPoints).map((_, i) => i);
  let batchIndex = batchesPerEpoch;

  const nextBatchIndices = (): tf.Tensor1D => {
    if (batchIndex >= batchesPerEpoch) {
      shuffleInPlace(epochOrder, random);
      batchIndex = 0;
    }
    const start = batchIndex * BATCH_SIZE;
    batchIndex++;
    return tf.tensor1d(epochOrder.subarray(start, start + BATCH_SIZE), 'int32');
  };

  /** One optimizer step; returns the loss tensor when `keepLoss`, else disposes it. */
  const step = (keepLoss: boolean): tf.Scalar | null => {
    const indices = nextBatchIndices();
    const loss = optimizer.minimize(() => {
      const xb = tf.gather(xAll, indices);
      const yb = tf.gather(yAll, indices);
      let h: tf.Tensor = xb;
      layers.forEach(({ w, b }, i) => {
        const z = tf.add(tf.matMul(h, w), b);
        h = i < layers.length - 1 ? tf.tanh(z) : z;
      });
      return tf.losses.softmaxCrossEntropy(yb, h) as tf.Scalar;
    }, true);
    indices.dispose();
    if (keepLoss) return loss;
    loss?.dispose();
    return null;
  };

  /** Runs `READBACK_INTERVAL` steps and reads the last loss back (one GPU → CPU sync). */
  const stepsWithReadback = async (count: number): Promise<number> => {
    let last: tf.Scalar | null = null;
    for (let i = 0; i < count; i++) last = step(i === count - 1);
    if (!last) throw new Error('no loss to read back');
    const [value] = await last.data();
    last.dispose();
    return value;
  };

  const firstStart = performance.now();
  const firstLoss = await stepsWithReadback(1);
  const firstStepMs = performance.now() - firstStart;
  let done = 1;
  while (done < request.warmupSteps) {
    const n = Math.min(READBACK_INTERVAL, request.warmupSteps - done);
    await stepsWithReadback(n);
    done += n;
  }
  const afterWarmup = tf.memory();

  // Timing starts and ends at a read-back, so no queued work is counted outside the window.
  let measuredSteps = 0;
  let lastLoss = firstLoss;
  const start = performance.now();
  let now = start;
  while (now - start < request.seconds * 1000) {
    lastLoss = await stepsWithReadback(READBACK_INTERVAL);
    measuredSteps += READBACK_INTERVAL;
    now = performance.now();
  }
  const measuredMs = now - start;
  const atEnd = tf.memory();

  const stepsPerSecond = (measuredSteps * 1000) / measuredMs;
  return {
    ok: true,
    backend: tf.getBackend(),
    adapter,
    batchSize: BATCH_SIZE,
    trainPoints,
    readbackInterval: READBACK_INTERVAL,
    firstStepMs,
    warmupSteps: request.warmupSteps,
    measuredSteps,
    measuredMs,
    stepsPerSecond,
    samplesPerSecond: stepsPerSecond * BATCH_SIZE,
    firstLoss,
    lastLoss,
    tensorsAfterWarmup: afterWarmup.numTensors,
    tensorsAtEnd: atEnd.numTensors,
    bytesAfterWarmup: afterWarmup.numBytes,
    bytesAtEnd: atEnd.numBytes,
  };
}

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<BareLoopRequest>) => {
  let result: BareLoopResult;
  try {
    result = await runBareLoop(event.data);
  } catch (error) {
    result = {
      ok: false,
      backend: event.data.backend,
      error: error instanceof Error ? error.message : String(error),
    };
  }
  scope.postMessage(result);
};
