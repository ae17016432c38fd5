import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type LabConfig, type OptimizerId } from '../config/schema';
import type { PhaseId } from '../protocol/phases';
import type { BackwardReport, PhaseReport, ReportOf, UpdateReport } from '../protocol/reports';
import { MemoryCheckpointStore } from './checkpoint';
import { completeStep } from './phases/update';
import { TASKS } from './tasks/registry';
import { retired, TrainingRun } from './training-run';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** A small run: 200 points (160 for training), batches of 16, so 10 batches per epoch. */
const SMALL: LabConfig = {
  ...DEFAULT_CONFIG,
  points: 200,
  validationSplit: 0.2,
  batchSize: 16,
  hiddenLayers: 2,
  units: 6,
};

const newRun = (over: Partial<LabConfig> = {}, store = new MemoryCheckpointStore()) =>
  new TrainingRun({ ...SMALL, ...over }, TASKS.classify2d, store);

/** Runs phases in step mode until `phase` has run; returns the reports by phase. */
async function runUntil(run: TrainingRun, phase: PhaseId) {
  const reports: Partial<{ [P in PhaseId]: ReportOf<P> }> = {};
  for (let guard = 0; guard < 20; guard++) {
    const r: PhaseReport = await run.runNextPhase();
    (reports as Record<string, PhaseReport>)[r.phase] = r;
    if (r.phase === phase) return reports;
  }
  throw new Error(`phase ${phase} never ran`);
}

/** One optimizer step in step mode; returns the backward and update reports. */
async function stepInStepMode(
  run: TrainingRun,
): Promise<{ backward: BackwardReport; update: UpdateReport }> {
  const r = await runUntil(run, 'update');
  return { backward: r.backward!, update: r.update! };
}

/** K fused steps; the losses read back as numbers. */
async function trainSteps(run: TrainingRun, k: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < k; i++) {
    const loss = run.trainStep();
    out.push((await loss.data())[0]);
    loss.dispose();
  }
  return out;
}

async function weightsOf(run: TrainingRun): Promise<Float32Array[]> {
  const r = await run.saveCheckpoint();
  const rec = await (run as unknown as { store: MemoryCheckpointStore }).store.load(r.saved.id);
  return rec!.weights.map((w) => Float32Array.from(w.values));
}

// ── update = optimizer(backward's gradients) ──────────────────────────────────────────

/**
 * The optimizers' update rules written out in float64 from their definitions, with the
 * hyperparameters of src/engine/training/optimizer-settings.ts. Each state entry is per parameter tensor.
 */
interface RefState {
  m: Float64Array[];
  v: Float64Array[];
  t: number;
}

function referenceStep(
  id: OptimizerId,
  lr: number,
  before: Float32Array[],
  grads: Float32Array[],
  s: RefState,
): Float64Array[] {
  s.t += 1;
  return before.map((theta, p) => {
    const out = new Float64Array(theta.length);
    s.m[p] ??= new Float64Array(theta.length);
    s.v[p] ??= new Float64Array(theta.length);
    const m = s.m[p];
    const v = s.v[p];
    for (let k = 0; k < theta.length; k++) {
      const g = grads[p][k];
      switch (id) {
        case 'sgd':
          out[k] = theta[k] - lr * g;
          break;
        case 'momentum':
          m[k] = 0.9 * m[k] + g; // tfjs / Keras momentum: a ← μa + g, θ ← θ − lr·a
          out[k] = theta[k] - lr * m[k];
          break;
        case 'adam': {
          m[k] = 0.9 * m[k] + 0.1 * g;
          v[k] = 0.999 * v[k] + 0.001 * g * g;
          const mHat = m[k] / (1 - 0.9 ** s.t);
          const vHat = v[k] / (1 - 0.999 ** s.t);
          out[k] = theta[k] - (lr * mHat) / (Math.sqrt(vHat) + 1e-7);
          break;
        }
        case 'rmsprop':
          // tfjs RMSprop (not centered, momentum 0): ε inside the square root.
          v[k] = 0.9 * v[k] + 0.1 * g * g;
          out[k] = theta[k] - (lr * g) / Math.sqrt(v[k] + 1e-7);
          break;
      }
    }
    return out;
  });
}

/**
 * Compares float32 results with the float64 reference. For parameters, the step Δθ = after −
 * before is compared relatively: tfjs computes Adam's bias correction 1 − β₂ᵗ in float32, where
 * cancellation leaves ≈ 3e-5 relative error, so Δθ gets 1e-4; the sum θ + Δθ adds up to half an
 * ulp of θ (6e-8 relative).
 */
function expectClose(got: Float32Array, want: Float64Array, what: string, before?: Float32Array) {
  expect(got.length).toBe(want.length);
  for (let k = 0; k < want.length; k++) {
    const base = before?.[k] ?? 0;
    const tol = 1e-7 + 1e-7 * Math.abs(base) + 1e-4 * Math.abs(want[k] - base);
    if (!(Math.abs(got[k] - want[k]) <= tol)) {
      expect.fail(`${what}[${k}]: got ${got[k]}, want ${want[k]} (before ${base})`);
    }
  }
}

describe('update phase', () => {
  it('applies SGD to the backward gradients: θ ← θ − lr·g, bit for bit in float32', async () => {
    const lr = 0.05;
    const run = newRun({ optimizer: 'sgd', learningRate: lr });
    const { backward, update } = await stepInStepMode(run);
    expect(update.before.length).toBe(6);
    const c = Math.fround(-lr);
    update.before.forEach((b, p) => {
      const g = backward.grads[p].values;
      // tfjs computes θ + (−lr)·g with one float32 rounding per operation.
      const want = b.values.map((theta, k) => Math.fround(Math.fround(c * g[k]) + theta));
      expect(update.after[p].values, b.name).toEqual(want);
      expect(update.after[p].shape).toEqual(b.shape);
    });
    // And the step really changed the parameters.
    expect(update.after[0].values).not.toEqual(update.before[0].values);
    run.dispose();
  });

  it.each(['sgd', 'momentum', 'adam', 'rmsprop'] as const)(
    'applies %s to the backward gradients over three steps',
    async (id) => {
      const lr = 0.02;
      const run = newRun({ optimizer: id, learningRate: lr });
      const ref: RefState = { m: [], v: [], t: 0 };
      let previous: Float32Array[] | null = null;
      for (let step = 1; step <= 3; step++) {
        const { backward, update } = await stepInStepMode(run);
        expect(update.step).toBe(step);
        const before = update.before.map((p) => p.values);
        // Nothing but the update phase changes the parameters between steps.
        if (previous) expect(before).toEqual(previous);
        const grads = backward.grads.map((g) => g.values);
        const want = referenceStep(id, lr, before, grads, ref);
        update.after.forEach((a, p) =>
          expectClose(a.values, want[p], `${id} step ${step} ${a.name}`, before[p]),
        );
        previous = update.after.map((p) => p.values);
      }
      run.dispose();
    },
  );

  it('reports Adam’s moments after the first step: m = (1−β₁)g, v = (1−β₂)g², m̂ = g, v̂ = g²', async () => {
    const lr = 0.03;
    const run = newRun({ optimizer: 'adam', learningRate: lr });
    const { backward, update } = await stepInStepMode(run);
    const { t, hparams, params } = update.state;
    expect(t).toBe(1);
    expect(hparams).toMatchObject({ beta1: 0.9, beta2: 0.999, epsilon: 1e-7 });
    expect(params.map((p) => p.name)).toEqual(update.before.map((p) => p.name));
    params.forEach((p, i) => {
      expect(p.quantities.map((q) => q.id)).toEqual(['m', 'v', 'mHat', 'vHat', 'step']);
      const q = Object.fromEntries(p.quantities.map((x) => [x.id, x.values]));
      const g = backward.grads[i].values;
      expectClose(
        q.m,
        Float64Array.from(g, (x) => 0.1 * x),
        'm',
      );
      expectClose(
        q.v,
        Float64Array.from(g, (x) => 0.001 * x * x),
        'v',
      );
      // After one step the bias corrections undo the averaging: m̂ = g, v̂ = g².
      expectClose(q.mHat, Float64Array.from(g), 'm̂');
      expectClose(
        q.vHat,
        Float64Array.from(g, (x) => x * x),
        'v̂',
      );
      // The effective step lr·m̂/(√v̂ + ε) is lr·g/(|g| + ε) ≈ ±lr now …
      expectClose(
        q.step,
        Float64Array.from(g, (x) => (lr * x) / (Math.abs(x) + 1e-7)),
        'step',
      );
      // … and exactly what the update subtracted, in float32.
      const before = update.before[i].values;
      expect(update.after[i].values).toEqual(before.map((w, k) => Math.fround(w - q.step[k])));
    });
    run.dispose();
  });

  it('reports the momentum buffer, RMSprop’s square average and its step size', async () => {
    const momentum = newRun({ optimizer: 'momentum', nesterov: 'on', learningRate: 0.05 });
    const a = await stepInStepMode(momentum);
    expect(a.update.state.hparams).toMatchObject({ momentum: 0.9, nesterov: true });
    a.update.state.params.forEach((p, i) => {
      expect(p.quantities.map((q) => q.id)).toEqual(['buffer']);
      // PyTorch's first step: b = g.
      expect(p.quantities[0].values).toEqual(a.backward.grads[i].values);
    });
    momentum.dispose();
    const rmsprop = newRun({ optimizer: 'rmsprop', learningRate: 0.01 });
    const b = await stepInStepMode(rmsprop);
    expect(b.update.state.hparams).toMatchObject({ alpha: 0.9, epsilon: 1e-7 });
    b.update.state.params.forEach((p, i) => {
      const q = Object.fromEntries(p.quantities.map((x) => [x.id, x.values]));
      expect(Object.keys(q)).toEqual(['squareAvg', 'stepSize']);
      const g = b.backward.grads[i].values;
      expectClose(
        q.squareAvg,
        Float64Array.from(g, (x) => 0.1 * x * x),
        'v',
      );
      expectClose(
        q.stepSize,
        Float64Array.from(g, (x) => 0.01 / Math.sqrt(0.1 * x * x + 1e-7)),
        'lr/√(v + ε)',
      );
    });
    rmsprop.dispose();
  });

  it.each(['sgd', 'momentum', 'adam', 'rmsprop'] as const)(
    'applies a learning rate changed between steps (%s)',
    async (id) => {
      const run = newRun({ optimizer: id, learningRate: 0.01 });
      const ref: RefState = { m: [], v: [], t: 0 };
      const first = await stepInStepMode(run);
      referenceStep(
        id,
        0.01,
        first.update.before.map((p) => p.values),
        first.backward.grads.map((g) => g.values),
        ref,
      );
      await runUntil(run, 'stopping');
      run.updateLive({ ...run.currentConfig, learningRate: 0.2 });
      const { backward, update } = await stepInStepMode(run);
      const want = referenceStep(
        id,
        0.2,
        update.before.map((p) => p.values),
        backward.grads.map((g) => g.values),
        ref,
      );
      update.after.forEach((a, p) =>
        expectClose(a.values, want[p], `${id} after lr change`, update.before[p].values),
      );
      expect(update.learningRate).toBe(0.2);
      run.dispose();
    },
  );
});

// ── the other phases ──────────────────────────────────────────────────────────────────

describe('phases in step mode', () => {
  it('run in order and report consistent values', async () => {
    const run = newRun();
    expect(run.nextPhase).toBe('initialization');
    const r = await runUntil(run, 'stopping');
    expect(Object.keys(r)).toEqual([
      'initialization',
      'data',
      'forward',
      'loss',
      'backward',
      'update',
      'evaluation',
      'checkpoint',
      'stopping',
    ]);
    expect(run.nextPhase).toBe('data');

    const init = r.initialization!;
    expect(init.totalParams).toBe(2 * 6 + 6 + 6 * 6 + 6 + 6 * 2 + 2);
    expect(init.layers.map((l) => l.shape)).toEqual([
      [2, 6],
      [6, 6],
      [6, 2],
    ]);

    const data = r.data!;
    expect(data).toMatchObject({
      epoch: 0,
      batchIndex: 0,
      batchesPerEpoch: 10,
      batchSize: 16,
      shuffled: true,
    });
    expect(new Set(data.indices).size).toBe(16);

    // The loss phase's mean equals the loss the backward phase differentiates.
    expect(r.loss!.perExample).toHaveLength(16);
    expect(r.loss!.mean).toBeCloseTo(r.backward!.loss, 5);
    // p(true class) = exp(−ℓ)
    r.loss!.perExample.forEach((l, i) =>
      expect(r.loss!.trueClassProbability[i]).toBeCloseTo(Math.exp(-l), 5),
    );
    // Probabilities of each example sum to 1.
    const probs = r.forward!.probabilities;
    for (let e = 0; e < r.forward!.examples; e++)
      expect(probs[2 * e] + probs[2 * e + 1]).toBeCloseTo(1, 5);
    // ‖g‖ = √Σ‖gᵢ‖²
    const sq = r.backward!.grads.reduce((s, g) => s + g.values.reduce((t, v) => t + v * v, 0), 0);
    expect(r.backward!.globalNorm).toBeCloseTo(Math.sqrt(sq), 6);

    expect(r.evaluation!.valAccuracy).toBeGreaterThanOrEqual(0);
    expect(r.evaluation!.valAccuracy).toBeLessThanOrEqual(1);
    expect(r.evaluation!.grid?.probability).toHaveLength(r.evaluation!.grid!.size ** 2);
    expect(r.checkpoint!.saved.step).toBe(1);
    expect(r.checkpoint!.saved.sizeBytes).toBe(
      r.checkpoint!.contents.reduce((s, p) => s + p.bytes, 0),
    );
    expect(r.stopping!.stop).toBe(false);
    run.dispose();
  });

  it('visits every training example once per epoch and reshuffles between epochs', async () => {
    const run = newRun();
    await run.initialize();
    const epochs: number[][] = [];
    for (let e = 0; e < 2; e++) {
      const seen: number[] = [];
      for (let b = 0; b < run.batchesPerEpoch; b++) {
        const d = run.loadBatch();
        expect(d.shuffled).toBe(b === 0);
        seen.push(...d.indices);
        completeStep(run.ctx, run.state);
      }
      expect(run.epoch).toBe(e + 1);
      expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: 160 }, (_, i) => i));
      epochs.push(seen);
    }
    expect(epochs[0]).not.toEqual(epochs[1]);
    run.dispose();
  });

  it('makes a last smaller batch when the batch size does not divide the training set', async () => {
    const run = newRun({ batchSize: 50 }); // 160 = 3 × 50 + 10
    await run.initialize();
    const sizes: number[] = [];
    for (let b = 0; b < 4; b++) {
      sizes.push(run.loadBatch().batchSize);
      completeStep(run.ctx, run.state);
    }
    expect(sizes).toEqual([50, 50, 50, 10]);
    expect(run.epoch).toBe(1);
    run.dispose();
  });

  it('stop the run when a criterion fires', async () => {
    const run = newRun({ maxSteps: 2 });
    await runUntil(run, 'stopping');
    expect(run.finished).toBeNull();
    const r = await runUntil(run, 'stopping');
    expect(r.stopping!.stop).toBe(true);
    expect(run.finished?.reason.id).toBe('maxSteps');
    run.dispose();
  });
});

// ── determinism ───────────────────────────────────────────────────────────────────────

describe('determinism', () => {
  it('gives identical losses for the same seed and different losses for another seed', async () => {
    const runs = [newRun({ seed: 7 }), newRun({ seed: 7 }), newRun({ seed: 8 })];
    const losses: number[][] = [];
    for (const run of runs) {
      await run.initialize();
      losses.push(await trainSteps(run, 40));
      run.dispose();
    }
    expect(losses[0].every(Number.isFinite)).toBe(true);
    expect(losses[1]).toEqual(losses[0]);
    expect(losses[2]).not.toEqual(losses[0]);
    expect(losses[2].filter((l, i) => l === losses[0][i]).length).toBe(0);
  });

  it('trains identically in step mode and in run mode', async () => {
    const stepMode = newRun({ seed: 3 });
    const runMode = newRun({ seed: 3 });
    await runMode.initialize();
    const fromPhases: number[] = [];
    for (let i = 0; i < 12; i++) {
      fromPhases.push((await stepInStepMode(stepMode)).backward.loss);
      await runUntil(stepMode, 'stopping');
    }
    expect(await trainSteps(runMode, 12)).toEqual(fromPhases);
    expect(await weightsOf(runMode)).toEqual(await weightsOf(stepMode));
    stepMode.dispose();
    runMode.dispose();
  });

  it('learns: the validation loss of the circles falls well below its start', async () => {
    const run = newRun({ dataset: 'circles', optimizer: 'adam', learningRate: 0.03, seed: 1 });
    await run.initialize();
    const start = (await run.evaluate()).valLoss;
    for (let i = 0; i < 300; i++) run.trainStep().dispose();
    const end = await run.evaluate();
    // Seeds 1–3 reach 0.03–0.16 from ≈ 0.7 by step 300; chance level is ln 2 ≈ 0.69.
    expect(end.valLoss).toBeLessThan(0.5 * start);
    expect(end.trainAccuracy).toBeGreaterThan(0.9);
    run.dispose();
  });
});

// ── memory ────────────────────────────────────────────────────────────────────────────

describe('tensor memory', () => {
  it('does not grow over 200 fused steps', async () => {
    const run = newRun({ optimizer: 'adam' });
    await run.initialize();
    await trainSteps(run, 3); // creates the optimizer's slots
    const before = tf.memory().numTensors;
    const bytes = tf.memory().numBytes;
    for (let i = 0; i < 200; i++) run.trainStep().dispose();
    expect(tf.memory().numTensors).toBe(before);
    expect(tf.memory().numBytes).toBe(bytes);
    run.dispose();
  });

  it.each(['adam', 'momentum'] as const)(
    'does not grow over full phase cycles in step mode (%s)',
    async (id) => {
      const run = newRun({ optimizer: id });
      await runUntil(run, 'stopping'); // initialization plus a first cycle
      const before = tf.memory().numTensors;
      for (let c = 0; c < 4; c++) {
        const r = await runUntil(run, 'stopping');
        expect(Object.keys(r)).toHaveLength(8); // data … stopping
        expect(tf.memory().numTensors).toBe(before);
      }
      run.dispose();
    },
  );

  it.each(['adam', 'sgd', 'momentum', 'rmsprop', 'adamw'] as const)(
    'frees every tensor on dispose (%s)',
    async (id) => {
      const baseline = tf.memory().numTensors;
      const run = newRun({ optimizer: id });
      await runUntil(run, 'stopping');
      await runUntil(run, 'backward'); // leaves a batch and gradients pending
      await trainSteps(run, 5);
      await run.initialize(); // re-initializing replaces the model and optimizer
      await trainSteps(run, 2);
      expect(tf.memory().numTensors).toBeGreaterThan(baseline);
      run.dispose();
      expect(tf.memory().numTensors).toBe(baseline);
    },
  );

  it('frees every tensor of a restored run on dispose', async () => {
    const store = new MemoryCheckpointStore();
    const baseline = tf.memory().numTensors;
    const a = newRun({ optimizer: 'adam' }, store);
    await a.initialize();
    await trainSteps(a, 4);
    const saved = await a.saveCheckpoint();
    a.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
    const b = newRun({ optimizer: 'adam' }, store);
    await b.restore((await store.load(saved.saved.id))!);
    await trainSteps(b, 2);
    b.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
  });
});

// ── checkpoints ───────────────────────────────────────────────────────────────────────

describe('checkpoint and resume', () => {
  it.each([
    ['adam', {}],
    ['momentum', {}],
    ['sgd', {}],
    ['rmsprop', {}],
    ['adamw', { weightDecay: 0.1 }],
    ['momentum', { nesterov: 'on', weightDecay: 0.01 }],
  ] as [OptimizerId, Partial<LabConfig>][])(
    'a new run restored at step K continues bit for bit (%s %o)',
    async (id, over) => {
      const K = 13; // mid-epoch (10 batches per epoch); 2K crosses another reshuffle
      const store = new MemoryCheckpointStore();
      const a = newRun({ optimizer: id, seed: 11, ...over }, store);
      await a.initialize();
      await trainSteps(a, K);
      const saved = await a.saveCheckpoint();
      expect(saved.saved.step).toBe(K);
      const lossesA = await trainSteps(a, K);
      const weightsA = await weightsOf(a);

      const record = await store.load(saved.saved.id);
      expect(record).toBeDefined();
      const b = newRun({ optimizer: id, seed: 11, ...over }, store);
      await b.restore(record!);
      expect([b.step, b.epoch, b.cursor]).toEqual([K, 1, 3]);
      const lossesB = await trainSteps(b, K);
      expect(lossesB).toEqual(lossesA);
      expect(await weightsOf(b)).toEqual(weightsA);
      a.dispose();
      b.dispose();
    },
  );

  it('restores counters, early-stopping state and history, and continues in step mode', async () => {
    const store = new MemoryCheckpointStore();
    const a = newRun({ seed: 4 }, store);
    for (let i = 0; i < 3; i++) await runUntil(a, 'stopping');
    const id = (await store.list(a.runId)).at(-1)!.id;
    const b = newRun({ seed: 4 }, store);
    await b.restore((await store.load(id))!);
    expect(b.step).toBe(3);
    expect(b.earlyStopping).toEqual(a.earlyStopping);
    expect(b.history).toEqual(a.history);
    expect(b.valLoss).toBe(a.valLoss);
    expect(b.trainLoss).toBe(a.trainLoss);
    expect(b.valAccuracy).toBe(a.valAccuracy);
    expect(b.nextPhase).toBe('data');
    const ra = await stepInStepMode(a);
    const rb = await stepInStepMode(b);
    expect(rb.backward.loss).toBe(ra.backward.loss);
    expect(rb.update.after).toEqual(ra.update.after);
    a.dispose();
    b.dispose();
  });

  it('keeps the newest `keepCheckpoints` checkpoints of a run (no evaluation: no best)', async () => {
    const store = new MemoryCheckpointStore();
    const run = newRun({ keepCheckpoints: 3 }, store);
    await run.initialize();
    let last;
    for (let i = 0; i < 7; i++) {
      run.trainStep().dispose();
      last = await run.saveCheckpoint();
    }
    const steps = (await store.list(run.runId)).map((c) => c.step);
    expect(steps).toEqual([5, 6, 7]);
    expect(last!.checkpoints.map((c) => c.step)).toEqual(steps);
    run.dispose();
  });

  it('a checkpoint carries the restore-best copy of the weights, and a resumed run keeps it', async () => {
    const store = new MemoryCheckpointStore();
    const run = newRun({ restoreBest: 'on' }, store);
    await run.initialize();
    for (let i = 0; i < 3; i++) run.trainStep().dispose();
    await run.evaluate(); // the first evaluation is the best so far: its weights are kept
    const best = (await run.saveCheckpoint()).saved;
    const record = (await store.load(best.id))!;
    expect(record.bestWeights?.step).toBe(3);
    expect(record.bestWeights?.values).toHaveLength(record.weights.length);
    const resumed = newRun({ restoreBest: 'on' }, store);
    await resumed.restore(record);
    const kept = resumed.ctx.bestWeights;
    expect(kept.step).toBe(3);
    run.dispose();
    resumed.dispose();
  });

  it('retention keeps the latest K and the best by validation loss', () => {
    const meta = (step: number, valLoss: number | null) => ({
      id: `r@${step}`,
      runId: 'r',
      step,
      epoch: 0,
      valLoss,
      sizeBytes: 1,
      createdAt: step,
    });
    const all = [
      meta(10, 0.5),
      meta(20, 0.2),
      meta(30, 0.4),
      meta(40, NaN),
      meta(50, 0.3),
      meta(60, null),
    ];
    expect(retired(all, 2).map((c) => c.step)).toEqual([10, 30, 40]);
    expect(retired(all, 10)).toEqual([]);
    // the best is among the latest: nothing extra is kept
    expect(retired([meta(1, 0.9), meta(2, 0.1)], 1).map((c) => c.step)).toEqual([1]);
  });

  it('refuses a checkpoint of a different model shape', async () => {
    const store = new MemoryCheckpointStore();
    const a = newRun({ units: 6 }, store);
    await a.initialize();
    const saved = await a.saveCheckpoint();
    const b = newRun({ units: 5 }, store);
    await expect(b.restore((await store.load(saved.saved.id))!)).rejects.toThrow(/shape/);
    const c = newRun({ hiddenLayers: 1 }, store);
    await expect(c.restore((await store.load(saved.saved.id))!)).rejects.toThrow(/different model/);
    [a, b, c].forEach((r) => r.dispose());
  });
});
