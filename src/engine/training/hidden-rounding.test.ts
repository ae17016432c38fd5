/**
 * Mixed precision in the hidden layers: under fp16 and bf16 every model's hidden activations
 * are values of the format (rounding them again changes nothing) and differ from float32's,
 * the gradient passes through the rounding unchanged, fp32 rounds nothing, the checkpointed
 * training pass rounds as the plain one does, and the fused step and step mode train on the
 * rounded activations without leaking a tensor.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type LabConfig } from '../../config/schema';
import { MemoryCheckpointStore } from '../checkpoint';
import { createCharMlp } from '../models/char-mlp';
import { createCnn } from '../models/cnn';
import { createMlp, type MlpSpec } from '../models/mlp';
import { createTransformer } from '../models/transformer';
import { roundActivations } from '../phases/mixed-precision';
import { Rng } from '../rng';
import { TASKS } from '../tasks/registry';
import type { Model } from '../tasks/types';
import { TrainingRun } from '../training-run';
import { roundHidden } from './hidden-rounding';
import { type Precision, roundToPrecision } from './precision';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Each model family with inputs it reads: [name, model, x]. */
function models(): [string, Model, tf.Tensor2D][] {
  const rng = new Rng(11);
  const uniform = (n: number, lo: number, hi: number) =>
    Float32Array.from({ length: n }, () => rng.uniform(lo, hi));
  const tokens = (n: number, vocab: number) =>
    Float32Array.from({ length: n }, () => Math.floor(rng.uniform(0, vocab)));
  const mlpSpec: MlpSpec = {
    inputSize: 3,
    hidden: [16, 16, 16],
    outputs: 2,
    activation: 'tanh',
    initializer: 'glorot',
    batchSize: 8,
  };
  const lm = {
    vocab: 7,
    context: 4,
    embedding: 8,
    activation: 'tanh',
    initializer: 'glorot',
  } as const;
  return [
    ['MLP', createMlp(mlpSpec, new Rng(1)), tf.tensor2d(uniform(8 * 3, -2, 2), [8, 3])],
    [
      'MLP with gradient checkpointing',
      createMlp({ ...mlpSpec, gradCheckpoint: true }, new Rng(1)),
      tf.tensor2d(uniform(8 * 3, -2, 2), [8, 3]),
    ],
    [
      'CNN',
      createCnn(
        {
          imageSize: 10,
          channels: [3, 4],
          kernel: 3,
          pool: 2,
          outputs: 3,
          activation: 'relu',
          initializer: 'he',
          batchSize: 4,
        },
        new Rng(2),
      ),
      tf.tensor2d(uniform(4 * 100, 0, 1), [4, 100]),
    ],
    [
      'character MLP',
      createCharMlp({ ...lm, hidden: [12], batchSize: 6 }, new Rng(3)),
      tf.tensor2d(tokens(6 * 4, 7), [6, 4]),
    ],
    [
      'transformer',
      createTransformer({ ...lm, heads: 2, blocks: 2, batchSize: 6 }, new Rng(4)),
      tf.tensor2d(tokens(6 * 4, 7), [6, 4]),
    ],
  ];
}

describe.each(['fp16', 'bf16'] as const)('hidden activations under %s', (format) => {
  it.each(models().map(([name, model, x]) => ({ name, model, x })))(
    '$name: every hidden layer holds values of the format, not float32’s',
    ({ model, x }) => {
      const before = tf.memory().numTensors;
      const rounded = tf.tidy(() => model.forward(x, format).hidden);
      const plain = tf.tidy(() => model.forward(x).hidden);
      expect(rounded.length).toBeGreaterThan(0);
      let differing = 0;
      rounded.forEach((h, l) => {
        const values = h.dataSync();
        const again = tf.tidy(() => roundToPrecision(h, format).dataSync());
        expect(Array.from(again), `layer ${l} round trip`).toEqual(Array.from(values));
        const fp32 = plain[l].dataSync();
        expect(fp32.length).toBe(values.length);
        differing += values.filter((v, i) => v !== fp32[i]).length;
      });
      // float32 activations are rarely fp16/bf16 values: rounding moved some of them.
      expect(differing).toBeGreaterThan(0);
      tf.dispose([...rounded, ...plain]);
      expect(tf.memory().numTensors).toBe(before);
    },
  );
});

describe('the rounding of hidden activations', () => {
  it('passes the gradient through unchanged (straight-through)', () => {
    const h = tf.tensor1d([0.1, 1e-9, 70000, -3.3333]);
    const w = tf.tensor1d([0.5, -2, 3, 1e-3]);
    for (const format of ['fp16', 'bf16'] as Precision[]) {
      const g = tf.grad((x: tf.Tensor) => tf.sum(tf.mul(roundHidden(x, format), w)))(h);
      expect(Array.from(g.dataSync())).toEqual(Array.from(w.dataSync()));
      // while the value is rounded (1e-9 underflows to 0 in fp16, 70000 overflows to Inf)
      const value = roundHidden(h, format).dataSync();
      expect(Array.from(value)).toEqual(Array.from(roundToPrecision(h, format).dataSync()));
      g.dispose();
    }
    tf.dispose([h, w]);
  });

  it('is the activations themselves in fp32: no kernel runs', () => {
    const h = tf.tensor2d([1 / 3, 2 / 3], [1, 2]);
    expect(roundHidden(h, 'fp32')).toBe(h);
    h.dispose();
  });

  it.each(models().map(([name, model, x]) => ({ name, model, x })))(
    '$name: fp32 is the forward pass without a format, bit for bit',
    ({ model, x }) => {
      const outputs = (format?: Precision) =>
        tf.tidy(() => {
          const out = model.forward(x, format);
          return [out.logits, ...out.hidden];
        });
      const a = outputs();
      const b = outputs('fp32');
      expect(b.length).toBe(a.length);
      b.forEach((t, i) => expect(Array.from(t.dataSync())).toEqual(Array.from(a[i].dataSync())));
      tf.dispose([...a, ...b]);
    },
  );

  it('rounds in the checkpointed training pass as in the plain one: same logits and gradients', () => {
    const [, checkpointed, x] = models()[1];
    const y = tf.tensor1d([0, 1, 1, 0, 1, 0, 0, 1], 'int32');
    const lossOf = (logits: tf.Tensor2D) =>
      tf.losses.softmaxCrossEntropy(tf.oneHot(y, 2), logits) as tf.Scalar;
    const plain = tf.variableGrads(
      () => lossOf(checkpointed.forward(x, 'fp16').logits),
      checkpointed.variables,
    );
    const recomputed = tf.variableGrads(
      () => lossOf(checkpointed.trainLogits!(x, 'fp16')),
      checkpointed.variables,
    );
    const fp32 = tf.tidy(() => checkpointed.trainLogits!(x, 'fp32').dataSync());
    const fp16 = tf.tidy(() => checkpointed.trainLogits!(x, 'fp16').dataSync());
    expect(Array.from(fp16)).not.toEqual(Array.from(fp32));
    expect(recomputed.value.dataSync()[0]).toBe(plain.value.dataSync()[0]);
    for (const v of checkpointed.variables)
      expect(Array.from(recomputed.grads[v.name].dataSync())).toEqual(
        Array.from(plain.grads[v.name].dataSync()),
      );
    tf.dispose([plain.value, recomputed.value, y]);
    tf.dispose([...Object.values(plain.grads), ...Object.values(recomputed.grads)]);
  });
});

describe('a run under fp16 trains on rounded hidden activations', () => {
  const FP16: Partial<LabConfig> = {
    precision: 'fp16',
    lossScaling: 'off',
    hiddenLayers: 2,
    units: 16,
    points: 200,
    batchSize: 16,
    seed: 5,
  };
  const newRun = (over: Partial<LabConfig>) => {
    const config = { ...DEFAULT_CONFIG, ...FP16, ...over };
    return new TrainingRun(config, TASKS[config.task], new MemoryCheckpointStore());
  };

  it('the fused step’s loss is the loss of the rounded hidden layers', async () => {
    // The first batch and initial weights, seen through step mode's data phase.
    const probe = newRun({});
    await probe.runNextPhase(); // initialization
    await probe.runNextPhase(); // data
    const { x, y } = probe.ctx.batch!;
    const model = probe.ctx.model!;
    const lossWith = (hiddenFormat: Precision) =>
      tf.tidy(() => {
        const logits = roundActivations(model.forward(x, hiddenFormat).logits, 'fp16');
        const per = probe.ctx.task.lossPerExample(
          logits,
          y,
          probe.ctx.data.classes,
          probe.ctx.data,
        );
        return tf.mean(per).dataSync()[0];
      });
    const rounded = lossWith('fp16');
    const floatHidden = lossWith('fp32');
    expect(rounded).not.toBe(floatHidden);

    const fused = newRun({});
    await fused.initialize();
    const loss = fused.trainStep();
    expect(loss.dataSync()[0]).toBe(rounded);
    loss.dispose();
    // Step mode's loss phase on the same batch agrees, and its forward panel shows fp16 values.
    const forward = await probe.runNextPhase();
    if (forward.phase !== 'forward') throw new Error('expected the forward phase');
    for (const layer of forward.layers) {
      const again = tf.tidy(() => roundToPrecision(tf.tensor1d(layer.values), 'fp16').dataSync());
      expect(Array.from(again)).toEqual(Array.from(layer.values));
    }
    const lossReport = await probe.runNextPhase();
    if (lossReport.phase !== 'loss') throw new Error('expected the loss phase');
    expect(Math.fround(lossReport.mean)).toBeCloseTo(rounded, 6);
    probe.dispose();
    fused.dispose();
  });

  it('leaks no tensor over fused steps and a step-mode cycle (with gradient checkpointing)', async () => {
    const run = newRun({ gradCheckpoint: 'on', lossScaling: 'dynamic' });
    await run.initialize();
    (await run.trainStepScaled()).dispose(); // creates the optimizer's slots
    const before = tf.memory().numTensors;
    for (let i = 0; i < 3; i++) (await run.trainStepScaled()).dispose();
    for (let i = 0; i < 9; i++) await run.runNextPhase();
    expect(tf.memory().numTensors).toBe(before);
    run.dispose();
  });
});
