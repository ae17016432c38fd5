/**
 * Run mode's loop on its own, through its hooks: every step's loss is read back once and in
 * order, evaluations come at their interval, and the one `done` check ends the loop with its
 * verdict — a stop with the reason of the criterion that fired, or a fault for NaN weights
 * under auto-resume, which leaves the run unfinished.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type LabConfig } from '../../config/schema';
import { MemoryCheckpointStore } from '../checkpoint';
import { initialize } from '../phases/initialization';
import type { StopDecision } from '../phases/stopping';
import { TASKS } from '../tasks/registry';
import { createRun, disposeRunContext } from './context';
import { stepPlan } from './plan';
import { runMode } from './run-mode';
import type { RunState } from './state';
import { stopReasonText } from '../../content';
import type { StopReason } from '../../protocol/stopping';
const words = (r: StopReason | null | undefined) => (r ? stopReasonText(r, 'en') : '');

beforeAll(async () => {
  await tf.setBackend('cpu');
});

async function runToEnd(
  over: Partial<LabConfig>,
  before?: (v: tf.Variable, state: RunState) => void,
) {
  const { ctx, state } = createRun(
    { ...DEFAULT_CONFIG, points: 200, earlyStopping: 'off', ...over },
    TASKS.classify2d,
    'run-mode-test',
  );
  await initialize(ctx, state, stepPlan(state.config));
  if (before) before(ctx.model!.variables[0], state);
  const steps: number[] = [];
  const evaluations: number[] = [];
  const decisions: StopDecision[] = [];
  await runMode(ctx, state, {
    store: new MemoryCheckpointStore(),
    keepGoing: () => true,
    elapsedMs: () => 0,
    onReadBack: (first, losses) => {
      losses.forEach((_, k) => steps.push(first + k));
    },
    onEvaluation: (r) => evaluations.push(r.step),
    onCheckpoint: () => {},
    onStopDecision: (d) => decisions.push(d),
  });
  return { ctx, state, steps, evaluations, decisions };
}

describe('run mode', () => {
  it('reads every loss back once, evaluates at its interval and stops at max steps', async () => {
    const { ctx, state, steps, evaluations, decisions } = await runToEnd({
      maxSteps: 20,
      evalInterval: 5,
      readbackInterval: 3,
    });
    expect(steps).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(state.metrics.kept.trainLoss?.steps).toEqual(steps);
    expect(evaluations).toEqual([5, 10, 15, 20]);
    const last = decisions.at(-1)!;
    expect(last.verdict.kind).toBe('stop');
    expect(words(state.finished?.reason)).toMatch(/max steps/i);
    expect(state.step).toBe(20);
    disposeRunContext(ctx);
  });

  const nan = (v: tf.Variable) => tf.tidy(() => v.assign(tf.fill(v.shape, NaN)));

  it('ends at the first read-back of NaN written into the weights, as a fault under auto-resume', async () => {
    const injected = (v: tf.Variable, state: RunState) => {
      nan(v);
      state.nanInjected = true;
    };
    const { ctx, state, decisions } = await runToEnd({ maxSteps: 50, autoResume: 'on' }, injected);
    expect(state.step).toBe(1); // the first step is read back at once
    expect(decisions.map((d) => d.verdict.kind)).toEqual(['fault']);
    expect(state.finished).toBeNull();
    disposeRunContext(ctx);
  });

  it('stops with the non-finite criterion’s reason when the run’s own loss is NaN', async () => {
    const { ctx, state, decisions } = await runToEnd({ maxSteps: 50, autoResume: 'on' }, nan);
    expect(state.step).toBe(1);
    expect(decisions.map((d) => d.verdict.kind)).toEqual(['stop']);
    expect(words(state.finished?.reason)).toMatch(/NaN\/Inf/);
    disposeRunContext(ctx);
  });
});
