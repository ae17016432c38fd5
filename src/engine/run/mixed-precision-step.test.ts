/**
 * Mixed precision in the running step: the loss scaler follows PyTorch's GradScaler through a
 * forced overflow (skip and halve, grow after the interval), a skipped step leaves the weights
 * and the optimizer state unchanged, step mode and the fused step agree bit for bit, fp16
 * without loss scaling loses the small gradients that scaling keeps, no tensor leaks, and a
 * run resumed from a checkpoint continues bit for bit with the scaler's state (an older
 * checkpoint without it starts from the initial scale).
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type LabConfig } from '../../config/schema';
import type { BackwardReport, PhaseReport, UpdateReport } from '../../protocol/reports';
import { MemoryCheckpointStore } from '../checkpoint';
import { TASKS } from '../tasks/registry';
import { roundToBf16Scalar, roundToFp16Scalar } from '../training/float-bits';
import { TrainingRun } from '../training-run';
import { viewPhase } from './phase-view';
import { readOptimizerState } from './optimizer';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** fp16 with loss scaling from 2³², which overflows the first steps' fp16 gradients. */
const OVERFLOW: Partial<LabConfig> = {
  precision: 'fp16',
  lossScaling: 'dynamic',
  initScale: 2 ** 32,
  growthInterval: 3,
  optimizer: 'adam',
  learningRate: 0.01,
  points: 200,
  batchSize: 16,
  seed: 3,
};

const newRun = (over: Partial<LabConfig>, store = new MemoryCheckpointStore()) => {
  const config = { ...DEFAULT_CONFIG, ...over };
  return new TrainingRun(config, TASKS[config.task], store);
};

async function weights(run: TrainingRun): Promise<Float32Array[]> {
  return Promise.all(run.ctx.model!.variables.map((v) => v.data() as Promise<Float32Array>));
}

async function optimizerState(run: TrainingRun): Promise<Float32Array[]> {
  const saved = await readOptimizerState(run.ctx.optimizer!);
  return saved.map((s) => Float32Array.from(s.values));
}

/** `k` fused steps; each step's loss and the scaler's state after it. */
async function fusedSteps(run: TrainingRun, k: number) {
  const out: { loss: number; scale: number; skipped: number; tracker: number }[] = [];
  for (let i = 0; i < k; i++) {
    const loss = await run.trainStepScaled();
    const { scale, skippedSteps, growthTracker } = run.state.scaler;
    out.push({
      loss: (await loss.data())[0],
      scale,
      skipped: skippedSteps,
      tracker: growthTracker,
    });
    loss.dispose();
  }
  return out;
}

/** Runs step-mode phases until `phase` has run; returns its report. */
async function until<P extends PhaseReport['phase']>(run: TrainingRun, phase: P) {
  for (let guard = 0; guard < 20; guard++) {
    const r = await run.runNextPhase();
    if (r.phase === phase) return r as Extract<PhaseReport, { phase: P }>;
  }
  throw new Error(`phase ${phase} never ran`);
}

describe('fp16 with dynamic loss scaling in the step', () => {
  it('skips and halves on overflow, grows ×2 after the interval, as GradScaler', async () => {
    const run = newRun(OVERFLOW);
    await run.initialize();
    await run.trainStepScaled().then((l) => l.dispose()); // creates Adam's slots
    let scale = run.state.scaler.scale;
    let tracker = run.state.scaler.growthTracker;
    let skips = run.state.scaler.skippedSteps;
    expect([scale, skips]).toEqual([2 ** 31, 1]); // 2³² overflowed fp16: skipped, halved
    let grew = 0;
    for (let i = 0; i < 40; i++) {
      const [w0, s0] = [await weights(run), await optimizerState(run)];
      (await run.trainStepScaled()).dispose();
      const now = run.state.scaler;
      const skipped = now.skippedSteps > skips;
      if (skipped) {
        expect(now.scale).toBe(scale / 2);
        expect(now.growthTracker).toBe(0);
        expect(await weights(run)).toEqual(w0); // the optimizer step did not happen
        expect(await optimizerState(run)).toEqual(s0);
      } else if (tracker + 1 === 3) {
        expect(now.scale).toBe(scale * 2);
        expect(now.growthTracker).toBe(0);
        grew++;
      } else {
        expect(now.scale).toBe(scale);
        expect(now.growthTracker).toBe(tracker + 1);
        expect(await weights(run)).not.toEqual(w0);
      }
      [scale, tracker, skips] = [now.scale, now.growthTracker, now.skippedSteps];
    }
    expect(skips).toBeGreaterThan(5); // from 2³² down to a scale fp16 can hold
    expect(grew).toBeGreaterThan(0);
    expect(run.step).toBe(41); // a skipped step still counts: its batch is used up
    const { lossScale, skippedSteps } = run.history;
    expect(lossScale!.steps).toEqual(Array.from({ length: 41 }, (_, i) => i + 1));
    expect(skippedSteps!.steps).toEqual(lossScale!.steps);
    expect(lossScale!.values.at(-1)).toBe(scale);
    expect(skippedSteps!.values.at(-1)).toBe(skips);
    // They reach the page with the other named series (its live log).
    const points = run.state.metrics.takePoints();
    expect(points.lossScale).toEqual(lossScale);
    expect(points.skippedSteps).toEqual(skippedSteps);
    run.dispose();
  });

  it('step mode and the fused step take the same steps, bit for bit', async () => {
    const fused = newRun(OVERFLOW);
    const stepped = newRun(OVERFLOW);
    await fused.initialize(); // step mode initializes in its first phase
    const a = await fusedSteps(fused, 12);
    const b: typeof a = [];
    const updates: UpdateReport[] = [];
    for (let i = 0; i < 12; i++) {
      const back = await until(stepped, 'backward');
      const up = await until(stepped, 'update');
      updates.push(up);
      const { scale, skippedSteps, growthTracker } = stepped.state.scaler;
      b.push({ loss: back.loss, scale, skipped: skippedSteps, tracker: growthTracker });
      await until(stepped, 'stopping');
    }
    expect(b.map((s) => [s.scale, s.skipped, s.tracker])).toEqual(
      a.map((s) => [s.scale, s.skipped, s.tracker]),
    );
    expect(b.map((s) => Math.fround(s.loss))).toEqual(a.map((s) => s.loss));
    expect(await weights(stepped)).toEqual(await weights(fused));
    const skipped = updates.filter((u) => u.precision.scaler!.skipped);
    expect(skipped.length).toBeGreaterThan(0);
    for (const u of skipped) expect(u.after).toEqual(u.before);
    expect(updates[0].precision.scaler).toMatchObject({
      scaleBefore: 2 ** 32,
      scaleAfter: 2 ** 31,
    });
    // The panel's charts: the run's loss scale and skipped steps per step, from its log.
    const log = updates.at(-1)!.precision.log!;
    expect(log.lossScale!.steps).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(log.lossScale!.values).toEqual(b.map((s) => s.scale));
    expect(log.skippedSteps!.values).toEqual(b.map((s) => s.skipped));
    // Adam, ZeRO's count: fp16 weights 2 + grads 2 + fp32 master 4 + m and v 8 = 16 bytes.
    expect(updates[0].precision.bytesPerParameter.fp16.total).toBe(16);
    expect(updates[0].precision.bytesPerParameter.fp32.total).toBe(16);
    fused.dispose();
    stepped.dispose();
  });

  it('without loss scaling fp16 zeroes small gradients that scaling keeps', async () => {
    // Small weights and four tanh layers: the first layers' gradients are below fp16's 6e-8.
    const small: Partial<LabConfig> = {
      initializer: 'normal',
      hiddenLayers: 4,
      units: 8,
      optimizer: 'sgd',
      seed: 2,
    };
    const grads = async (over: Partial<LabConfig>) => {
      const run = newRun({ ...small, ...over });
      await run.initialize();
      const r: BackwardReport = await until(run, 'backward');
      run.dispose();
      const zeros = r.grads.reduce((n, g) => n + g.values.filter((v) => v === 0).length, 0);
      return { zeros, report: r };
    };
    const fp32 = await grads({ precision: 'fp32' });
    const off = await grads({ precision: 'fp16', lossScaling: 'off' });
    const scaled = await grads({ precision: 'fp16', lossScaling: 'dynamic' });
    expect(off.report.precision.underflowUnscaled).toBeGreaterThan(0.3);
    expect(off.report.precision.lossScale).toBeNull();
    expect(scaled.report.precision.lossScale).toBe(65536);
    expect(scaled.report.precision.underflowScaled).toBeLessThan(
      off.report.precision.underflowUnscaled / 5,
    );
    // fp32 computes the share too (what fp16 would lose), and loses nothing itself. The shares
    // are close, not equal: under fp16 the hidden activations are rounded, so its gradients
    // differ a little from float32's.
    expect(fp32.report.precision.underflowUnscaled).toBeGreaterThan(0.3);
    expect(
      Math.abs(fp32.report.precision.underflowUnscaled - off.report.precision.underflowUnscaled),
    ).toBeLessThan(0.05);
    const total = off.report.grads.reduce((n, g) => n + g.values.length, 0);
    expect(off.zeros - fp32.zeros).toBeGreaterThan(0.3 * total);
    expect(scaled.zeros - fp32.zeros).toBeLessThan((off.zeros - fp32.zeros) / 5);
    for (const g of off.report.grads)
      for (const v of g.values) expect(v === 0 || Math.abs(v) >= 2 ** -24).toBe(true);
  });

  it.each([
    ['fp16', 'off', roundToFp16Scalar],
    ['bf16', 'dynamic', roundToBf16Scalar],
  ] as const)(
    '%s (loss scaling %s): every gradient the update gets is a value of the format',
    async (precision, lossScaling, round) => {
      const run = newRun({ ...OVERFLOW, precision, lossScaling });
      const r = await until(run, 'backward');
      run.dispose();
      const values = r.grads.flatMap((g) => Array.from(g.values));
      expect(values.filter((v) => v !== 0).length).toBeGreaterThan(values.length / 2);
      expect(values.filter((v) => round(v) !== v)).toEqual([]);
    },
  );

  it.each([
    ['fp16 with loss scaling', OVERFLOW],
    ['fp16 without', { ...OVERFLOW, lossScaling: 'off' }],
    ['bf16', { ...OVERFLOW, precision: 'bf16' }],
  ] as [string, Partial<LabConfig>][])('leaks no tensor (%s)', async (_, over) => {
    const baseline = tf.memory().numTensors;
    const run = newRun({ ...over, accumulation: 2 });
    await run.initialize();
    (await run.trainStepScaled()).dispose();
    await until(run, 'stopping');
    const settled = tf.memory().numTensors;
    for (let i = 0; i < 4; i++) (await run.trainStepScaled()).dispose();
    await until(run, 'stopping');
    for (const phase of ['forward', 'loss', 'backward', 'update'] as const)
      await viewPhase(run.ctx, run.state, run.plan, phase, 0);
    expect(tf.memory().numTensors).toBe(settled);
    run.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
  });
});

describe('checkpoint and resume with the loss scaler', () => {
  it('a run restored at step K continues bit for bit, scaler included', async () => {
    const K = 13;
    const store = new MemoryCheckpointStore();
    const a = newRun(OVERFLOW, store);
    await a.initialize();
    await fusedSteps(a, K);
    const saved = await a.saveCheckpoint();
    const scalerAtK = { ...a.state.scaler };
    expect(scalerAtK.scale).not.toBe(OVERFLOW.initScale); // the restored state must matter
    const rest = await fusedSteps(a, K);

    const record = (await store.load(saved.saved.id))!;
    expect(record.scaler).toEqual(scalerAtK);
    const b = newRun(OVERFLOW, store);
    await b.restore(record);
    expect(b.state.scaler).toEqual(scalerAtK);
    expect(await fusedSteps(b, K)).toEqual(rest);
    expect(await weights(b)).toEqual(await weights(a));
    expect(b.history.lossScale).toEqual(a.history.lossScale);
    expect(b.history.skippedSteps).toEqual(a.history.skippedSteps);
    a.dispose();
    b.dispose();
  });

  it('an older checkpoint without the scaler starts from the initial scale', async () => {
    const store = new MemoryCheckpointStore();
    const config = { ...OVERFLOW, initScale: 1024 }; // no overflow: nothing skipped
    const a = newRun(config, store);
    await a.initialize();
    await fusedSteps(a, 2);
    expect(a.state.scaler).toEqual({ scale: 1024, growthTracker: 2, skippedSteps: 0 });
    const saved = await a.saveCheckpoint();
    const older = { ...(await store.load(saved.saved.id))! };
    delete older.scaler;
    const b = newRun(config, store);
    b.state.scaler.growthTracker = 1; // the restore must not keep what the run held
    await b.restore(older);
    expect(b.state.scaler).toEqual({ scale: 1024, growthTracker: 0, skippedSteps: 0 });
    a.dispose();
    b.dispose();
  });
});
