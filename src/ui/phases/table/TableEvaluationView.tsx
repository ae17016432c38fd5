import { useMemo } from 'react';
import { ConfusionMatrix } from '../../viz/ConfusionMatrix';
import { CurvePlot } from '../../viz/CurvePlot';
import { fmt, fmtInt, fmtPct } from '../../viz/format';
import { paddedRange } from '../../viz/ranges';
import { ColumnName, inputName, Stat, Stats } from '../common';
import type { PhaseViewProps } from '../types';
import { TargetScaleNote, targetScaleOf, UnitStats } from './TargetScale';

/**
 * Evaluation on a table: for classes, the confusion matrix and the validation rows the model
 * was most sure of and got wrong; for a number, each validation row's prediction against
 * its target, where a perfect model puts every point on the diagonal.
 */
export function TableEvaluationView({ report, dataset }: PhaseViewProps<'evaluation'>) {
  const regression = dataset.classes === 0;
  const d = dataset.inputSize;
  const columns = dataset.source?.features ?? Array.from({ length: d }, (_, j) => inputName(j));
  const names = dataset.classNames;
  const fit = report.predictions;
  const scatter = useMemo(() => {
    if (!fit) return null;
    const [lo, hi] = paddedRange([...fit.actual, ...fit.predicted]);
    return {
      extent: [lo, hi, lo, hi] as const,
      lines: [
        { x: [lo, hi], y: [lo, hi], color: '#6b7280', label: 'perfect: ŷ = y', dashed: true },
      ],
    };
  }, [fit]);
  const wrong = report.confidentlyWrong;
  const scale = targetScaleOf(dataset);
  return (
    <div className="pv-view">
      <Stats>
        <Stat
          label={regression ? 'Validation loss (MSE)' : 'Validation loss'}
          value={fmt(report.valLoss)}
          big
        />
        {scale ? (
          <UnitStats scale={scale} loss={report.valLoss} target={dataset.source!.target} />
        ) : regression ? (
          <Stat
            label="Validation RMSE"
            value={fmt(Math.sqrt(report.valLoss))}
            hint="in units of y"
          />
        ) : (
          <Stat
            label="Validation accuracy"
            value={<span data-testid="eval-accuracy">{fmtPct(report.valAccuracy)}</span>}
            hint={`chance: ${fmtPct(1 / dataset.classes, 0)}`}
            big
          />
        )}
        {!regression && <Stat label="Training accuracy" value={fmtPct(report.trainAccuracy)} />}
        <Stat label="At step" value={fmtInt(report.step)} />
      </Stats>
      {fit && scatter && (
        <figure className="pv-figure" data-testid="prediction-scatter">
          <figcaption>
            <strong>Predicted against true {dataset.source?.target ?? 'y'}</strong>{' '}
            <span className="pv-muted">
              {fmtInt(fit.actual.length)} validation rows; the closer to the diagonal, the better
            </span>
          </figcaption>
          <CurvePlot
            x={fit.actual}
            y={fit.predicted}
            extent={scatter.extent}
            lines={scatter.lines}
            label={`Each validation row's prediction (up) against its true value (across) after step ${report.step}; a perfect model puts every point on the dashed diagonal.`}
            maxWidth={460}
          />
        </figure>
      )}
      {scale && <TargetScaleNote scale={scale} target={dataset.source!.target} />}
      {report.confusion && (
        <ConfusionMatrix
          counts={report.confusion.counts}
          classes={report.confusion.classes}
          names={names}
        />
      )}
      {wrong && wrong.labels.length > 0 && (
        <div className="tb-scroll" tabIndex={0}>
          <table className="pv-table">
            <caption>Validation rows the model got wrong with the most confidence</caption>
            <thead>
              <tr>
                {/* The verdict first: it stays in view however many input columns follow. */}
                <th scope="col">true</th>
                <th scope="col">predicted</th>
                <th scope="col" className="pv-num">
                  p
                </th>
                {columns.map((c) => (
                  <th key={c} scope="col" className="pv-num">
                    <ColumnName name={c} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.from(wrong.labels, (label, i) => (
                <tr key={i}>
                  <td>{names?.[label] ?? label}</td>
                  <td className="pv-bad">{names?.[wrong.predicted[i]] ?? wrong.predicted[i]}</td>
                  <td className="pv-num">{fmtPct(wrong.confidence[i], 0)}</td>
                  {columns.map((c, j) => (
                    <td key={c} className="pv-num">
                      {fmt(wrong.pixels[i * d + j])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
