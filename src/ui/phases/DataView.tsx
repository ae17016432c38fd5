import { fmtFixed, fmtInt } from '../viz/format';
import { PointPlane } from '../viz/PointPlane';
import { BatchPosition, ClassTag, inputName, Note, Stat } from './common';
import type { PhaseViewProps } from './types';

/** The batch: where it sits in the epoch, and which training points it holds. */
export function DataView({ report, dataset }: PhaseViewProps<'data'>) {
  const shown = report.sampleLabels.length;
  const d = report.inputSize;
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

        <table className="pv-table pv-table-narrow">
          <caption>First examples of the batch</caption>
          <thead>
            <tr>
              <th scope="col" className="pv-num">
                #
              </th>
              <th scope="col" className="pv-num" title="Index in the training set">
                index
              </th>
              {Array.from({ length: d }, (_, j) => (
                <th key={j} scope="col" className="pv-num">
                  {inputName(j)}
                </th>
              ))}
              <th scope="col">label</th>
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: shown }, (_, k) => (
              <tr key={k}>
                <td className="pv-num">{k + 1}</td>
                <td className="pv-num">{report.indices[k]}</td>
                {Array.from({ length: d }, (_, j) => (
                  <td key={j} className="pv-num">
                    {fmtFixed(report.sampleInputs[k * d + j], 3)}
                  </td>
                ))}
                <td>
                  <ClassTag label={report.sampleLabels[k]} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
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
