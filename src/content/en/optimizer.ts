/**
 * The update panel's words (src/ui/phases/UpdateView.tsx): the optimizers with the
 * hyperparameters the lab trains them with (src/engine/training/optimizer-settings.ts), and
 * the quantities of their state as the formulas name them.
 */
import type { OptimizerId } from '../../config/schema';
import type { OptimizerQuantityId } from '../../protocol/reports';

export const optimizer = {
  /** Each optimizer with its hyperparameters, as the panel's "Optimizer" shows it. */
  names: {
    adam: 'Adam (β₁ = 0.9, β₂ = 0.999, ε = 1e-7)',
    sgd: 'SGD',
    momentum: 'SGD with momentum (μ = 0.9)',
    rmsprop: 'RMSprop (ρ = 0.9, ε = 1e-7 inside the root)',
    adamw: 'AdamW (β₁ = 0.9, β₂ = 0.999, ε = 1e-8, decoupled weight decay)',
  } satisfies Record<OptimizerId, string>,
  /**
   * Each optimizer's update, as plain text with Unicode math (η: the learning rate), and
   * momentum's with Nesterov on.
   */
  formulas: {
    adam: 'm ← β₁·m + (1 − β₁)·g,  v ← β₂·v + (1 − β₂)·g²,  m̂ = m/(1 − β₁ᵗ),  v̂ = v/(1 − β₂ᵗ),  θ ← θ − η·m̂/(√v̂ + ε)',
    adamw:
      'θ ← θ·(1 − η·λ), then m ← β₁·m + (1 − β₁)·g,  v ← β₂·v + (1 − β₂)·g²,  m̂ = m/(1 − β₁ᵗ),  v̂ = v/(1 − β₂ᵗ),  θ ← θ − η·m̂/(√v̂ + ε)',
    sgd: 'θ ← θ − η·g',
    momentum: 'b ← μ·b + g,  θ ← θ − η·b',
    rmsprop: 'v ← ρ·v + (1 − ρ)·g²,  θ ← θ − η·g/√(v + ε)',
    nesterov: 'b ← μ·b + g,  θ ← θ − η·(g + μ·b)',
  } satisfies Record<OptimizerId | 'nesterov', string>,
  /** With weight decay λ > 0 (not AdamW): the L2 term in the gradient. */
  l2: (lambda: string) => `Weight decay adds λ·θ to every gradient first (L2, λ = ${lambda}).`,
  /** AdamW's decay, λ formatted. */
  decoupled: (lambda: string) =>
    `Decoupled weight decay: every weight first shrinks by η·λ·θ (λ = ${lambda}), outside the moments.`,
  nesterovOn:
    'Nesterov momentum is on: the step is η·(g + μ·b), the gradient plus the buffer’s look ahead, not η·b.',
  nesterovOff: 'Nesterov momentum is off: classical momentum, the step is η·b.',
  labelOptimizer: 'Optimizer',
  labelLearningRate: 'Learning rate η',
  labelStep: 'Step after this update',
  hintStep: 'updates made then',
  labelT: 'Optimizer steps t',
  hintT: 'Adam’s bias corrections use t',
  /** 1 − β₁ᵗ and 1 − β₂ᵗ at step t, formatted. */
  biasCorrection: (t: string, c1: string, c2: string) =>
    `Bias correction at t = ${t}: 1 − β₁ᵗ = ${c1}, 1 − β₂ᵗ = ${c2}. Early on it scales the moments up, because they start at 0; it tends to 1 as t grows.`,
  layer: 'Layer',
  stateOf: (layer: string) => `Optimizer state of ${layer}`,
  sgdNoState:
    'Plain SGD keeps no state besides its step count: each update uses only the current gradient.',
  noState: 'The optimizer reported no state for this layer.',
  /** Each quantity: its symbol and what it is. */
  quantities: {
    m: { symbol: 'm', meaning: 'first moment: running average of g' },
    v: { symbol: 'v', meaning: 'second moment: running average of g²' },
    mHat: { symbol: 'm̂', meaning: 'bias-corrected first moment m/(1 − β₁ᵗ)' },
    vHat: { symbol: 'v̂', meaning: 'bias-corrected second moment v/(1 − β₂ᵗ)' },
    step: {
      symbol: 'η·m̂/(√v̂ + ε)',
      meaning: 'the step each parameter took: its effective step size',
    },
    buffer: { symbol: 'b', meaning: 'momentum buffer: decaying sum of past gradients' },
    squareAvg: { symbol: 'v', meaning: 'square average: running average of g²' },
    stepSize: {
      symbol: 'η/√(v + ε)',
      meaning: 'effective learning rate of each parameter',
    },
  } satisfies Record<OptimizerQuantityId, { symbol: string; meaning: string }>,
  /** Which parameter a quantity belongs to, after its symbol. */
  ofParam: (param: string) => `of ${param}`,
  /** A quantity's heatmap, for screen readers. */
  quantityLabel: (symbol: string, param: string) => `Optimizer state ${symbol} of ${param}`,
  before: 'before',
  after: 'after',
  /** The caption of a change, e.g. "ΔW = after − before". */
  change: (symbol: string) => `${symbol} = after − before`,
  beforeLabel: (param: string) => `${param} before the update`,
  afterLabel: (param: string) => `${param} after the update`,
  changeLabel: (param: string) => `Change of ${param} in this update`,
  /** "max |ΔW| = …"; `unchanged` follows when it is 0. */
  unchanged: ': this update left them unchanged',
  /** Images of a kernel: k × k filters, or one image per unit of a dense layer over pixels. */
  filters: (k: string, firstChannel: boolean) =>
    `one ${k} × ${k} filter each${firstChannel ? ' (its first input channel)' : ''}`,
  unitImages: (side: string) => `one ${side} × ${side} image per unit`,
  firstOf: (shown: string, total: string) => ` · first ${shown} of ${total}`,
};
