/** Live curves: training loss per step (raw and smoothed), validation loss and accuracy per evaluation. */
import { memo, useMemo, useState } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { texts } from '../content';
import type { Series } from './engine-client';
import { smoothDebiased, strideIndices } from './smoothing';
import { niceTicks } from './viz/format';

/** Points drawn per line: enough for a smooth curve, few enough to redraw in a few ms. */
const MAX_POINTS = 200;

interface Point {
  step: number;
  [key: string]: number;
}

function toPoints(steps: number[], values: number[], key: string, logScale: boolean): Point[] {
  return strideIndices(steps.length, MAX_POINTS)
    .filter((i) => Number.isFinite(values[i]) && (!logScale || values[i] > 0))
    .map((i) => ({ step: steps[i], [key]: values[i] }));
}

const fmtTick = (v: number) =>
  Math.abs(v) >= 100 || v === 0 ? String(Math.round(v)) : v.toPrecision(2);
const fmtStep = (v: number) => String(Math.round(v));

/** The steps' range, and round-numbered ticks inside it (computed here: no DOM measuring). */
function stepDomain(steps: readonly number[]): [number, number] {
  const first = steps[0] ?? 0;
  const last = steps.at(-1) ?? 1;
  return [first, Math.max(last, first + 1)];
}
function stepTicks(steps: readonly number[]): number[] {
  const [a, b] = stepDomain(steps);
  return niceTicks(a, b, 5).filter((t) => Number.isInteger(t));
}

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value: number };
}

/**
 * Axis ticks as plain SVG text. Recharts' default tick measures every label in the DOM
 * (a forced layout per tick per redraw), which is too slow for a chart that redraws live.
 */
function tick(format: (v: number) => string, axis: 'x' | 'y') {
  return function Tick({ x = 0, y = 0, payload }: TickProps) {
    return (
      <text
        x={x}
        y={y}
        dy={axis === 'x' ? 14 : 4}
        textAnchor={axis === 'x' ? 'middle' : 'end'}
        fill="var(--muted)"
        fontSize={12}
      >
        {payload ? format(payload.value) : ''}
      </text>
    );
  };
}
const StepTick = tick(fmtStep, 'x');
const LossTick = tick(fmtTick, 'y');
const PercentTick = tick((v) => String(v), 'y');

export const LossCharts = memo(function LossCharts({ series }: { series: Series }) {
  const [smoothing, setSmoothing] = useState(0.6);
  const [logScale, setLogScale] = useState(false);
  const { trainSteps, trainLosses, valSteps, valLosses, valAccuracies, version } = series;

  // The arrays grow in place: their lengths say when to recompute.
  const trainCount = trainSteps.length;
  const valCount = valSteps.length;
  const train = useMemo(() => {
    const smooth = smoothDebiased(trainLosses, smoothing);
    return {
      raw: toPoints(trainSteps, trainLosses, 'raw', logScale),
      smooth: toPoints(trainSteps, smooth, 'smoothed', logScale),
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [trainCount, version, trainSteps, smoothing, logScale]);
  const val = useMemo(
    () => toPoints(valSteps, valLosses, 'val', logScale),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [valCount, valSteps, logScale],
  );
  const acc = useMemo(
    () =>
      toPoints(
        valSteps,
        valAccuracies.map((a) => 100 * a),
        'acc',
        false,
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [valCount, valSteps],
  );
  const lines = { ...train, val };

  const empty = trainSteps.length === 0;
  return (
    <section className="charts" aria-label="Loss curves">
      <div className="chart-controls">
        <label>
          Smoothing <output>{smoothing.toFixed(2)}</output>
          <input
            type="range"
            min={0}
            max={0.99}
            step={0.01}
            value={smoothing}
            onChange={(e) => setSmoothing(Number(e.target.value))}
            aria-label="Smoothing"
          />
        </label>
        <span className="muted chart-hint" title={texts().ui.smoothing}>
          debiased EMA, as in TensorBoard ⓘ
        </span>
        <label className="check">
          <input
            type="checkbox"
            checked={logScale}
            onChange={(e) => setLogScale(e.target.checked)}
          />
          Log scale
        </label>
      </div>
      <figure
        className="chart"
        aria-label="Training and validation loss"
        data-testid="loss-chart"
        data-first-step={trainSteps[0] ?? ''}
        data-last-step={trainSteps.at(-1) ?? ''}
        data-points={trainSteps.length}
      >
        <figcaption>
          Loss
          <span className="legend">
            <span className="legend-item legend-raw">training (raw)</span>
            <span className="legend-item legend-smooth">training (smoothed)</span>
            <span className="legend-item legend-val">validation</span>
          </span>
        </figcaption>
        {empty ? (
          <p className="chart-empty">
            The loss appears here after the first loss phase or read-back.
          </p>
        ) : (
          <ResponsiveContainer width="100%" height="100%">
            <LineChart margin={{ top: 6, right: 12, bottom: 4, left: 0 }}>
              <CartesianGrid stroke="var(--grid)" />
              <XAxis
                interval={0}
                dataKey="step"
                type="number"
                domain={stepDomain(trainSteps)}
                ticks={stepTicks(trainSteps)}
                allowDuplicatedCategory={false}
                tick={StepTick}
              />
              <YAxis
                interval={0}
                scale={logScale ? 'log' : 'linear'}
                domain={logScale ? ['auto', 'auto'] : [0, 'auto']}
                tick={LossTick}
                width={48}
                allowDataOverflow={false}
              />
              <Tooltip
                formatter={(v) => (typeof v === 'number' ? v.toFixed(4) : String(v))}
                labelFormatter={(s) => `step ${s}`}
              />
              <Line
                data={lines.raw}
                dataKey="raw"
                name="training (raw)"
                stroke="var(--train-raw)"
                dot={false}
                isAnimationActive={false}
                strokeWidth={1}
              />
              <Line
                data={lines.smooth}
                dataKey="smoothed"
                name="training (smoothed)"
                stroke="var(--train)"
                dot={false}
                isAnimationActive={false}
                strokeWidth={2.5}
              />
              <Line
                data={lines.val}
                dataKey="val"
                name="validation"
                stroke="var(--val)"
                dot={{ r: 3 }}
                isAnimationActive={false}
                strokeWidth={2.5}
              />
            </LineChart>
          </ResponsiveContainer>
        )}
      </figure>
      {/* A regression has no accuracy: its evaluations carry none to draw. */}
      {(valCount === 0 || acc.length > 0) && <AccuracyChart points={acc} />}
    </section>
  );
});

/** Validation accuracy per evaluation; redrawn only when an evaluation adds a point. */
const AccuracyChart = memo(function AccuracyChart({ points }: { points: Point[] }) {
  return (
    <figure className="chart chart-small" aria-label="Validation accuracy">
      <figcaption>Validation accuracy (%)</figcaption>
      {points.length === 0 ? (
        <p className="chart-empty">Appears after the first evaluation.</p>
      ) : (
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={points} margin={{ top: 6, right: 12, bottom: 4, left: 0 }}>
            <CartesianGrid stroke="var(--grid)" />
            <XAxis
              interval={0}
              dataKey="step"
              type="number"
              domain={stepDomain(points.map((p) => p.step))}
              ticks={stepTicks(points.map((p) => p.step))}
              tick={StepTick}
            />
            <YAxis
              domain={[0, 100]}
              width={48}
              interval={0}
              ticks={[0, 25, 50, 75, 100]}
              tick={PercentTick}
            />
            <Tooltip
              formatter={(v) => (typeof v === 'number' ? `${v.toFixed(1)} %` : String(v))}
              labelFormatter={(s) => `step ${s}`}
            />
            <Line
              dataKey="acc"
              name="validation accuracy"
              stroke="var(--val)"
              dot={{ r: 2 }}
              isAnimationActive={false}
              strokeWidth={2}
            />
          </LineChart>
        </ResponsiveContainer>
      )}
    </figure>
  );
});
