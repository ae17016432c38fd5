import { useMemo } from 'react';
import { CurvePlot } from '../../viz/CurvePlot';
import { fmt, fmtInt } from '../../viz/format';
import { Note, Stat, Stats } from '../common';
import { TargetScaleNote, targetScaleOf, UnitStats } from '../table/TargetScale';
import type { PhaseViewProps } from '../types';
import { useTexts } from '../../locale';
import { fill } from '../../../content/fill';

/** Validation MSE, and the fitted curve over the training and validation points. */
export function CurveEvaluationView({ report, dataset }: PhaseViewProps<'evaluation'>) {
  const ui = useTexts().ui;
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
                    label: ui.legendTrueFunction,
                    dashed: true,
                  },
                ]
              : []),
            { x: curve.x, y: curve.y, color: '#ea580c', label: ui.legendModelFit },
          ]
        : [],
    [curve, hasTruth, ui],
  );
  const validation = useMemo(() => ({ x: dataset.valX, y: dataset.valY }), [dataset]);
  const scale = targetScaleOf(dataset);
  return (
    <div className="pv-view">
      <Stats>
        <Stat
          label={ui.pvValLossMse}
          value={<span data-testid="eval-mse">{fmt(report.valLoss)}</span>}
          big
        />
        {scale ? (
          <UnitStats scale={scale} loss={report.valLoss} target={dataset.source!.target} />
        ) : (
          <Stat
            label={ui.pvValRmse}
            value={fmt(Math.sqrt(report.valLoss))}
            hint={ui.pvInUnitsOfY}
          />
        )}
        <Stat label={ui.pvAtStep} value={fmtInt(report.step)} />
      </Stats>
      <figure className="pv-figure" data-testid="fitted-curve">
        <figcaption>
          <strong>{fill(ui.pvFittedCurveAfter, { step: fmtInt(report.step) })}</strong>{' '}
          <span className="pv-muted">
            {fill(ui.pvCurvePoints, {
              train: fmtInt(dataset.trainY.length),
              val: fmtInt(dataset.valY.length),
            })}
          </span>
        </figcaption>
        <CurvePlot
          x={dataset.trainX}
          y={dataset.trainY}
          extent={dataset.extent}
          validation={validation}
          lines={lines}
          label={fill(ui.pvCurveLabel, { step: fmtInt(report.step) })}
        />
      </figure>
      {scale && <TargetScaleNote scale={scale} target={dataset.source!.target} />}
      {hasTruth && <Note>{ui.pvNoiseNote}</Note>}
    </div>
  );
}
