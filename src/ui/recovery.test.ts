import { describe, expect, it } from 'vitest';
import { incidentText } from '../content/notices';
import type { EngineNotice } from '../protocol/notices';
import { Recovery, recoveryAfterReload } from './recovery';

const crash: EngineNotice = { id: 'workerFailed', detail: 'out of memory' };
const nan: EngineNotice = { id: 'nonFiniteLoss', loss: 'training', value: NaN, step: 80 };
const reload = (step: number): EngineNotice => ({ id: 'pageReloaded', step });

describe('Recovery', () => {
  it('counts the steps redone and the time from the fault until training caught up', () => {
    const r = new Recovery('workerCrash', 'run-1', 540, 1_000, crash);
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
    expect(i.cause).toEqual(crash);
    expect(incidentText(i, 'en')).toBe(
      'The engine worker failed: out of memory. Resumed from the checkpoint at step 500.',
    );
    expect(incidentText(i, 'de')).toBe(
      'Der Engine-Worker ist abgestürzt: out of memory. Vom Checkpoint bei Schritt 500 fortgesetzt.',
    );
  });

  it('says when a run was not resumed', () => {
    const i = new Recovery('nanWeights', 'run-1', 80, 0, nan).incident(10);
    expect(i.resumedFrom).toBeNull();
    expect(i.stepsRedone).toBe(0);
    expect(i).not.toHaveProperty('message');
    expect(incidentText(i, 'en')).toMatch(/Not resumed\.$/);
    expect(incidentText(i, 'de')).toMatch(/Nicht fortgesetzt\.$/);
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
        reload(lastStep),
      );
      r.restored(10);
      if (r.caughtUp(10)) incidents.push(r.incident(t)); // at the restored step
      open = r.snapshot(); // the page reloads again before training reached the step
      t += 500;
    }
    // After the last reload training goes on past step 14: one incident closes.
    const last = recoveryAfterReload(
      open,
      { runId: 'run-1', lastStep: 10, updatedAt: t },
      reload(10),
    );
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
    expect(incidentText(incidents[0], 'en')).toMatch(/^The page was reloaded at step 14\./);
  });

  it('a reload of another run, or with nothing open, is an incident of its own', () => {
    const other = new Recovery('workerCrash', 'run-2', 30, 0, crash).snapshot();
    const r = recoveryAfterReload(other, { runId: 'run-1', lastStep: 7, updatedAt: 50 }, reload(7));
    expect(r).toMatchObject({ fault: 'pageReload', runId: 'run-1', stepReached: 7, faultAt: 50 });
    const fresh = recoveryAfterReload(
      null,
      { runId: 'run-1', lastStep: 7, updatedAt: 50 },
      reload(7),
    );
    expect(fresh.fault).toBe('pageReload');
  });

  it('an incident cut short by another fault says so', () => {
    const i = new Recovery('nanWeights', 'run-1', 80, 0, nan).incident(10, 'workerCrash');
    expect(i.cutShortBy).toBe('workerCrash');
    expect(incidentText(i, 'en')).toBe(
      'The training loss became NaN at step 80: the weights hold NaN or Inf. Not resumed. Its recovery was cut short by another fault (Worker crashed), recorded next.',
    );
  });

  it('an incident stored as English text before incidents were data is shown as it is', () => {
    const stored = {
      kind: 'incident' as const,
      incident: 'deviceLost' as const,
      step: 12,
      resumedFrom: 10,
      stepsRedone: 2,
      timeLostMs: 900,
      message: 'The GPU device was lost (destroyed). Resumed from the checkpoint at step 10.',
    };
    expect(incidentText(stored, 'de')).toBe(stored.message);
  });
});
