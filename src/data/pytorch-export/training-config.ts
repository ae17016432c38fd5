/**
 * The training settings of an exported project (its `config.json`), mapped from the run's
 * config to what the script's PyTorch objects take: the optimizer with the hyperparameters
 * the browser's tfjs optimizer uses (src/engine/optimizers.ts), the learning-rate schedule as
 * src/config/schedules.ts computes it, accumulation, clipping, weight decay and the limits.
 */
import { plateauOf, scheduleOf } from '../../config/lr-schedule';
import type { PlateauConfig, PlateauState } from '../../config/plateau';
import type { Schedule } from '../../config/schedules';
import {
  type Activation,
  type LabConfig,
  type OptimizerId,
  plannedSteps,
} from '../../config/schema';

/** The format of an exported project's config.json. */
export const EXPORT_FORMAT = 'training-run-lab/pytorch-export@1';

/**
 * The optimizer as the script builds it. `adam` and `adamw` are torch.optim.Adam / AdamW
 * (tfjs's Adam: β = (0.9, 0.999), ε = 1e-7 for Adam, PyTorch's 1e-8 for AdamW); `sgd` and
 * `momentum` torch.optim.SGD (μ = 0.9, Nesterov as configured); `rmsprop` the script's own
 * class with tfjs's rule (ρ = 0.9, ε inside the square root: θ ← θ − lr·g/√(v + ε), where
 * torch.optim.RMSprop takes √v + ε). `weightDecay` is L2 (added to the gradient after
 * clipping) for all but AdamW, whose decay is decoupled (θ ← θ·(1 − lr·λ)).
 */
export type OptimizerSpec =
  | { kind: 'sgd'; weightDecay: number }
  | { kind: 'momentum'; momentum: number; nesterov: boolean; weightDecay: number }
  | { kind: 'rmsprop'; alpha: number; eps: number; momentum: number; weightDecay: number }
  | { kind: 'adam' | 'adamw'; betas: [number, number]; eps: number; weightDecay: number };

/** The file of one tensor in the project: raw little-endian values, row-major. */
export interface TensorFile {
  file: string;
  dtype: 'float32' | 'int32';
  shape: number[];
}

/** The config.json of an exported project. */
export interface TrainingSpec {
  format: typeof EXPORT_FORMAT;
  task: LabConfig['task'];
  /**
   * The MLP; with `standardize` (your own data) it standardizes its inputs with the
   * `standardize_mean` and `standardize_inv_std` files and, for a regression, predicts
   * ŷ = out · σ_y + μ_y, whose loss is ((ŷ − y) / σ_y)².
   */
  model: {
    kind: 'mlp';
    sizes: number[];
    activation: Activation;
    standardize: { target: { mean: number; std: number } | null } | null;
  };
  /** Cross-entropy of the softmax over the logits (classes), or squared error (a number). */
  loss: 'cross_entropy' | 'mse';
  classes: number;
  optimizer: OptimizerSpec;
  /** The configured (base) learning rate. */
  learningRate: number;
  /** The learning-rate schedule; `totalSteps` is its horizon T (the planned optimizer steps). */
  schedule: Schedule;
  totalSteps: number;
  /** Reduce-on-plateau's settings, when that is the schedule. */
  plateau: PlateauConfig | null;
  /** Examples per micro-batch (the global batch, summed over all workers). */
  batchSize: number;
  /** Micro-batches per optimizer step. */
  accumulation: number;
  clip: { kind: 'norm' | 'value'; max: number } | null;
  /**
   * The number format the browser run simulated (fp16/bf16 rounding of hidden activations,
   * logits and gradients, `engine/phases/mixed-precision.ts`); train.py trains in float32
   * either way.
   */
  precision: LabConfig['precision'];
  maxSteps: number;
  maxEpochs: number;
  /** Steps between two evaluations on the validation split. */
  evalInterval: number;
  seed: number;
  /** Where the run stands: counters, data position and order, generator, plateau state. */
  start: {
    runId: string;
    step: number;
    /** The optimizer's own step count (Adam's t for its bias correction). */
    optimizerStep: number;
    epoch: number;
    cursor: number;
    shuffleState: number;
    plateau: PlateauState;
    source: 'run' | 'checkpoint';
  };
  /** The tensors' files, by role: data, order, parameters (`param:<name>`), optimizer slots. */
  files: Record<string, TensorFile>;
  /** The browser's whole config, for reference. */
  labConfig: LabConfig;
}

/** tfjs's hyperparameters of each optimizer (src/engine/optimizers.ts) in PyTorch's terms. */
export function optimizerSpec(
  id: OptimizerId,
  config: Pick<LabConfig, 'nesterov' | 'weightDecay'>,
): OptimizerSpec {
  const weightDecay = config.weightDecay;
  switch (id) {
    case 'sgd':
      return { kind: 'sgd', weightDecay };
    case 'momentum':
      return { kind: 'momentum', momentum: 0.9, nesterov: config.nesterov === 'on', weightDecay };
    case 'rmsprop':
      return { kind: 'rmsprop', alpha: 0.9, eps: 1e-7, momentum: 0, weightDecay };
    case 'adam':
      return { kind: 'adam', betas: [0.9, 0.999], eps: 1e-7, weightDecay };
    case 'adamw':
      return { kind: 'adamw', betas: [0.9, 0.999], eps: 1e-8, weightDecay };
  }
}

/**
 * The training settings of `config` (all but `model`, `classes`, `start` and `files`, which
 * come from the run's state and the project's files).
 */
export function trainingSettings(
  config: LabConfig,
): Omit<TrainingSpec, 'format' | 'model' | 'classes' | 'start' | 'files' | 'loss'> {
  return {
    task: config.task,
    optimizer: optimizerSpec(config.optimizer, config),
    learningRate: config.learningRate,
    schedule: scheduleOf(config),
    totalSteps: plannedSteps(config),
    plateau: config.lrSchedule === 'plateau' ? plateauOf(config) : null,
    batchSize: config.batchSize,
    accumulation: config.accumulation,
    clip:
      config.clipping === 'norm'
        ? { kind: 'norm', max: config.clipNorm }
        : config.clipping === 'value'
          ? { kind: 'value', max: config.clipValue }
          : null,
    precision: config.precision,
    maxSteps: config.maxSteps,
    maxEpochs: config.maxEpochs,
    evalInterval: config.evalInterval,
    seed: config.seed,
    labConfig: config,
  };
}
