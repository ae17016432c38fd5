/**
 * The hardware generations with their data-sheet figures, and the time, devices and energy of
 * this run and of the same run scaled by powers of ten on each, at the assumed MFU.
 */
import { memo, useId } from 'react';
import { ACCELERATORS, GPT3 } from '../../config/compute-reference';
import { useTexts } from '../locale';
import { powerOfTen } from '../../data/compute-cost';
import { fmtDuration } from '../viz/si';
import { fmtSci, fmtSi } from '../viz/si';
import { hardwareCost, scaleLadder, type MathPrecision } from '../../data/hardware-scaling';
import type { ScaleAssumptions } from './assumptions';

/** A peak in FLOP/s, or the catalogue's "not published" (`notPublished`) when there is none. */
const tflops = (v: number | null, notPublished: string) =>
  v === null ? notPublished : fmtSi(v, 'FLOP/s');

const PRECISION_NAME: Record<Exclude<MathPrecision, 'fp32'>, string> = {
  tf32: 'tf32',
  bf16: 'fp16/bf16',
};

export const HardwarePanel = memo(function HardwarePanel({
  runFlops,
  flopsPerStep,
  a,
}: {
  /** Training FLOPs of the run so far. */
  runFlops: number;
  /** FLOPs of one step, used when the run has taken none yet. */
  flopsPerStep: number;
  a: ScaleAssumptions;
}) {
  const all = useTexts();
  const t = all.scale;
  const nameOf = (d: { id: string; name: string }) => all.runCost.devices[d.id] ?? d.name;
  const ladderId = useId();
  const specsId = useId();
  const deadline = a.deadlineDays * 86_400;
  const days = String(a.deadlineDays);
  const base = runFlops > 0 ? runFlops : flopsPerStep;
  const ladder = [
    ...scaleLadder(base).map((r) => ({
      key: String(r.exponent),
      label: r.exponent === 0 ? t.ladderRun : t.ladderScaled(powerOfTen(r.exponent)),
      flops: r.flops,
    })),
    { key: 'gpt3', label: t.gpt3Row, flops: GPT3.flops },
  ];
  const cell = (flops: number, deviceId: string) => {
    const d = ACCELERATORS.find((x) => x.id === deviceId)!;
    return hardwareCost(flops, d, a.precision, a.mfu, deadline);
  };
  return (
    <section className="scale-panel" aria-label={t.hardwareHeading} data-testid="scale-hardware">
      <h4>{t.hardwareHeading}</h4>
      <p>{t.hardwareWhat}</p>
      {runFlops === 0 && <p className="muted">{t.noRunYet}</p>}
      <h5 id={ladderId}>
        {t.ladderHeading(
          a.precision === 'fp32' ? t.precisionFp32 : PRECISION_NAME[a.precision],
          `${Math.round(a.mfu * 1000) / 10} %`,
          days,
        )}
      </h5>
      {/* Scrolls sideways: focusable, so a keyboard can scroll it. */}
      <div className="scale-scroll" role="region" aria-labelledby={ladderId} tabIndex={0}>
        <table className="scale-table scale-ladder" data-testid="scale-ladder">
          <thead>
            <tr>
              <td />
              <th className="num">{t.ladderFlops}</th>
              <th className="num">{t.energyOn(shortName(a.device.name))}</th>
              {ACCELERATORS.map((d) => (
                <th key={d.id} className="num" title={d.name}>
                  {shortName(d.name)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ladder.map((r) => {
              const mine = hardwareCost(r.flops, a.device, a.precision, a.mfu, deadline);
              return (
                <tr key={r.key} className={r.key === 'gpt3' ? 'scale-reference' : undefined}>
                  <th scope="row">{r.label}</th>
                  <td className="num">{fmtSci(r.flops)}</td>
                  <td className="num">
                    {mine.energyKWh === null ? t.notPublished : fmtSi(mine.energyKWh * 1000, 'Wh')}
                  </td>
                  {ACCELERATORS.map((d) => {
                    const c = cell(r.flops, d.id);
                    return (
                      <td key={d.id} className="num">
                        {c.seconds === null ? (
                          t.notPublished
                        ) : (
                          <>
                            {fmtDuration(c.seconds)}
                            {c.devices !== null && c.devices > 1 && (
                              <span className="scale-devices">
                                {t.devicesFor(
                                  c.devices >= 1e6
                                    ? fmtSci(c.devices)
                                    : c.devices.toLocaleString('en'),
                                  days,
                                )}
                              </span>
                            )}
                          </>
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h5 id={specsId}>{t.hardwareSpecsHeading}</h5>
      <div className="scale-scroll" role="region" aria-labelledby={specsId} tabIndex={0}>
        <table className="scale-table" data-testid="scale-specs">
          <thead>
            <tr>
              {t.specColumns.map((c, i) => (
                <th key={c} className={i > 0 ? 'num' : undefined}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ACCELERATORS.map((d) => (
              <tr key={d.id} className={d.id === a.device.id ? 'scale-selected' : undefined}>
                <th scope="row">{nameOf(d)}</th>
                <td className="num">{tflops(d.peakFp32, t.notPublished)}</td>
                <td className="num">{tflops(d.peakTf32, t.notPublished)}</td>
                <td className="num">{tflops(d.peakFp16, t.notPublished)}</td>
                <td className="num">{d.memoryGB} GB</td>
                <td className="num">{fmtSi(d.memoryBandwidthGBs * 1e9, 'B/s')}</td>
                <td className="num">{d.powerW === null ? t.notPublished : `${d.powerW} W`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted">{t.notPublishedNote}</p>
      <details className="sources">
        <summary>{t.sources}</summary>
        <ul>
          {ACCELERATORS.map((d) => (
            <li key={d.id}>
              <strong>{nameOf(d)}</strong>: {d.source}
            </li>
          ))}
          <li>{GPT3.source}</li>
        </ul>
      </details>
    </section>
  );
});

/** "Data-centre GPU (NVIDIA A100 SXM4 80 GB)" → "A100 SXM4 80 GB": the part in brackets, less the vendor. */
function shortName(name: string): string {
  if (name.startsWith('Google Cloud '))
    return name.slice('Google Cloud '.length).replace(/ \(.*\)$/, '');
  const inner = /\(([^)]*)\)/.exec(name)?.[1] ?? name;
  return inner.replace(/^(NVIDIA( GeForce)?|Intel) /, '').replace(/, Core.*$/, '');
}
