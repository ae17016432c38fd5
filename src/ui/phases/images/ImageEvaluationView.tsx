import { ConfusionMatrix } from '../../viz/ConfusionMatrix';
import { fmt, fmtInt, fmtPct } from '../../viz/format';
import { Note, Stat, Stats } from '../common';
import type { PhaseViewProps } from '../types';
import { DigitGrid } from './DigitGrid';
import { useTexts } from '../../locale';
import { fill } from '../../../content/fill';

/** Validation loss and accuracy, the confusion matrix and the most confidently wrong digits. */
export function ImageEvaluationView({ report, dataset }: PhaseViewProps<'evaluation'>) {
  const ui = useTexts().ui;
  const gap = report.trainAccuracy - report.valAccuracy;
  const wrong = report.confidentlyWrong;
  const side = dataset.imageShape?.[0] ?? 28;
  const chance = dataset.classes > 0 ? 1 / dataset.classes : 0;
  return (
    <div className="pv-view">
      <Stats>
        <Stat label={ui.pvValidationLoss} value={fmt(report.valLoss)} big />
        <Stat
          label={ui.pvValidationAccuracy}
          value={<span data-testid="eval-accuracy">{fmtPct(report.valAccuracy)}</span>}
          hint={fill(ui.pvChance, { value: fmtPct(chance, 0) })}
          big
        />
        <Stat
          label={ui.pvTrainingAccuracy}
          value={fmtPct(report.trainAccuracy)}
          hint={ui.pvOnTrainingDigits}
        />
        <Stat label={ui.pvAtStep} value={fmtInt(report.step)} />
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
              <strong>{ui.pvMostConfidentlyWrong}</strong>{' '}
              <span className="pv-muted">{ui.pvWrongDigits}</span>
            </figcaption>
            {wrong.labels.length === 0 ? (
              <p className="pv-muted">{ui.pvNoneWrong}</p>
            ) : (
              <DigitGrid
                pixels={wrong.pixels}
                count={wrong.labels.length}
                side={side}
                scale={2}
                caption={(i) => (
                  <>
                    {ui.pvTrueSaid} <strong>{wrong.labels[i]}</strong> · {ui.pvSaid}{' '}
                    <strong className="pv-bad">{wrong.predicted[i]}</strong>{' '}
                    <span className="pv-muted">{fmtPct(wrong.confidence[i], 0)}</span>
                  </>
                )}
                label={(i) =>
                  fill(ui.pvReadAs, {
                    label: wrong.labels[i],
                    predicted: wrong.predicted[i],
                    confidence: fmtPct(wrong.confidence[i], 0),
                  })
                }
                title={ui.pvMostConfidentlyWrong}
              />
            )}
          </figure>
        )}
      </div>
      {Number.isFinite(gap) && gap > 0.05 && (
        <Note tone="warn">{fill(ui.pvOverfitGapDigits, { gap: fmt(gap * 100, 3) })}</Note>
      )}
      <Note>{fill(ui.pvTestUntouched, { count: fmtInt(dataset.testSize) })}</Note>
    </div>
  );
}
