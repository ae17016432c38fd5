import { fmt, fmtInt, fmtPct } from '../viz/format';
import { PointPlane } from '../viz/PointPlane';
import { Note, Stat, Stats } from './common';
import type { PhaseViewProps } from './types';
import { fill } from '../../content/fill';
import { useTexts } from '../locale';

/** Validation loss and accuracy, and the model's decision regions over the plane. */
export function EvaluationView({ report, dataset }: PhaseViewProps<'evaluation'>) {
  const ui = useTexts().ui;
  const gap = report.trainAccuracy - report.valAccuracy;
  return (
    <div className="pv-view">
      <Stats>
        <Stat label={ui.pvValidationLoss} value={fmt(report.valLoss)} big />
        <Stat label={ui.pvValidationAccuracy} value={fmtPct(report.valAccuracy)} big />
        <Stat label={ui.pvTrainingAccuracy} value={fmtPct(report.trainAccuracy)} />
        <Stat label={ui.pvAtStep} value={fmtInt(report.step)} />
      </Stats>

      <figure className="pv-figure pv-plane-figure">
        <figcaption>
          <strong>{fill(ui.pvRegionsAfter, { step: fmtInt(report.step) })}</strong>{' '}
          <span className="pv-muted">
            {fill(ui.pvRegionsPoints, {
              train: fmtInt(dataset.trainY.length),
              val: fmtInt(dataset.valY.length),
            })}
          </span>
        </figcaption>
        <PointPlane
          x={dataset.trainX}
          y={dataset.trainY}
          extent={dataset.extent}
          validation={{ x: dataset.valX, y: dataset.valY }}
          grid={report.grid}
          label={fill(ui.pvRegionsLabel, { step: fmtInt(report.step) })}
        />
      </figure>
      {Number.isFinite(gap) && gap > 0.05 && (
        <Note tone="warn">{fill(ui.pvOverfitGap, { gap: fmt(gap * 100, 3) })}</Note>
      )}
    </div>
  );
}
