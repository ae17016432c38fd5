/**
 * A chart of a quantity against the number of data-parallel workers (1 to 1024, log axis),
 * with its PNG and CSV export: the speedup and the scaling efficiency of the Parallel panel.
 */
import { useRef } from 'react';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartExport } from '../viz/ChartExport';

const TICK = { fontSize: 12, fill: 'var(--muted, #6b7280)' };

/** The workers axis ends here; its ticks are powers of four. */
export const MAX_WORKERS = 1024;

/** One line of the chart: the data key it draws, its name in the legend, its colour. */
export interface WorkersLine {
  dataKey: string;
  name: string;
  color: string;
  /** Drawn dashed without dots (a reference, such as the ideal speedup). */
  reference?: boolean;
}

/** The value axis. */
export interface ValueAxis {
  domain: [number, number];
  /** A log scale (ticks should then be given). */
  log?: boolean;
  ticks?: number[];
  tickFormatter?: (v: number) => string;
  width: number;
}

export function WorkersChart({
  title,
  fileName,
  data,
  lines,
  y,
  format,
  csv,
  workersAxis,
  label,
  testId,
}: {
  /** The chart's title, for its export. */
  title: string;
  fileName: string;
  /** One row per worker count: `workers` and each line's data key. */
  data: readonly Record<string, number>[];
  lines: readonly WorkersLine[];
  y: ValueAxis;
  /** A value as the tooltip shows it. */
  format: (v: number) => string;
  csv: () => string;
  /** The workers axis's title. */
  workersAxis: string;
  /** The chart's text alternative. */
  label: string;
  testId?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  return (
    <div ref={ref}>
      <div className="chart-export-bar">
        <ChartExport
          target={ref}
          title={title}
          fileName={fileName}
          // A chart of one line needs no legend in its image: the title names it.
          legend={
            lines.length > 1 ? lines.map((l) => ({ label: l.name, color: l.color })) : undefined
          }
          csv={csv}
        />
      </div>
      <figure className="scale-chart" role="img" aria-label={label} data-testid={testId}>
        <LineChart
          responsive
          style={{ width: '100%', height: 220 }}
          data={[...data]}
          margin={{ top: 6, right: 16, bottom: 18, left: 4 }}
        >
          <CartesianGrid stroke="var(--border, #e5e7eb)" />
          <XAxis
            dataKey="workers"
            scale="log"
            type="number"
            domain={[1, MAX_WORKERS]}
            ticks={[1, 4, 16, 64, 256, 1024]}
            tick={TICK}
            label={{ value: workersAxis, position: 'insideBottom', offset: -10, fontSize: 12 }}
          />
          <YAxis
            {...(y.log
              ? { scale: 'log' as const, type: 'number' as const, allowDataOverflow: true }
              : {})}
            domain={y.domain}
            ticks={y.ticks}
            tickFormatter={y.tickFormatter}
            tick={TICK}
            width={y.width}
          />
          <Tooltip formatter={(v) => format(Number(v))} />
          <Legend verticalAlign="top" height={22} wrapperStyle={{ fontSize: 12 }} />
          {lines.map((l) => (
            <Line
              key={l.dataKey}
              dataKey={l.dataKey}
              name={l.name}
              stroke={l.color}
              strokeDasharray={l.reference ? '4 3' : undefined}
              dot={l.reference ? false : undefined}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </figure>
    </div>
  );
}
