/**
 * A sweep's results: the sortable table of its runs with the best highlighted and an "Open"
 * per run, a scatter of the metric against each swept parameter (log axis where the parameter
 * is drawn log-uniformly), and a parallel-coordinates view of all runs (Inselberg 1985; as
 * W&B's sweep panel draws it).
 */
import { memo, useMemo, useRef, useState } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { LabConfig } from '../../config/schema';
import { fill } from '../../content/fill';
import { fmtDuration } from '../../data/model-card-numbers';
import type { SweepDefinition } from '../../data/study/definition';
import {
  axisValue,
  lowerIsBetter,
  normalise,
  normalisedPositions,
  sortRows,
  type StudyMetric,
  type StudyRow,
  type SweepAxis,
  type SweepSortKey,
  sweepAxes,
  sweepBest,
} from '../../data/study/study-results';
import { useLocale, useTexts } from '../locale';
import { ChartExport } from '../viz/ChartExport';
import { pointsCsv } from '../viz/csv';
import { fmt, fmtInt } from '../viz/format';
import {
  BEST_COLOR,
  fieldName,
  qualityColor,
  settingText,
  settingsText,
  TICK,
} from './study-view-kit';

export interface SweepResultsProps {
  definition: SweepDefinition;
  /** The sweep's recorded runs (../../data/study/study-results.ts `joinStudyRuns`). */
  rows: readonly StudyRow[];
  metric: StudyMetric;
  /** Takes a run's config into the sidebar. */
  onOpenConfig: (config: LabConfig) => void;
}

/** Each row's quality in [0, 1]: 1 for the best metric, 0 for the worst (NaN without one). */
function qualities(rows: readonly StudyRow[], metric: StudyMetric): number[] {
  const q = normalise(rows.map((r) => r.metric ?? NaN));
  return lowerIsBetter(metric) ? q.map((v) => 1 - v) : q;
}

export const SweepResults = memo(function SweepResults({
  definition,
  rows,
  metric,
  onOpenConfig,
}: SweepResultsProps) {
  const all = useTexts();
  const t = all.studyResults;
  const axes = useMemo(() => sweepAxes(definition), [definition]);
  const best = useMemo(() => sweepBest(definition, rows, metric), [definition, rows, metric]);
  const metricName = t.metrics[metric];
  return (
    <section
      className="study-results-kind"
      data-testid="sweep-results"
      aria-label={t.sweep.heading}
    >
      <h4>{t.sweep.heading}</h4>
      {best && (
        <p data-testid="sweep-best">
          {fill(t.sweep.bestLine, {
            index: best.index + 1,
            metric: metricName,
            value: fmt(best.metric),
            settings: settingsText(all, best.settings),
          })}{' '}
          <button
            type="button"
            title={t.openBestTitle}
            data-testid="sweep-open-best"
            onClick={() => onOpenConfig(best.config)}
          >
            {t.openBest}
          </button>
        </p>
      )}
      <SweepTable axes={axes} rows={rows} metric={metric} best={best} onOpenConfig={onOpenConfig} />
      <h5>{fill(t.sweep.scatterHeading, { metric: metricName })}</h5>
      <div className="study-charts">
        {axes.map((axis) => (
          <SweepScatter key={axis.key} axis={axis} rows={rows} metric={metric} best={best} />
        ))}
      </div>
      <ParallelCoordinates axes={axes} rows={rows} metric={metric} best={best} />
    </section>
  );
});

function SweepTable({
  axes,
  rows,
  metric,
  best,
  onOpenConfig,
}: {
  axes: readonly SweepAxis[];
  rows: readonly StudyRow[];
  metric: StudyMetric;
  best: StudyRow | null;
  onOpenConfig: (config: LabConfig) => void;
}) {
  const all = useTexts();
  const t = all.studyResults;
  const { locale } = useLocale();
  const [sort, setSort] = useState<{ key: SweepSortKey; dir: 'asc' | 'desc' }>({
    key: 'metric',
    dir: lowerIsBetter(metric) ? 'asc' : 'desc',
  });
  const sorted = useMemo(() => sortRows(rows, sort.key, sort.dir), [rows, sort]);
  const header = (key: SweepSortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th
        key={key}
        scope="col"
        aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
      >
        <button
          type="button"
          className="study-sort"
          data-testid={`sweep-sort-${key}`}
          onClick={() => setSort({ key, dir: active && sort.dir === 'asc' ? 'desc' : 'asc' })}
        >
          {label}
          {active ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
        </button>
      </th>
    );
  };
  return (
    <div className="study-table-wrap">
      <table className="study-table" data-testid="sweep-table">
        <caption>{t.sweep.tableCaption}</caption>
        <thead>
          <tr>
            {header('index', t.sweep.run)}
            {axes.map((a) => header(a.key, fieldName(all, a.key)))}
            {header('metric', t.metricHeadings[metric])}
            <th scope="col">{t.sweep.steps}</th>
            <th scope="col">{t.sweep.time}</th>
            <th scope="col">
              <span className="study-hidden">{t.open}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => {
            const isBest = row === best;
            return (
              <tr
                key={row.index}
                className={isBest ? 'study-best' : undefined}
                data-testid="sweep-row"
                data-best={isBest ? 'true' : undefined}
              >
                <td className="num">
                  {row.index + 1}
                  {isBest && <span className="study-best-badge"> {t.sweep.best}</span>}
                </td>
                {axes.map((a) => (
                  <td key={a.key} className={a.choices ? undefined : 'num'}>
                    {settingText(all, a.key, axisValue(row, a.key))}
                  </td>
                ))}
                <td className="num" data-testid="sweep-metric">
                  {fmt(row.metric)}
                </td>
                <td className="num">{fmtInt(row.record.step)}</td>
                <td className="num">{fmtDuration(row.record.compute.wallMs, locale)}</td>
                <td>
                  <button
                    type="button"
                    title={t.openTitle}
                    aria-label={`${t.open} ${t.sweep.run} ${row.index + 1}`}
                    onClick={() => onOpenConfig(row.config)}
                  >
                    {t.open}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function SweepScatter({
  axis,
  rows,
  metric,
  best,
}: {
  axis: SweepAxis;
  rows: readonly StudyRow[];
  metric: StudyMetric;
  best: StudyRow | null;
}) {
  const all = useTexts();
  const t = all.studyResults;
  const name = fieldName(all, axis.key);
  const points = rows
    .filter((r) => r.metric !== null)
    .map((r) => {
      const v = axisValue(r, axis.key);
      return {
        x: axis.choices ? axis.choices.indexOf(String(v)) : Number(v),
        y: r.metric as number,
        best: r === best,
        index: r.index,
      };
    });
  const choices = axis.choices;
  const ref = useRef<HTMLDivElement>(null);
  return (
    <div ref={ref}>
      <div className="chart-export-bar">
        <ChartExport
          target={ref}
          title={fill(t.sweep.scatterTitle, { metric: t.metrics[metric], field: name })}
          fileName={`sweep-${axis.key}`}
          csv={() =>
            pointsCsv(
              ['run', choices ? `${axis.key}_index` : axis.key, metric],
              [points.map((p) => p.index + 1), points.map((p) => p.x), points.map((p) => p.y)],
            )
          }
        />
      </div>
      <figure
        className="study-chart"
        role="img"
        aria-label={fill(t.sweep.scatterLabel, {
          metric: t.metrics[metric],
          field: name,
          log: axis.log ? 'log' : '',
        })}
        data-testid="sweep-scatter"
        data-axis={axis.key}
        data-log={axis.log ? 'true' : 'false'}
      >
        <ScatterChart
          responsive
          style={{ width: '100%', height: 220 }}
          margin={{ top: 8, right: 16, bottom: 22, left: 4 }}
        >
          <CartesianGrid stroke="var(--grid, #e5e7eb)" />
          <XAxis
            dataKey="x"
            type="number"
            name={name}
            scale={axis.log ? 'log' : 'auto'}
            domain={choices ? [-0.5, choices.length - 0.5] : ['auto', 'auto']}
            ticks={choices ? choices.map((_, i) => i) : undefined}
            tickFormatter={(v: number) =>
              choices ? settingText(all, axis.key, choices[v] ?? '') : fmt(v, 3)
            }
            tick={TICK}
            label={{
              value: axis.log ? `${name} (${t.sweep.logAxis})` : name,
              position: 'insideBottom',
              offset: -12,
              fontSize: 12,
            }}
          />
          <YAxis
            dataKey="y"
            type="number"
            name={t.metrics[metric]}
            domain={['auto', 'auto']}
            tickFormatter={(v: number) => fmt(v, 3)}
            tick={TICK}
            width={52}
          />
          <Tooltip formatter={(v) => fmt(Number(v), 4)} />
          <Scatter
            data={points.filter((p) => !p.best)}
            fill="var(--train, #4f46e5)"
            isAnimationActive={false}
          />
          <Scatter
            data={points.filter((p) => p.best)}
            fill={BEST_COLOR}
            shape="star"
            legendType="star"
            isAnimationActive={false}
          />
        </ScatterChart>
      </figure>
    </div>
  );
}

function ParallelCoordinates({
  axes,
  rows,
  metric,
  best,
}: {
  axes: readonly SweepAxis[];
  rows: readonly StudyRow[];
  metric: StudyMetric;
  best: StudyRow | null;
}) {
  const all = useTexts();
  const t = all.studyResults;
  const measured = rows.filter((r) => r.metric !== null);
  const metricName = t.metrics[metric];
  const columns = [
    ...axes.map((a) => ({ name: fieldName(all, a.key), pos: normalisedPositions(measured, a) })),
    { name: metricName, pos: normalise(measured.map((r) => r.metric as number)) },
  ];
  const data = columns.map((c) =>
    Object.fromEntries([['axis', c.name], ...measured.map((r, i) => [`r${r.index}`, c.pos[i]])]),
  );
  const quality = qualities(measured, metric);
  // The best last, so it is drawn on top.
  const order = measured.map((r, i) => ({ r, q: quality[i] })).sort((a, b) => a.q - b.q);
  return (
    <>
      <h5>{t.sweep.parallelHeading}</h5>
      <p className="muted">{t.sweep.parallelWhat}</p>
      <figure
        className="study-chart study-chart-wide"
        role="img"
        aria-label={fill(t.sweep.parallelLabel, {
          count: measured.length,
          axes: columns.map((c) => c.name).join(', '),
        })}
        data-testid="sweep-parallel"
      >
        <LineChart
          responsive
          style={{ width: '100%', height: 240 }}
          data={data}
          margin={{ top: 8, right: 24, bottom: 4, left: 4 }}
        >
          <CartesianGrid stroke="var(--grid, #e5e7eb)" horizontal={false} />
          <XAxis
            dataKey="axis"
            type="category"
            tick={TICK}
            interval={0}
            padding={{ left: 40, right: 60 }}
          />
          <YAxis
            domain={[0, 1]}
            ticks={[0, 0.5, 1]}
            tick={TICK}
            width={36}
            tickFormatter={(v: number) => fmt(v, 2)}
          />
          {order.map(({ r, q }) => (
            <Line
              key={r.index}
              dataKey={`r${r.index}`}
              name={`${t.sweep.run} ${r.index + 1}`}
              stroke={r === best ? BEST_COLOR : qualityColor(q)}
              strokeWidth={r === best ? 3 : 1.5}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </figure>
    </>
  );
}
