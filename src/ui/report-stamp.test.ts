import { describe, expect, it } from 'vitest';
import { fill } from '../content/fill';
import { describeStamp, midStep } from './report-stamp';

const paused = (step: number) => ({ step, running: false, betweenSteps: true });
const running = (step: number) => ({ step, running: true, betweenSteps: true });

describe('describeStamp: every panel says at which step it was computed', () => {
  it('a run that ended at step 675 shows the update panel of step 1 as lagging, and asks for a fresh view', () => {
    const info = describeStamp('update', { step: 1, view: false }, paused(675));
    expect(info.step).toBe(1);
    expect(info.text).toContain('step 1');
    expect(info.lag).toContain('675');
    expect(info.refresh).toBe(true);
  });

  it('while running, a lagging per-step panel says run mode reads nothing back, and waits for Pause', () => {
    const info = describeStamp('data', { step: 0, view: false }, running(300));
    expect(info.refresh).toBe(false);
    expect(info.lag).toMatch(/Pause/);
  });

  it('a fresh view of the update at step s is the update to s + 1, and does not lag', () => {
    const info = describeStamp('update', { step: 675, view: true }, paused(675));
    expect(info.text).toContain('676');
    expect(info.lag).toBeNull();
    expect(info.refresh).toBe(false);
  });

  it('in step mode the panels of the step just made do not lag (no needless refresh)', () => {
    // Update 5 made step 5: its data … backward panels were computed at step 4.
    for (const phase of ['data', 'forward', 'loss', 'backward'] as const) {
      const info = describeStamp(phase, { step: 4, view: false }, paused(5));
      expect(info.lag, phase).toBeNull();
      expect(info.text).toContain('update 5');
    }
    expect(describeStamp('update', { step: 5, view: false }, paused(5)).lag).toBeNull();
  });

  it('half-way through a step, an older panel says it runs again later in the cycle (the engine refuses views then)', () => {
    const info = describeStamp(
      'backward',
      { step: 2, view: false },
      { step: 9, running: false, betweenSteps: false },
    );
    expect(info.refresh).toBe(false);
    expect(info.lag).toMatch(/later in this cycle/);
  });

  it('evaluation and checkpoint are recorded at their interval: they lag without a refresh', () => {
    for (const phase of ['evaluation', 'checkpoint'] as const) {
      const info = describeStamp(phase, { step: 650, view: false }, paused(675));
      expect(info.refresh).toBe(false);
      expect(info.lag).toContain('25 steps later');
    }
  });

  it('the stopping criteria are refreshed after a pause; initialization never lags', () => {
    expect(describeStamp('stopping', { step: 650, view: false }, paused(675)).refresh).toBe(true);
    expect(describeStamp('initialization', { step: 0, view: false }, paused(675)).lag).toBeNull();
  });
});

describe('midStep', () => {
  it('is true only while a batch is loaded (after data, forward, loss or backward)', () => {
    expect(['data', 'forward', 'loss', 'backward'].every((p) => midStep(p as never))).toBe(true);
    expect(
      [null, 'initialization', 'update', 'evaluation', 'stopping'].some((p) => midStep(p as never)),
    ).toBe(false);
  });
});

describe('fill', () => {
  it('fills placeholders and refuses a missing one', () => {
    expect(fill('step {a} of {b}', { a: 1, b: 'two' })).toBe('step 1 of two');
    expect(() => fill('step {c}', { a: 1 })).toThrow(/\{c\}/);
  });
});
