/**
 * "Backends, measured": the calibration table (each backend's measured steps/s beside the
 * kernels and FLOPs of one step, the time of one kernel launch and the FLOP/s achieved), the
 * backend chosen and why, and the Calibrate button. Every number comes from the engine.
 */
import { memo } from 'react';
import { fmtSi } from '../viz/si';
import type { CalibrationReport } from '../../protocol/calibration';
import { BACKENDS, type BackendName } from '../../protocol/messages';
import { useTexts } from '../locale';
import { fmt, fmtInt } from '../viz/format';
import { calibrationReason, fmtSeconds } from './reason';
import './calibration.css';

export const CalibrationPanel = memo(function CalibrationPanel({
  report,
  backend,
  canCalibrate,
  onCalibrate,
}: {
  report: CalibrationReport | null;
  /** The backend the run trains on now (null while the engine starts). */
  backend: BackendName | null;
  /** The run is paused and the engine idle. */
  canCalibrate: boolean;
  onCalibrate: () => void;
}) {
  const t = useTexts().calibration;
  const running = report?.status === 'running';
  const reason = report ? calibrationReason(report, t) : null;
  return (
    <section className="card calibration" aria-label={t.heading} data-testid="calibration">
      <h3>{t.heading}</h3>
      <p className="muted">{t.intro}</p>
      <button
        type="button"
        onClick={onCalibrate}
        disabled={!canCalibrate || running}
        title={t.calibrateTitle}
        data-testid="calibrate-button"
      >
        {running ? t.calibrating : t.calibrate}
      </button>
      {!report && backend && (
        <p className="muted" data-testid="calibration-none">
          {t.notYet(t.requests[backend])}
        </p>
      )}
      {report && (
        <div className="calibration-scroll">
          <table className="calibration-table" data-testid="calibration-table">
            <caption>{t.caption(report.step)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.columns.backend}</th>
                <th scope="col">{t.columns.stepsPerSecond}</th>
                <th scope="col">{t.columns.kernels}</th>
                <th scope="col">{t.columns.flops}</th>
                <th scope="col">{t.columns.overhead}</th>
                <th scope="col">{t.columns.achieved}</th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((r) => {
                const chosen = report.chosen === r.backend;
                return (
                  <tr
                    key={r.backend}
                    className={chosen ? 'calibration-chosen' : undefined}
                    data-testid="calibration-row"
                    data-backend={r.backend}
                    data-chosen={chosen ? 'true' : undefined}
                  >
                    <th scope="row">
                      {t.requests[r.backend]}
                      {chosen && <strong className="calibration-mark"> · {t.chosen}</strong>}
                    </th>
                    {r.stepsPerSecond === null ? (
                      <td colSpan={5} className="muted" data-testid="calibration-problem">
                        {r.problem ? t.problems[r.problem] : '—'}
                        {r.detail ? `: ${r.detail}` : ''}
                      </td>
                    ) : (
                      <>
                        <td data-testid="calibration-sps" title={t.stepsTimed(r.stepsTimed)}>
                          {fmt(r.stepsPerSecond, 3)}
                        </td>
                        <td>{r.kernelsPerStep === null ? '—' : fmtInt(r.kernelsPerStep)}</td>
                        <td>{fmtSi(r.flopsPerStep, 'FLOP')}</td>
                        <td>{r.kernelOverheadS === null ? '—' : fmtSeconds(r.kernelOverheadS)}</td>
                        <td>{fmtSi(r.flopsPerStep * r.stepsPerSecond, 'FLOP/s')}</td>
                      </>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {running && report && (
        <p className="muted" role="status">
          {t.progress(report.rows.length, BACKENDS.length)}
        </p>
      )}
      {reason && (
        <p data-testid="calibration-reason">
          {reason} {backend && t.trainsOn(t.requests[backend])}
        </p>
      )}
      {report?.status === 'failed' && (
        <p className="notice notice-warn" role="status">
          {t.failed}
        </p>
      )}
    </section>
  );
});
