/**
 * The mixed-precision sections of the backward and update panels: the format, the loss scale,
 * fp16 underflow with and without scaling, the scaler's decision and the bytes per parameter.
 * Plain data from the reports; the texts come from the catalogue (content/en/precision.ts).
 */
import { useMemo } from 'react';
import type { ScalerSeries } from '../../protocol/history';
import type { BackwardPrecision, UpdatePrecision } from '../../protocol/reports';
import { useTexts } from '../locale';
import { fmt, fmtInt, fmtPct, niceTicks } from '../viz/format';
import { safeRange } from '../viz/ranges';
import { type StepLine, StepChart } from '../viz/StepChart';
import { Note, Stat, Stats } from './common';

const FORMATS = ['fp32', 'fp16', 'bf16'] as const;

/** What simulated and what real means here, for a run in fp16 or bf16. */
function SimulatedAndReal() {
  const t = useTexts().precision;
  return (
    <>
      <Note>{t.simulated}</Note>
      <Note>{t.real}</Note>
    </>
  );
}

/** Backward: the format, the loss scale, and the share of gradient values fp16 loses. */
export function BackwardPrecisionSection({ precision }: { precision: BackwardPrecision }) {
  const { precision: t, techniques: tech } = useTexts();
  return (
    <section data-testid="precision-backward">
      <h3 className="pv-subhead">{t.heading}</h3>
      <Stats>
        <Stat label={t.format} value={t.formats[precision.format]} />
        <Stat
          label={t.lossScale}
          value={
            <span data-testid="loss-scale">
              {precision.lossScale === null ? t.lossScaleOff : fmtInt(precision.lossScale)}
            </span>
          }
          hint={precision.lossScale === null ? t.lossScaleOffHint : undefined}
        />
        <Stat
          label={t.underflowUnscaled}
          value={
            <span data-testid="underflow-unscaled">{fmtPct(precision.underflowUnscaled)}</span>
          }
          hint={t.underflowHint}
        />
        <Stat
          label={t.underflowScaled(fmtInt(precision.compareScale))}
          value={<span data-testid="underflow-scaled">{fmtPct(precision.underflowScaled)}</span>}
          hint={t.underflowHint}
        />
      </Stats>
      {precision.format !== 'fp32' && <Note>{tech.mixedPrecision.what}</Note>}
      <Note>{t.underflowNote}</Note>
      {precision.lossScale !== null && <Note>{t.shownUnscaled}</Note>}
      {precision.format !== 'fp32' && <SimulatedAndReal />}
    </section>
  );
}

/** The recorded loss scale (as log₂ S) and skipped steps per step, one small chart each. */
function ScalerCharts({ series }: { series: ScalerSeries }) {
  const t = useTexts().precision;
  const charts = useMemo(() => {
    const { steps } = series;
    const first = steps[0] ?? 0;
    const x: [number, number] = [first, Math.max(steps.at(-1) ?? 1, first + 1)];
    const xTicks = niceTicks(x[0], x[1], 5).filter((v) => Number.isInteger(v));
    const chart = (label: string, values: number[], colorVar: string) => {
      const finite = values.filter(Number.isFinite);
      const y = safeRange(Math.min(0, ...finite), Math.max(1, ...finite));
      const lines: StepLine[] = [{ label, steps, values, colorVar, width: 2 }];
      return { label, lines, y, yTicks: niceTicks(y[0], y[1], 4) };
    };
    return [
      chart(t.scaleSeries, series.scales.map(Math.log2), '--train'),
      chart(t.skippedSeries, series.skipped, '--val'),
    ].map((c) => ({ ...c, x, xTicks }));
  }, [series, t]);
  return (
    <div className="pv-cards pv-cards-2" data-testid="scaler-series">
      {charts.map((c) => (
        <figure key={c.label} className="chart chart-small">
          <figcaption>{c.label}</figcaption>
          <StepChart
            lines={c.lines}
            xDomain={c.x}
            xTicks={c.xTicks}
            yDomain={c.y}
            yTicks={c.yTicks}
            formatX={(v) => String(Math.round(v))}
            formatY={(v) => fmt(v, 3)}
            formatValue={(v) => fmt(v, 4)}
            label={c.label}
          />
        </figure>
      ))}
    </div>
  );
}

/** Update: the scaler's decision (skip, scale, growth) and the bytes per parameter by format. */
export function UpdatePrecisionSection({ precision }: { precision: UpdatePrecision }) {
  const { precision: t, techniques: tech } = useTexts();
  const { scaler } = precision;
  const c = t.bytesColumns;
  return (
    <section data-testid="precision-update">
      <h3 className="pv-subhead">{t.heading}</h3>
      <Stats>
        <Stat label={t.format} value={t.formats[precision.format]} />
        {scaler && (
          <>
            <Stat
              label={t.skipped}
              value={
                <span data-testid="step-skipped">
                  {scaler.skipped ? t.skippedYes : t.skippedNo}
                </span>
              }
            />
            <Stat
              label={t.scaleNext}
              value={t.scaleChange(fmtInt(scaler.scaleBefore), fmtInt(scaler.scaleAfter))}
            />
            <Stat
              label={t.skippedSteps}
              value={<span data-testid="skipped-steps">{fmtInt(scaler.skippedSteps)}</span>}
            />
            <Stat
              label={t.growth}
              value={fmtInt(scaler.growthTracker)}
              hint={t.growthHint(fmtInt(scaler.growthInterval))}
            />
          </>
        )}
      </Stats>
      {scaler?.skipped && <Note tone="warn">{t.skippedNote}</Note>}
      {precision.series && precision.series.steps.length > 1 && (
        <ScalerCharts series={precision.series} />
      )}
      {scaler && <Note>{tech.lossScaling.formula}</Note>}
      {scaler && <Note>{t.readBackNote}</Note>}
      {precision.format !== 'fp32' && <SimulatedAndReal />}
      <table className="pv-table pv-table-narrow" data-testid="bytes-per-parameter">
        <caption>{t.bytesHeading}</caption>
        <thead>
          <tr>
            <th>{c.format}</th>
            <th>{c.weights}</th>
            <th>{c.grads}</th>
            <th>{c.master}</th>
            <th>{c.optimizer}</th>
            <th>{c.total}</th>
          </tr>
        </thead>
        <tbody>
          {FORMATS.map((f) => {
            const b = precision.bytesPerParameter[f];
            return (
              <tr key={f}>
                <th scope="row">
                  {f}
                  {f === precision.format && ` (${t.thisRun})`}
                </th>
                <td>{fmtInt(b.weights)}</td>
                <td>{fmtInt(b.grads)}</td>
                <td>{fmtInt(b.masterWeights)}</td>
                <td>{fmtInt(b.optimizerState)}</td>
                <td>
                  <strong>{fmtInt(b.total)}</strong>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Note>{t.bytesNote}</Note>
    </section>
  );
}
