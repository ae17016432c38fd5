/** Live curves: training loss per step (raw and smoothed), validation loss and accuracy per evaluation. */
import { useMemo, useState } from 'react';
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
import type { Series } from './engine-client';
import { smoothDebiased, strideIndices } from './smoothing';

/** Points drawn per line: enough for a smooth curve, few enough to redraw in a few ms. */
const MAX_POINTS = 400;

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

export function LossCharts({ series }: { series: Series }) {
  const [smoothing, setSmoothing] = useState(0.6);
  const [logScale, setLogScale] = useState(false);
  const { trainSteps, trainLosses, valSteps, valLosses, valAccuracies, version } = series;

  const lines = useMemo(() => {
    const smooth = smoothDebiased(trainLosses, smoothing);
    return {
      raw: toPoints(trainSteps, trainLosses, 'raw', logScale),
      smooth: toPoints(trainSteps, smooth, 'smoothed', logScale),
      val: toPoints(valSteps, valLosses, 'val', logScale),
      acc: toPoints(
        valSteps,
        valAccuracies.map((a) => 100 * a),
        'acc',
        false,
      ),
    };
    // `version` changes whenever the arrays (mutated in place) grow.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version, trainSteps, smoothing, logScale]);

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
        <label className="check">
          <input
            type="checkbox"
            checked={logScale}
            onChange={(e) => setLogScale(e.target.checked)}
          />
          Log scale
        </label>
      </div>
      <figure className="chart" aria-label="Training and validation loss">
        <figcaption>Loss</figcaption>
        {empty ? (
          <p className="chart-empty">
            The loss appears here after the first loss phase or read-back.
          </p>
        ) : (
          <ResponsiveContainer width="100%" height="100%">
            <LineChart margin={{ top: 6, right: 12, bottom: 4, left: 0 }}>
              <CartesianGrid stroke="var(--grid)" />
              <XAxis
                dataKey="step"
                type="number"
                domain={['dataMin', 'dataMax']}
                allowDuplicatedCategory={false}
                tickFormatter={fmtStep}
              />
              <YAxis
                scale={logScale ? 'log' : 'linear'}
                domain={logScale ? ['auto', 'auto'] : [0, 'auto']}
                tickFormatter={fmtTick}
                width={48}
                allowDataOverflow={false}
              />
              <Tooltip
                formatter={(v) => (typeof v === 'number' ? v.toFixed(4) : String(v))}
                labelFormatter={(s) => `step ${s}`}
              />
              <Legend />
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
      <figure className="chart chart-small" aria-label="Validation accuracy">
        <figcaption>Validation accuracy (%)</figcaption>
        {lines.acc.length === 0 ? (
          <p className="chart-empty">Appears after the first evaluation.</p>
        ) : (
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={lines.acc} margin={{ top: 6, right: 12, bottom: 4, left: 0 }}>
              <CartesianGrid stroke="var(--grid)" />
              <XAxis
                dataKey="step"
                type="number"
                domain={['dataMin', 'dataMax']}
                tickFormatter={fmtStep}
              />
              <YAxis domain={[0, 100]} width={48} />
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
    </section>
  );
}
