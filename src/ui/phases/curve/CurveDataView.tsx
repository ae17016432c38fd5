import { CurvePlot } from '../../viz/CurvePlot';
import { fmtFixed, fmtInt } from '../../viz/format';
import { BatchPosition, Stat } from '../common';
import type { PhaseViewProps } from '../types';

/** The batch among the noisy samples of the function, and its first (x, y) pairs. */
export function CurveDataView({ report, dataset }: PhaseViewProps<'data'>) {
  const shown = report.sampleLabels.length;
  return (
    <div className="pv-view">
      <BatchPosition report={report}>
        <Stat label="Training set" value={fmtInt(dataset.trainY.length)} hint="points" />
      </BatchPosition>
      <div className="pv-split">
        <figure className="pv-figure">
          <figcaption>
            <strong>The batch among the training points</strong>{' '}
            <span className="pv-muted">input x across, target y up</span>
          </figcaption>
          <CurvePlot
            x={dataset.trainX}
            y={dataset.trainY}
            extent={dataset.extent}
            highlight={report.indices}
            label={`Training points; the ${report.batchSize} points of this batch are drawn larger.`}
          />
        </figure>
        <table className="pv-table pv-table-narrow">
          <caption>First examples of the batch</caption>
          <thead>
            <tr>
              <th scope="col" className="pv-num">
                #
              </th>
              <th scope="col" className="pv-num">
                x
              </th>
              <th scope="col" className="pv-num">
                target y
              </th>
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: shown }, (_, k) => (
              <tr key={k}>
                <td className="pv-num">{k + 1}</td>
                <td className="pv-num">{fmtFixed(report.sampleInputs[k], 3)}</td>
                <td className="pv-num">{fmtFixed(report.sampleLabels[k], 3)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
