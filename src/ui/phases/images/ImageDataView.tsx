import { fmtInt } from '../../viz/format';
import { BatchPosition, Note, Stat } from '../common';
import type { PhaseViewProps } from '../types';
import { DigitGrid } from './DigitGrid';

/** The batch of digits: where it sits in the epoch, and its first images with their labels. */
export function ImageDataView({ report, dataset }: PhaseViewProps<'data'>) {
  const side = dataset.imageShape?.[0] ?? Math.round(Math.sqrt(report.inputSize));
  const shown = report.sampleLabels.length;
  const counts = new Array(Math.max(1, dataset.classes)).fill(0);
  for (const l of report.sampleLabels) counts[l]++;
  return (
    <div className="pv-view">
      <BatchPosition report={report}>
        <Stat label="Training set" value={fmtInt(dataset.trainY.length)} hint="digits" />
        <Stat
          label="Validation / test"
          value={`${fmtInt(dataset.valY.length)} / ${fmtInt(dataset.testSize)}`}
        />
      </BatchPosition>
      <figure className="pv-figure">
        <figcaption>
          <strong>The batch</strong>{' '}
          <span className="pv-muted">
            {shown < report.batchSize ? `first ${shown} of ${report.batchSize}` : `${shown}`}{' '}
            digits, each 28 × 28 grey pixels (784 inputs in [0, 1]) with its label
          </span>
        </figcaption>
        <DigitGrid
          pixels={report.sampleInputs}
          count={shown}
          side={side}
          scale={2}
          caption={(i) => (
            <>
              <span className="pv-muted">#{report.indices[i]}</span>{' '}
              <strong>{report.sampleLabels[i]}</strong>
            </>
          )}
          label={(i) => `Digit labelled ${report.sampleLabels[i]}`}
        />
      </figure>
      <p className="pv-line">
        <span className="pv-muted">Labels among these {shown}:</span>{' '}
        {counts.map((n, c) => (
          <span key={c} className="tv-count">
            {c}×{n}
          </span>
        ))}
      </p>
      <Note>
        The model sees each image as a row of 784 numbers; the MLP ignores which pixels are
        neighbours, the CNN’s filters use it.
      </Note>
    </div>
  );
}
