import { texts } from '../../content';
import { fmt, fmtAge, fmtBytes, fmtFixed, fmtInt } from '../viz/format';
import { Note, Stat, Stats, useNow } from './common';
import type { PhaseViewProps } from './types';

/** What the checkpoint holds, and the checkpoints this run has kept. */
export function CheckpointView({ report, onDeleteCheckpoint }: PhaseViewProps<'checkpoint'>) {
  const ui = texts().ui;
  // Never older than the newest checkpoint, so a fresh report never shows a negative age.
  const now = Math.max(useNow(), report.saved.createdAt);
  const total = report.contents.reduce((s, p) => s + p.bytes, 0);
  const list = [...report.checkpoints].sort((a, b) => b.step - a.step);
  const remove = (id: string) => onDeleteCheckpoint?.(id);
  return (
    <div className="pv-view">
      <Stats>
        <Stat label="Saved at step" value={fmtInt(report.saved.step)} big />
        <Stat label="Size" value={fmtBytes(report.saved.sizeBytes)} big />
        <Stat label="Epochs completed" value={fmtInt(report.saved.epoch)} />
        <Stat
          label="Validation loss"
          value={report.saved.valLoss === null ? '—' : fmt(report.saved.valLoss)}
          hint={report.saved.valLoss === null ? 'not evaluated yet' : 'latest evaluation'}
        />
      </Stats>

      <div className="pv-split">
        <table className="pv-table pv-table-narrow">
          <caption>What the checkpoint holds</caption>
          <thead>
            <tr>
              <th scope="col">Part</th>
              <th scope="col" className="pv-num">
                Size
              </th>
              <th scope="col" className="pv-sharecol">
                Share
              </th>
            </tr>
          </thead>
          <tbody>
            {report.contents.map((p) => (
              <tr key={p.part}>
                <th scope="row">{p.part}</th>
                <td className="pv-num">{fmtBytes(p.bytes)}</td>
                <td className="pv-sharecol">
                  <span
                    className="pv-share"
                    aria-label={`${total > 0 ? Math.round((100 * p.bytes) / total) : 0}%`}
                  >
                    <span style={{ width: `${total > 0 ? (100 * p.bytes) / total : 0}%` }} />
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">total</th>
              <td className="pv-num pv-strong">{fmtBytes(total)}</td>
              <td />
            </tr>
          </tfoot>
        </table>

        <table className="pv-table pv-table-narrow">
          <caption>Checkpoints of this run</caption>
          <thead>
            <tr>
              <th scope="col" className="pv-num">
                Step
              </th>
              <th scope="col" className="pv-num">
                Val loss
              </th>
              <th scope="col" className="pv-num">
                Size
              </th>
              <th scope="col">Saved</th>
              <th scope="col">
                <span className="pv-sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.length === 0 && (
              <tr>
                <td colSpan={5} className="pv-muted">
                  No checkpoints left.
                </td>
              </tr>
            )}
            {list.map((c) => (
              <tr key={c.id} className={c.id === report.saved.id ? 'pv-row-current' : undefined}>
                <td className="pv-num">{fmtInt(c.step)}</td>
                <td className="pv-num">{c.valLoss === null ? '—' : fmtFixed(c.valLoss, 4)}</td>
                <td className="pv-num">{fmtBytes(c.sizeBytes)}</td>
                <td>{fmtAge(c.createdAt, now)}</td>
                <td>
                  <button
                    type="button"
                    className="pv-button pv-button-danger"
                    aria-label={`Delete checkpoint at step ${c.step}`}
                    onClick={() => remove(c.id)}
                    disabled={!onDeleteCheckpoint}
                  >
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Note>{ui.checkpointStorage}</Note>
    </div>
  );
}
