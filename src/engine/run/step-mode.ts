/**
 * Step mode: one phase per "Next phase", on the live model, each returning what it computed.
 * The phase cursor says which phase comes next: initialization once, then for each step
 * data → forward → loss → backward repeated for each of the plan's micro-batches, then
 * update → evaluation → checkpoint → stopping. The phases are the same functions the fused
 * step (`step.ts`) calls, one at a time.
 */
import type { PhaseId } from '../../protocol/phases';
import type { PhaseReport } from '../../protocol/reports';
import type { CheckpointStore } from '../checkpoint';
import { backward } from '../phases/backward';
import { saveCheckpoint } from '../phases/checkpoint';
import { loadBatch } from '../phases/data';
import { evaluate } from '../phases/evaluation';
import { forward } from '../phases/forward';
import { initialize } from '../phases/initialization';
import { computeLoss } from '../phases/loss';
import { checkStop, type StopDecision } from '../phases/stopping';
import { update } from '../phases/update';
import type { RunContext } from './context';
import { stepPlan } from './plan';
import type { RunState } from './state';

/** The phase step mode runs next (the phase cursor); pure. */
export function nextPhase(state: RunState): PhaseId {
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
      return state.microBatch < stepPlan(state.config).accumulate ? 'data' : 'update';
    case 'update':
      return 'evaluation';
    case 'evaluation':
      return 'checkpoint';
    case 'checkpoint':
      return 'stopping';
  }
}

/** What step mode needs from outside the run: the checkpoint store and the training clock. */
export interface StepModeEnv {
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
  const phase = nextPhase(state);
  const report = await runPhase(ctx, state, phase, env);
  state.lastPhase = phase;
  return report;
}

function runPhase(
  ctx: RunContext,
  state: RunState,
  phase: PhaseId,
  env: StepModeEnv,
): Promise<PhaseReport> | PhaseReport {
  switch (phase) {
    case 'initialization':
      return initialize(ctx, state);
    case 'data':
      return loadBatch(ctx, state);
    case 'forward':
      return forward(ctx);
    case 'loss':
      return computeLoss(ctx, state);
    case 'backward':
      return backward(ctx, state);
    case 'update':
      return update(ctx, state);
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
