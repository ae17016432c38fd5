/**
 * 2 to 6 runs side by side: their training and validation loss, validation accuracy and
 * learning rate overlaid against step, wall time or training FLOPs, and the settings in
 * which they differ.
 */
import { memo, useId, useMemo, useRef, useState } from 'react';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { fill } from '../../content/fill';
import type { RunRecord } from '../../data/run-record';
import { useTexts } from '../locale';
import { ChartExport } from '../viz/ChartExport';
import { seriesCsv } from '../viz/csv';
import { fmt, fmtCompact } from '../viz/format';
import {
  configDiff,
  curve,
  type Metric,
  METRICS,
  type XAxis as XKind,
  X_AXES,
} from './compare-series';

/** One colour per compared run (at most 6), distinguishable in print and for most colour vision. */
export const RUN_COLOURS = ['#4f46e5', '#d97706', '#059669', '#be185d', '#0284c7', '#6b7280'];

const fmtTick = (v: number) => (Math.abs(v) >= 10_000 ? fmtCompact(v) : fmt(v, 3));

function MetricChart({
  runs,
  metric,
  x,
  title,
  empty,
}: {
  runs: RunRecord[];
  metric: Metric;
  x: XKind;
  title: string;
  empty: string;
}) {
  const lines = useMemo(
    () => runs.map((r) => ({ run: r, points: curve(r, metric, x) })),
    [runs, metric, x],
  );
  const any = lines.some((l) => l.points.some((p) => p.y !== null));
  const ref = useRef<HTMLElement>(null);
  // One column per run, aligned by the x axis (step, wall time in s or training FLOPs).
  const csv = () =>
    seriesCsv(
      lines.map((l) => ({
        name: l.run.name,
        unit: metric === 'valAccuracy' ? '%' : undefined,
        steps: l.points.map((p) => p.x),
        values: l.points.map((p) => (p.y === null ? NaN : p.y)),
      })),
      x === 'wallTime' ? 'wallTime [s]' : x,
    );
  return (
    <figure className="runs-chart" data-testid={`runs-chart-${metric}`} ref={ref}>
      <figcaption>
        {any && (
          <ChartExport
            target={ref}
            title={title}
            fileName={`runs-${metric}`}
            csv={csv}
            legend={lines.map((l, i) => ({
              label: l.run.name,
              color: RUN_COLOURS[i % RUN_COLOURS.length],
            }))}
          />
        )}
        {title}
      </figcaption>
      {any ? (
        <ResponsiveContainer width="100%" height={190}>
          <LineChart margin={{ top: 6, right: 12, bottom: 4, left: 4 }}>
            <CartesianGrid stroke="var(--grid)" />
            <XAxis
              type="number"
              dataKey="x"
              domain={['dataMin', 'dataMax']}
              tickFormatter={fmtTick}
              allowDuplicatedCategory={false}
              fontSize={11}
            />
            <YAxis
              type="number"
              domain={['auto', 'auto']}
              tickFormatter={fmtTick}
              width={52}
              fontSize={11}
            />
            <Tooltip
              formatter={(v) => fmt(Number(v), 4)}
              labelFormatter={(v) => fmtTick(Number(v))}
            />
            <Legend wrapperStyle={{ fontSize: 11 }} />
            {lines.map((l, i) => (
              <Line
                key={l.run.id}
                data={l.points}
                dataKey="y"
                name={l.run.name}
                stroke={RUN_COLOURS[i % RUN_COLOURS.length]}
                dot={false}
                strokeWidth={1.5}
                isAnimationActive={false}
                connectNulls={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      ) : (
        <p className="muted">{empty}</p>
      )}
    </figure>
  );
}

/** The same runs (the same records) draw the same: another run's save redraws nothing. */
const sameRuns = (a: { runs: RunRecord[] }, b: { runs: RunRecord[] }) =>
  a.runs.length === b.runs.length && a.runs.every((r, i) => r === b.runs[i]);

export const RunCompare = memo(function RunCompare({ runs }: { runs: RunRecord[] }) {
  const all = useTexts();
  const t = all.runs;
  const fields = all.sidebar.fields as Record<string, { label: string } | undefined>;
  const xId = useId();
  const [x, setX] = useState<XKind>('step');
  const diff = useMemo(() => configDiff(runs), [runs]);
  const titles: Record<Metric, string> = {
    trainLoss: t.chartTrainLoss,
    valLoss: t.chartValLoss,
    valAccuracy: t.chartValAccuracy,
    learningRate: t.chartLearningRate,
  };
  const axisNames: Record<XKind, string> = {
    step: t.xStep,
    wallTime: t.xWallTime,
    flops: t.xFlops,
  };
  return (
    <section className="runs-compare" data-testid="runs-compare">
      <h4>
        {fill(t.compareHeading, { count: runs.length })}{' '}
        <label htmlFor={xId} className="runs-x">
          {t.xAxis}{' '}
          <select id={xId} value={x} onChange={(e) => setX(e.target.value as XKind)}>
            {X_AXES.map((k) => (
              <option key={k} value={k}>
                {axisNames[k]}
              </option>
            ))}
          </select>
        </label>
      </h4>
      <div className="runs-charts">
        {METRICS.map((m) => (
          <MetricChart key={m} runs={runs} metric={m} x={x} title={titles[m]} empty={t.noPoints} />
        ))}
      </div>
      <h4>{t.configDiff}</h4>
      {diff.length === 0 ? (
        <p className="muted">{t.configSame}</p>
      ) : (
        <table className="runs-diff" data-testid="runs-diff">
          <thead>
            <tr>
              <th scope="col">{t.diffField}</th>
              {runs.map((r, i) => (
                <th scope="col" key={r.id} style={{ color: RUN_COLOURS[i] }}>
                  {r.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {diff.map((d) => (
              <tr key={d.field}>
                <th scope="row">
                  {d.field === 'backend' ? t.backendField : (fields[d.field]?.label ?? d.field)}
                </th>
                {d.values.map((v, i) => (
                  <td key={runs[i].id}>{typeof v === 'number' ? fmt(v, 6) : (v ?? '—')}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}, sameRuns);
