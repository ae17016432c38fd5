import { fmt, fmtInt, fmtPct } from '../viz/format';
import { PointPlane } from '../viz/PointPlane';
import { Note, Stat, Stats } from './common';
import type { PhaseViewProps } from './types';

/** Validation loss and accuracy, and the model's decision regions over the plane. */
export function EvaluationView({ report, dataset }: PhaseViewProps<'evaluation'>) {
  const gap = report.trainAccuracy - report.valAccuracy;
  return (
    <div className="pv-view">
      <Stats>
        <Stat label="Validation loss" value={fmt(report.valLoss)} big />
        <Stat label="Validation accuracy" value={fmtPct(report.valAccuracy)} big />
        <Stat label="Training accuracy" value={fmtPct(report.trainAccuracy)} />
        <Stat label="At step" value={fmtInt(report.step)} />
      </Stats>

      <figure className="pv-figure pv-plane-figure">
        <figcaption>
          <strong>Decision regions after step {fmtInt(report.step)}</strong>{' '}
          <span className="pv-muted">
            {fmtInt(dataset.trainY.length)} training points (filled) · {fmtInt(dataset.valY.length)}{' '}
            validation points (hollow)
          </span>
        </figcaption>
        <PointPlane
          x={dataset.trainX}
          y={dataset.trainY}
          extent={dataset.extent}
          validation={{ x: dataset.valX, y: dataset.valY }}
          grid={report.grid}
          label={`Decision regions of the model after step ${report.step}: background shaded by the probability of class 1, with the p = 0.5 boundary; training points filled, validation points as hollow diamonds.`}
        />
      </figure>
      {Number.isFinite(gap) && gap > 0.05 && (
        <Note tone="warn">
          Training accuracy is {fmt(gap * 100, 3)} points higher than validation accuracy: the model
          fits its training points better than new ones, a sign of overfitting.
        </Note>
      )}
    </div>
  );
}
