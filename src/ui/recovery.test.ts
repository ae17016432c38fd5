import { describe, expect, it } from 'vitest';
import { Recovery } from './recovery';

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
