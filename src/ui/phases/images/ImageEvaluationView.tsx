import { ConfusionMatrix } from '../../viz/ConfusionMatrix';
import { fmt, fmtInt, fmtPct } from '../../viz/format';
import { Note, Stat, Stats } from '../common';
import type { PhaseViewProps } from '../types';
import { DigitGrid } from './DigitGrid';

/** Validation loss and accuracy, the confusion matrix and the most confidently wrong digits. */
export function ImageEvaluationView({ report, dataset }: PhaseViewProps<'evaluation'>) {
  const gap = report.trainAccuracy - report.valAccuracy;
  const wrong = report.confidentlyWrong;
  const side = dataset.imageShape?.[0] ?? 28;
  const chance = dataset.classes > 0 ? 1 / dataset.classes : 0;
  return (
    <div className="pv-view">
      <Stats>
        <Stat label="Validation loss" value={fmt(report.valLoss)} big />
        <Stat
          label="Validation accuracy"
          value={<span data-testid="eval-accuracy">{fmtPct(report.valAccuracy)}</span>}
          hint={`chance: ${fmtPct(chance, 0)}`}
          big
        />
        <Stat
          label="Training accuracy"
          value={fmtPct(report.trainAccuracy)}
          hint="on up to 1,000 training digits"
        />
        <Stat label="At step" value={fmtInt(report.step)} />
      </Stats>
      <div className="tv-eval">
        {report.confusion && (
          <ConfusionMatrix
            counts={report.confusion.counts}
            classes={report.confusion.classes}
            names={dataset.classNames}
          />
        )}
        {wrong && (
          <figure className="pv-figure">
            <figcaption>
              <strong>Most confidently wrong</strong>{' '}
              <span className="pv-muted">
                validation digits the model got wrong with the highest probability
              </span>
            </figcaption>
            {wrong.labels.length === 0 ? (
              <p className="pv-muted">None: every validation digit is classified correctly.</p>
            ) : (
              <DigitGrid
                pixels={wrong.pixels}
                count={wrong.labels.length}
                side={side}
                scale={2}
                caption={(i) => (
                  <>
                    true <strong>{wrong.labels[i]}</strong> · said{' '}
                    <strong className="pv-bad">{wrong.predicted[i]}</strong>{' '}
                    <span className="pv-muted">{fmtPct(wrong.confidence[i], 0)}</span>
                  </>
                )}
                label={(i) =>
                  `A ${wrong.labels[i]} the model read as ${wrong.predicted[i]} with ${fmtPct(wrong.confidence[i], 0)} confidence`
                }
              />
            )}
          </figure>
        )}
      </div>
      {Number.isFinite(gap) && gap > 0.05 && (
        <Note tone="warn">
          Training accuracy is {fmt(gap * 100, 3)} points higher than validation accuracy: the model
          fits its training digits better than new ones, a sign of overfitting.
        </Note>
      )}
      <Note>
        The {fmtInt(dataset.testSize)} test digits are never used here: they stay untouched for an
        unbiased final measurement.
      </Note>
    </div>
  );
}
