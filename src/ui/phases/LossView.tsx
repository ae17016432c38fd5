import { Bars } from '../viz/Bars';
import { fmt, fmtFixed, fmtInt, fmtPct } from '../viz/format';
import { classColor, ClassTag, Note, Stat, Stats } from './common';
import type { PhaseViewProps } from './types';
import { fill } from '../../content/fill';
import { useLocale, useTexts } from '../locale';
import { lossNameText } from '../../content/report-names';

/** Bars beyond this many would be thinner than a pixel or two in the panel. */
const MAX_BARS = 256;
const COSTLIEST = 5;

/** The batch's loss: its mean, and what each example contributed. */
export function LossView({ report, dataset }: PhaseViewProps<'loss'>) {
  const ui = useTexts().ui;
  const { locale } = useLocale();
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
        <Stat
          label={fill(ui.pvMeanLoss, { name: lossNameText(report.lossName, locale) })}
          value={fmt(report.mean)}
          big
        />
        <Stat label={ui.pvExamplesInBatch} value={fmtInt(b)} />
        <Stat
          label={dataset.classes === 2 ? ui.pvGuessing : ui.pvUniformGuess}
          value={fmt(chance, 3)}
          hint={dataset.classes === 2 ? '= ln 2' : `= ln ${dataset.classes}`}
        />
        {wrong !== null && (
          <Stat
            label={ui.pvMisclassified}
            value={fill(ui.pvCountOf, { count: fmtInt(wrong), total: fmtInt(b) })}
            hint={`${ui.pvPTrueClass} < ${fmt(0.5)}`}
          />
        )}
      </Stats>

      <figure className="pv-figure">
        <figcaption>
          <strong>{ui.pvLossPerExample}</strong> <span className="pv-muted">{ui.pvBarColour}</span>
        </figcaption>
        <Bars
          orientation="vertical"
          label={fill(ui.pvLossBarsLabel, { shown: fmtInt(shown) })}
          items={Array.from({ length: shown }, (_, i) => ({
            key: i,
            label: String(i + 1),
            value: report.perExample[i],
            color: classColor(report.labels[i]),
            note: fill(ui.pvLossBarNote, {
              class: report.labels[i],
              p: fmt(report.trueClassProbability[i], 3),
            }),
          }))}
          reference={{ value: report.mean, label: ui.pvMean }}
          height={170}
        />
      </figure>
      {shown < b && (
        <Note>{fill(ui.pvChartFirst, { shown: fmtInt(shown), total: fmtInt(b) })}</Note>
      )}

      <table className="pv-table pv-table-narrow">
        <caption>{ui.pvCostliest}</caption>
        <thead>
          <tr>
            <th scope="col" className="pv-num">
              #
            </th>
            <th scope="col">{ui.pvLabel}</th>
            <th scope="col" className="pv-num">
              {ui.pvPTrueClass}
            </th>
            <th scope="col" className="pv-num">
              {ui.pvLossL}
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
          {fill(ui.pvCostliestShare, { count: costliest.length, share: fmtPct(share / total) })}
        </Note>
      )}
    </div>
  );
}
