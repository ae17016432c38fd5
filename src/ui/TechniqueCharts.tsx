/**
 * Small charts of the techniques' series beside the loss curves, on the same step axis: the
 * learning rate each update used (every step), and with clipping on the clip factor (below 1
 * exactly on the clipped steps), and with a data pipeline the share of each step spent waiting
 * for data. Each reads a named series of the run's metric log.
 */
import { memo, useMemo, useRef } from 'react';
import { fill } from '../content';
import type { MetricLog, MetricName } from '../protocol/metric-log';
import type { LiveChange } from './live-changes';
import { useTexts } from './locale';
import type { UiKey } from '../content/en/ui';
import { fmt, niceTicks } from './viz/format';
import { fmtStep, stepDomain, stepTicks } from './viz/step-axis';
import { ChartExport } from './viz/ChartExport';
import { seriesCsv } from './viz/csv';
import { summarizeCurve } from './viz/curve-summary';
import { type StepLine, StepChart } from './viz/StepChart';

/** The charted series: name, title, colour and whether its axis is the unit interval. */
const CHARTS: { name: MetricName; title: UiKey; colorVar: string; unit: boolean }[] = [
  { name: 'learningRate', title: 'chartLearningRate', colorVar: '--train', unit: false },
  { name: 'clipFactor', title: 'chartClipFactor', colorVar: '--val', unit: true },
  // The data pipeline's measured idle share (while a loading latency or prefetch is set).
  { name: 'idleShare', title: 'chartIdleShare', colorVar: '--val', unit: true },
];

/**
 * The first, highest and last point of a series, for its text alternative and tests (the
 * highest of the finite values, the earliest on a tie: `summarizeCurve`).
 */
function seriesSummary(steps: readonly number[], values: readonly number[]) {
  const s = summarizeCurve(steps, values, 'max');
  if (!s) return null;
  return {
    firstStep: steps[0],
    first: values[0],
    peakStep: s.bestStep,
    peak: s.best,
    lastStep: s.lastStep,
    last: s.last,
  };
}

export const TechniqueCharts = memo(function TechniqueCharts({
  log,
  version,
  span,
  marks,
}: {
  log: MetricLog;
  /** The log's version: the charts redraw when it changes. */
  version: number;
  /** The loss chart's step range, so the step axes line up. */
  span: number[];
  marks: readonly LiveChange[];
}) {
  const shown = CHARTS.filter((c) => c.name === 'learningRate' || log.get(c.name).steps.length);
  return (
    <>
      {shown.map((c) => (
        <SeriesChart key={c.name} log={log} version={version} chart={c} span={span} marks={marks} />
      ))}
    </>
  );
});

const SeriesChart = memo(function SeriesChart({
  log,
  version,
  chart,
  span,
  marks,
}: {
  log: MetricLog;
  version: number;
  chart: (typeof CHARTS)[number];
  span: number[];
  marks: readonly LiveChange[];
}) {
  const ui = useTexts().ui;
  const { steps, values } = log.get(chart.name);
  const count = steps.length;
  const drawn = useMemo(() => {
    const lines: StepLine[] = [
      {
        label: ui[chart.title],
        steps: [...steps],
        values: [...values],
        colorVar: chart.colorVar,
        width: 2,
      },
    ];
    let hi = 0;
    for (const v of values) if (Number.isFinite(v) && v > hi) hi = v;
    const top = chart.unit ? 1 : hi > 0 ? hi * 1.05 : 1;
    return { lines, top, ticks: chart.unit ? [0, 0.5, 1] : niceTicks(0, top, 3) };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [count, version, steps, values, chart]);
  const summary = count > 0 ? seriesSummary(steps, values) : null;
  const fmtValue = (v: number) => fmt(v, 3);
  const ref = useRef<HTMLElement>(null);
  return (
    <figure
      ref={ref}
      className="chart chart-small"
      aria-label={ui[chart.title]}
      data-testid={`series-chart-${chart.name}`}
      data-points={count}
      data-first={summary ? summary.first : ''}
      data-peak={summary ? summary.peak : ''}
      data-peak-step={summary ? summary.peakStep : ''}
      data-last={summary ? summary.last : ''}
      data-last-step={summary ? summary.lastStep : ''}
    >
      <figcaption>
        {summary !== null && (
          <ChartExport
            target={ref}
            title={ui[chart.title]}
            fileName={chart.name}
            csv={() => seriesCsv([{ name: chart.name, steps, values }])}
          />
        )}
        {ui[chart.title]}
      </figcaption>
      {summary === null ? (
        <p className="chart-empty">{ui.chartSeriesEmpty}</p>
      ) : (
        <StepChart
          lines={drawn.lines}
          xDomain={stepDomain(span.length ? span : steps)}
          xTicks={stepTicks(span.length ? span : steps)}
          yDomain={[0, drawn.top]}
          yTicks={drawn.ticks}
          formatX={fmtStep}
          formatY={(v) => fmt(v, 2)}
          formatValue={fmtValue}
          label={fill(ui.chartSeriesLabel, {
            name: ui[chart.title],
            count,
            first: fmtValue(summary.first),
            firstStep: summary.firstStep,
            peak: fmtValue(summary.peak),
            peakStep: summary.peakStep,
            last: fmtValue(summary.last),
            lastStep: summary.lastStep,
          })}
          marks={marks}
        />
      )}
    </figure>
  );
});
