import { fmtInt } from '../../viz/format';
import { BatchPosition, Note, Stat } from '../common';
import type { PhaseViewProps } from '../types';
import { contextText } from './text';

/** The batch of (context → next character) pairs, and where it sits in the epoch. */
export function CharsDataView({ report, dataset }: PhaseViewProps<'data'>) {
  const vocab = dataset.classNames ?? [];
  const k = report.inputSize;
  const shown = report.sampleLabels.length;
  const words = dataset.words;
  return (
    <div className="pv-view">
      <BatchPosition report={report}>
        <Stat
          label="Training pairs"
          value={fmtInt(dataset.trainY.length)}
          hint={words ? `from ${fmtInt(words.train)} names` : undefined}
        />
        {words && (
          <Stat
            label="Validation / test names"
            value={`${fmtInt(words.validation)} / ${fmtInt(words.test)}`}
          />
        )}
      </BatchPosition>
      <figure className="pv-figure">
        <figcaption>
          <strong>The batch: context → next character</strong>{' '}
          <span className="pv-muted">
            {shown < report.batchSize ? `first ${shown} of ${report.batchSize}` : shown} pairs; the
            model sees the last {k} character{k > 1 ? 's' : ''} and must predict the next (‘.’ =
            start or end of a name)
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
          <span className="pv-muted">Some training names:</span> {words.sample.join(', ')}
        </p>
      )}
      <Note>
        Each character is a token: its index in the vocabulary ‘.’, a, b, …, z ({vocab.length}{' '}
        tokens). A name of n letters gives n + 1 pairs, the last one predicting ‘.’, the end.
      </Note>
    </div>
  );
}
