/**
 * The loss: the task's per-example loss over the batch (cross-entropy for classes, squared
 * error for values), and its mean, which is what backward differentiates.
 */
import * as tf from '@tensorflow/tfjs';
import type { LossReport } from '../../protocol/reports';
import { recordTrainLoss } from '../run/metrics';
import { requireModel, type RunContext } from '../run/context';
import type { RunState } from '../run/state';
import type { Model } from '../tasks/types';
import type { Precision } from '../training/precision';
import { requireBatch } from './forward';
import { roundActivations } from './mixed-precision';
import { pickTargets } from './read-back';

/**
 * L = mean over the batch of the task's per-example loss of model(x) against y (a scalar).
 * Under mixed precision (`format` fp16 or bf16) every hidden layer's activations are rounded
 * to the format in the model's forward pass (identity gradient), and the logits [B, outputs]
 * too, with their gradient in backward (`roundActivations`).
 */
export function meanLoss(
  ctx: RunContext,
  model: Model,
  x: tf.Tensor2D,
  y: tf.Tensor1D,
  format: Precision = 'fp32',
): tf.Scalar {
  const raw = model.trainLogits ? model.trainLogits(x, format) : model.forward(x, format).logits;
  const logits = roundActivations(raw, format);
  return tf.mean(ctx.task.lossPerExample(logits, y, ctx.data.classes, ctx.data));
}

/** The loss phase of step mode: every example's loss, recorded as the next step's loss. */
export async function computeLoss(ctx: RunContext, state: RunState): Promise<LossReport> {
  const model = requireModel(ctx);
  const batch = requireBatch(ctx);
  const { data, task } = ctx;
  const [perExample, trueProb] = tf.tidy(() => {
    const format = state.config.precision;
    const logits = roundActivations(model.forward(batch.x, format).logits, format);
    const k = data.classes;
    return [
      task.lossPerExample(logits, batch.y, k, data),
      // p(true class) for a classifier; the predicted value for a regression.
      k === 0
        ? tf.reshape(logits, [-1])
        : tf.sum(tf.mul(tf.softmax(logits), tf.oneHot(batch.y, k)), 1),
    ];
  });
  const losses = (await perExample.data()) as Float32Array;
  const p = (await trueProb.data()) as Float32Array;
  tf.dispose([perExample, trueProb]);
  const mean = losses.reduce((s, v) => s + v, 0) / losses.length;
  recordTrainLoss(state, state.step + 1, mean);
  return {
    phase: 'loss',
    lossName: typeof task.lossName === 'string' ? task.lossName : task.lossName(data),
    perExample: losses,
    labels: pickTargets(data.train.y, batch.indices),
    trueClassProbability: data.classes === 0 ? new Float32Array(0) : p,
    predictions: data.classes === 0 ? p : undefined,
    mean,
  };
}
