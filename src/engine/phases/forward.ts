/**
 * The forward pass of step mode on the first examples of the batch: every layer's
 * activations, the output probabilities (a regression's predictions), and for a transformer
 * each head's attention. Changes nothing in the run.
 */
import * as tf from '@tensorflow/tfjs';
import type { ForwardReport } from '../../protocol/reports';
import { type Batch, requireModel, type RunContext } from '../run/context';
import type { Precision } from '../training/precision';
import { roundActivations } from './mixed-precision';
import { pickTargets, readTensors } from './read-back';

/** Examples whose activations the forward panel shows. */
const SHOWN_EXAMPLES = 8;

/** The batch step mode loaded, or an error when the data phase has not run. */
export function requireBatch(ctx: RunContext): Batch {
  if (!ctx.batch) throw new Error('Load a batch first.');
  return ctx.batch;
}

/**
 * The forward phase's report. Under mixed precision (`format` fp16 or bf16) every hidden
 * layer's activations are rounded to the format, as the training step rounds them, and the
 * logits before the probabilities are formed, as in the loss (`phases/mixed-precision.ts`).
 */
export async function forward(ctx: RunContext, format: Precision = 'fp32'): Promise<ForwardReport> {
  const model = requireModel(ctx);
  const batch = requireBatch(ctx);
  const { data } = ctx;
  const shown = Math.min(SHOWN_EXAMPLES, batch.indices.length);
  const [layers, probs, attention] = tf.tidy(() => {
    const x = batch.x.slice([0, 0], [shown, data.inputSize]);
    const out = model.forward(x, format);
    const { hidden, attention = [] } = out;
    const logits = roundActivations(out.logits, format);
    // A regression's outputs are its predictions; a classifier's become probabilities.
    return [
      hidden,
      data.classes === 0 ? tf.reshape(logits, [-1]) : tf.softmax(logits),
      attention,
    ] as const;
  });
  const values = await readTensors(layers);
  const probabilities = (await probs.data()) as Float32Array;
  const attentionValues = await readTensors(attention);
  tf.dispose([...layers, probs, ...attention]);
  const d = data.inputSize;
  return {
    phase: 'forward',
    examples: shown,
    labels: pickTargets(data.train.y, batch.indices.subarray(0, shown)),
    inputs: Float32Array.from({ length: shown * d }, (_, k) => {
      const i = batch.indices[Math.floor(k / d)];
      return data.train.x[i * d + (k % d)];
    }),
    layers: layers.map((t, l) => ({
      name: model.layerNames[l],
      units: t.size / shown,
      shape: t.shape.slice(1),
      activation: model.activations[l],
      values: values[l],
    })),
    probabilities,
    classes: data.classes,
    ...(attention.length > 0 && {
      attention: attention.map((t, b) => ({
        block: b + 1,
        heads: t.shape[1]!,
        size: t.shape[2]!,
        values: attentionValues[b],
      })),
    }),
  };
}
