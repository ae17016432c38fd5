import { describe, expect, it } from 'vitest';
import { calibrate, explainBackendChoice, type CalibrationCandidate } from './backend-choice';

/** A fake clock that a step advances by its backend's cost. */
function fakeClock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('backend calibration', () => {
  it('calibration picks the backend with the most measured steps/s', async () => {
    const clock = fakeClock();
    const candidate = (backend: string, msPerStep: number): CalibrationCandidate => ({
      backend,
      kernelsPerStep: 40,
      flopsPerStep: 1e5,
      runStep: () => void clock.advance(msPerStep),
    });
    const choice = await calibrate(
      [candidate('webgpu', 2), candidate('wasm', 0.5), candidate('webgl', 4)],
      clock.now,
      10,
    );
    expect(choice.backend).toBe('wasm');
    expect(choice.ranking.map((m) => m.backend)).toEqual(['wasm', 'webgpu', 'webgl']);
    expect(choice.ranking[0].stepsPerSecond).toBe(2000);
    expect(choice.marginOverNext).toBe(4);
  });

  it('leaves out a backend whose step throws, and fails when none runs', async () => {
    const clock = fakeClock();
    const broken: CalibrationCandidate = {
      backend: 'webgpu',
      kernelsPerStep: 1,
      flopsPerStep: 1,
      runStep: () => {
        throw new Error('device lost');
      },
    };
    const cpu = { ...broken, backend: 'cpu', runStep: () => void clock.advance(10) };
    expect((await calibrate([broken, cpu], clock.now)).backend).toBe('cpu');
    await expect(calibrate([broken], clock.now)).rejects.toThrow(/No backend/);
  });

  it('a tiny model is dispatch-bound, a large one compute-bound', () => {
    // 40 kernels × 10 µs = 0.4 ms of a 0.5 ms step: dispatch-bound.
    const tiny = explainBackendChoice([
      { backend: 'wasm', stepsPerSecond: 2000, kernelsPerStep: 40, flopsPerStep: 1e5 },
      { backend: 'webgpu', stepsPerSecond: 500, kernelsPerStep: 40, flopsPerStep: 1e5 },
    ]);
    expect(tiny.regime).toBe('dispatch-bound');
    expect(tiny.dispatchShare).toBeCloseTo(0.8, 12);
    expect(tiny.achievedFlops).toBe(2e8);
    // 40 kernels × 10 µs = 0.4 ms of a 50 ms step: compute-bound.
    const big = explainBackendChoice([
      { backend: 'webgpu', stepsPerSecond: 20, kernelsPerStep: 40, flopsPerStep: 1e11 },
      { backend: 'wasm', stepsPerSecond: 0.5, kernelsPerStep: 40, flopsPerStep: 1e11 },
    ]);
    expect(big.backend).toBe('webgpu');
    expect(big.regime).toBe('compute-bound');
    expect(big.dispatchShare).toBeCloseTo(0.008, 12);
  });

  it('keeps the list order on a tie and ignores non-positive measurements', () => {
    const m = (backend: string, stepsPerSecond: number) => ({
      backend,
      stepsPerSecond,
      kernelsPerStep: 1,
      flopsPerStep: 1,
    });
    expect(explainBackendChoice([m('webgpu', 10), m('webgl', 10)]).backend).toBe('webgpu');
    expect(explainBackendChoice([m('webgpu', NaN), m('cpu', 1)]).marginOverNext).toBeNull();
    expect(() => explainBackendChoice([m('webgpu', 0)])).toThrow(/No backend/);
  });
});
