import { useTexts } from '../locale';
import { Note } from './common';
import type { PhaseViewProps } from './types';
import './stopping.css';

/** How close a counting criterion (patience, steps, epochs, time) is to firing. */
function Progress({ value, fires }: { value: number; fires: boolean }) {
  const pct = Math.round(100 * Math.min(1, Math.max(0, value)));
  return (
    <span
      className={fires ? 'pv-progress pv-progress-full' : 'pv-progress'}
      role="meter"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={pct}
      aria-label={`${pct}% of the way to firing`}
    >
      <span style={{ width: `${pct}%` }} />
    </span>
  );
}

/** Every stopping criterion with its live state, and the reason when the run stops. */
export function StoppingView({ report }: PhaseViewProps<'stopping'>) {
  const ui = useTexts().ui;
  return (
    <div className="pv-view">
      {report.stop ? (
        <div className="pv-alert pv-alert-stop" role="status">
          <strong>The run stops</strong>
          <p>{report.reason ?? 'A stopping criterion fired.'}</p>
        </div>
      ) : (
        <Note tone="ok">{ui.noStop}</Note>
      )}

      <table className="pv-table">
        <caption>Stopping criteria, checked in this order</caption>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col">Enabled</th>
            <th scope="col">Now</th>
            <th scope="col">Fires</th>
          </tr>
        </thead>
        <tbody>
          {report.criteria.map((c) => (
            <tr
              key={c.id}
              className={c.fires ? 'pv-row-fires' : c.enabled ? undefined : 'pv-row-off'}
            >
              <th scope="row">{c.label}</th>
              <td>
                <span className={c.enabled ? 'pv-pill pv-pill-on' : 'pv-pill pv-pill-off'}>
                  {c.enabled ? 'on' : 'off'}
                </span>
              </td>
              <td>
                {c.detail}
                {c.enabled && c.progress !== undefined && (
                  <Progress value={c.progress} fires={c.fires} />
                )}
              </td>
              <td>
                <span className={c.fires ? 'pv-fires pv-fires-yes' : 'pv-fires pv-fires-no'}>
                  {c.fires ? '● yes' : '○ no'}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
