/** Live curves: training loss per step (raw and smoothed), validation loss and accuracy per evaluation. */
import { memo, useMemo, useRef, useState } from 'react';
import type { Series } from './engine-client';
import { TechniqueCharts } from './TechniqueCharts';
import type { LiveChange } from './live-changes';
import { metricLogCsv } from './series-csv';
import { smoothDebiased } from './smoothing';
import { useTexts } from './locale';
import { fill } from '../content/fill';
import { fmt, fmtCompact, fmtInt, localizeNumber, niceStep, niceTicks } from './viz/format';
import { fmtStep, stepDomain, stepTicks } from './viz/step-axis';
import { ChartExport, saveCsv } from './viz/ChartExport';
import { seriesCsv } from './viz/csv';
import { fillText } from '../content';
import { summarizeCurve } from './viz/curve-summary';
import { type StepLine, StepChart } from './viz/StepChart';

/** Large losses (a regression in its data's units) as 12K, 3.4M: the axis has 48 px. */
const fmtTick = (v: number) =>
  Math.abs(v) >= 10_000
    ? fmtCompact(v)
    : Math.abs(v) >= 100 || v === 0
      ? String(Math.round(v))
      : localizeNumber(v.toPrecision(2));
const fmtLoss = (v: number) => fmt(v, 5);
const fmtPercent = (v: number) => `${localizeNumber(v.toFixed(1))} %`;
const PERCENT_TICKS = [0, 25, 50, 75, 100];

/** First and last step of the training and validation series together (both charts share it). */
function runSpan(a: readonly number[], b: readonly number[]): number[] {
  const ends = [a[0], a.at(-1), b[0], b.at(-1)].filter((v): v is number => v !== undefined);
  return ends.length === 0 ? [] : [Math.min(...ends), Math.max(...ends)];
}
/** Steps from the first to the last point (a long run's series is downsampled: fewer points). */
function trainStepCount(steps: readonly number[]): number {
  return steps.length === 0 ? 0 : steps[steps.length - 1] - steps[0] + 1;
}
/** The loss chart's text alternative: how many points, the last ones and the lowest val_loss. */
function lossLabel(
  template: string,
  trainSteps: readonly number[],
  trainLosses: readonly number[],
  valSteps: readonly number[],
  valLosses: readonly number[],
): string {
  const train = summarizeCurve(trainSteps, trainLosses, 'min');
  const val = summarizeCurve(valSteps, valLosses, 'min');
  return fillText(template, {
    steps: trainStepCount(trainSteps),
    evals: valSteps.length,
    train: train ? fmtLoss(train.last) : '',
    trainStep: train?.lastStep ?? '',
    val: val ? fmtLoss(val.last) : '',
    best: val && Number.isFinite(val.best) ? fmtLoss(val.best) : '—',
    bestStep: val && Number.isFinite(val.best) ? val.bestStep : '—',
  });
}

/** The accuracy chart's text alternative: evaluations, the last and the highest accuracy. */
function accuracyLabel(
  template: string,
  steps: readonly number[],
  percents: readonly number[],
): string {
  const s = summarizeCurve(steps, percents, 'max');
  return fillText(template, {
    evals: steps.length,
    last: s ? fmtPercent(s.last) : '',
    best: s && Number.isFinite(s.best) ? fmtPercent(s.best) : '—',
    bestStep: s && Number.isFinite(s.best) ? s.bestStep : '—',
  });
}

/**
 * The loss axis: from 0 to a round number above the largest value, or, on a log scale,
 * from the power of ten below the smallest positive value to the one above the largest.
 */
function lossAxis(
  series: readonly ArrayLike<number>[],
  logScale: boolean,
): { domain: [number, number]; ticks: number[] } {
  let lo = Infinity;
  let hi = -Infinity;
  for (const values of series) {
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (!Number.isFinite(v) || (logScale && v <= 0)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (logScale) {
    if (!(hi > 0)) return { domain: [0.01, 10], ticks: [0.01, 0.1, 1, 10] };
    const a = Math.floor(Math.log10(lo));
    const b = Math.max(Math.ceil(Math.log10(hi)), a + 1);
    const decades = Array.from({ length: b - a + 1 }, (_, i) => a + i);
    // Few decades: 1, 2 and 5 of each, so the axis still has a few labels.
    const mantissas = b - a <= 2 ? [1, 2, 5] : [1];
    const ticks = decades
      .flatMap((d) => mantissas.map((m) => Number((m * 10 ** d).toPrecision(6))))
      .filter((t) => t <= 10 ** b);
    return { domain: [10 ** a, 10 ** b], ticks };
  }
  if (!(hi > 0)) return { domain: [0, 1], ticks: niceTicks(0, 1) };
  const step = niceStep(hi, 5);
  const rounded = Math.ceil(hi / step - 1e-9) * step;
  // Near the largest double, rounding up overflows: the axis then ends at the value itself.
  const top = Number.isFinite(rounded) ? rounded : hi;
  return { domain: [0, top], ticks: niceTicks(0, top) };
}

const NO_MARKS: readonly LiveChange[] = [];

/**
 * `hasAccuracy`: false for a regression, which gets no accuracy chart. `marks`: the live
 * changes of the run, drawn as numbered lines at their steps and listed under the charts.
 */
export const LossCharts = memo(function LossCharts({
  series,
  hasAccuracy = true,
  marks = NO_MARKS,
}: {
  series: Series;
  hasAccuracy?: boolean;
  marks?: readonly LiveChange[];
}) {
  const t = useTexts();
  const ui = t.ui;
  const [smoothing, setSmoothing] = useState(0.6);
  const [logScale, setLogScale] = useState(false);
  const { log, version } = series;
  const { steps: trainSteps, values: trainLosses } = log.get('trainLoss');
  const { steps: valSteps, values: valLosses } = log.get('valLoss');
  const { steps: accuracySteps, values: valAccuracies } = log.get('valAccuracy');

  // The arrays grow in place: their lengths and the version say when to recompute.
  const trainCount = trainSteps.length;
  const valCount = valSteps.length;
  const span = useMemo(
    () => runSpan(trainSteps, valSteps),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [trainCount, valCount, version, trainSteps, valSteps],
  );
  const loss = useMemo(() => {
    const lines: StepLine[] = [
      {
        label: ui.chartTrainRaw,
        steps: trainSteps,
        values: trainLosses,
        colorVar: '--train-raw',
        width: 1,
      },
      {
        label: ui.chartTrainSmoothed,
        steps: trainSteps,
        values: smoothDebiased(trainLosses, smoothing),
        colorVar: '--train',
        width: 2.5,
      },
      {
        label: ui.chartValidation,
        steps: valSteps,
        values: valLosses,
        colorVar: '--val',
        width: 2.5,
        dot: 3,
      },
    ];
    return {
      lines,
      x: stepDomain(span),
      xTicks: stepTicks(span),
      y: lossAxis(
        lines.map((l) => l.values),
        logScale,
      ),
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [trainCount, valCount, version, trainSteps, valSteps, span, smoothing, logScale, ui]);
  const accuracy = useMemo(
    () => ({
      steps: [...accuracySteps],
      values: valAccuracies.map((a) => 100 * a),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [valCount, accuracySteps, version],
  );

  const empty = trainSteps.length === 0;
  const lossRef = useRef<HTMLElement>(null);
  const lossCsv = () =>
    seriesCsv([
      { name: 'trainLoss', steps: trainSteps, values: trainLosses },
      {
        name: `trainLoss smoothed (EMA ${smoothing})`,
        steps: trainSteps,
        values: smoothDebiased(trainLosses, smoothing),
      },
      { name: 'valLoss', steps: valSteps, values: valLosses },
    ]);
  return (
    <section className="charts" aria-label={ui.chartsAria}>
      <div className="chart-controls">
        <label>
          {ui.chartSmoothing} <output>{localizeNumber(smoothing.toFixed(2))}</output>
          <input
            type="range"
            min={0}
            max={0.99}
            step={0.01}
            value={smoothing}
            onChange={(e) => setSmoothing(Number(e.target.value))}
            aria-label={ui.chartSmoothing}
          />
        </label>
        <span className="muted chart-hint" title={ui.smoothing}>
          {ui.smoothingHint}{' '}
          <span className="info-mark" aria-hidden="true">
            i
          </span>
        </span>
        <label className="check">
          <input
            type="checkbox"
            checked={logScale}
            onChange={(e) => setLogScale(e.target.checked)}
          />
          {ui.chartLogScale}
        </label>
        <button
          type="button"
          className="chart-export-all"
          title={`${ui.exportAllHelp}\n\n${ui.exportCsvHelp}`}
          disabled={log.names().length === 0}
          onClick={() => saveCsv('all-series.csv', metricLogCsv(log.view()))}
        >
          {ui.exportAll}
        </button>
      </div>
      <figure
        className="chart"
        aria-label={ui.chartLossAria}
        data-testid="loss-chart"
        data-first-step={trainSteps[0] ?? ''}
        data-last-step={trainSteps.at(-1) ?? ''}
        data-points={trainSteps.length}
        ref={lossRef}
      >
        <figcaption>
          {!empty && (
            <ChartExport target={lossRef} title={ui.chartLoss} csv={lossCsv} legend={loss.lines} />
          )}
          {ui.chartLoss}
          <span className="legend">
            <span className="legend-item legend-raw">{ui.chartTrainRaw}</span>
            <span className="legend-item legend-smooth">{ui.chartTrainSmoothed}</span>
            <span className="legend-item legend-val">{ui.chartValidation}</span>
          </span>
        </figcaption>
        {empty ? (
          <p className="chart-empty">{ui.chartLossEmpty}</p>
        ) : (
          <StepChart
            lines={loss.lines}
            xDomain={loss.x}
            xTicks={loss.xTicks}
            yDomain={loss.y.domain}
            yTicks={loss.y.ticks}
            logScale={logScale}
            formatX={fmtStep}
            formatY={fmtTick}
            formatValue={fmtLoss}
            label={lossLabel(ui.lossChartAria, trainSteps, trainLosses, valSteps, valLosses)}
            marks={marks}
          />
        )}
        <p className="chart-note">{ui.chartSteps}</p>
      </figure>
      {hasAccuracy && (
        <AccuracyChart steps={accuracy.steps} values={accuracy.values} span={span} marks={marks} />
      )}
      <TechniqueCharts log={log} version={version} span={span} marks={marks} />
      {marks.length > 0 && (
        <div className="live-marks" data-testid="live-changes">
          <strong>{ui.liveChanges}</strong>
          <ol>
            {marks.map((m, k) => (
              <li key={k} data-step={m.step}>
                <span className="live-mark-num">{k + 1}</span>{' '}
                {fill(ui.chartLiveMark, { step: fmtInt(m.step), text: m.text })}
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
});

/** Validation accuracy per evaluation, on the loss chart's step axis. */
const AccuracyChart = memo(function AccuracyChart({
  steps,
  values,
  span,
  marks,
}: {
  steps: number[];
  values: number[];
  /** The loss chart's step range, so the two charts' step axes line up. */
  span: number[];
  marks: readonly LiveChange[];
}) {
  const ui = useTexts().ui;
  const lines = useMemo<StepLine[]>(
    () => [{ label: ui.chartAccuracyLine, steps, values, colorVar: '--val', width: 2, dot: 2 }],
    [steps, values, ui],
  );
  const ref = useRef<HTMLElement>(null);
  const title = ui.chartAccuracyHeading;
  return (
    <figure className="chart chart-small" aria-label={ui.chartAccuracyAria} ref={ref}>
      <figcaption>
        {steps.length > 0 && (
          <ChartExport
            target={ref}
            title={title}
            csv={() => seriesCsv([{ name: 'valAccuracy', unit: '%', steps, values }])}
          />
        )}
        {title}
      </figcaption>
      {steps.length === 0 ? (
        <p className="chart-empty">{ui.chartAccuracyEmpty}</p>
      ) : (
        <StepChart
          lines={lines}
          xDomain={stepDomain(span)}
          xTicks={stepTicks(span)}
          yDomain={[0, 100]}
          yTicks={PERCENT_TICKS}
          formatX={fmtStep}
          formatY={String}
          formatValue={fmtPercent}
          label={accuracyLabel(ui.accuracyChartAria, steps, values)}
          marks={marks}
        />
      )}
    </figure>
  );
});
