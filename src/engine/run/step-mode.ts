/**
 * Step mode: one phase per "Next phase", on the live model, each returning what it computed.
 * The phase cursor says which phase comes next: initialization once, then for each step
 * data → forward → loss → backward repeated for each of the plan's micro-batches, then
 * update → evaluation → checkpoint → stopping. The phases are the same functions the fused
 * step (`step.ts`) calls, one at a time.
 */
import type { PhaseId } from '../../protocol/phases';
import type { MicroBatchPosition, PhaseReport, UpdateReport } from '../../protocol/reports';
import type { CheckpointStore } from '../checkpoint';
import { backward } from '../phases/backward';
import { saveCheckpoint } from '../phases/checkpoint';
import { moreMicroBatches } from '../phases/data';
import { loadBatchMeasured } from '../data-pipeline/step-load';
import { evaluate } from '../phases/evaluation';
import { forward } from '../phases/forward';
import { initialize } from '../phases/initialization';
import { computeLoss } from '../phases/loss';
import { checkStop, type StopDecision } from '../phases/stopping';
import { update } from '../phases/update';
import { measureClip } from '../training/clip-measure';
import type { RunContext } from './context';
import { recordMetric } from './metrics';
import type { StepPlan } from './plan';
import type { RunState } from './state';

/** The phase step mode runs next (the phase cursor); pure. */
export function nextPhase(state: RunState, plan: StepPlan): PhaseId {
  switch (state.lastPhase) {
    case null:
      return 'initialization';
    case 'initialization':
    case 'stopping':
      return 'data';
    case 'data':
      return 'forward';
    case 'forward':
      return 'loss';
    case 'loss':
      return 'backward';
    case 'backward':
      // Another micro-batch of the same step, or the update once all are in.
      return moreMicroBatches(state, plan.accumulate) ? 'data' : 'update';
    case 'update':
      return 'evaluation';
    case 'evaluation':
      return 'checkpoint';
    case 'checkpoint':
      return 'stopping';
  }
}

/**
 * Whether the cursor sits between two steps (or before or after a step's evaluation,
 * checkpoint and stopping check), so that run mode can take over: no step is half done.
 */
export function atStepBoundary(state: RunState, plan: StepPlan): boolean {
  const phase = nextPhase(state, plan);
  return phase === 'evaluation' || (phase === 'data' && state.microBatch === 0);
}

/** What step mode needs from outside the run: the checkpoint store and the training clock. */
export interface StepModeEnv {
  plan: StepPlan;
  store: CheckpointStore;
  /** Training time so far, in ms, for the max-time criterion. */
  elapsedMs(): number;
  /** Receives the stopping phase's decision (the run's one `done` check). */
  onStopDecision?(decision: StopDecision): void;
}

/** Runs the phase the cursor points at, moves the cursor, and returns the phase's report. */
export async function runNextPhase(
  ctx: RunContext,
  state: RunState,
  env: StepModeEnv,
): Promise<PhaseReport> {
  const phase = nextPhase(state, env.plan);
  const report = await runPhase(ctx, state, phase, env);
  state.lastPhase = phase;
  return report;
}

/**
 * Micro-batch `microBatch` of the plan's k (gradient accumulation), each of the config's
 * batch size.
 */
export function positionOf(
  state: RunState,
  plan: StepPlan,
  microBatch: number,
): MicroBatchPosition {
  return { microBatch, accumulate: plan.accumulate, batchSize: state.config.batchSize };
}

/** The optimizer and weight decay the update applies (the update panel's techniques). */
export function methodOf(state: RunState): NonNullable<UpdateReport['method']> {
  const c = state.config;
  return { optimizer: c.optimizer, nesterov: c.nesterov === 'on', weightDecay: c.weightDecay };
}

async function runPhase(
  ctx: RunContext,
  state: RunState,
  phase: PhaseId,
  env: StepModeEnv,
): Promise<PhaseReport> {
  const { plan } = env;
  switch (phase) {
    case 'initialization':
      return initialize(ctx, state, plan);
    case 'data': {
      // with the data pipeline's loading latency, each stage measured
      const report = await loadBatchMeasured(ctx, state);
      return { ...report, position: positionOf(state, plan, state.microBatch + 1) };
    }
    case 'forward':
      return forward(ctx, state.config.precision);
    case 'loss':
      return computeLoss(ctx, state);
    case 'backward': {
      const report = await backward(ctx, state, plan);
      // The running sum's norm after each micro-batch: a new step's list starts at its first.
      if (state.microBatch === 1) state.gradSumNorms = [];
      state.gradSumNorms.push(report.globalNorm);
      return {
        ...report,
        position: positionOf(state, plan, state.microBatch),
        sumNorms: [...state.gradSumNorms],
      };
    }
    case 'update': {
      // What clipping does to the summed gradients, measured before the update consumes them.
      const clip = plan.clip && ctx.grads ? await measureClip(ctx.grads, plan.clip) : null;
      const microBatches = state.microBatch;
      const report = await update(ctx, state, plan);
      recordMetric(state, 'learningRate', report.step, report.learningRate);
      if (clip) {
        recordMetric(state, 'gradNorm', report.step, clip.normBefore);
        recordMetric(state, 'clipFactor', report.step, clip.factor);
      }
      return {
        ...report,
        schedule: state.config.lrSchedule,
        clip,
        position: positionOf(state, plan, microBatches),
        method: methodOf(state),
      };
    }
    case 'evaluation':
      return evaluate(ctx, state);
    case 'checkpoint':
      return saveCheckpoint(ctx, state, env.store);
    case 'stopping': {
      const decision = checkStop(ctx, state, env.elapsedMs());
      env.onStopDecision?.(decision);
      return decision.report;
    }
  }
}
