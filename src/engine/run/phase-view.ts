/**
 * A view of a phase at the current step that changes nothing in the run: a paused run shows
 * the batch its next step will load, the forward pass, loss and gradients on it with the
 * current weights, the update the next step would make (on copies of the weights and the
 * optimizer's state), or the stopping criteria now. The phases run on a scratch copy of the
 * plain run state, so nothing they record (losses, gradient norms, the data position) reaches
 * the run.
 */
import * as tf from '@tensorflow/tfjs';
import type { ViewablePhase } from '../../protocol/phases';
import type { PhaseReport } from '../../protocol/reports';
import { backward, gradients } from '../phases/backward';
import { dataReport, gatherBatch, nextIndices } from '../phases/data';
import { forward } from '../phases/forward';
import { computeLoss } from '../phases/loss';
import { readParams } from '../phases/read-back';
import { stoppingReport } from '../phases/stopping';
import {
  lossScaleOf,
  roundGrads,
  unscaleAndCheck,
  updatePrecision,
} from '../phases/mixed-precision';
import { clipGradients } from '../phases/update';
import { refuse } from '../notice-error';
import { RunHistory } from '../run-history';
import { measureClip } from '../training/clip-measure';
import { previewUpdate } from '../update-preview';
import { disposeStepState, requireTraining, type RunContext } from './context';
import { namedParams } from './optimizer';
import type { StepPlan } from './plan';
import type { RunState } from './state';
import { methodOf, positionOf } from './step-mode';

/** A copy of `state` that phases may change freely: its own order, generators and series. */
export function scratchOf(state: RunState): RunState {
  return {
    ...state,
    order: state.order.slice(),
    rng: { ...state.rng },
    scaler: { ...state.scaler },
    metrics: new RunHistory(),
  };
}

/** Initialized, and no step-mode step half done: {@link viewPhase} may be called. */
export function betweenSteps(ctx: RunContext): boolean {
  return ctx.model !== null && ctx.batch === null && ctx.grads === null;
}

/**
 * The report `phase` would give at the current step, changing nothing in the run (see the
 * file comment). `elapsedMs`: training time so far, for the max-time criterion.
 * @throws Error before initialization, or while a step-mode step is half done
 */
export async function viewPhase(
  ctx: RunContext,
  state: RunState,
  plan: StepPlan,
  phase: ViewablePhase,
  elapsedMs: number,
): Promise<PhaseReport> {
  if (phase === 'stopping') return stoppingReport(ctx, state, elapsedMs);
  const { model, optimizer } = requireTraining(ctx);
  if (ctx.batch || ctx.grads) refuse({ id: 'stepHalfDone' });
  const scratch = scratchOf(state);
  const { indices, shuffled } = nextIndices(scratch);
  // The view is of the next step's first micro-batch.
  const position = positionOf(state, plan, 1);
  if (phase === 'data') return { ...dataReport(ctx, state, indices, shuffled), position };
  ctx.batch = gatherBatch(ctx, indices);
  try {
    if (phase === 'forward') return await forward(ctx, state.config.precision);
    if (phase === 'loss') return await computeLoss(ctx, scratch);
    if (phase === 'backward') {
      const report = await backward(ctx, scratch, plan);
      return { ...report, position, sumNorms: [report.globalNorm] };
    }
    const before = await readParams(ctx);
    const { format } = plan.precision;
    const { value, grads: raw } = gradients(
      ctx,
      model,
      ctx.batch.x,
      ctx.batch.y,
      plan.accumulate,
      format,
      lossScaleOf(plan.precision, scratch.scaler),
    );
    value.dispose();
    const rounded = tf.tidy(() => roundGrads(raw, format));
    if (rounded !== raw) tf.dispose(Object.values(raw));
    ctx.grads = rounded;
    // The scaler's decision on the scratch copy of its state (the run's is not changed).
    const checked = await unscaleAndCheck(rounded, plan.precision, scratch);
    const grads = checked.grads;
    // What clipping does, when one micro-batch is the step's whole gradient.
    const clip = plan.clip && plan.accumulate === 1 ? await measureClip(grads, plan.clip) : null;
    // what tidy returns (the clipped gradients, or `grads` themselves) is freed below
    const clipped = tf.tidy(() => clipGradients(grads, plan));
    const learningRate = plan.learningRateAt(state.step, state.plateau);
    try {
      const { after, state: optimizerState } = await previewUpdate(
        optimizer,
        state.config,
        plan,
        learningRate,
        namedParams(model),
        clipped,
      );
      const skipped = checked.skipped;
      return {
        phase: 'update',
        optimizer: state.config.optimizer,
        learningRate,
        before,
        after: skipped ? before : before.map((p, i) => ({ ...p, values: after[i] })),
        state: optimizerState,
        step: state.step + 1,
        schedule: state.config.lrSchedule,
        clip,
        method: methodOf(state),
        precision: updatePrecision(state, plan.precision, checked),
      };
    } finally {
      if (clipped !== grads)
        tf.dispose(Object.values(clipped).filter((t) => !Object.values(grads).includes(t)));
      checked.dispose();
    }
  } finally {
    disposeStepState(ctx);
  }
}
