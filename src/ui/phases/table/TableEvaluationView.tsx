import { useMemo } from 'react';
import { ConfusionMatrix } from '../../viz/ConfusionMatrix';
import { CurvePlot } from '../../viz/CurvePlot';
import { fmt, fmtInt, fmtPct } from '../../viz/format';
import { paddedRange } from '../../viz/ranges';
import { ColumnName, inputName, Stat, Stats } from '../common';
import type { PhaseViewProps } from '../types';
import { TargetScaleNote, targetScaleOf, UnitStats } from './TargetScale';
import { useTexts } from '../../locale';
import { fill } from '../../../content/fill';

/**
 * Evaluation on a table: for classes, the confusion matrix and the validation rows the model
 * was most sure of and got wrong; for a number, each validation row's prediction against
 * its target, where a perfect model puts every point on the diagonal.
 */
export function TableEvaluationView({ report, dataset }: PhaseViewProps<'evaluation'>) {
  const ui = useTexts().ui;
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
        { x: [lo, hi], y: [lo, hi], color: '#6b7280', label: ui.pvPerfectLine, dashed: true },
      ],
    };
  }, [fit, ui]);
  const wrong = report.confidentlyWrong;
  const scale = targetScaleOf(dataset);
  return (
    <div className="pv-view">
      <Stats>
        <Stat
          label={regression ? ui.pvValLossMse : ui.pvValidationLoss}
          value={fmt(report.valLoss)}
          big
        />
        {scale ? (
          <UnitStats scale={scale} loss={report.valLoss} target={dataset.source!.target} />
        ) : regression ? (
          <Stat
            label={ui.pvValRmse}
            value={fmt(Math.sqrt(report.valLoss))}
            hint={ui.pvInUnitsOfY}
          />
        ) : (
          <Stat
            label={ui.pvValidationAccuracy}
            value={<span data-testid="eval-accuracy">{fmtPct(report.valAccuracy)}</span>}
            hint={fill(ui.pvChance, { value: fmtPct(1 / dataset.classes, 0) })}
            big
          />
        )}
        {!regression && <Stat label={ui.pvTrainingAccuracy} value={fmtPct(report.trainAccuracy)} />}
        <Stat label={ui.pvAtStep} value={fmtInt(report.step)} />
      </Stats>
      {fit && scatter && (
        <figure className="pv-figure" data-testid="prediction-scatter">
          <figcaption>
            <strong>
              {fill(ui.pvPredictedAgainstTrueOf, { target: dataset.source?.target ?? 'y' })}
            </strong>{' '}
            <span className="pv-muted">
              {fill(ui.pvValRowsDiagonal, { count: fmtInt(fit.actual.length) })}
            </span>
          </figcaption>
          <CurvePlot
            x={fit.actual}
            y={fit.predicted}
            extent={scatter.extent}
            lines={scatter.lines}
            label={fill(ui.pvScatterLabel, { step: fmtInt(report.step) })}
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
            <caption>{ui.pvWrongRows}</caption>
            <thead>
              <tr>
                {/* The verdict first: it stays in view however many input columns follow. */}
                <th scope="col">{ui.pvTrue}</th>
                <th scope="col">{ui.pvPredicted}</th>
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
