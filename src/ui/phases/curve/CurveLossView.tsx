import { Bars } from '../../viz/Bars';
import { fmt, fmtFixed, fmtInt } from '../../viz/format';
import { Note, Stat, Stats } from '../common';
import { TargetScaleNote, targetScaleOf, UnitStats } from '../table/TargetScale';
import type { PhaseViewProps } from '../types';
import { useLocale, useTexts } from '../../locale';
import { lossNameText } from '../../../content/report-names';
import { fill } from '../../../content/fill';

const MAX_BARS = 256;
const COSTLIEST = 5;

/** The batch's mean squared error, and what each example's miss contributed. */
export function CurveLossView({ report, dataset }: PhaseViewProps<'loss'>) {
  const ui = useTexts().ui;
  const { locale } = useLocale();
  const scale = targetScaleOf(dataset);
  const b = report.perExample.length;
  const pred = report.predictions ?? new Float32Array(b);
  const order = Array.from({ length: b }, (_, i) => i).sort(
    (i, j) => report.perExample[j] - report.perExample[i],
  );
  const shown = Math.min(b, MAX_BARS);
  return (
    <div className="pv-view">
      <Stats>
        <Stat
          label={fill(ui.pvMeanLoss, { name: lossNameText(report.lossName, locale) })}
          value={fmt(report.mean)}
          big
        />
        {scale ? (
          <UnitStats scale={scale} loss={report.mean} target={dataset.source!.target} />
        ) : (
          <Stat label={ui.pvRmse} value={fmt(Math.sqrt(report.mean))} hint={ui.pvRootLInY} />
        )}
        <Stat label={ui.pvExamplesInBatch} value={fmtInt(b)} />
      </Stats>
      <figure className="pv-figure">
        <figcaption>
          <strong>
            {fill(ui.pvSquaredErrorPer, { formula: scale ? '((ŷᵢ − yᵢ) / σ)²' : '(ŷᵢ − yᵢ)²' })}
          </strong>{' '}
          <span className="pv-muted">{ui.pvDashedMeanMse}</span>
        </figcaption>
        <Bars
          orientation="vertical"
          label={fill(ui.pvSquaredBarsLabel, { shown: fmtInt(shown) })}
          items={Array.from({ length: shown }, (_, i) => ({
            key: i,
            label: String(i + 1),
            value: report.perExample[i],
            note: `y = ${fmt(report.labels[i], 3)}, ŷ = ${fmt(pred[i], 3)}`,
          }))}
          reference={{ value: report.mean, label: ui.pvMean }}
          height={170}
        />
      </figure>
      <table className="pv-table pv-table-narrow">
        <caption>{ui.pvCostliest}</caption>
        <thead>
          <tr>
            <th scope="col" className="pv-num">
              #
            </th>
            <th scope="col" className="pv-num">
              {ui.pvTargetY}
            </th>
            <th scope="col" className="pv-num">
              {ui.pvPredictionY}
            </th>
            <th scope="col" className="pv-num">
              {ui.pvLossL}
            </th>
          </tr>
        </thead>
        <tbody>
          {order.slice(0, COSTLIEST).map((i) => (
            <tr key={i}>
              <td className="pv-num">{i + 1}</td>
              <td className="pv-num">{fmtFixed(report.labels[i], 3)}</td>
              <td className="pv-num">{fmtFixed(pred[i], 3)}</td>
              <td className="pv-num pv-strong">{fmtFixed(report.perExample[i], 4)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {scale && <TargetScaleNote scale={scale} target={dataset.source!.target} />}
      <Note>{ui.pvSquaringNote}</Note>
    </div>
  );
}
