import { CurvePlot } from '../../viz/CurvePlot';
import { fmtFixed, fmtInt } from '../../viz/format';
import { BatchPosition, BatchTable, Stat } from '../common';
import type { PhaseViewProps } from '../types';
import { useTexts } from '../../locale';
import { fill } from '../../../content/fill';

const fixed3 = (v: number) => fmtFixed(v, 3);

/** The batch among the noisy samples of the function, and its first (x, y) pairs. */
export function CurveDataView({ report, dataset }: PhaseViewProps<'data'>) {
  const ui = useTexts().ui;
  return (
    <div className="pv-view">
      <BatchPosition report={report}>
        <Stat label={ui.pvTrainingSet} value={fmtInt(dataset.trainY.length)} hint={ui.pvPoints} />
      </BatchPosition>
      <div className="pv-split">
        <figure className="pv-figure">
          <figcaption>
            <strong>{ui.pvBatchAmongPoints}</strong>{' '}
            <span className="pv-muted">{ui.pvXAcrossYUp}</span>
          </figcaption>
          <CurvePlot
            x={dataset.trainX}
            y={dataset.trainY}
            extent={dataset.extent}
            highlight={report.indices}
            label={fill(ui.pvCurveBatchLabel, { batch: fmtInt(report.batchSize) })}
          />
        </figure>
        <BatchTable
          report={report}
          columns={['x']}
          format={fixed3}
          targetName={ui.pvTargetY}
          numericTarget
          target={(k) => fixed3(report.sampleLabels[k])}
        />
      </div>
    </div>
  );
}
