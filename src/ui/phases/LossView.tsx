import { Bars } from '../viz/Bars';
import { fmt, fmtFixed, fmtInt } from '../viz/format';
import { classColor, ClassTag, Note, Stat, Stats } from './common';
import type { PhaseViewProps } from './types';

/** Bars beyond this many would be thinner than a pixel or two in the panel. */
const MAX_BARS = 256;
const COSTLIEST = 5;

/** The batch's loss: its mean, and what each example contributed. */
export function LossView({ report, dataset }: PhaseViewProps<'loss'>) {
  const b = report.perExample.length;
  const chance = Math.log(Math.max(2, dataset.classes));
  const order = Array.from({ length: b }, (_, i) => i).sort(
    (i, j) => report.perExample[j] - report.perExample[i],
  );
  const costliest = order.slice(0, Math.min(COSTLIEST, b));
  const shown = Math.min(b, MAX_BARS);
  const wrong =
    dataset.classes === 2 ? report.trueClassProbability.filter((p) => p < 0.5).length : null;
  let share = 0;
  for (const i of costliest) share += report.perExample[i];
  const total = report.mean * b;
  return (
    <div className="pv-view">
      <Stats>
        <Stat label={`Mean loss L (${report.lossName})`} value={fmt(report.mean)} big />
        <Stat label="Examples in the batch" value={fmtInt(b)} />
        <Stat
          label={dataset.classes === 2 ? 'Guessing 50/50' : 'Uniform guess'}
          value={fmt(chance, 3)}
          hint={dataset.classes === 2 ? '= ln 2' : `= ln ${dataset.classes}`}
        />
        {wrong !== null && (
          <Stat label="Misclassified" value={`${wrong} of ${b}`} hint="p(true class) < 0.5" />
        )}
      </Stats>

      <figure className="pv-figure">
        <figcaption>
          <strong>Loss ℓᵢ = −log p(true class) per example</strong>{' '}
          <span className="pv-muted">bar colour = true class; dashed line = mean</span>
        </figcaption>
        <Bars
          orientation="vertical"
          label={`Loss of each of the ${shown} examples of the batch, in batch order`}
          items={Array.from({ length: shown }, (_, i) => ({
            key: i,
            label: String(i + 1),
            value: report.perExample[i],
            color: classColor(report.labels[i]),
            note: `class ${report.labels[i]}, p(true class) = ${fmt(report.trueClassProbability[i], 3)}`,
          }))}
          reference={{ value: report.mean, label: 'mean' }}
          height={170}
        />
      </figure>
      {shown < b && (
        <Note>
          The chart shows the first {shown} of {b} examples.
        </Note>
      )}

      <table className="pv-table pv-table-narrow">
        <caption>The costliest examples</caption>
        <thead>
          <tr>
            <th scope="col" className="pv-num">
              #
            </th>
            <th scope="col">label</th>
            <th scope="col" className="pv-num">
              p(true class)
            </th>
            <th scope="col" className="pv-num">
              loss ℓᵢ
            </th>
          </tr>
        </thead>
        <tbody>
          {costliest.map((i) => (
            <tr key={i}>
              <td className="pv-num">{i + 1}</td>
              <td>
                <ClassTag label={report.labels[i]} />
              </td>
              <td className="pv-num">{fmtFixed(report.trueClassProbability[i], 3)}</td>
              <td className="pv-num pv-strong">{fmtFixed(report.perExample[i], 4)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {b > costliest.length && total > 0 && (
        <Note>
          These {costliest.length} examples make up {fmt((100 * share) / total, 3)}% of the batch’s
          total loss: the lower the probability of the true class, the more an example costs, and
          the more it will pull on the gradient.
        </Note>
      )}
    </div>
  );
}
