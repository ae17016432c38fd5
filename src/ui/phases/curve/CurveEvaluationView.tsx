import { useMemo } from 'react';
import { CurvePlot } from '../../viz/CurvePlot';
import { fmt, fmtInt } from '../../viz/format';
import { Note, Stat, Stats } from '../common';
import { TargetScaleNote, targetScaleOf, UnitStats } from '../table/TargetScale';
import type { PhaseViewProps } from '../types';

/** Validation MSE, and the fitted curve over the training and validation points. */
export function CurveEvaluationView({ report, dataset }: PhaseViewProps<'evaluation'>) {
  const curve = report.curve;
  // A user's data has no known true function (its truth is NaN throughout).
  const hasTruth = curve?.truth.some(Number.isFinite) ?? false;
  const lines = useMemo(
    () =>
      curve
        ? [
            ...(hasTruth
              ? [
                  {
                    x: curve.x,
                    y: curve.truth,
                    color: '#6b7280',
                    label: 'true function',
                    dashed: true,
                  },
                ]
              : []),
            { x: curve.x, y: curve.y, color: '#ea580c', label: 'model’s fit ŷ(x)' },
          ]
        : [],
    [curve, hasTruth],
  );
  const validation = useMemo(() => ({ x: dataset.valX, y: dataset.valY }), [dataset]);
  const scale = targetScaleOf(dataset);
  return (
    <div className="pv-view">
      <Stats>
        <Stat
          label="Validation loss (MSE)"
          value={<span data-testid="eval-mse">{fmt(report.valLoss)}</span>}
          big
        />
        {scale ? (
          <UnitStats scale={scale} loss={report.valLoss} target={dataset.source!.target} />
        ) : (
          <Stat
            label="Validation RMSE"
            value={fmt(Math.sqrt(report.valLoss))}
            hint="in units of y"
          />
        )}
        <Stat label="At step" value={fmtInt(report.step)} />
      </Stats>
      <figure className="pv-figure" data-testid="fitted-curve">
        <figcaption>
          <strong>The fitted curve after step {fmtInt(report.step)}</strong>{' '}
          <span className="pv-muted">
            {fmtInt(dataset.trainY.length)} training points · {fmtInt(dataset.valY.length)}{' '}
            validation points
          </span>
        </figcaption>
        <CurvePlot
          x={dataset.trainX}
          y={dataset.trainY}
          extent={dataset.extent}
          validation={validation}
          lines={lines}
          label={`The model's predictions over the x range after step ${report.step}, with the true function dashed, over the training points and the validation points (diamonds).`}
        />
      </figure>
      {scale && <TargetScaleNote scale={scale} target={dataset.source!.target} />}
      {hasTruth && (
        <Note>
          With noise, even the true function has an MSE of about noise²: a validation loss far below
          that would mean the model fits the noise of these particular points.
        </Note>
      )}
    </div>
  );
}
