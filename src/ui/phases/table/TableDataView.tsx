import { fmt, fmtInt } from '../../viz/format';
import { BatchPosition, BatchTable, ClassTag, inputName, Note, Stat } from '../common';
import type { PhaseViewProps } from '../types';
import './table.css';
import { useTexts } from '../../locale';
import { fill } from '../../../content/fill';

/** The batch of a table: where it sits in the epoch, and its first rows by column name. */
export function TableDataView({ report, dataset }: PhaseViewProps<'data'>) {
  const ui = useTexts().ui;
  const shown = report.sampleLabels.length;
  const d = report.inputSize;
  const columns = dataset.source?.features ?? Array.from({ length: d }, (_, j) => inputName(j));
  const target = dataset.source?.target ?? ui.pvTarget;
  const classes = dataset.classes;
  return (
    <div className="pv-view">
      <BatchPosition report={report}>
        <Stat label={ui.pvTrainingSet} value={fmtInt(dataset.trainY.length)} hint={ui.pvRows} />
      </BatchPosition>
      <div className="tb-scroll" tabIndex={0}>
        <BatchTable
          report={report}
          columns={columns}
          format={fmt}
          targetName={target}
          numericTarget={classes === 0}
          target={(k) =>
            classes === 0 ? (
              fmt(report.sampleLabels[k])
            ) : (
              <>
                <ClassTag label={report.sampleLabels[k]} />{' '}
                {dataset.classNames?.[report.sampleLabels[k]]}
              </>
            )
          }
          caption={ui.pvTableCaption}
          className="pv-table"
          testId="table-batch"
        />
      </div>
      {report.batchSize > shown && (
        <Note>
          {fill(ui.pvTableFirstRows, { shown: fmtInt(shown), total: fmtInt(report.batchSize) })}
        </Note>
      )}
    </div>
  );
}
