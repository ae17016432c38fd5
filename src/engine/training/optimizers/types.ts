/**
 * The common shape of the optimizers in this folder: each one is a short update rule over tf
 * ops (see {@link UpdateRule}); {@link createOptimizer} in `index.ts` wraps a rule into an
 * {@link Optimizer} that owns the rule's state as named tensors.
 *
 * The semantics are PyTorch's `torch.optim` (single-tensor, non-fused code path), which the
 * docs of each rule spell out: the learning rate is an argument of every step, never hidden
 * state, so a schedule can change it per step.
 */
import type * as tf from '@tensorflow/tfjs';

/** The update rules on offer. */
export type OptimizerKind = 'sgd' | 'momentum' | 'rmsprop' | 'adam' | 'adamw';

/** A trainable parameter: its stable name (the key of its gradient and its state) and variable. */
export interface NamedParam {
  name: string;
  variable: tf.Variable;
}

/** Hyperparameters of plain SGD (PyTorch `SGD(momentum=0)`). */
export interface SgdHparams {
  /** L2 penalty folded into the gradient, `g += weightDecay · w` (PyTorch `weight_decay`). Default 0. */
  weightDecay?: number;
}

/** Hyperparameters of SGD with momentum (PyTorch `SGD(momentum>0)`). */
export interface MomentumHparams {
  /** μ, the momentum factor, in [0, 1). Default 0.9. */
  momentum?: number;
  /** Dampening of the new gradient in the buffer, in [0, 1). Default 0; must be 0 with Nesterov. */
  dampening?: number;
  /** Nesterov momentum (Sutskever et al. 2013, as PyTorch formulates it). Default false. */
  nesterov?: boolean;
  /** L2 penalty, `g += weightDecay · w`. Default 0. */
  weightDecay?: number;
}

/** Hyperparameters of RMSprop (PyTorch `RMSprop`; Hinton's lecture 6e). */
export interface RmspropHparams {
  /** α, the decay of the running mean of squared gradients, in [0, 1). Default 0.99. */
  alpha?: number;
  /** ε added to √v (outside the square root, as PyTorch), ≥ 0. Default 1e-8. */
  epsilon?: number;
  /** Momentum of the update buffer, in [0, 1). Default 0 (no buffer). */
  momentum?: number;
  /** Divide by the running variance instead of the running second moment. Default false. */
  centered?: boolean;
  /** L2 penalty, `g += weightDecay · w`. Default 0. */
  weightDecay?: number;
  /**
   * TensorFlow's and Keras's s = √(v + ε) instead of PyTorch's √v + ε (not with `centered`).
   * Default false.
   */
  epsilonInsideSqrt?: boolean;
}

/** Hyperparameters of Adam and AdamW (Kingma & Ba 2015; Loshchilov & Hutter 2019). */
export interface AdamHparams {
  /** β₁, decay of the first moment m, in [0, 1). Default 0.9. */
  beta1?: number;
  /** β₂, decay of the second moment v, in [0, 1). Default 0.999. */
  beta2?: number;
  /** ε added to √v̂ (outside the square root, as PyTorch and tfjs), ≥ 0. Default 1e-8. */
  epsilon?: number;
  /**
   * Adam: L2 penalty folded into the gradient, `g += weightDecay · w` (default 0).
   * AdamW: decoupled decay, `w ← w · (1 − lr · weightDecay)` before the Adam step (default 0.01).
   */
  weightDecay?: number;
}

/** The hyperparameters of each kind. */
export interface HparamsOf {
  sgd: SgdHparams;
  momentum: MomentumHparams;
  rmsprop: RmspropHparams;
  adam: AdamHparams;
  adamw: AdamHparams;
}

/** What one step of a rule needs besides tensors. */
export interface StepInfo {
  /** The learning rate of this step (dimensionless, ≥ 0). */
  learningRate: number;
  /** The number of this step, counted from 1 (PyTorch's `state['step']` after its increment). */
  t: number;
}

/**
 * Per-step overrides of hyperparameters that may change between steps, as assigning to a
 * PyTorch `param_group` between steps does (OneCycleLR's `cycle_momentum` sets the momentum).
 */
export interface StepOverrides {
  /** Momentum of this step: μ for momentum and RMSprop, β₁ for Adam and AdamW. */
  momentum?: number;
  /** Weight decay λ of this step (L2, or AdamW's decoupled decay), finite and ≥ 0. */
  weightDecay?: number;
}

/** One parameter's tensors as a rule sees them: the weight, its gradient, its state slots. */
export interface ParamTensors {
  param: tf.Tensor;
  grad: tf.Tensor;
  /** The parameter's state, by slot name (the rule's `slots`); zeros before the first step. */
  slots: Record<string, tf.Tensor>;
}

/**
 * An update rule: pure tf code, called inside a tf.tidy by the optimizer around it, which
 * assigns what it returns.
 */
export interface UpdateRule<H> {
  readonly kind: OptimizerKind;
  /** Defaults for every hyperparameter. */
  readonly defaults: Required<H>;
  /** Throws a RangeError naming the hyperparameter when a value is out of range. */
  validate(hparams: Required<H>): void;
  /** The state slots each parameter gets (shape of the parameter, float32). */
  slots(hparams: Required<H>): readonly string[];
  /** The new parameter and slot values after one step; must not touch the inputs. */
  update(
    p: ParamTensors,
    hparams: Required<H>,
    step: StepInfo,
  ): { param: tf.Tensor; slots: Record<string, tf.Tensor> };
  /**
   * What the update panel shows for one parameter, computed from its state after step `t`
   * (`t = 0` before any step): the slots and derived quantities by id (e.g. Adam: m, v, mHat,
   * vHat, step), each shaped like the parameter.
   */
  describe(
    slots: Record<string, tf.Tensor>,
    hparams: Required<H>,
    step: StepInfo,
  ): Record<string, tf.Tensor>;
}

/**
 * An optimizer's complete state, for a checkpoint: the slot tensors named `<param>/<slot>`
 * (e.g. `W0/m`) and the step count. Restoring it reproduces later steps bit for bit, because
 * every other quantity (Adam's bias corrections) is computed from `t` in float64.
 */
export interface OptimizerState {
  kind: OptimizerKind;
  /** Steps taken so far (0 before the first). */
  t: number;
  tensors: Record<string, tf.Tensor>;
}

/** What {@link Optimizer.describe} returns: tensors the caller owns (dispose them or tidy). */
export interface OptimizerView {
  kind: OptimizerKind;
  t: number;
  /** The hyperparameters of the last step (after defaults and per-step overrides). */
  hparams: Record<string, number | boolean>;
  /** Per parameter name, the quantities of {@link UpdateRule.describe} by id. */
  params: Record<string, Record<string, tf.Tensor>>;
}

/** An optimizer over a fixed list of parameters. */
export interface Optimizer {
  readonly kind: OptimizerKind;
  /** Steps taken so far. */
  readonly t: number;
  /**
   * One step: updates every parameter in place from its gradient (PyTorch `optimizer.step()`).
   * Runs in its own tf.tidy and may be called inside an outer one. Does not dispose `grads`.
   * @param grads one gradient per parameter name, shaped like the parameter
   * @param learningRate this step's learning rate, finite and ≥ 0
   * @throws RangeError for a negative or non-finite learning rate or momentum
   * @throws Error for a missing, unknown or mis-shaped gradient (nothing is updated then)
   */
  apply(grads: Map<string, tf.Tensor>, learningRate: number, overrides?: StepOverrides): void;
  /** The live state (do not dispose or keep its tensors past the next step: read them first). */
  state(): OptimizerState;
  /**
   * Replaces the state with `state`'s values (shared: tensors are immutable, and the caller
   * keeps its tensors and may dispose them).
   * @throws Error when the kind, the set of tensor names, a shape or the step count does not fit
   */
  loadState(state: OptimizerState): void;
  /** The quantities the update panel shows, from the current state; see {@link OptimizerView}. */
  describe(learningRate: number): OptimizerView;
  /** Frees the state tensors (not the parameters). */
  dispose(): void;
}
