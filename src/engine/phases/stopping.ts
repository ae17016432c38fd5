/**
 * The stopping check: every criterion's state (pure, see `stopping.ts`), and the one decision
 * that ends a run — Lightning's `done` — made here and nowhere else, with its one reason.
 */
import type { EngineNotice } from '../../protocol/notices';
import type { StoppingReport, StopReason } from '../../protocol/reports';
import { checkStopping } from '../stopping';
import type { RunContext } from '../run/context';
import type { RunState } from '../run/state';

/**
 * What the run does after a stopping check: go on; stop, with the reason of the criterion
 * that fired first; or, when NaN written into the weights from outside fires the non-finite
 * criterion while auto-resume is on, treat it as a fault to recover from (restart at the last
 * good checkpoint) instead.
 */
export type StopVerdict =
  | { kind: 'continue' }
  | { kind: 'stop'; reason: StopReason }
  | { kind: 'fault'; notice: EngineNotice };

export interface StopDecision {
  report: StoppingReport;
  verdict: StopVerdict;
}

/** Every stopping criterion's state now, changing nothing. `elapsedMs`: training time so far. */
export function stoppingReport(
  ctx: RunContext,
  state: RunState,
  elapsedMs: number,
): StoppingReport {
  const restoreOn = state.config.restoreBest === 'on';
  return checkStopping({
    config: state.config,
    step: state.step,
    epoch: state.epoch,
    elapsedMs,
    trainLoss: state.trainLoss,
    valLoss: state.valLoss,
    valAccuracy: state.valAccuracy,
    earlyStopping: state.earlyStopping,
    bestWeightsStep: restoreOn ? ctx.bestWeights.step : null,
  });
}

/** The verdict of a stopping report for this run (pure). */
export function stopVerdict(report: StoppingReport, state: RunState): StopVerdict {
  const nonFinite = report.criteria.some((c) => c.id === 'nonFinite' && c.fires);
  // Non-finite values the run produced itself end it through the criterion, with its reason:
  // restarting a deterministic run from its checkpoint would replay the same divergence. Only
  // values written into it from outside are a fault that auto-resume recovers from.
  if (nonFinite && state.nanInjected && state.config.autoResume === 'on') {
    const train = state.trainLoss !== null && !Number.isFinite(state.trainLoss);
    const loss = train ? 'training' : 'validation';
    const value = (train ? state.trainLoss : state.valLoss) ?? Number.NaN;
    return { kind: 'fault', notice: { id: 'nonFiniteLoss', loss, value, step: state.step } };
  }
  return report.stop && report.reason
    ? { kind: 'stop', reason: report.reason }
    : { kind: 'continue' };
}

/**
 * The `done` check: checks every criterion and decides. A stop finishes the run with its
 * reason (restoring the best weights, once, when early stopping ends it with
 * restore-best-weights on, as Keras does); a fault or going on leaves it unfinished.
 */
export function checkStop(ctx: RunContext, state: RunState, elapsedMs: number): StopDecision {
  const report = stoppingReport(ctx, state, elapsedMs);
  const verdict = stopVerdict(report, state);
  const firedBy = report.criteria.find((c) => c.fires)?.id;
  if (
    verdict.kind === 'stop' &&
    firedBy === 'earlyStopping' &&
    state.config.restoreBest === 'on' &&
    !state.finished &&
    ctx.model
  ) {
    ctx.bestWeights.restoreInto(ctx.model.variables);
  }
  state.finished = verdict.kind === 'stop' ? { reason: verdict.reason } : null;
  return { report, verdict };
}
