/**
 * Gradient accumulation, Lightning's `accumulate_grad_batches = k`: each micro-batch's loss is
 * divided by k before backward ({@link microBatchLoss}), the gradients of the k micro-batches
 * are summed ({@link GradAccumulator}), and the optimizer steps once on the sum, which equals
 * the gradient of the mean loss over all k·b examples. The effective batch is k × micro-batch.
 * At the last batch of an epoch Lightning steps on fewer than k micro-batches without
 * rescaling; `count` tells the caller how many went in.
 *
 * The sums live in tf.Variables, so they survive the tf.tidy of each micro-batch (and of a
 * whole run-mode step). The first micro-batch after a reset is taken as it is (no addition to
 * zeros), so with k = 1 the gradients are exactly those of the plain step.
 */
import * as tf from '@tensorflow/tfjs';

/**
 * The loss to differentiate for one of k micro-batches: `loss / k` (Lightning divides the
 * loss, not the gradients). The caller owns the result.
 * @throws RangeError unless k is an integer ≥ 1
 */
export function microBatchLoss(loss: tf.Scalar, microBatches: number): tf.Scalar {
  checkMicroBatches(microBatches);
  return microBatches === 1 ? loss.clone() : tf.div(loss, microBatches);
}

function checkMicroBatches(k: number): void {
  if (!Number.isInteger(k) || k < 1) {
    throw new RangeError(`accumulation microBatches must be an integer ≥ 1, got ${k}`);
  }
}

/** Sums the gradients of k micro-batches. */
export interface GradAccumulator {
  /** k, the micro-batches per optimizer step. */
  readonly microBatches: number;
  /** Micro-batches added since the last reset (0 … k). */
  readonly count: number;
  /** Whether k micro-batches are in: time for the optimizer step. */
  readonly complete: boolean;
  /**
   * Adds one micro-batch's gradients (of loss/k) to the sums; does not dispose them. Works
   * inside or outside a tf.tidy.
   * @throws Error when k micro-batches are already in (reset after the step), or when the
   * names or shapes differ from the first micro-batch's
   */
  add(grads: Map<string, tf.Tensor>): void;
  /**
   * The summed gradients by parameter name (live tensors: do not dispose them; use them before
   * the next add or reset).
   * @throws Error before the first add after a reset
   */
  sums(): Map<string, tf.Tensor>;
  /** Starts a new accumulation (PyTorch's `zero_grad`); keeps the memory for reuse. */
  reset(): void;
  /** Frees the sums. */
  dispose(): void;
}

const sameShape = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((d, i) => d === b[i]);

/**
 * An accumulator for k micro-batches per optimizer step.
 * @throws RangeError unless k is an integer ≥ 1
 */
export function createAccumulator(microBatches: number): GradAccumulator {
  checkMicroBatches(microBatches);
  const sums = new Map<string, tf.Variable>();
  let count = 0;

  const check = (grads: Map<string, tf.Tensor>) => {
    if (sums.size === 0) return;
    for (const name of grads.keys()) {
      if (!sums.has(name))
        throw new Error(`accumulation: gradient for unknown parameter "${name}"`);
    }
    for (const [name, sum] of sums) {
      const g = grads.get(name);
      if (g === undefined) throw new Error(`accumulation: no gradient for parameter "${name}"`);
      if (!sameShape(g.shape, sum.shape)) {
        throw new Error(
          `accumulation: gradient of "${name}" has shape [${g.shape}], expected [${sum.shape}]`,
        );
      }
    }
  };

  return {
    microBatches,
    get count() {
      return count;
    },
    get complete() {
      return count === microBatches;
    },
    add(grads) {
      if (count === microBatches) {
        throw new Error(
          `accumulation: ${microBatches} micro-batches are already in; reset after the step`,
        );
      }
      check(grads);
      tf.tidy(() => {
        for (const [name, g] of grads) {
          const sum = sums.get(name);
          if (sum === undefined) sums.set(name, tf.variable(g, false));
          else sum.assign(count === 0 ? g : sum.add(g));
        }
      });
      count += 1;
    },
    sums() {
      if (count === 0) throw new Error('accumulation: no micro-batch added since the last reset');
      return new Map(sums);
    },
    reset() {
      count = 0;
    },
    dispose() {
      for (const sum of sums.values()) sum.dispose();
      sums.clear();
      count = 0;
    },
  };
}
