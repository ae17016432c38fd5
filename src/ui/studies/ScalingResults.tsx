/**
 * A scaling study's results: validation loss against parameters N, data D and compute C on
 * log–log axes, each with the fitted L = a·X^(−α) + c; the exponents with their standard
 * errors; the compute-optimal N per budget marked on the N plot with its tokens per parameter
 * against Hoffmann et al. 2022's ≈ 20; the exponents beside Kaplan et al. 2020's; and how
 * small the study is beside Chinchilla (../../data/study/scaling-results.ts).
 */
import { memo, useMemo, useRef } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { fill } from '../../content/fill';
import { fmtSci } from '../viz/si';
import type { ScalingDefinition } from '../../data/study/definition';
import { powerLaw } from '../../data/study/power-law';
import {
  type AxisFit,
  budgetsOf,
  compareExponent,
  KAPLAN_EXPONENTS,
  type OptimalMark,
  optimalMarks,
  type ScalingAxis,
  type ScalingPoint,
  scalingFits,
  scalingPoints,
} from '../../data/study/scaling-results';
import type { StudyRow } from '../../data/study/study-results';
import { useTexts } from '../locale';
import { fmt } from '../viz/format';
import { ChartExport } from '../viz/ChartExport';
import { pointsCsv } from '../viz/csv';
import { BEST_COLOR, logTicks, TICK } from './study-view-kit';

/** Chinchilla's one run: 70 B parameters × 1.4 T tokens × 6 FLOPs (Hoffmann et al. 2022). */
const CHINCHILLA_FLOPS = 6 * 70e9 * 1.4e12;

const SYMBOL: Record<ScalingAxis, string> = { parameters: 'α_N', data: 'α_D', compute: 'α_C' };
const AXES: readonly ScalingAxis[] = ['parameters', 'data', 'compute'];
/** Points along a fitted curve, evenly spaced in log X. */
const CURVE_POINTS = 40;

export interface ScalingResultsProps {
  definition: ScalingDefinition;
  rows: readonly StudyRow[];
}

export const ScalingResults = memo(function ScalingResults({
  definition,
  rows,
}: ScalingResultsProps) {
  const t = useTexts().studyResults.scaling;
  const points = useMemo(() => scalingPoints(definition, rows), [definition, rows]);
  const fits = useMemo(() => scalingFits(points), [points]);
  const marks = useMemo(
    () => optimalMarks(definition, fits, budgetsOf(points)),
    [definition, fits, points],
  );
  const sci = (n: number) => fmtSci(n);
  const axisName = (axis: ScalingAxis) =>
    axis === 'data' && definition.dataSizes.field === 'points' ? t.axes.dataPoints : t.axes[axis];
  const totalFlops = points.reduce((s, p) => s + p.compute, 0);
  const ns = points.map((p) => p.parameters);
  return (
    <section className="study-results-kind" data-testid="scaling-results" aria-label={t.heading}>
      <h4>{t.heading}</h4>
      <p className="muted">{t.what}</p>
      <div className="study-charts">
        {AXES.map((axis) => (
          <ScalingChart
            key={axis}
            axis={axis}
            name={axisName(axis)}
            points={points}
            fit={fits[axis]}
            marks={axis === 'parameters' ? marks : []}
          />
        ))}
      </div>
      <ul className="study-sentences" data-testid="scaling-exponents">
        {AXES.map((axis) => {
          const f = fits[axis];
          return (
            <li key={axis} data-testid={`scaling-exponent-${axis}`} data-fitted={String(f.ok)}>
              {f.ok
                ? `${axisName(axis)}: ${fill(t.formulas.exponent, {
                    symbol: SYMBOL[axis],
                    alpha: fmt(f.fit.alpha, 3),
                    se: fmt(f.fit.alphaStdError, 2),
                    c: fmt(f.fit.c, 3),
                    cse: fmt(f.fit.cStdError, 2),
                  })}`
                : f.reason === 'fewPoints'
                  ? fill(t.fewPoints, {
                      axis: axisName(axis),
                      needed: f.needed,
                      count: new Set(f.points.map((p) => p[axis])).size,
                    })
                  : fill(t.failed, { axis: axisName(axis), message: f.message })}
            </li>
          );
        })}
      </ul>
      <p className="muted">{t.parametersNote}</p>
      <h5>{t.kaplanHeading}</h5>
      <ul className="study-sentences" data-testid="scaling-kaplan">
        {AXES.map((axis) => {
          const f = fits[axis];
          if (!f.ok) return null;
          return (
            <li key={axis}>
              {fill(t.kaplan, {
                symbol: SYMBOL[axis],
                alpha: fmt(f.fit.alpha, 3),
                kaplan: fmt(KAPLAN_EXPONENTS[axis], 3),
                comparison: t.comparison[compareExponent(f.fit.alpha, axis)],
              })}
            </li>
          );
        })}
      </ul>
      <h5>{t.optimalHeading}</h5>
      {marks.length ? (
        <ul className="study-sentences" data-testid="scaling-optimal">
          {marks.map((m) => (
            <li key={m.flops}>
              {fill(t.optimal, {
                flops: sci(m.flops),
                parameters: sci(m.parameters),
                tokens: sci(m.tokens),
                ratio: fmt(m.tokensPerParameter, 3),
                vs: fmt(m.vsChinchilla, 2),
              })}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted" data-testid="scaling-optimal">
          {t.noOptimal}
        </p>
      )}
      {points.length > 0 && (
        <p data-testid="scaling-small">
          {fill(t.small, {
            parameters: sci(Math.max(...ns)),
            flops: sci(totalFlops),
            chinchilla: sci(CHINCHILLA_FLOPS),
            factor: sci(CHINCHILLA_FLOPS / totalFlops),
            decades: fmt(Math.log10(Math.max(...ns) / Math.min(...ns)), 2),
          })}
        </p>
      )}
    </section>
  );
});

function ScalingChart({
  axis,
  name,
  points,
  fit,
  marks,
}: {
  axis: ScalingAxis;
  name: string;
  points: readonly ScalingPoint[];
  fit: AxisFit;
  marks: readonly OptimalMark[];
}) {
  const t = useTexts().studyResults.scaling;
  const xs = points.map((p) => p[axis]);
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  const data = points.map((p) => ({ x: p[axis], loss: p.loss }));
  const curve = fit.ok
    ? Array.from({ length: CURVE_POINTS }, (_, i) => {
        const x = lo * (hi / lo) ** (i / (CURVE_POINTS - 1));
        return { x, fit: powerLaw(fit.fit, x) };
      }).filter((p) => p.fit > 0)
    : [];
  const sci = (n: number) => fmtSci(n);
  // A margin of a few percent of the range on either side, in log.
  const pad = Math.max(1.05, (hi / lo) ** 0.04);
  const xDomain: [number, number] = [lo / pad, hi * pad];
  const ys = [...data.map((p) => p.loss), ...curve.map((p) => p.fit)];
  const yLo = Math.min(...ys);
  const yHi = Math.max(...ys);
  const yPad = Math.max(1.02, (yHi / yLo) ** 0.05);
  const yDomain: [number, number] = [yLo / yPad, yHi * yPad];
  const ref = useRef<HTMLDivElement>(null);
  return (
    <div ref={ref}>
      <div className="chart-export-bar">
        <ChartExport
          target={ref}
          title={fill(t.chartTitle, { axis: name })}
          fileName={`scaling-${axis}`}
          csv={() =>
            pointsCsv(
              ['run', 'parameters', 'data', 'compute_flops', 'val_loss'],
              [
                points.map((p) => p.index + 1),
                points.map((p) => p.parameters),
                points.map((p) => p.data),
                points.map((p) => p.compute),
                points.map((p) => p.loss),
              ],
            )
          }
        />
      </div>
      <figure
        className="study-chart"
        role="img"
        aria-label={fill(t.chartLabel, { axis: name, count: points.length })}
        data-testid={`scaling-chart-${axis}`}
      >
        <ComposedChart
          responsive
          style={{ width: '100%', height: 240 }}
          margin={{ top: 8, right: 16, bottom: 22, left: 4 }}
        >
          <CartesianGrid stroke="var(--grid, #e5e7eb)" />
          <XAxis
            dataKey="x"
            type="number"
            scale="log"
            domain={xDomain}
            allowDataOverflow
            ticks={logTicks(...xDomain)}
            tickFormatter={(v: number) => sci(v)}
            tick={TICK}
            label={{ value: name, position: 'insideBottom', offset: -12, fontSize: 12 }}
          />
          <YAxis
            type="number"
            scale="log"
            domain={yDomain}
            allowDataOverflow
            ticks={logTicks(...yDomain)}
            tickFormatter={(v: number) => fmt(v, 3)}
            tick={TICK}
            width={52}
            label={{
              value: t.loss,
              angle: -90,
              position: 'insideLeft',
              fontSize: 11,
              style: { textAnchor: 'middle' },
            }}
          />
          <Tooltip formatter={(v) => fmt(Number(v), 4)} labelFormatter={(v) => sci(Number(v))} />
          <Legend verticalAlign="top" height={22} wrapperStyle={{ fontSize: 12 }} />
          <Scatter
            data={data}
            dataKey="loss"
            name={t.runs}
            fill="var(--train, #4f46e5)"
            isAnimationActive={false}
          />
          {curve.length > 0 && (
            <Line
              data={curve}
              dataKey="fit"
              name={t.fitLegend}
              stroke="var(--val, #d97706)"
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          )}
          {marks.map((m) => (
            <ReferenceLine
              key={m.flops}
              x={m.parameters}
              stroke={BEST_COLOR}
              strokeDasharray="4 3"
              ifOverflow="discard"
              label={{
                value: sci(m.flops),
                position: 'insideTopLeft',
                fontSize: 10,
                fill: BEST_COLOR,
              }}
            />
          ))}
        </ComposedChart>
      </figure>
      {marks.length > 0 && <p className="muted">{t.optimalLegend}</p>}
    </div>
  );
}
