/**
 * Evaluation: loss and accuracy on the held-out validation split (the model is not changed),
 * training accuracy on as many training examples, each hidden layer's dead units, and the
 * task's own view (decision boundary, fitted curve, samples). Early stopping counts the
 * evaluation, and restore-best-weights keeps a copy of the best weights.
 */
import * as tf from '@tensorflow/tfjs';
import { onEvaluation } from '../../config/plateau';
import type { EvaluationReport } from '../../protocol/reports';
import {
  earlyStoppingRule,
  keepsBestWeights,
  monitoredValue,
  recordEvaluation as countEvaluation,
} from '../stopping';
import type { Model } from '../tasks/types';
import { requireModel, type RunContext, targetDtype } from '../run/context';
import { recordEvaluation } from '../run/metrics';
import { stepPlan } from '../run/plan';
import type { RunState } from '../run/state';

/** Training accuracy is measured on at most this many training examples (the first ones). */
const EVAL_TRAIN_LIMIT = 1000;
/** Examples per forward pass when evaluating (the worker reads back after each). */
const EVAL_CHUNK = 256;
/** Forward FLOPs per evaluation chunk, when that allows more than EVAL_CHUNK examples. */
const EVAL_CHUNK_FLOPS = 50e6;

/** The one-off measurement on the test split (see {@link evaluateTestSplit}). */
export interface TestResult {
  /** Mean loss per example (the training loss's definition). */
  loss: number;
  /** Share of test examples classified right; NaN for a regression. */
  accuracy: number;
  examples: number;
}

/**
 * Loss and accuracy of the current weights on the test split, which neither training nor
 * evaluation ever uses (the final, unbiased estimate: measured once, after model selection
 * on the validation split). Changes nothing: not the model, the metrics or the stopping
 * state. Null when the task holds no test split.
 */
export async function evaluateTestSplit(ctx: RunContext): Promise<TestResult | null> {
  const test = ctx.data.test;
  if (!test || test.n === 0) return null;
  const model = requireModel(ctx);
  const x = tf.tensor2d(test.x, [test.n, ctx.data.inputSize]);
  const y = tf.tensor1d(test.y, targetDtype(ctx.data));
  const out = await passInChunks(ctx, model, x, y, false, true);
  out.logits.dispose();
  return {
    loss: out.lossSum / test.n,
    accuracy: ctx.data.classes === 0 ? NaN : out.correct / test.n,
    examples: test.n,
  };
}

/** Loss and accuracy on the held-out validation split; the model is not changed. */
export async function evaluate(ctx: RunContext, state: RunState): Promise<EvaluationReport> {
  const model = requireModel(ctx);
  const { data } = ctx;
  // One pass over the validation split serves the loss, the accuracy, the dead units and
  // the task's view. Training accuracy uses as many training examples as there are
  // validation examples (the first ones, at most EVAL_TRAIN_LIMIT): the two accuracies
  // are compared on equal footing, and a slow model is not evaluated twice over.
  const val = await passInChunks(ctx, model, ctx.xVal, ctx.yVal, true);
  const m = Math.min(data.train.n, data.validation.n, EVAL_TRAIN_LIMIT);
  const train = await passInChunks(
    ctx,
    model,
    ctx.xTrain.slice([0, 0], [m, data.inputSize]),
    ctx.yTrain.slice([0], [m]),
    false,
    true,
  );
  train.logits.dispose();
  // A regression has no classes, so no accuracy (NaN).
  const regression = data.classes === 0;
  const valLoss = val.lossSum / data.validation.n;
  const valAccuracy = regression ? NaN : val.correct / data.validation.n;
  const trainAccuracy = regression ? NaN : train.correct / m;
  const dead = tf.tidy(() =>
    val.hiddenMax.length > 0
      ? tf.stack(
          // A unit is inactive on every example when its largest activation is ≤ 0.
          val.hiddenMax.map((h) => tf.mean(tf.cast(tf.lessEqual(h, 0), 'float32'))),
        )
      : tf.zeros([0]),
  );
  const deadUnits = Array.from(await dead.data());
  const extras = await ctx.task.evaluationView(model, data, val.logits, {
    config: state.config,
    step: state.step,
  });
  tf.dispose([val.logits, dead, ...val.hiddenMax]);
  recordEvaluation(state, valLoss, valAccuracy, deadUnits);
  recordEarlyStopping(ctx, state);
  // Reduce-on-plateau watches val_loss; the next step's learning rate reads its state.
  const plateau = stepPlan(state.config).plateau;
  if (plateau) state.plateau = onEvaluation(plateau, state.plateau, valLoss).state;
  return {
    phase: 'evaluation',
    step: state.step,
    valLoss,
    valAccuracy,
    trainAccuracy,
    ...extras,
    deadUnits: deadUnits.map((fraction, l) => ({ layer: model.layerNames[l], fraction })),
  };
}

/** Early stopping's count after an evaluation, and the copy of the best weights. */
function recordEarlyStopping(ctx: RunContext, state: RunState): void {
  const rule = earlyStoppingRule(state.config);
  const value = monitoredValue(rule.monitor, {
    valLoss: state.valLoss,
    valAccuracy: state.valAccuracy,
  });
  state.earlyStopping = countEvaluation(state.earlyStopping, value, state.step, rule);
  if (
    state.config.restoreBest === 'on' &&
    ctx.model &&
    keepsBestWeights(state.earlyStopping, ctx.bestWeights.kept)
  ) {
    ctx.bestWeights.keep(ctx.model.variables, state.step);
  }
}

/**
 * The model over (x [n, inputSize], y [n]) in chunks of EVAL_CHUNK examples, each followed
 * by a read-back of its loss sum and correct count: a large split never blocks the worker for
 * long, nor holds every layer's activations at once. Returns the outputs [n, outputs] (to
 * dispose), and with `withHidden` each hidden layer's largest activation per unit over all
 * examples.
 */
async function passInChunks(
  ctx: RunContext,
  model: Model,
  x: tf.Tensor2D,
  y: tf.Tensor1D,
  withHidden: boolean,
  disposeInputs = false,
): Promise<{ logits: tf.Tensor2D; lossSum: number; correct: number; hiddenMax: tf.Tensor[] }> {
  const n = x.shape[0];
  const k = ctx.data.classes;
  const parts: tf.Tensor2D[] = [];
  let hiddenMax: tf.Tensor[] = [];
  let lossSum = 0;
  let correct = 0;
  // Small models go in larger chunks: fewer read-backs, and still a short stretch of work
  // (the cpu backend computes synchronously, and the worker must answer in between).
  const flops = model.summary.table.reduce((sum, r) => sum + r.forwardFlops, 0);
  const chunk = Math.max(EVAL_CHUNK, Math.floor(EVAL_CHUNK_FLOPS / Math.max(1, flops)));
  for (let from = 0; from < n; from += chunk) {
    const size = Math.min(chunk, n - from);
    const out = tf.tidy(() => {
      const xs = x.slice([from, 0], [size, x.shape[1]]);
      const ys = y.slice([from], [size]);
      const { logits, hidden } = model.forward(xs);
      const hits =
        k === 0 ? tf.scalar(0) : tf.sum(tf.cast(tf.equal(tf.argMax(logits, 1), ys), 'float32'));
      const maxes = withHidden ? hidden.map((h) => tf.max(h, 0)) : [];
      return {
        logits,
        stats: tf.stack([tf.sum(ctx.task.lossPerExample(logits, ys, k, ctx.data)), hits]),
        maxes: hiddenMax.length > 0 ? maxes.map((m, l) => tf.maximum(m, hiddenMax[l])) : maxes,
      };
    });
    tf.dispose(hiddenMax);
    hiddenMax = out.maxes;
    parts.push(out.logits);
    const [l, c] = await out.stats.data();
    // A macrotask turn, so the worker answers messages (pause, the heartbeat) between
    // chunks: on the cpu backend the read-back above resolves at once and never yields.
    await new Promise((resolve) => setTimeout(resolve, 0));
    out.stats.dispose();
    lossSum += l;
    correct += c;
  }
  const logits = parts.length === 1 ? parts[0] : tf.concat(parts);
  if (parts.length > 1) tf.dispose(parts);
  if (disposeInputs) tf.dispose([x, y]);
  return { logits, lossSum, correct, hiddenMax };
}
