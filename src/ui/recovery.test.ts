import { describe, expect, it } from 'vitest';
import { Recovery, recoveryAfterReload } from './recovery';

describe('Recovery', () => {
  it('counts the steps redone and the time from the fault until training caught up', () => {
    const r = new Recovery('workerCrash', 'run-1', 540, 1_000, 'The worker crashed.');
    expect(r.caughtUp(600)).toBe(false); // not restored yet
    r.restored(500);
    expect(r.caughtUp(539)).toBe(false);
    expect(r.caughtUp(540)).toBe(true);
    const i = r.incident(4_500);
    expect(i).toMatchObject({
      incident: 'workerCrash',
      step: 540,
      resumedFrom: 500,
      stepsRedone: 40,
      timeLostMs: 3_500,
    });
    expect(i.message).toContain('step 500');
  });

  it('says when a run was not resumed', () => {
    const i = new Recovery('nanWeights', 'run-1', 80, 0, 'NaN.').incident(10);
    expect(i.resumedFrom).toBeNull();
    expect(i.stepsRedone).toBe(0);
    expect(i.message).toContain('Not resumed');
  });
});

describe('reloads in a row', () => {
  it('five reloads before the run caught up are one incident, from the first fault to the furthest step', () => {
    // Each reload: the page finds its run in the journal and continues the recovery it kept.
    let open: ReturnType<Recovery['snapshot']> | null = null;
    const incidents = [];
    const lastSteps = [14, 11, 10, 12, 10]; // how far the journal got before each reload
    let t = 1_000;
    for (const lastStep of lastSteps) {
      const r = recoveryAfterReload(
        open,
        { runId: 'run-1', lastStep, updatedAt: t },
        `The page was reloaded at step ${lastStep}.`,
      );
      r.restored(10);
      if (r.caughtUp(10)) incidents.push(r.incident(t)); // at the restored step
      open = r.snapshot(); // the page reloads again before training reached the step
      t += 500;
    }
    // After the last reload training goes on past step 14: one incident closes.
    const last = recoveryAfterReload(open, { runId: 'run-1', lastStep: 10, updatedAt: t }, '');
    last.restored(10);
    expect(last.caughtUp(13)).toBe(false);
    expect(last.caughtUp(14)).toBe(true);
    incidents.push(last.incident(t + 2_000));
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({
      incident: 'pageReload',
      step: 14,
      resumedFrom: 10,
      stepsRedone: 4,
      timeLostMs: t + 2_000 - 1_000,
    });
    expect(incidents[0].message).toMatch(/^The page was reloaded at step 14\./);
  });

  it('a reload of another run, or with nothing open, is an incident of its own', () => {
    const other = new Recovery('workerCrash', 'run-2', 30, 0, 'Crash.').snapshot();
    const r = recoveryAfterReload(other, { runId: 'run-1', lastStep: 7, updatedAt: 50 }, 'Reload.');
    expect(r).toMatchObject({ fault: 'pageReload', runId: 'run-1', stepReached: 7, faultAt: 50 });
    const fresh = recoveryAfterReload(
      null,
      { runId: 'run-1', lastStep: 7, updatedAt: 50 },
      'Reload.',
    );
    expect(fresh.fault).toBe('pageReload');
  });

  it('an incident cut short by another fault says so', () => {
    const i = new Recovery('nanWeights', 'run-1', 80, 0, 'NaN.').incident(10, 'Cut short.');
    expect(i.message).toBe('NaN. Not resumed. Cut short.');
  });
});
