/**
 * The run's optimizer: the sidebar's choice as an owned update rule
 * (training/optimizer-settings.ts, training/optimizers/) over the model's parameters, named as
 * the model names them ("W · hidden 1"), so its state has the same names in every run and in
 * every checkpoint. Each step passes the plan's learning rate and weight decay; the optimizer
 * holds neither.
 */
import * as tf from '@tensorflow/tfjs';
import type { LabConfig } from '../../config/schema';
import type { OptimizerQuantityId, OptimizerStateView } from '../../protocol/reports';
import type { SavedTensor } from '../checkpoint';
import { type Model, paramsOf } from '../tasks/types';
import { optimizerSettings, STEP_COUNT } from '../training/optimizer-settings';
import { createOptimizer, type NamedParam, type Optimizer } from '../training/optimizers';
import type { StepPlan } from './plan';

/** The model's variables under their parameter names, in the model's order. */
export function namedParams(model: Model): NamedParam[] {
  const names = paramsOf(model);
  return model.variables.map((variable, i) => ({ name: names[i].name, variable }));
}

/**
 * The optimizer `config` chooses, over `params` (state zero, t = 0).
 * @throws Error when two parameters share a name (see createOptimizer)
 */
export function createRunOptimizer(
  config: Pick<LabConfig, 'optimizer' | 'nesterov'>,
  params: readonly NamedParam[],
): Optimizer {
  const { kind, hparams } = optimizerSettings(config.optimizer, config.nesterov === 'on');
  return createOptimizer(kind, params, hparams as never);
}

/**
 * One optimizer step on `variables` (the model's, or copies in the same order): `grads` are
 * keyed by each variable's tfjs name, as tf.variableGrads returns them. The step's learning
 * rate and the plan's weight decay λ are passed to the rule (PyTorch's param_group values of
 * this step). Runs in its own tf.tidy; `grads` are not disposed.
 * @throws Error when a variable has no gradient
 */
export function optimizerStep(
  optimizer: Optimizer,
  params: readonly NamedParam[],
  grads: tf.NamedTensorMap,
  plan: StepPlan,
  learningRate: number,
): void {
  const byName = new Map<string, tf.Tensor>();
  for (const { name, variable } of params) byName.set(name, grads[variable.name]);
  optimizer.apply(byName, learningRate, { weightDecay: plan.weightDecay?.lambda ?? 0 });
}

/**
 * The optimizer's complete state as a checkpoint stores it: the step count {@link STEP_COUNT}
 * (int32 scalar), then every state tensor ("<parameter>/<slot>", float32, shaped like the
 * parameter), in the order of training/optimizer-settings.ts `expectedOptimizerState`.
 */
export async function readOptimizerState(optimizer: Optimizer): Promise<SavedTensor[]> {
  const { t, tensors } = optimizer.state();
  const out: SavedTensor[] = [
    { name: STEP_COUNT, shape: [], dtype: 'int32', values: Int32Array.of(t) },
  ];
  for (const [name, tensor] of Object.entries(tensors)) {
    const values = Float32Array.from((await tensor.data()) as Float32Array);
    out.push({ name, shape: tensor.shape, dtype: 'float32', values });
  }
  return out;
}

/**
 * Puts a checkpoint's optimizer state (as {@link readOptimizerState} writes it) into
 * `optimizer`.
 * @throws Error when the step count is missing or a tensor is missing, extra or mis-shaped
 */
export function loadOptimizerState(optimizer: Optimizer, saved: readonly SavedTensor[]): void {
  const step = saved.find((s) => s.name === STEP_COUNT);
  if (!step) throw new Error(`optimizer state: no step count "${STEP_COUNT}"`);
  const tensors: Record<string, tf.Tensor> = {};
  for (const s of saved) {
    if (s.name !== STEP_COUNT) tensors[s.name] = tf.tensor(s.values, s.shape, 'float32');
  }
  try {
    optimizer.loadState({ kind: optimizer.kind, t: step.values[0], tensors });
  } finally {
    tf.dispose(Object.values(tensors));
  }
}

/**
 * What the update panel shows of the optimizer after a step taken at `learningRate`: t, the
 * hyperparameters of that step, and per parameter the quantities the formulas name (see
 * {@link OptimizerStateView}). Reads every tensor back.
 */
export async function readOptimizerView(
  optimizer: Optimizer,
  learningRate: number,
): Promise<OptimizerStateView> {
  const view = optimizer.describe(learningRate);
  const tensors = Object.values(view.params).flatMap((q) => Object.values(q));
  try {
    const shown = SHOWN[optimizer.kind];
    const params = await Promise.all(
      Object.entries(view.params).map(async ([name, quantities]) => ({
        name,
        quantities: await Promise.all(
          shown
            .filter((id) => quantities[id] !== undefined)
            .map(async (id) => ({
              id,
              values: Float32Array.from((await quantities[id].data()) as Float32Array),
            })),
        ),
      })),
    );
    return { t: view.t, hparams: view.hparams, params };
  } finally {
    tf.dispose(tensors);
  }
}

/**
 * The quantities the panel shows, in order. Momentum's describe also gives lr·b, which is the
 * step only without Nesterov; the panel shows the step itself (after − before) instead.
 */
const SHOWN: Record<Optimizer['kind'], readonly OptimizerQuantityId[]> = {
  sgd: [],
  momentum: ['buffer'],
  rmsprop: ['squareAvg', 'stepSize'],
  adam: ['m', 'v', 'mHat', 'vHat', 'step'],
  adamw: ['m', 'v', 'mHat', 'vHat', 'step'],
};
