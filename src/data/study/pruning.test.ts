import { describe, expect, it } from 'vitest';
import { continuesAtRung, rungMetric, rungSteps } from './pruning';

describe('early termination by successive halving', () => {
  it('judges at minSteps · η^k below the run length, no more rungs than halving has', () => {
    expect(rungSteps({ minSteps: 10, eta: 3 }, 27, 1000)).toEqual([10, 30, 90, 270]);
    expect(rungSteps({ minSteps: 10, eta: 3 }, 27, 90)).toEqual([10, 30]);
    expect(rungSteps({ minSteps: 4, eta: 2 }, 4, 16)).toEqual([4, 8]);
    expect(rungSteps({ minSteps: 20, eta: 2 }, 8, 20)).toEqual([]);
  });

  it('keeps a trial in the best ⌊m/η⌋ of the m judged, at least the best (Optuna)', () => {
    const earlier = [
      { trialId: 'a', value: 0.5 },
      { trialId: 'b', value: 0.3 },
    ];
    // m = 3, η = 3: keep 1 — only a new best goes on.
    expect(continuesAtRung(earlier, 'c', 0.2, 3)).toBe(true);
    expect(continuesAtRung(earlier, 'c', 0.4, 3)).toBe(false);
    // m = 6, η = 3: keep 2.
    const more = [...earlier, { trialId: 'd', value: 0.9 }, { trialId: 'e', value: 0.8 }];
    expect(continuesAtRung([...more, { trialId: 'f', value: 0.1 }], 'g', 0.4, 3)).toBe(false);
    expect(continuesAtRung([...more, { trialId: 'f', value: 0.7 }], 'g', 0.4, 3)).toBe(true);
    // The first trial always goes on; a diverged one never does once another is judged.
    expect(continuesAtRung([], 'a', NaN, 2)).toBe(true);
    expect(continuesAtRung(earlier, 'c', NaN, 2)).toBe(false);
    // Judged again (a run trained again after a reload): its old result does not count twice.
    expect(continuesAtRung([{ trialId: 'a', value: 0.1 }], 'a', 0.5, 2)).toBe(true);
  });

  it('judges by the latest validation loss at the rung, else the recent training loss', () => {
    const val = { steps: [5, 10, 15], values: [0.9, 0.7, 0.5] };
    const train = { steps: [1, 2, 3, 4], values: [4, 3, 2, 1] };
    expect(rungMetric(12, val, train)).toBe(0.7);
    expect(rungMetric(4, val, train)).toBe(2.5);
    expect(rungMetric(4, { steps: [], values: [] }, { steps: [], values: [] })).toBeNaN();
  });
});
