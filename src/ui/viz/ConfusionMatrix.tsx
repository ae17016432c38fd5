/** A confusion matrix as a table: rows are true classes, columns the predicted ones. */
import { fmtInt } from './format';
import { useTexts } from '../locale';
import { fill } from '../../content/fill';

export function ConfusionMatrix({
  counts,
  classes,
  names,
}: {
  counts: Int32Array;
  classes: number;
  names?: readonly string[];
}) {
  const ui = useTexts().ui;
  const name = (c: number) => names?.[c] ?? String(c);
  const rowTotals = Array.from({ length: classes }, (_, r) => {
    let s = 0;
    for (let c = 0; c < classes; c++) s += counts[r * classes + c];
    return s;
  });
  return (
    <table className="viz-confusion" data-testid="confusion-matrix">
      <caption>{ui.confusionCaption}</caption>
      <thead>
        <tr>
          <th scope="col" className="viz-confusion-corner">
            {ui.confusionCorner}
          </th>
          {Array.from({ length: classes }, (_, c) => (
            <th key={c} scope="col">
              {name(c)}
            </th>
          ))}
          <th scope="col">{ui.confusionRecall}</th>
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: classes }, (_, r) => (
          <tr key={r}>
            <th scope="row">{name(r)}</th>
            {Array.from({ length: classes }, (_, c) => {
              const n = counts[r * classes + c];
              const share = rowTotals[r] > 0 ? n / rowTotals[r] : 0;
              const diag = r === c;
              const bg = diag
                ? `rgba(22, 163, 74, ${(0.08 + 0.6 * share).toFixed(3)})`
                : `rgba(220, 38, 38, ${n > 0 ? (0.1 + 0.9 * share).toFixed(3) : 0})`;
              return (
                <td
                  key={c}
                  style={{ background: bg }}
                  className={diag ? 'viz-confusion-diag' : undefined}
                  title={fill(ui.confusionCell, {
                    row: name(r),
                    column: name(c),
                    count: fmtInt(n),
                  })}
                >
                  {n > 0 ? fmtInt(n) : ''}
                </td>
              );
            })}
            <td className="viz-confusion-recall">
              {rowTotals[r] > 0
                ? `${((100 * counts[r * classes + r]) / rowTotals[r]).toFixed(0)}%`
                : '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
