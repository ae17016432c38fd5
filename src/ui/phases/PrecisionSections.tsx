/**
 * The mixed-precision sections of the backward and update panels: the format, the loss scale,
 * fp16 underflow with and without scaling, the scaler's decision and the bytes per parameter.
 * Plain data from the reports; the texts come from the catalogue (content/en/precision.ts).
 */
import { useMemo } from 'react';
import type { MetricLogData, SeriesData } from '../../protocol/metric-log';
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

/**
 * The recorded loss scale (as log₂ S) and skipped steps per step, one small chart each: the
 * series `lossScale` and `skippedSteps` of the run's metric log.
 */
function ScalerCharts({ scale, skipped }: { scale: SeriesData; skipped: SeriesData }) {
  const t = useTexts().precision;
  const charts = useMemo(() => {
    const first = Math.min(scale.steps[0] ?? 0, skipped.steps[0] ?? 0);
    const last = Math.max(scale.steps.at(-1) ?? 1, skipped.steps.at(-1) ?? 1);
    const x: [number, number] = [first, Math.max(last, first + 1)];
    const xTicks = niceTicks(x[0], x[1], 5).filter((v) => Number.isInteger(v));
    const chart = (label: string, steps: number[], values: number[], colorVar: string) => {
      const finite = values.filter(Number.isFinite);
      const y = safeRange(Math.min(0, ...finite), Math.max(1, ...finite));
      const lines: StepLine[] = [{ label, steps, values, colorVar, width: 2 }];
      return { label, lines, y, yTicks: niceTicks(y[0], y[1], 4) };
    };
    return [
      chart(t.scaleSeries, scale.steps, scale.values.map(Math.log2), '--train'),
      chart(t.skippedSeries, skipped.steps, skipped.values, '--val'),
    ].map((c) => ({ ...c, x, xTicks }));
  }, [scale, skipped, t]);
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

/** The scaler's charts from a log, once it holds more than one step of the loss scale. */
function ScalerChartsOf({ log }: { log: MetricLogData | null }) {
  const scale = log?.lossScale;
  const skipped = log?.skippedSteps;
  if (!scale || !skipped || scale.steps.length < 2) return null;
  return <ScalerCharts scale={scale} skipped={skipped} />;
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
      <ScalerChartsOf log={precision.log} />
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
