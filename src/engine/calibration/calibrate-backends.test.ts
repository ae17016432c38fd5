/**
 * The backend calibration in the engine, on tfjs's cpu kernels under two backend names: Node
 * has no GPU, so the `webgl` name is re-registered as a second cpu backend (every cpu kernel
 * registered under it too). Each backend's steps really run; a fake clock, advanced by each
 * step by that backend's cost, decides the times. The calibration must choose the backend
 * with the most measured steps/s, leave the run untouched and free every tensor of its
 * copies, and its choice must be honoured: the run then trains on that backend.
 */
import * as tf from '@tensorflow/tfjs';
import { MathBackendCPU } from '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type LabConfig } from '../../config/schema';
import type { BackendName, EngineEvent } from '../../protocol/messages';
import { MemoryCheckpointStore } from '../checkpoint';
import { TASKS } from '../tasks/registry';
import { TrainingRun } from '../training-run';
import { BackendControl, type BackendHost } from './backend-control';
import { calibrateBackends, type Unavailable } from './calibrate-backends';

const SECOND_CPU = 'webgl';

beforeAll(async () => {
  if (tf.findBackendFactory(SECOND_CPU)) tf.removeBackend(SECOND_CPU);
  for (const k of tf.getKernelsForBackend(SECOND_CPU))
    tf.unregisterKernel(k.kernelName, SECOND_CPU);
  tf.registerBackend(SECOND_CPU, () => new MathBackendCPU());
  for (const k of tf.getKernelsForBackend('cpu')) {
    tf.registerKernel({ ...k, backendName: SECOND_CPU });
  }
  await tf.setBackend('cpu');
});

const SMALL: LabConfig = {
  ...DEFAULT_CONFIG,
  points: 200,
  validationSplit: 0.2,
  batchSize: 16,
  hiddenLayers: 2,
  units: 6,
  seed: 5,
};

/** A clock that only moves when a step says so. */
function fakeClock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

/** ms per step of each backend: webgl (the second cpu) is fastest, then cpu. */
const COST: Record<BackendName, number> = { webgpu: 0.5, webgl: 2, wasm: 1, cpu: 8 };

/** webgpu has no adapter, wasm does not start (as in a browser without them); the rest do. */
async function activate(name: BackendName): Promise<Unavailable | null> {
  if (name === 'webgpu') return { problem: 'noAdapter', detail: null };
  if (name === 'wasm') return { problem: 'failedToStart', detail: 'no wasm module here' };
  await tf.setBackend(name);
  return null;
}

const TIMING = { steps: 5, warmup: 1, budgetMs: Infinity };

/** A run on cpu, initialized, after `steps` fused steps. */
async function trainedRun(steps: number, config = SMALL): Promise<TrainingRun> {
  await tf.setBackend('cpu');
  const run = new TrainingRun(config, TASKS[config.task], new MemoryCheckpointStore());
  await run.runNextPhase(); // initialization
  for (let i = 0; i < steps; i++) run.trainStep().dispose();
  return run;
}

async function weightsOf(run: TrainingRun): Promise<number[][]> {
  return Promise.all(run.ctx.model!.variables.map(async (v) => Array.from(await v.data())));
}

/** The backend a tensor's data lives on. */
function backendOf(t: tf.Tensor): tf.KernelBackend {
  return (
    tf.engine() as unknown as {
      state: { tensorInfo: { get(id: object): { backend: tf.KernelBackend } } };
    }
  ).state.tensorInfo.get(t.dataId).backend;
}

describe('backend calibration on a copy of the run', () => {
  it('picks the backend with the most measured steps/s and leaves the run untouched', async () => {
    const run = await trainedRun(3);
    const clock = fakeClock();
    const before = await weightsOf(run);
    const order = run.state.order.slice();
    const { step, cursor } = run.state;
    const rng = { ...run.state.rng };
    const tensors = tf.memory().numTensors;
    const progress: number[] = [];
    const report = await calibrateBackends(run.ctx, run.state, {
      backends: ['webgpu', 'webgl', 'wasm', 'cpu'],
      activate,
      now: clock.now,
      onStep: (b) => clock.advance(COST[b]),
      timing: TIMING,
      convolutional: false,
      flopsPerStep: run.modelSummary.flopsPerStep,
      onProgress: (r) => progress.push(r.rows.length),
    });
    await tf.setBackend('cpu');

    expect(report.status).toBe('done');
    expect(report.chosen).toBe('webgl');
    expect(report.rows.map((r) => [r.backend, r.problem])).toEqual([
      ['webgpu', 'noAdapter'],
      ['webgl', null],
      ['wasm', 'failedToStart'],
      ['cpu', null],
    ]);
    const [, webgl, wasm, cpu] = report.rows;
    // 5 timed steps of 2 ms and of 8 ms.
    expect(webgl.stepsPerSecond).toBe(500);
    expect(cpu.stepsPerSecond).toBe(125);
    expect(webgl.stepsTimed).toBe(5);
    expect(report.marginOverNext).toBe(4);
    expect(report.achievedFlops).toBe(500 * run.modelSummary.flopsPerStep);
    expect(wasm.detail).toBe('no wasm module here');
    expect(wasm.stepsPerSecond).toBeNull();
    // The same step on the same kernels: tf.profile counts the same kernels on both.
    expect(webgl.kernelsPerStep).toBeGreaterThan(20);
    expect(cpu.kernelsPerStep).toBe(webgl.kernelsPerStep);
    // The fake steps cost the same at one example: launching the kernels is all of the step.
    expect(webgl.kernelOverheadS).toBeCloseTo(0.002 / webgl.kernelsPerStep!, 15);
    expect(report.regime).toBe('dispatch-bound');
    expect(report.dispatchShare).toBeCloseTo(1, 12);
    // A report after each backend, and one before the first.
    expect(progress).toEqual([0, 1, 2, 3, 4]);

    // The run is as it was, and the copies are freed.
    expect(await weightsOf(run)).toEqual(before);
    expect(run.state.order).toEqual(order);
    expect([run.state.step, run.state.cursor, run.state.rng]).toEqual([step, cursor, rng]);
    expect(tf.memory().numTensors).toBe(tensors);
    run.dispose();
  });

  it('leaves out wasm for a convolutional model and a backend whose step fails', async () => {
    const run = await trainedRun(1);
    const clock = fakeClock();
    const report = await calibrateBackends(run.ctx, run.state, {
      backends: ['wasm', 'webgl', 'cpu'],
      activate,
      now: clock.now,
      onStep: (b) => {
        if (b === 'webgl') throw new Error('device lost');
        clock.advance(COST[b]);
      },
      timing: TIMING,
      convolutional: true,
      flopsPerStep: 1000,
    });
    await tf.setBackend('cpu');
    expect(report.rows.map((r) => [r.backend, r.problem, r.detail])).toEqual([
      ['wasm', 'noConvKernels', null],
      ['webgl', 'stepFailed', 'device lost'],
      ['cpu', null, null],
    ]);
    expect(report.chosen).toBe('cpu');
    expect(report.marginOverNext).toBeNull();
    run.dispose();
  });

  it('fails, choosing nothing, when no backend can train', async () => {
    const run = await trainedRun(0);
    const report = await calibrateBackends(run.ctx, run.state, {
      backends: ['webgpu', 'wasm'],
      activate,
      now: fakeClock().now,
      convolutional: false,
      flopsPerStep: 1000,
    });
    expect(report.status).toBe('failed');
    expect(report.chosen).toBeNull();
    run.dispose();
  });
});

/** A session's side of the controller, recording what it was told. */
function hostOf(run: TrainingRun) {
  const posted: EngineEvent[] = [];
  const resets: LabConfig[] = [];
  const host: BackendHost = {
    run: () => run,
    post: (e) => posted.push(e),
    setChoice: () => {},
    reset: async (config) => void resets.push(config),
  };
  return { host, posted, resets };
}

function controlOf(host: BackendHost) {
  const clock = fakeClock();
  return new BackendControl(host, {
    activate,
    now: clock.now,
    onStep: (b) => clock.advance(COST[b]),
    timing: TIMING,
    backends: ['webgpu', 'webgl', 'wasm', 'cpu'],
  });
}

describe('the calibration’s choice is honoured', () => {
  it('a trained run goes on training on the fastest backend, its state kept', async () => {
    const run = await trainedRun(3);
    const { host, posted, resets } = hostOf(run);
    const control = controlOf(host);
    control.started('auto');
    const step = run.step;
    const weights = await weightsOf(run);
    await control.calibrate();

    expect(tf.getBackend()).toBe('webgl');
    const ready = posted.filter((e) => e.type === 'ready');
    expect(ready).toEqual([
      { type: 'ready', backend: 'webgl', requested: 'auto', fallbackReasons: [], adapter: null },
    ]);
    const reports = posted.flatMap((e) => (e.type === 'calibration' ? [e.report] : []));
    expect(reports.at(-1)?.status).toBe('done');
    expect(reports.slice(0, -1).every((r) => r.status === 'running')).toBe(true);
    // Not rebuilt: the trained run keeps its step and weights…
    expect(resets).toEqual([]);
    expect(run.step).toBe(step);
    expect(await weightsOf(run)).toEqual(weights);
    // …and its next step runs on the chosen backend, where its weights now live.
    run.trainStep().dispose();
    expect(run.step).toBe(step + 1);
    const chosen = tf.findBackend(SECOND_CPU);
    expect(run.ctx.model!.variables.every((v) => backendOf(v) === chosen)).toBe(true);
    run.dispose();
    await tf.setBackend('cpu');
  });

  it('a run without weights yet is built again on the chosen backend', async () => {
    await tf.setBackend('cpu');
    const run = new TrainingRun(SMALL, TASKS[SMALL.task], new MemoryCheckpointStore());
    const { host, resets } = hostOf(run);
    await controlOf(host).calibrate();
    expect(tf.getBackend()).toBe('webgl');
    expect(resets).toEqual([SMALL]);
    run.dispose();
    await tf.setBackend('cpu');
  });

  it('calibrates again after a reset only under auto and for another model', async () => {
    const run = await trainedRun(0);
    const { host, posted } = hostOf(run);
    const control = controlOf(host);
    const calibrations = () => posted.filter((e) => e.type === 'calibration').length;
    await control.afterReset();
    expect(calibrations()).toBe(0); // not asked for auto
    control.started('auto');
    await control.afterReset();
    const once = calibrations();
    expect(once).toBeGreaterThan(0);
    await control.afterReset(); // the same model: measured already
    expect(calibrations()).toBe(once);
    run.dispose();
    await tf.setBackend('cpu');
  });
});
