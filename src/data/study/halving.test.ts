import { describe, expect, it } from 'vitest';
import { halvingSchedule, promote } from './halving';

describe('halvingSchedule', () => {
  it('keeps ⌊n/η^i⌋ trials at r·η^i steps (Li et al. 2018, n = 27, r = 1, η = 3)', () => {
    expect(halvingSchedule(27, 1, 3)).toEqual([
      { rung: 0, trials: 27, steps: 1 },
      { rung: 1, trials: 9, steps: 3 },
      { rung: 2, trials: 3, steps: 9 },
      { rung: 3, trials: 1, steps: 27 },
    ]);
  });

  it('floors the trials and stops at the maximum resource', () => {
    expect(halvingSchedule(10, 100, 2, 500)).toEqual([
      { rung: 0, trials: 10, steps: 100 },
      { rung: 1, trials: 5, steps: 200 },
      { rung: 2, trials: 2, steps: 400 },
    ]);
    expect(halvingSchedule(1, 5, 3)).toEqual([{ rung: 0, trials: 1, steps: 5 }]);
  });

  it('refuses arguments outside their ranges', () => {
    expect(() => halvingSchedule(0, 1, 3)).toThrow(RangeError);
    expect(() => halvingSchedule(9, 1, 1)).toThrow(RangeError);
    expect(() => halvingSchedule(9, 0.5, 3)).toThrow(RangeError);
    expect(() => halvingSchedule(9, 10, 3, 5)).toThrow(RangeError);
  });
});

describe('promote', () => {
  const results = [
    { trialId: 't1', value: 0.9 },
    { trialId: 't2', value: NaN },
    { trialId: 't3', value: 0.2 },
    { trialId: 't4', value: 0.5 },
    { trialId: 't5', value: 0.2 },
    { trialId: 't6', value: Infinity },
  ];

  it('keeps the best by loss, ties to the lower id, non-finite last', () => {
    expect(promote(results, 2)).toEqual(['t3', 't5']);
    expect(promote([...results].reverse(), 3)).toEqual(['t3', 't5', 't4']);
    expect(promote(results, 6).slice(4).sort()).toEqual(['t2', 't6']);
  });

  it('keeps the highest when maximizing, and ⌊n/3⌋ by default', () => {
    expect(promote(results, 1, 'maximize')).toEqual(['t1']);
    expect(promote(results)).toEqual(['t3', 't5']);
  });

  it('follows the schedule through every rung', () => {
    const rungs = halvingSchedule(9, 10, 3);
    let alive = Array.from({ length: 9 }, (_, i) => `t${i}`);
    for (let i = 0; i + 1 < rungs.length; i++) {
      expect(alive).toHaveLength(rungs[i].trials);
      // A trial's loss at a rung: lower ids learn faster.
      const rung = alive.map((id) => ({
        trialId: id,
        value: Number(id.slice(1)) / rungs[i].steps,
      }));
      alive = promote(rung, rungs[i + 1].trials);
    }
    expect(alive).toEqual(['t0']);
  });
});
