/**
 * Mixed precision in the step, simulated where a real mixed-precision run stores 16-bit values
 * and run for real where it decides something (PyTorch AMP: `torch.autocast` + `GradScaler`).
 *
 * Simulated (float32 tensors rounded to the format, `training/precision.ts`; no 16-bit kernel
 * runs and nothing gets faster): every hidden layer's output activations are rounded in the
 * model's forward pass, with an identity (straight-through) gradient
 * (`training/hidden-rounding.ts`); the model's output (the logits, or a regression's predicted
 * values) is rounded to the format in the forward pass, and its gradient ∂L/∂logits in the
 * backward pass; every parameter gradient is rounded as it leaves backward (the output of a
 * 16-bit kernel), per micro-batch, and accumulated in float32. The weights the forward pass
 * reads (the float32 master weights; autocast would cast them too), the activation gradients
 * between hidden layers and the evaluation stay float32.
 *
 * Real: the float32 master weights and optimizer state, the loss scale, the Inf/NaN check on
 * the scaled fp16 gradients, the skipped steps, the scale's backoff and growth
 * (`training/grad-scaler.ts`), and the counts of gradient values that underflow to zero.
 *
 * A skipped step still counts as a step (its batch is used up, as Lightning's global_step
 * counts it), but leaves the weights and the optimizer's state unchanged.
 */
import * as tf from '@tensorflow/tfjs';
import type { LabConfig } from '../../config/schema';
import type { UpdatePrecision, UpdateScaler } from '../../protocol/reports';
import { slotsOf } from '../training/optimizer-settings';
import { recordMetric } from '../run/metrics';
import type { RunState } from '../run/state';
import {
  DEFAULT_GRAD_SCALER,
  type GradScalerConfig,
  type GradScalerState,
  initialScalerState,
  unscaleGrads,
  updateScale,
} from '../training/grad-scaler';
import {
  bytesPerParameter,
  type Precision,
  roundToPrecision,
  underflowShare,
} from '../training/precision';

/** How the step handles number formats, from the config alone (pure). */
export interface PrecisionPlan {
  /** Where 16-bit values are stored: fp32 (none, the step as without this module), fp16 or bf16. */
  format: Precision;
  /** Dynamic loss scaling (fp16 with loss scaling on), else null. */
  scaler: GradScalerConfig | null;
}

/** The plan of `config`: fp16 scales the loss unless loss scaling is off; bf16 never does. */
export function precisionPlanOf(
  config: Pick<LabConfig, 'precision' | 'lossScaling' | 'initScale' | 'growthInterval'>,
): PrecisionPlan {
  const format = config.precision;
  const scaler =
    format === 'fp16' && config.lossScaling === 'dynamic'
      ? {
          ...DEFAULT_GRAD_SCALER,
          initScale: config.initScale,
          growthInterval: config.growthInterval,
        }
      : null;
  return { format, scaler };
}

/**
 * The scaler's part of a run's state (plain numbers, checkpointed): the loss scale, the clean
 * steps since it last changed, and the optimizer steps skipped for non-finite gradients.
 */
export interface ScalerRunState extends GradScalerState {
  skippedSteps: number;
}

/** The scaler before the first step: the initial scale (2¹⁶ by default), nothing skipped. */
export function initialScalerRunState(
  config: Pick<LabConfig, 'precision' | 'lossScaling' | 'initScale' | 'growthInterval'>,
): ScalerRunState {
  const scaler = precisionPlanOf(config).scaler ?? DEFAULT_GRAD_SCALER;
  return { ...initialScalerState(scaler), skippedSteps: 0 };
}

/** The factor the loss is multiplied by before backward: the scale under a scaler, else 1. */
export function lossScaleOf(plan: PrecisionPlan, scaler: ScalerRunState): number {
  return plan.scaler ? scaler.scale : 1;
}

/**
 * `x` as a 16-bit tensor holds it, with a straight-through gradient that is itself rounded:
 * forward round(x), backward round(dy) (the activation's gradient is a 16-bit tensor too; this
 * is where unscaled fp16 gradients underflow). fp32 returns x itself. Usable on the gradient
 * tape; the caller (a tidy) owns the result.
 * @param x float32 activations of any shape; the result has the same shape
 */
export function roundActivations<T extends tf.Tensor>(x: T, format: Precision): T {
  if (format === 'fp32') return x;
  const round = tf.customGrad((input) => {
    return {
      value: roundToPrecision(input as tf.Tensor, format),
      gradFunc: (dy: tf.Tensor) => roundToPrecision(dy, format),
    };
  });
  return round(x) as T;
}

/**
 * The loss with its gradient multiplied by `scale`: forward the loss itself, backward seeded
 * with `scale` instead of 1. Backward then computes exactly what `scaler.scale(loss).backward()`
 * computes (∂(S·L)/∂θ = S·∂L/∂θ), while the loss read back stays unscaled. scale 1: the loss
 * itself. The caller (a tidy) owns the result.
 */
export function scaleLossGradient(loss: tf.Scalar, scale: number): tf.Scalar {
  if (scale === 1) return loss;
  const scaled = tf.customGrad((input) => {
    return { value: (input as tf.Tensor).clone(), gradFunc: (dy: tf.Tensor) => dy.mul(scale) };
  });
  return scaled(loss) as tf.Scalar;
}

/**
 * Each gradient rounded to the format, as a 16-bit backward kernel writes it (float32: the
 * gradients themselves). New tensors are the caller's (a tidy's); `grads` are not disposed.
 */
export function roundGrads(grads: tf.NamedTensorMap, format: Precision): tf.NamedTensorMap {
  if (format === 'fp32') return grads;
  return Object.fromEntries(
    Object.entries(grads).map(([k, g]) => [k, roundToPrecision(g, format)]),
  );
}

/**
 * The step's gradients divided by the loss scale (PyTorch `scaler.unscale_`), and whether any
 * is NaN or ±Inf: a bool scalar on the device, which the caller reads back to decide the skip.
 * Without a scaler, the gradients themselves and no check (null). New tensors are the
 * caller's; `grads` are not disposed.
 */
export function unscaleStepGrads(
  grads: tf.NamedTensorMap,
  plan: PrecisionPlan,
  scale: number,
): { grads: tf.NamedTensorMap; foundInf: tf.Scalar | null } {
  if (!plan.scaler) return { grads, foundInf: null };
  const out = unscaleGrads(new Map(Object.entries(grads)), scale);
  return { grads: Object.fromEntries(out.grads), foundInf: out.foundInf };
}

/**
 * Updates the scaler's state after a step whose check read `foundInf` (PyTorch
 * `scaler.update()`): backoff ×0.5 and a skip on non-finite gradients, growth ×2 after
 * `growthInterval` clean steps. Returns whether the optimizer step is skipped. No-op (false)
 * without a scaler.
 */
export function updateScaler(
  plan: PrecisionPlan,
  scaler: ScalerRunState,
  foundInf: boolean,
): boolean {
  if (!plan.scaler) return false;
  const next = updateScale(plan.scaler, scaler, foundInf);
  scaler.scale = next.state.scale;
  scaler.growthTracker = next.state.growthTracker;
  if (next.skipped) scaler.skippedSteps++;
  return next.skipped;
}

/** The step's gradients after the scaler's check: what the optimizer steps on, if it does. */
export interface ScalerStep {
  /** The gradients unscaled (float32), or the step's gradients themselves without a scaler. */
  grads: tf.NamedTensorMap;
  /** Whether the optimizer step is skipped (a gradient was Inf or NaN). */
  skipped: boolean;
  /** The decision for the update panel, null without a scaler. */
  report: UpdateScaler | null;
  /** Frees the unscaled gradients (not the step's own). */
  dispose(): void;
}

/**
 * PyTorch's `scaler.unscale_(optimizer)`, `scaler.step(optimizer)`'s check and
 * `scaler.update()` for the step about to be taken: divides the gradients by the scale, reads
 * back whether any is Inf/NaN (one GPU→CPU read of one value per step: PyTorch's
 * `scaler.step()` syncs on `found_inf.item()` the same way), updates the scaler's state in
 * `state.scaler` and records the scale and the skipped steps at step `state.step + 1`.
 * Without a scaler: the gradients themselves, never skipped, nothing read back.
 * @param grads the step's gradients, scaled by `state.scaler.scale`; not disposed
 */
export async function unscaleAndCheck(
  grads: tf.NamedTensorMap,
  plan: PrecisionPlan,
  state: RunState,
): Promise<ScalerStep> {
  if (!plan.scaler) return { grads, skipped: false, report: null, dispose: () => {} };
  const scaleBefore = state.scaler.scale;
  const out = unscaleStepGrads(grads, plan, scaleBefore);
  const dispose = () => tf.dispose(Object.values(out.grads));
  let foundInf: boolean;
  try {
    foundInf = (await out.foundInf!.data())[0] !== 0;
  } catch (e) {
    dispose();
    throw e;
  } finally {
    out.foundInf!.dispose();
  }
  const skipped = updateScaler(plan, state.scaler, foundInf);
  // The scale for the next step and the steps skipped so far, after the update making step + 1.
  recordMetric(state, 'lossScale', state.step + 1, state.scaler.scale);
  recordMetric(state, 'skippedSteps', state.step + 1, state.scaler.skippedSteps);
  return {
    grads: out.grads,
    skipped,
    report: {
      scaleBefore,
      scaleAfter: state.scaler.scale,
      skipped,
      skippedSteps: state.scaler.skippedSteps,
      growthTracker: state.scaler.growthTracker,
      growthInterval: plan.scaler.growthInterval,
    },
    dispose,
  };
}

/**
 * The update panel's part on number formats: the format, the scaler's decision and the run's
 * named series (a copy of its metric log, downsampled; the panel draws `lossScale` and
 * `skippedSteps` from it), and the bytes per parameter in fp32, fp16 and
 * bf16 with the run's optimizer's float32 state slots (Adam 2, momentum 1, …), counted as the
 * ZeRO paper does (`training/precision.ts`).
 */
export function updatePrecision(
  state: RunState,
  plan: PrecisionPlan,
  checked: ScalerStep,
): UpdatePrecision {
  // State tensors per parameter (Adam: m and v; momentum: its buffer; SGD: none).
  const slots = slotsOf(state.config.optimizer).length;
  return {
    format: plan.format,
    scaler: checked.report,
    log: plan.scaler
      ? structuredClone({
          lossScale: state.metrics.get('lossScale'),
          skippedSteps: state.metrics.get('skippedSteps'),
        })
      : null,
    bytesPerParameter: {
      fp32: bytesPerParameter('fp32', slots),
      fp16: bytesPerParameter('fp16', slots),
      bf16: bytesPerParameter('bf16', slots),
    },
  };
}

/**
 * The shares (in [0, 1], over all gradient elements) of non-zero gradient values that become
 * 0 in fp16 without loss scaling and with the loss multiplied by `scale`.
 * @param grads the true (unscaled) gradients, float32
 * @returns two scalars on the device [without, with]; the caller owns them
 */
export function fp16UnderflowShares(
  grads: readonly tf.Tensor[],
  scale: number,
): { unscaled: tf.Scalar; scaled: tf.Scalar } {
  return tf.tidy(() => {
    const flat = tf.concat(grads.map((g) => g.reshape([-1])));
    return {
      unscaled: underflowShare(flat, 'fp16'),
      scaled: underflowShare(flat.mul(scale), 'fp16'),
    };
  });
}
