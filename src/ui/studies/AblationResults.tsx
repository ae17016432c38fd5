/**
 * An ablation's results: a bar per component for the mean change of the metric against the
 * base over the seeds, a whisker of ± one standard deviation of the change, each seed's change
 * as a dot, and one sentence per component saying whether the effect is larger than the seed
 * noise by the rule of ../../data/study/ablation.ts (|mean Δ| > 2 × the pooled standard error).
 */
import { memo, useMemo, useRef } from 'react';
import {
  Bar,
  CartesianGrid,
  Cell,
  ComposedChart,
  ErrorBar,
  ReferenceLine,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { fill } from '../../content/fill';
import type { AblationDefinition } from '../../data/study/definition';
import { ablationResults, type StudyMetric, type StudyRow } from '../../data/study/study-results';
import { useTexts } from '../locale';
import { ChartExport } from '../viz/ChartExport';
import { csvNumber, csvText } from '../viz/csv';
import { fmt } from '../viz/format';
import { TICK } from './study-view-kit';

export interface AblationResultsProps {
  definition: AblationDefinition;
  rows: readonly StudyRow[];
  metric: StudyMetric;
}

/** A change with its sign always written: +0.012, −0.004. */
const signed = (x: number) => (x > 0 ? `+${fmt(x, 3)}` : fmt(x, 3));

const SIGNIFICANT = '#b45309';
const NOISE = '#9ca3af';

export const AblationResults = memo(function AblationResults({
  definition,
  rows,
  metric,
}: AblationResultsProps) {
  const all = useTexts();
  const t = all.studyResults;
  const r = useMemo(() => ablationResults(definition, rows), [definition, rows]);
  const metricName = t.metrics[metric];
  const bars = r.components
    .filter((c) => c.effect)
    .map((c) => ({
      name: c.variant,
      mean: c.effect!.mean,
      sd: c.effect!.std,
      significant: c.effect!.significant,
    }));
  const dots = r.components.flatMap((c) =>
    (c.effect?.deltas ?? []).map((d) => ({ name: c.variant, seedDelta: d.delta, seed: d.seed })),
  );
  const baseSeeds = Object.keys(r.base.bySeed).length;
  const ref = useRef<HTMLDivElement>(null);
  return (
    <section
      className="study-results-kind"
      data-testid="ablation-results"
      aria-label={t.ablation.heading}
    >
      <h4>{t.ablation.heading}</h4>
      <p className="muted">{fill(t.ablation.what, { metric: metricName })}</p>
      {r.base.mean !== null && (
        <p data-testid="ablation-base">
          {fill(t.ablation.base, {
            metric: metricName,
            mean: fmt(r.base.mean, 4),
            sd: fmt(r.base.std, 2),
            n: baseSeeds,
          })}
        </p>
      )}
      {bars.length > 0 && (
        <div ref={ref}>
          <div className="chart-export-bar">
            <ChartExport
              target={ref}
              title={fill(t.ablation.deltaAxis, { metric: metricName })}
              fileName="ablation"
              csv={() =>
                csvText([
                  ['component', 'seed', `delta_${metric}`],
                  ...dots.map((d) => [d.name, String(d.seed), csvNumber(d.seedDelta)]),
                ])
              }
            />
          </div>
          <figure
            className="study-chart study-chart-wide"
            role="img"
            aria-label={fill(t.ablation.chartLabel, { metric: metricName, count: bars.length })}
            data-testid="ablation-chart"
          >
            <ComposedChart
              responsive
              style={{ width: '100%', height: 260 }}
              data={bars}
              margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
            >
              <CartesianGrid stroke="var(--grid, #e5e7eb)" vertical={false} />
              <XAxis
                dataKey="name"
                type="category"
                allowDuplicatedCategory={false}
                tick={TICK}
                interval={0}
              />
              <YAxis
                tick={TICK}
                width={60}
                tickFormatter={(v: number) => fmt(v, 2)}
                label={{
                  value: fill(t.ablation.deltaAxis, { metric: metricName }),
                  angle: -90,
                  position: 'insideLeft',
                  offset: 0,
                  fontSize: 11,
                  style: { textAnchor: 'middle' },
                }}
              />
              <ReferenceLine y={0} stroke="var(--fg, #111827)" />
              <Tooltip formatter={(v) => fmt(Number(v), 4)} />
              <Bar
                dataKey="mean"
                name={t.ablation.meanLegend}
                isAnimationActive={false}
                barSize={40}
              >
                {bars.map((b) => (
                  <Cell key={b.name} fill={b.significant ? SIGNIFICANT : NOISE} />
                ))}
                <ErrorBar dataKey="sd" width={10} strokeWidth={2} stroke="var(--fg, #111827)" />
              </Bar>
              <Scatter
                data={dots}
                dataKey="seedDelta"
                name={t.ablation.seedLegend}
                fill="var(--train, #4f46e5)"
                isAnimationActive={false}
              />
            </ComposedChart>
          </figure>
        </div>
      )}
      <ul className="study-sentences" data-testid="ablation-sentences">
        {r.components.map((c) => {
          const e = c.effect;
          const text = !e
            ? fill(t.ablation.waiting, { component: c.variant })
            : fill(e.significant ? t.ablation.larger : t.ablation.within, {
                component: c.variant,
                metric: metricName,
                mean: signed(e.mean),
                sd: fmt(e.std, 2),
                n: e.deltas.length,
                twoSe: fmt(2 * e.standardError, 2),
              });
          return (
            <li
              key={c.variant}
              data-testid="ablation-sentence"
              data-significant={e ? String(e.significant) : 'pending'}
            >
              {text}
            </li>
          );
        })}
      </ul>
      <p className="muted">{all.study.noiseRule}</p>
    </section>
  );
});
