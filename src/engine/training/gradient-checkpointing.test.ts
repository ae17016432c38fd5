import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { taskDefaults } from '../../config/schema';
import { createMlp, type MlpSpec } from '../models/mlp';
import { MemoryCheckpointStore } from '../checkpoint';
import { Rng } from '../rng';
import { softmaxCrossEntropy } from '../tasks/classify2d';
import { TASKS } from '../tasks/registry';
import type { Model } from '../tasks/types';
import { TrainingRun } from '../training-run';
import { sqrtSegments } from './gradient-checkpointing';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const SPEC: MlpSpec = {
  inputSize: 5,
  hidden: [16, 16, 16],
  outputs: 3,
  activation: 'tanh',
  initializer: 'glorot',
  batchSize: 32,
};

/** Two MLPs with the same initial weights, without and with gradient checkpointing. */
function pair(spec: MlpSpec): [Model, Model] {
  return [
    createMlp({ ...spec, gradCheckpoint: false }, new Rng(7)),
    createMlp({ ...spec, gradCheckpoint: true }, new Rng(7)),
  ];
}

function batch(spec: MlpSpec, n: number, seed: number): { x: tf.Tensor2D; y: tf.Tensor1D } {
  const rng = new Rng(seed);
  const x = Float32Array.from({ length: n * spec.inputSize }, () => rng.next() * 2 - 1);
  const y = Int32Array.from({ length: n }, () => Math.floor(rng.next() * spec.outputs));
  return { x: tf.tensor2d(x, [n, spec.inputSize]), y: tf.tensor1d(y, 'int32') };
}

/** The training gradient of the mean cross-entropy, in variable order, and the loss. */
function grads(model: Model, x: tf.Tensor2D, y: tf.Tensor1D, classes: number) {
  const logits = (xs: tf.Tensor2D) =>
    model.trainLogits ? model.trainLogits(xs) : model.forward(xs).logits;
  const { value, grads: g } = tf.variableGrads(
    () => tf.mean(softmaxCrossEntropy(logits(x), y, classes)),
    model.variables,
  );
  return { value, grads: model.variables.map((v) => g[v.name]) };
}

describe('gradient checkpointing (torch.utils.checkpoint semantics)', () => {
  it('splits L layers into groups of ⌈√L⌉', () => {
    expect(sqrtSegments(3)).toEqual([
      [0, 2],
      [2, 3],
    ]);
    expect(sqrtSegments(9)).toEqual([
      [0, 3],
      [3, 6],
      [6, 9],
    ]);
    expect(sqrtSegments(1)).toEqual([[0, 1]]);
    expect(sqrtSegments(0)).toEqual([]);
    expect(() => sqrtSegments(-1)).toThrow(RangeError);
  });

  it('gives bit-equal gradients for a 3-hidden-layer MLP, and leaks no tensor', () => {
    for (const activation of ['tanh', 'relu'] as const) {
      const [plain, ckpt] = pair({ ...SPEC, activation });
      expect(plain.trainLogits).toBeUndefined();
      expect(ckpt.trainLogits).toBeDefined();
      const { x, y } = batch(SPEC, 32, 1);
      const a = grads(plain, x, y, SPEC.outputs);
      const before = tf.memory().numTensors;
      const b = grads(ckpt, x, y, SPEC.outputs);
      // Only the loss and one gradient per variable remain.
      expect(tf.memory().numTensors - before).toBe(1 + ckpt.variables.length);
      expect(b.value.dataSync()).toEqual(a.value.dataSync());
      // Bit-equal (not merely within float32 tolerance) on the cpu backend: the recomputation
      // runs the same kernels on the same inputs.
      for (let i = 0; i < a.grads.length; i++)
        expect(b.grads[i].dataSync(), plain.variables[i].name).toEqual(a.grads[i].dataSync());
      tf.dispose([a.value, b.value, ...a.grads, ...b.grads, x, y]);
      plain.dispose();
      ckpt.dispose();
    }
  });

  it('trains to the same losses over a few SGD steps', () => {
    const [plain, ckpt] = pair(SPEC);
    const losses = (model: Model) => {
      const out: number[] = [];
      for (let step = 0; step < 5; step++) {
        const { x, y } = batch(SPEC, 32, 10 + step);
        const { value, grads: g } = grads(model, x, y, SPEC.outputs);
        out.push(value.dataSync()[0]);
        model.variables.forEach((v, i) => v.assign(tf.tidy(() => tf.sub(v, tf.mul(g[i], 0.5)))));
        tf.dispose([value, ...g, x, y]);
      }
      return out;
    };
    const a = losses(plain);
    const b = losses(ckpt);
    expect(a[4]).toBeLessThan(a[0]);
    expect(b).toEqual(a);
    plain.dispose();
    ckpt.dispose();
  });

  it('runs an extra forward pass and keeps fewer activation bytes (measured with tf.profile)', async () => {
    // A wider, deeper MLP so that activations dominate: batch 256, 4 hidden layers of 128.
    const spec: MlpSpec = { ...SPEC, inputSize: 32, hidden: [128, 128, 128, 128], batchSize: 256 };
    const [plain, ckpt] = pair(spec);
    const { x, y } = batch(spec, 256, 3);
    const measure = async (model: Model) => {
      const info = await tf.profile(() => {
        const { value, grads: g } = grads(model, x, y, spec.outputs);
        tf.dispose([value, ...g]);
      });
      return { kernels: info.kernels.length, peakBytes: info.peakBytes };
    };
    const a = await measure(plain);
    const b = await measure(ckpt);
    // The hidden layers' forward kernels: matMul, add, tanh per layer, run again in backward.
    const extra = b.kernels - a.kernels;
    console.log(
      `gradient checkpointing, MLP 32-128×4-3, batch 256, cpu: kernels per step ${a.kernels} → ${b.kernels} (+${extra}), peak bytes ${a.peakBytes} → ${b.peakBytes} (${a.peakBytes - b.peakBytes} bytes not kept)`,
    );
    expect(extra).toBeGreaterThanOrEqual(3 * spec.hidden.length);
    expect(b.peakBytes).toBeLessThan(a.peakBytes);
    tf.dispose([x, y]);
    plain.dispose();
    ckpt.dispose();
  });
});

describe('gradient checkpointing in the tasks with the MLP', () => {
  it.each(['classify2d', 'regress1d', 'table'] as const)(
    '%s: the checkpointed training logits and gradients equal the plain ones bit for bit',
    (id) => {
      const task = TASKS[id];
      const config = { ...taskDefaults(id), hiddenLayers: 3 };
      const data = task.makeData(config, new Rng(1));
      const plain = task.buildModel(config, data, new Rng(2));
      const ckpt = task.buildModel({ ...config, gradCheckpoint: 'on' }, data, new Rng(2));
      expect(plain.trainLogits).toBeUndefined();
      expect(ckpt.trainLogits).toBeDefined();
      const n = 16;
      const x = tf.tensor2d(data.train.x.slice(0, n * data.inputSize), [n, data.inputSize]);
      const y = tf.tensor1d(
        Array.from(data.train.y.slice(0, n)),
        data.classes === 0 ? 'float32' : 'int32',
      );
      const run = (model: Model) => {
        const logits = model.trainLogits ?? ((xs: tf.Tensor2D) => model.forward(xs).logits);
        const { value, grads: g } = tf.variableGrads(
          () => tf.mean(task.lossPerExample(logits(x), y, data.classes, data)),
          model.variables,
        );
        const out = [value, ...model.variables.map((v) => g[v.name])].map((t) => t.dataSync());
        tf.dispose([value, ...Object.values(g)]);
        return out;
      };
      const before = tf.memory().numTensors;
      expect(run(ckpt)).toEqual(run(plain));
      expect(tf.memory().numTensors).toBe(before);
      tf.dispose([x, y]);
      plain.dispose();
      ckpt.dispose();
    },
  );
});

describe('gradient checkpointing in a whole training run', () => {
  it.each([
    ['fp32, one worker', {}],
    ['bf16, 2 workers, 2 micro-batches', { precision: 'bf16', workers: 2, accumulation: 2 }],
  ] as const)('gives the same losses with it on and off (%s)', async (_name, techniques) => {
    const losses = async (gradCheckpoint: 'off' | 'on') => {
      const config = {
        ...taskDefaults('classify2d'),
        hiddenLayers: 4,
        ...techniques,
        gradCheckpoint,
      };
      const run = new TrainingRun(config, TASKS.classify2d, new MemoryCheckpointStore());
      const out: number[] = [];
      // One step through the nine phases of step mode (its backward phase included), then
      // fused steps as in run mode.
      for (let i = 0; i < 9; i++) {
        const r = await run.runNextPhase();
        if (r.phase === 'backward') out.push(r.globalNorm, ...r.grads.map((g) => g.norm));
      }
      for (let i = 0; i < 8; i++) {
        const loss = await run.trainStepScaled();
        out.push(loss.dataSync()[0]);
        loss.dispose();
      }
      // The recomputation shows in the kernels one more fused step runs.
      const profile = await tf.profile(async () => (await run.trainStepScaled()).dispose());
      run.dispose();
      return { out, kernels: profile.kernels.length };
    };
    const before = tf.memory().numTensors;
    const { out: off, kernels: plainKernels } = await losses('off');
    const { out: on, kernels } = await losses('on');
    expect(on).toEqual(off);
    expect(kernels).toBeGreaterThan(plainKernels);
    expect(off.at(-1)).not.toBe(off.at(-8));
    expect(tf.memory().numTensors).toBe(before);
  });
});
