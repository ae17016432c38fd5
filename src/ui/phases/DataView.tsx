import { fmtFixed, fmtInt } from '../viz/format';
import { PointPlane } from '../viz/PointPlane';
import { BatchPosition, BatchTable, ClassTag, inputName, Note, Stat } from './common';
import type { PhaseViewProps } from './types';
import { fill } from '../../content/fill';
import { useTexts } from '../locale';

const fixed3 = (v: number) => fmtFixed(v, 3);

/** The batch: where it sits in the epoch, and which training points it holds. */
export function DataView({ report, dataset }: PhaseViewProps<'data'>) {
  const ui = useTexts().ui;
  const shown = report.sampleLabels.length;
  const lastBatch = report.batchIndex === report.batchesPerEpoch - 1;
  const trainN = dataset.trainY.length;
  return (
    <div className="pv-view">
      <BatchPosition
        report={report}
        badges={lastBatch && <span className="pv-badge">{ui.pvLastBatch}</span>}
      >
        <Stat label={ui.pvTrainingSet} value={fmtInt(trainN)} hint={ui.pvExamples} />
      </BatchPosition>

      <div className="pv-split">
        <figure className="pv-figure pv-plane-figure">
          <figcaption>
            <strong>{ui.pvBatchInSet}</strong>{' '}
            <span className="pv-muted">
              {fill(ui.pvBatchOfPoints, { batch: fmtInt(report.batchSize), total: fmtInt(trainN) })}
            </span>
          </figcaption>
          <PointPlane
            x={dataset.trainX}
            y={dataset.trainY}
            extent={dataset.extent}
            highlight={report.indices}
            label={fill(ui.pvBatchPlaneLabel, {
              batch: fmtInt(report.batchSize),
              index: fmtInt(report.batchIndex + 1),
            })}
          />
        </figure>

        <BatchTable
          report={report}
          columns={Array.from({ length: report.inputSize }, (_, j) => inputName(j))}
          format={fixed3}
          targetName={ui.pvLabel}
          target={(k) => <ClassTag label={report.sampleLabels[k]} />}
        />
      </div>
      {report.batchSize > shown && (
        <Note>
          {fill(ui.pvTableFirst, { shown: fmtInt(shown), total: fmtInt(report.batchSize) })}
        </Note>
      )}
    </div>
  );
}
