import { criterionDetail, criterionLabel, stopReasonText } from '../../content';
import { useLocale, useTexts } from '../locale';
import { Note } from './common';
import type { PhaseViewProps } from './types';
import './stopping.css';

/** How close a counting criterion (patience, steps, epochs, time) is to firing. */
function Progress({ value, fires }: { value: number; fires: boolean }) {
  const t = useTexts().stopping;
  const pct = Math.round(100 * Math.min(1, Math.max(0, value)));
  return (
    <span
      className={fires ? 'pv-progress pv-progress-full' : 'pv-progress'}
      role="meter"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={pct}
      aria-label={t.progress(pct)}
    >
      <span style={{ width: `${pct}%` }} />
    </span>
  );
}

/** Every stopping criterion with its live state, and the reason when the run stops. */
export function StoppingView({ report }: PhaseViewProps<'stopping'>) {
  const { ui, stopping: t } = useTexts();
  const { locale } = useLocale();
  return (
    <div className="pv-view">
      {report.stop ? (
        <div className="pv-alert pv-alert-stop" role="status">
          <strong>{t.heading}</strong>
          <p>{report.reason ? stopReasonText(report.reason, locale) : t.fallback}</p>
        </div>
      ) : (
        <Note tone="ok">{ui.noStop}</Note>
      )}

      <table className="pv-table">
        <caption>{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.columns.criterion}</th>
            <th scope="col">{t.columns.enabled}</th>
            <th scope="col">{t.columns.now}</th>
            <th scope="col">{t.columns.fires}</th>
          </tr>
        </thead>
        <tbody>
          {report.criteria.map((c) => (
            <tr
              key={c.id}
              className={c.fires ? 'pv-row-fires' : c.enabled ? undefined : 'pv-row-off'}
            >
              <th scope="row">{criterionLabel(c, locale)}</th>
              <td>
                <span className={c.enabled ? 'pv-pill pv-pill-on' : 'pv-pill pv-pill-off'}>
                  {c.enabled ? t.on : t.off}
                </span>
              </td>
              <td>
                {criterionDetail(c, locale)}
                {c.enabled && c.progress !== undefined && (
                  <Progress value={c.progress} fires={c.fires} />
                )}
              </td>
              <td>
                <span className={c.fires ? 'pv-fires pv-fires-yes' : 'pv-fires pv-fires-no'}>
                  {c.fires ? t.yes : t.no}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
