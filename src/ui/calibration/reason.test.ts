/**
 * The calibration's reason: the dispatch-bound text when the chosen backend's kernel launches
 * make up at least half of its step, the compute-bound text otherwise, each with the numbers
 * of the chosen backend's row, in English and German.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { texts } from '../../content';
import { explainBackendChoice } from '../../data/backend-choice';
import type { CalibrationReport, CalibrationRow } from '../../protocol/calibration';
import type { BackendName } from '../../protocol/messages';
import { setFormatLocale } from '../viz/format';
import { calibrationReason } from './reason';

afterEach(() => setFormatLocale('en'));

function row(
  backend: BackendName,
  stepsPerSecond: number,
  kernelsPerStep: number,
  flopsPerStep: number,
  kernelOverheadS: number,
): CalibrationRow {
  return {
    backend,
    stepsPerSecond,
    stepsTimed: 10,
    kernelsPerStep,
    kernelOverheadS,
    flopsPerStep,
    problem: null,
    detail: null,
  };
}

/** A finished report whose choice and regime come from the pure rule, as the engine's do. */
function reportOf(rows: CalibrationRow[]): CalibrationReport {
  const c = explainBackendChoice(
    rows.map((r) => ({
      backend: r.backend,
      stepsPerSecond: r.stepsPerSecond!,
      kernelsPerStep: r.kernelsPerStep!,
      flopsPerStep: r.flopsPerStep,
      kernelOverheadS: r.kernelOverheadS!,
    })),
  );
  return {
    status: 'done',
    step: 0,
    rows,
    chosen: c.backend as BackendName,
    regime: c.regime,
    dispatchShare: c.dispatchShare,
    achievedFlops: c.achievedFlops,
    marginOverNext: c.marginOverNext,
  };
}

// A tiny MLP: 160 kernels of 5 µs on wasm = 0.8 ms of a 1 ms step (80 %): dispatch-bound.
const tiny = reportOf([row('webgpu', 250, 160, 2.4e4, 60e-6), row('wasm', 1000, 160, 2.4e4, 5e-6)]);
// A big CNN: 60 kernels of 60 µs on WebGPU = 3.6 ms of a 100 ms step (3.6 %): compute-bound.
const big = reportOf([row('webgpu', 10, 60, 5e10, 60e-6), row('cpu', 0.5, 60, 5e10, 2e-6)]);

describe('the reason for the calibration’s choice', () => {
  it('a tiny model: bound by per-kernel dispatch', () => {
    expect(tiny.regime).toBe('dispatch-bound');
    const text = calibrationReason(tiny, texts('en').calibration);
    expect(text).toBe(
      texts('en').calibration.reasonDispatch({
        backend: 'WebAssembly (wasm)',
        kernels: '160',
        flops: '24 kFLOP',
        overhead: '5 µs',
        share: '80%',
        margin: '4.0× as fast as',
      }),
    );
    expect(text).toMatch(/bound by per-kernel dispatch/);
    expect(text).not.toMatch(/bound by arithmetic/);
  });

  it('a big model: bound by arithmetic', () => {
    expect(big.regime).toBe('compute-bound');
    const text = calibrationReason(big, texts('en').calibration)!;
    expect(text).toMatch(/^WebGPU was fastest \(20\.0× as fast as the next\)/);
    expect(text).toMatch(/does 50 GFLOP in 60 kernels/);
    expect(text).toMatch(/about 60 µs each\) is only 4% of the step/);
    expect(text).toMatch(/bound by arithmetic/);
    expect(text).not.toMatch(/per-kernel dispatch/);
  });

  it('in German, with the decimal comma', () => {
    setFormatLocale('de');
    const text = calibrationReason(big, texts('de').calibration)!;
    expect(text).toMatch(/^WebGPU war am schnellsten \(20,0-mal so schnell wie das nächste\)/);
    expect(text).toMatch(/durch die Rechenarbeit begrenzt/);
    expect(calibrationReason(tiny, texts('de').calibration)).toMatch(
      /durch den Start der einzelnen Kernels begrenzt/,
    );
  });

  it('says nothing while measuring or when nothing could train', () => {
    const t = texts('en').calibration;
    expect(calibrationReason({ ...tiny, status: 'running', chosen: null }, t)).toBeNull();
    expect(
      calibrationReason({ ...tiny, status: 'failed', chosen: null, regime: null }, t),
    ).toBeNull();
  });
});
