/**
 * "Cost of this study": the training FLOPs and time of its recorded runs, and what the same
 * study would cost at the scale of an industrial run (each run with GPT-3's training compute)
 * on every accelerator of the hardware table, at the Scale view's default MFU in bf16
 * (../../data/study/study-cost.ts). Links to the Scale view for the hardware's details.
 */
import { memo, useMemo } from 'react';
import { GPT3 } from '../../config/compute-reference';
import { fill } from '../../content/fill';
import { fmtSci, fmtSi } from '../viz/si';
import { DEFAULT_MFU } from '../../data/hardware-scaling';
import { fmtDuration } from '../../data/model-card-numbers';
import type { RunRecord } from '../../data/run-record';
import { projectStudy, studyCost } from '../../data/study/study-cost';
import { useLocale, useTexts } from '../locale';
import { SCALE_VIEW_ID } from '../scale/ScaleView';
import { fmtInt, fmtPct } from '../viz/format';
import { durationText } from './study-view-kit';

/** Opens the Scale view (a <details>) when the link to it is followed. */
function openScaleView() {
  const el = document.getElementById(SCALE_VIEW_ID);
  if (el instanceof HTMLDetailsElement) el.open = true;
}

export const StudyCost = memo(function StudyCost({ runs }: { runs: readonly RunRecord[] }) {
  const texts = useTexts();
  const t = texts.studyResults.cost;
  const gpt3Name = texts.scale.gpt3Row;
  const { locale } = useLocale();
  const cost = useMemo(() => studyCost(runs), [runs]);
  const rows = useMemo(() => projectStudy(cost), [cost]);
  const flops = (n: number) => fmtSci(n);
  const time = (s: number | null) => (s === null ? t.notPublished : durationText(s, t.units));
  return (
    <section className="study-results-kind" data-testid="study-cost" aria-label={t.heading}>
      <h4>{t.heading}</h4>
      <p data-testid="study-cost-total">
        {fill(t.total, {
          runs: fmtInt(cost.runs),
          flops: flops(cost.flops),
          time: fmtDuration(cost.wallMs, locale),
        })}
      </p>
      <p>
        {fill(t.projection, {
          runs: fmtInt(Math.max(1, cost.runs)),
          reference: gpt3Name,
          perRun: flops(GPT3.flops),
          total: flops(Math.max(1, cost.runs) * GPT3.flops),
          precision: 'bf16',
          mfu: fmtPct(DEFAULT_MFU, 0),
        })}
      </p>
      <div className="study-table-wrap">
        <table className="study-table" data-testid="study-cost-table">
          <caption>{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.device}</th>
              <th scope="col">{t.thisStudy}</th>
              <th scope="col">{t.industrialOne}</th>
              <th scope="col">{t.devicesFor}</th>
              <th scope="col">{t.energy}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.deviceId}>
                <th scope="row">{texts.runCost.devices[r.deviceId] ?? r.name}</th>
                <td className="num">{time(r.studySeconds)}</td>
                <td className="num">{time(r.industrial.seconds)}</td>
                <td className="num">
                  {r.industrial.devices === null ? t.notPublished : fmtInt(r.industrial.devices)}
                </td>
                <td className="num">
                  {r.industrial.energyKWh === null
                    ? t.notPublished
                    : fmtSi(r.industrial.energyKWh * 1000, 'Wh')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted">
        {t.note}{' '}
        <a href={`#${SCALE_VIEW_ID}`} onClick={openScaleView} data-testid="study-scale-link">
          {t.scaleLink}
        </a>
      </p>
    </section>
  );
});
