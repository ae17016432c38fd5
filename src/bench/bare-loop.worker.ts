/**
 * A bare TensorFlow.js training loop, the reference the app is measured against.
 *
 * It trains one of the app's models with nothing around it: one `optimizer.minimize(f, true)`
 * per step (tfjs's softmax cross-entropy on one-hot labels, Adam), the batch gathered on the
 * device with an int32 index tensor, and the loss read back every 10 steps. Whatever the app
 * costs beyond this loop (phases, reports, messages, rendering) shows up as the ratio of the
 * two. The models (BARE_MODELS in bare-models.ts):
 *   - `classify2d-mlp`: the app's default, MLP 2 → 8 → 8 → 2 (tanh, Glorot uniform), Adam
 *     lr 0.03, batch 32, 320 training points of two circles;
 *   - `mnist-mlp`: MLP 784 → 128 → 10 (relu, He), Adam lr 0.001, on the MNIST digits;
 *   - `mnist-cnn`: conv 5×5×8 → max pool 2 → conv 5×5×16 → max pool 2 → dense 10 (relu, He),
 *     Adam lr 0.001, on the MNIST digits;
 *   - `names-mlp`, `names-transformer`: the names task's default models (context 5,
 *     embedding 16; MLP with 64 tanh units, or one transformer block with 2 heads), Adam lr
 *     0.01, batch 64, on every (context → next character) pair of the names. Their forward
 *     pass is the app's own model code: what the ratio measures is everything around it.
 *
 * The worker is driven by two commands (BareLoopCommand): `prepare` builds the problem and
 * runs the warm-up steps (kernel compilation), then each `window` trains for a given time
 * and measures it. Several windows on one prepared loop let the benchmark interleave them
 * with the app's windows, so that load from other processes weighs on both alike.
 */
import * as tf from '@tensorflow/tfjs';
import wasmPlainUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import type { BareModel } from './bare-models';
import { bareStep, mulberry32, PROBLEMS, SEED, shuffleInPlace } from './bare-problems';

export type BenchBackend = 'webgpu' | 'webgl' | 'wasm' | 'cpu';

export interface BareLoopRequest {
  backend: BenchBackend;
  model: BareModel;
  /** Examples per step; the model's own default when absent. */
  batchSize?: number;
  /** Steps run (and read back) before timing starts: kernel compilation happens here. */
  warmupSteps: number;
}

/** The loop is set up and warmed up (kernels compiled): timed windows may follow. */
export interface BareLoopReady {
  ok: true;
  backend: string;
  model: BareModel;
  adapter: string | null;
  batchSize: number;
  trainPoints: number;
  readbackInterval: number;
  /** Duration of the very first step including its read-back (kernel compilation). */
  firstStepMs: number;
  warmupSteps: number;
  firstLoss: number;
  tensorsAfterWarmup: number;
  bytesAfterWarmup: number;
}

/** One timed window of training, from a read-back to the first read-back after `seconds`. */
export interface BareLoopWindow {
  measuredSteps: number;
  measuredMs: number;
  stepsPerSecond: number;
  samplesPerSecond: number;
  /** The last loss read back, to show the loop really trains. */
  lastLoss: number;
  tensorsAtEnd: number;
  bytesAtEnd: number;
}

export interface BareLoopFailure {
  ok: false;
  backend: string;
  model?: BareModel;
  error: string;
}

/** Commands to the worker: prepare once, then any number of timed windows. */
export type BareLoopCommand =
  { type: 'prepare'; request: BareLoopRequest } | { type: 'window'; seconds: number };

export type BareLoopReply = BareLoopReady | ({ ok: true } & BareLoopWindow) | BareLoopFailure;

const READBACK_INTERVAL = 10;

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

/** A prepared loop: the problem on the device, warmed up, ready for timed windows. */
interface PreparedLoop {
  info: BareLoopReady;
  /** Runs steps for at least `seconds`, from one read-back to another, and measures them. */
  window(seconds: number): Promise<BareLoopWindow>;
}

async function prepareBareLoop(request: BareLoopRequest): Promise<PreparedLoop> {
  await selectBackend(request.backend);
  const adapter = await describeAdapter(request.backend);
  const random = mulberry32(SEED);
  const problem = await PROBLEMS[request.model](random, request.batchSize);
  const { trainPoints, batchSize } = problem;
  const optimizer = tf.train.adam(problem.learningRate);

  const batchesPerEpoch = Math.floor(trainPoints / batchSize);
  const epochOrder = new Int32Array(trainPoints).map((_, i) => i);
  let batchIndex = batchesPerEpoch;

  const nextBatch = (): Int32Array => {
    if (batchIndex >= batchesPerEpoch) {
      shuffleInPlace(epochOrder, random);
      batchIndex = 0;
    }
    const start = batchIndex * batchSize;
    batchIndex++;
    return epochOrder.subarray(start, start + batchSize);
  };
  const step = (keepLoss: boolean) => bareStep(problem, optimizer, nextBatch(), keepLoss);

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
  const info: BareLoopReady = {
    ok: true,
    backend: tf.getBackend(),
    model: request.model,
    adapter,
    batchSize,
    trainPoints,
    readbackInterval: READBACK_INTERVAL,
    firstStepMs,
    warmupSteps: request.warmupSteps,
    firstLoss,
    tensorsAfterWarmup: afterWarmup.numTensors,
    bytesAfterWarmup: afterWarmup.numBytes,
  };

  return {
    info,
    async window(seconds) {
      // Timing starts and ends at a read-back, so no queued work is counted outside it.
      let measuredSteps = 0;
      let lastLoss = Number.NaN;
      const start = performance.now();
      let now = start;
      while (now - start < seconds * 1000) {
        lastLoss = await stepsWithReadback(READBACK_INTERVAL);
        measuredSteps += READBACK_INTERVAL;
        now = performance.now();
      }
      const measuredMs = now - start;
      const atEnd = tf.memory();
      const stepsPerSecond = (measuredSteps * 1000) / measuredMs;
      return {
        measuredSteps,
        measuredMs,
        stepsPerSecond,
        samplesPerSecond: stepsPerSecond * batchSize,
        lastLoss,
        tensorsAtEnd: atEnd.numTensors,
        bytesAtEnd: atEnd.numBytes,
      };
    },
  };
}

const scope = self as unknown as DedicatedWorkerGlobalScope;
let loop: PreparedLoop | null = null;

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

scope.onmessage = async (event: MessageEvent<BareLoopCommand>) => {
  const command = event.data;
  let reply: BareLoopReply;
  if (command.type === 'prepare') {
    try {
      loop = await prepareBareLoop(command.request);
      reply = loop.info;
    } catch (error) {
      reply = {
        ok: false,
        backend: command.request.backend,
        model: command.request.model,
        error: errorText(error),
      };
    }
  } else if (!loop) {
    reply = { ok: false, backend: tf.getBackend(), error: 'the loop was not prepared' };
  } else {
    try {
      reply = { ok: true, ...(await loop.window(command.seconds)) };
    } catch (error) {
      reply = { ok: false, backend: tf.getBackend(), error: errorText(error) };
    }
  }
  scope.postMessage(reply);
};
