import { useTexts } from '../locale';
import { fmt, fmtBytes, fmtInt, fmtPct } from '../viz/format';
import { Note, Stat, Stats } from './common';
import type { PhaseViewProps } from './types';

/** What the last checkpoint holds (the list of checkpoints is in the checkpoint manager below). */
export function CheckpointView({ report }: PhaseViewProps<'checkpoint'>) {
  const { ui, checkpoint } = useTexts();
  const parts = checkpoint.parts;
  const total = report.contents.reduce((s, p) => s + p.bytes, 0);
  return (
    <div className="pv-view">
      <Stats>
        <Stat label={ui.pvSavedAtStep} value={fmtInt(report.saved.step)} big />
        <Stat label={ui.pvSize} value={fmtBytes(report.saved.sizeBytes)} big />
        <Stat label={ui.pvEpochsCompleted} value={fmtInt(report.saved.epoch)} />
        <Stat
          label={ui.pvValidationLoss}
          value={report.saved.valLoss === null ? '—' : fmt(report.saved.valLoss)}
          hint={report.saved.valLoss === null ? ui.pvNotEvaluated : ui.pvLatestEvaluation}
        />
      </Stats>

      <div className="pv-split">
        <table className="pv-table pv-table-narrow">
          <caption>{ui.pvCheckpointHolds}</caption>
          <thead>
            <tr>
              <th scope="col">{ui.pvPart}</th>
              <th scope="col" className="pv-num">
                {ui.pvSize}
              </th>
              <th scope="col" className="pv-sharecol">
                {ui.pvShare}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.contents.map((p) => (
              <tr key={p.part}>
                <th scope="row">{parts[p.part]}</th>
                <td className="pv-num">{fmtBytes(p.bytes)}</td>
                <td className="pv-sharecol">
                  <span
                    className="pv-share"
                    role="img"
                    aria-label={fmtPct(total > 0 ? p.bytes / total : 0, 0)}
                  >
                    <span style={{ width: `${total > 0 ? (100 * p.bytes) / total : 0}%` }} />
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{ui.pvTotal}</th>
              <td className="pv-num pv-strong">{fmtBytes(total)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
      <Note>{ui.checkpointStorage}</Note>
    </div>
  );
}
