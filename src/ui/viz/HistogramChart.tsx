import { useRef } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { Histogram } from '../../protocol/reports';
import { ChartExport } from './ChartExport';
import { pointsCsv } from './csv';
import { fmt, fmtInt, niceTicks } from './format';
import { safeRange } from './ranges';
import { useTexts } from '../locale';
import { fill } from '../../content/fill';

export interface HistogramChartProps {
  histogram: Histogram;
  /** What the values are, e.g. "Initial weights of hidden 1"; used in the accessible description. */
  label: string;
  height?: number;
  color?: string;
}

const TICK = { fontSize: 13, fill: 'var(--muted, #6b7280)' };

/** Equal-width bins between `min` and `max` as bars (counts per bin). */
export function HistogramChart({
  histogram,
  label,
  height = 140,
  color = 'var(--accent, #4f46e5)',
}: HistogramChartProps) {
  const ui = useTexts().ui;
  // A histogram of NaN, ±Infinity or one constant value still gets a drawable axis.
  const [min, max] = safeRange(histogram.min, histogram.max);
  const { counts } = histogram;
  const width = (max - min) / Math.max(1, counts.length);
  const data = counts.map((count, i) => ({
    center: min + (i + 0.5) * width,
    from: min + i * width,
    to: min + (i + 1) * width,
    count,
  }));
  const total = counts.reduce((s, c) => s + c, 0);
  // A few ticks at round numbers, whatever the bins' edges are.
  const ticks = niceTicks(min, max, 3);
  const ref = useRef<HTMLDivElement>(null);
  const csv = () =>
    pointsCsv(
      ['binFrom', 'binTo', 'count'],
      [data.map((d) => d.from), data.map((d) => d.to), counts],
    );
  return (
    <div ref={ref}>
      <div className="chart-export-bar">
        <ChartExport target={ref} title={label} csv={csv} />
      </div>
      <figure
        className="viz-histogram"
        role="img"
        aria-label={fill(ui.histogramLabel, {
          label,
          total: fmtInt(total),
          bins: counts.length,
          min: fmt(min, 3),
          max: fmt(max, 3),
        })}
      >
        <BarChart
          responsive
          style={{ width: '100%', height }}
          data={data}
          margin={{ top: 6, right: 8, bottom: 0, left: 0 }}
          barCategoryGap={1}
        >
          <CartesianGrid vertical={false} stroke="var(--border, #e5e7eb)" />
          <XAxis
            type="number"
            dataKey="center"
            domain={[min, max]}
            ticks={ticks}
            interval={0}
            tick={TICK}
            tickFormatter={(v: number) => fmt(v, 2)}
          />
          <YAxis
            tick={TICK}
            width={16 + 8 * fmtInt(Math.max(...counts, 1)).length}
            allowDecimals={false}
            tickCount={3}
            tickFormatter={(v: number) => fmtInt(v)}
          />
          <Tooltip
            isAnimationActive={false}
            cursor={{ fill: 'rgba(0, 0, 0, 0.06)' }}
            labelFormatter={(_, payload) => {
              const d = payload?.[0]?.payload as (typeof data)[number] | undefined;
              return d ? fill(ui.histogramBin, { from: fmt(d.from, 3), to: fmt(d.to, 3) }) : '';
            }}
            formatter={(v) => [fmtInt(Number(v)), ui.histogramCount]}
          />
          <Bar dataKey="count" fill={color} isAnimationActive={false} />
        </BarChart>
      </figure>
    </div>
  );
}
