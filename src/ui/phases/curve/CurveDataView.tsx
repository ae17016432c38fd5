import { CurvePlot } from '../../viz/CurvePlot';
import { fmtFixed, fmtInt } from '../../viz/format';
import { BatchPosition, BatchTable, Stat } from '../common';
import type { PhaseViewProps } from '../types';

const fixed3 = (v: number) => fmtFixed(v, 3);

/** The batch among the noisy samples of the function, and its first (x, y) pairs. */
export function CurveDataView({ report, dataset }: PhaseViewProps<'data'>) {
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
        <BatchTable
          report={report}
          columns={['x']}
          format={fixed3}
          targetName="target y"
          numericTarget
          target={(k) => fixed3(report.sampleLabels[k])}
        />
      </div>
    </div>
  );
}
