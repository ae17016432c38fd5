import { fmtInt } from '../../viz/format';
import { BatchPosition, Note, Stat } from '../common';
import type { PhaseViewProps } from '../types';
import { contextText } from './text';
import { useTexts } from '../../locale';
import { fill } from '../../../content/fill';

/** The batch of (context → next character) pairs, and where it sits in the epoch. */
export function CharsDataView({ report, dataset }: PhaseViewProps<'data'>) {
  const ui = useTexts().ui;
  const vocab = dataset.classNames ?? [];
  const k = report.inputSize;
  const shown = report.sampleLabels.length;
  const words = dataset.words;
  return (
    <div className="pv-view">
      <BatchPosition report={report}>
        <Stat
          label={ui.pvTrainingPairs}
          value={fmtInt(dataset.trainY.length)}
          hint={words ? fill(ui.pvFromNames, { count: fmtInt(words.train) }) : undefined}
        />
        {words && (
          <Stat
            label={ui.pvValTestNames}
            value={`${fmtInt(words.validation)} / ${fmtInt(words.test)}`}
          />
        )}
      </BatchPosition>
      <figure className="pv-figure">
        <figcaption>
          <strong>{ui.pvBatchContextNext}</strong>{' '}
          <span className="pv-muted">
            {fill(k > 1 ? ui.pvPairsMany : ui.pvPairsOne, {
              count:
                shown < report.batchSize
                  ? fill(ui.pvFirstOf, { shown, total: report.batchSize })
                  : shown,
              k,
            })}
          </span>
        </figcaption>
        <ol className="cv-pairs" data-testid="char-pairs">
          {Array.from({ length: shown }, (_, i) => (
            <li key={i}>
              <code className="cv-context">{contextText(report.sampleInputs, i, k, vocab)}</code>
              <span aria-hidden="true"> → </span>
              <code className="cv-next">{vocab[report.sampleLabels[i]]}</code>
            </li>
          ))}
        </ol>
      </figure>
      {words && (
        <p className="pv-line">
          <span className="pv-muted">{ui.pvSomeNames}</span> {words.sample.join(', ')}
        </p>
      )}
      <Note>{fill(ui.pvTokens, { count: vocab.length })}</Note>
    </div>
  );
}
