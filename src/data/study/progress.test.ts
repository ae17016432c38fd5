import { describe, expect, it } from 'vitest';
import type { RunRecord } from '../run-record';
import { estimateLeftMs, studyTotals } from './progress';
import type { StudyRecord } from './study-record';

describe('study progress', () => {
  it('estimates the time left from the measured run times', () => {
    expect(estimateLeftMs([], 3, 0)).toBeNull();
    expect(estimateLeftMs([], 0, 0)).toBe(0);
    // Mean 2 s; 3 runs left, the current one a quarter done: 2.75 runs.
    expect(estimateLeftMs([1000, 3000], 3, 0.25)).toBe(5500);
    expect(estimateLeftMs([1000], 1, 2)).toBe(0);
    // Before a run finished: the current run's pace, 4 s for a quarter, so 16 s a run.
    expect(estimateLeftMs([], 3, 0.25, 4000)).toBe(44_000);
  });

  it("sums the FLOPs, steps and time of the study's own runs", () => {
    const run = (id: string, studyId: string | null, flops: number, ms: number) =>
      ({
        id,
        step: 10,
        study: studyId ? { studyId, index: 0 } : null,
        compute: { flopsPerStep: flops / 10, trainingFlops: flops, wallMs: ms },
      }) as RunRecord;
    const study = { id: 's1', createdAt: 1000, updatedAt: 61_000 } as StudyRecord;
    expect(
      studyTotals(study, [
        run('a', 's1', 1e9, 500),
        run('b', 's2', 5e9, 9),
        run('c', 's1', 2e9, 700),
        run('d', null, 1, 1),
      ]),
    ).toEqual({ runs: 2, steps: 20, trainingFlops: 3e9, trainingMs: 1200, elapsedMs: 60_000 });
  });
});
