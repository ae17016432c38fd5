import { fmtInt } from '../../viz/format';
import { BatchPosition, Note, Stat } from '../common';
import type { PhaseViewProps } from '../types';
import { DigitGrid } from './DigitGrid';
import { useTexts } from '../../locale';
import { fill } from '../../../content/fill';

/** The batch of digits: where it sits in the epoch, and its first images with their labels. */
export function ImageDataView({ report, dataset }: PhaseViewProps<'data'>) {
  const ui = useTexts().ui;
  const side = dataset.imageShape?.[0] ?? Math.round(Math.sqrt(report.inputSize));
  const shown = report.sampleLabels.length;
  const counts = new Array(Math.max(1, dataset.classes)).fill(0);
  for (const l of report.sampleLabels) counts[l]++;
  return (
    <div className="pv-view">
      <BatchPosition report={report}>
        <Stat label={ui.pvTrainingSet} value={fmtInt(dataset.trainY.length)} hint={ui.pvDigits} />
        <Stat
          label={ui.pvValTest}
          value={`${fmtInt(dataset.valY.length)} / ${fmtInt(dataset.testSize)}`}
        />
      </BatchPosition>
      <figure className="pv-figure">
        <figcaption>
          <strong>{ui.pvTheBatch}</strong>{' '}
          <span className="pv-muted">
            {fill(ui.pvDigitsEach, {
              count:
                shown < report.batchSize
                  ? fill(ui.pvFirstOf, { shown, total: report.batchSize })
                  : shown,
            })}
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
          label={(i) => fill(ui.pvDigitLabelled, { label: report.sampleLabels[i] })}
          title={ui.pvTheBatch}
        />
      </figure>
      <p className="pv-line">
        <span className="pv-muted">{fill(ui.pvLabelsAmong, { shown })}</span>{' '}
        {counts.map((n, c) => (
          <span key={c} className="tv-count">
            {c}×{n}
          </span>
        ))}
      </p>
      <Note>{ui.pvImageAsRow}</Note>
    </div>
  );
}
