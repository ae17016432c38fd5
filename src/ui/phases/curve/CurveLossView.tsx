import { Bars } from '../../viz/Bars';
import { fmt, fmtFixed, fmtInt } from '../../viz/format';
import { Note, Stat, Stats } from '../common';
import { TargetScaleNote, targetScaleOf, UnitStats } from '../table/TargetScale';
import type { PhaseViewProps } from '../types';

const MAX_BARS = 256;
const COSTLIEST = 5;

/** The batch's mean squared error, and what each example's miss contributed. */
export function CurveLossView({ report, dataset }: PhaseViewProps<'loss'>) {
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
        <Stat label={`Mean loss L (${report.lossName})`} value={fmt(report.mean)} big />
        {scale ? (
          <UnitStats scale={scale} loss={report.mean} target={dataset.source!.target} />
        ) : (
          <Stat
            label="Root mean squared error"
            value={fmt(Math.sqrt(report.mean))}
            hint="√L, in units of y"
          />
        )}
        <Stat label="Examples in the batch" value={fmtInt(b)} />
      </Stats>
      <figure className="pv-figure">
        <figcaption>
          <strong>
            Squared error ℓᵢ = {scale ? '((ŷᵢ − yᵢ) / σ)²' : '(ŷᵢ − yᵢ)²'} per example
          </strong>{' '}
          <span className="pv-muted">dashed line = mean (the MSE)</span>
        </figcaption>
        <Bars
          orientation="vertical"
          label={`Squared error of each of the ${shown} examples of the batch`}
          items={Array.from({ length: shown }, (_, i) => ({
            key: i,
            label: String(i + 1),
            value: report.perExample[i],
            note: `y = ${fmt(report.labels[i], 3)}, ŷ = ${fmt(pred[i], 3)}`,
          }))}
          reference={{ value: report.mean, label: 'mean' }}
          height={170}
        />
      </figure>
      <table className="pv-table pv-table-narrow">
        <caption>The costliest examples</caption>
        <thead>
          <tr>
            <th scope="col" className="pv-num">
              #
            </th>
            <th scope="col" className="pv-num">
              target y
            </th>
            <th scope="col" className="pv-num">
              prediction ŷ
            </th>
            <th scope="col" className="pv-num">
              loss ℓᵢ
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
      <Note>
        Squaring makes a miss twice as large cost four times as much, so the worst-fitted points
        pull hardest on the gradient (∂ℓᵢ/∂ŷᵢ = 2(ŷᵢ − yᵢ)). Unlike cross-entropy there is no
        probability here: the output is the prediction itself.
      </Note>
    </div>
  );
}
