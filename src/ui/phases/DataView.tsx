import { fmtFixed, fmtInt } from '../viz/format';
import { PointPlane } from '../viz/PointPlane';
import { BatchPosition, BatchTable, ClassTag, inputName, Note, Stat } from './common';
import type { PhaseViewProps } from './types';

const fixed3 = (v: number) => fmtFixed(v, 3);

/** The batch: where it sits in the epoch, and which training points it holds. */
export function DataView({ report, dataset }: PhaseViewProps<'data'>) {
  const shown = report.sampleLabels.length;
  const lastBatch = report.batchIndex === report.batchesPerEpoch - 1;
  const trainN = dataset.trainY.length;
  return (
    <div className="pv-view">
      <BatchPosition
        report={report}
        badges={
          lastBatch && (
            <span className="pv-badge">
              Last batch of the epoch: the leftover examples, so it may be smaller
            </span>
          )
        }
      >
        <Stat label="Training set" value={fmtInt(trainN)} hint="examples" />
      </BatchPosition>

      <div className="pv-split">
        <figure className="pv-figure pv-plane-figure">
          <figcaption>
            <strong>The batch in the training set</strong>{' '}
            <span className="pv-muted">
              {fmtInt(report.batchSize)} of {fmtInt(trainN)} points
            </span>
          </figcaption>
          <PointPlane
            x={dataset.trainX}
            y={dataset.trainY}
            extent={dataset.extent}
            highlight={report.indices}
            label={`Training points coloured by class; the ${report.batchSize} points of batch ${report.batchIndex + 1} are drawn larger with a dark outline.`}
          />
        </figure>

        <BatchTable
          report={report}
          columns={Array.from({ length: report.inputSize }, (_, j) => inputName(j))}
          format={fixed3}
          targetName="label"
          target={(k) => <ClassTag label={report.sampleLabels[k]} />}
        />
      </div>
      {report.batchSize > shown && (
        <Note>
          The table lists the first {shown} of the {report.batchSize} examples; the plot shows them
          all.
        </Note>
      )}
    </div>
  );
}
