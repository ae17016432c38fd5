/**
 * The run's one `done` check: the verdict of a stopping report for the run, and what the
 * check changes (the run finished with its reason, or left unfinished for a fault).
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type LabConfig } from '../../config/schema';
import { createRun, disposeRunContext } from '../run/context';
import { TASKS } from '../tasks/registry';
import { checkStop } from './stopping';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

function runAt(over: Partial<LabConfig>, trainLoss: number, step: number) {
  const { ctx, state } = createRun(
    { ...DEFAULT_CONFIG, points: 100, ...over },
    TASKS.classify2d,
    'run-stop',
  );
  state.trainLoss = trainLoss;
  state.step = step;
  return { ctx, state };
}

describe('the done check', () => {
  it('goes on while no criterion fires', () => {
    const { ctx, state } = runAt({ maxSteps: 100 }, 0.5, 10);
    const { report, verdict } = checkStop(ctx, state, 0);
    expect(report.stop).toBe(false);
    expect(verdict).toEqual({ kind: 'continue' });
    expect(state.finished).toBeNull();
    disposeRunContext(ctx);
  });

  it('stops with the reason of the criterion that fired', () => {
    const { ctx, state } = runAt({ maxSteps: 10 }, 0.5, 10);
    const { report, verdict } = checkStop(ctx, state, 0);
    expect(verdict).toEqual({ kind: 'stop', reason: report.reason });
    expect(state.finished?.reason.id).toBe('maxSteps');
    disposeRunContext(ctx);
  });

  it('with auto-resume off, a non-finite loss ends the run through its criterion', () => {
    const { ctx, state } = runAt({ autoResume: 'off', stopOnNonFinite: 'on' }, NaN, 5);
    const { verdict } = checkStop(ctx, state, 0);
    expect(verdict.kind).toBe('stop');
    expect(state.finished?.reason.id).toBe('nonFinite');
    disposeRunContext(ctx);
  });

  it('with auto-resume on, the run’s own non-finite loss ends it through its criterion', () => {
    const { ctx, state } = runAt({ autoResume: 'on', stopOnNonFinite: 'on' }, NaN, 5);
    const { verdict } = checkStop(ctx, state, 0);
    expect(verdict.kind).toBe('stop');
    expect(state.finished?.reason.id).toBe('nonFinite');
    disposeRunContext(ctx);
  });

  it('with auto-resume on, NaN written into the weights is a fault and the run stays unfinished', () => {
    const { ctx, state } = runAt({ autoResume: 'on', stopOnNonFinite: 'on' }, NaN, 5);
    state.nanInjected = true;
    const { report, verdict } = checkStop(ctx, state, 0);
    expect(report.stop).toBe(true);
    expect(verdict).toEqual({
      kind: 'fault',
      notice: { id: 'nonFiniteLoss', loss: 'training', value: NaN, step: 5 },
    });
    expect(state.finished).toBeNull();
    disposeRunContext(ctx);
  });
});
