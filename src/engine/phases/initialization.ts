/**
 * Initialization: draws the model's initial weights with the configured scheme from the
 * run's own generator, and creates the optimizer with empty state (t = 0), and sets the plan's
 * first learning rate.
 */
import type { InitializationReport } from '../../protocol/reports';
import { INIT_SCHEMES } from '../initializers';
import { Rng } from '../rng';
import { histogram, identicalColumns, std } from '../stats';
import type { RunContext } from '../run/context';
import { applyTransfer } from '../run/fine-tune';
import { createRunOptimizer, namedParams } from '../run/optimizer';
import type { StepPlan } from '../run/plan';
import type { RunState } from '../run/state';
import { readParams } from './read-back';

/** Builds the model and optimizer (replacing any earlier ones) and reports the weights drawn. */
export async function initialize(
  ctx: RunContext,
  state: RunState,
  plan: StepPlan,
): Promise<InitializationReport> {
  ctx.model?.dispose();
  ctx.optimizer?.dispose();
  const rng = new Rng(state.rng.init);
  ctx.model = ctx.task.buildModel(state.config, ctx.data, rng);
  state.rng.init = rng.getState();
  const transfer = ctx.transfer ? applyTransfer(ctx.model, ctx.transfer) : null;
  state.learningRate = plan.learningRateAt(state.step, state.plateau);
  ctx.optimizer = createRunOptimizer(state.config, namedParams(ctx.model));
  const weights = await readParams(ctx);
  const scheme = INIT_SCHEMES[state.config.initializer];
  const model = ctx.model;
  return {
    phase: 'initialization',
    scheme: state.config.initializer,
    totalParams: model.summary.totalParams,
    weights,
    transfer,
    layers: model.summary.layers.map((l, i) => {
      // A layer's first variable is its weight matrix (inputs × outputs).
      const w = weights.find((p) => p.layer === i)!.values;
      return {
        name: l.name,
        shape: [l.inputs, l.outputs],
        params: l.params,
        weightHistogram: histogram(w),
        std: std(w),
        targetStd: scheme.targetStd(l.inputs, l.outputs),
        identicalUnits: identicalColumns(w, l.inputs, l.outputs),
      };
    }),
  };
}
