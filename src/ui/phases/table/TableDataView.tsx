import { fmt, fmtInt } from '../../viz/format';
import { BatchPosition, ClassTag, inputName, Note, Stat } from '../common';
import type { PhaseViewProps } from '../types';
import './table.css';

/** The batch of a table: where it sits in the epoch, and its first rows by column name. */
export function TableDataView({ report, dataset }: PhaseViewProps<'data'>) {
  const shown = report.sampleLabels.length;
  const d = report.inputSize;
  const columns = dataset.source?.features ?? Array.from({ length: d }, (_, j) => inputName(j));
  const target = dataset.source?.target ?? 'target';
  const classes = dataset.classes;
  return (
    <div className="pv-view">
      <BatchPosition report={report}>
        <Stat label="Training set" value={fmtInt(dataset.trainY.length)} hint="rows" />
      </BatchPosition>
      <div className="tb-scroll">
        <table className="pv-table" data-testid="table-batch">
          <caption>
            First rows of the batch, in the file’s units (the model standardizes each input column
            first)
          </caption>
          <thead>
            <tr>
              <th scope="col" className="pv-num">
                #
              </th>
              <th scope="col" className="pv-num" title="Row in the training set">
                index
              </th>
              {columns.map((c) => (
                <th key={c} scope="col" className="pv-num">
                  {c}
                </th>
              ))}
              <th scope="col">{target}</th>
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: shown }, (_, k) => (
              <tr key={k}>
                <td className="pv-num">{k + 1}</td>
                <td className="pv-num">{report.indices[k]}</td>
                {columns.map((c, j) => (
                  <td key={c} className="pv-num">
                    {fmt(report.sampleInputs[k * d + j])}
                  </td>
                ))}
                <td className={classes === 0 ? 'pv-num' : undefined}>
                  {classes === 0 ? (
                    fmt(report.sampleLabels[k])
                  ) : (
                    <>
                      <ClassTag label={report.sampleLabels[k]} />{' '}
                      {dataset.classNames?.[report.sampleLabels[k]]}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {report.batchSize > shown && (
        <Note>
          The table lists the first {shown} of the {report.batchSize} rows of the batch.
        </Note>
      )}
    </div>
  );
}
