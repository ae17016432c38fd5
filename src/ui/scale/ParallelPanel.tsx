/**
 * Data parallelism on N devices: per-step compute and ring all-reduce time, and the speedup
 * and scaling efficiency against N as a plot, for this model or the model scaled up.
 */
import { memo, useRef } from 'react';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { INTERCONNECTS } from '../../config/interconnects';
import { useTexts } from '../locale';
import { ChartExport } from '../viz/ChartExport';
import { pointsCsv } from '../viz/csv';
import { fmt, fmtPct } from '../viz/format';
import { fmtSi } from './si';
import { powersOfTwo, scalingCurve } from '../../data/allreduce';
import { peakAt } from '../../data/hardware-scaling';
import { CHECKPOINTING_COMPUTE_FACTOR } from '../../data/memory-model';
import { memoryPrecision, type ScaleAssumptions } from './assumptions';

const TICK = { fontSize: 12, fill: 'var(--muted, #6b7280)' };
const MAX_WORKERS = 1024;

export const ParallelPanel = memo(function ParallelPanel({
  params,
  flopsPerStep,
  modelScale,
  a,
}: {
  params: number;
  /** Forward + backward FLOPs of one step at the global batch. */
  flopsPerStep: number;
  /** Parameters and FLOPs per step multiplied by this (a larger model of the same shape). */
  modelScale: number;
  a: ScaleAssumptions;
}) {
  const t = useTexts().scale;
  const peak = peakAt(a.device, a.precision) ?? peakAt(a.device, 'bf16')!;
  const gradBytes = params * modelScale * (memoryPrecision(a.precision) === 'fp32' ? 4 : 2);
  const input = {
    flopsPerStep: flopsPerStep * modelScale * (a.checkpointing ? CHECKPOINTING_COMPUTE_FACTOR : 1),
    peakFlops: peak.flops,
    mfu: a.mfu,
    gradBytes,
    link: a.link,
    overlap: a.overlap,
  };
  const counts = [...new Set([...powersOfTwo(MAX_WORKERS), a.workers])].sort((x, y) => x - y);
  const curve = scalingCurve(input, counts);
  const data = curve.map((p) => ({
    workers: p.workers,
    speedup: p.speedup,
    efficiency: p.efficiency * 100,
    ideal: p.workers,
  }));
  const chosen = curve.find((p) => p.workers === a.workers)!;
  // The speedup axis reaches down to the smallest speedup's power of ten (a tiny model's
  // all-reduce makes it far below 1).
  const lowest = Math.min(0.1, ...curve.map((p) => p.speedup));
  const floor = Math.max(-12, Math.floor(Math.log10(lowest)));
  const speedupTicks = Array.from({ length: 4 - floor }, (_, i) => 10 ** (floor + i));
  const fmtS = (s: number) => fmtSi(s, 's');
  const speedupRef = useRef<HTMLDivElement>(null);
  const efficiencyRef = useRef<HTMLDivElement>(null);
  const workers = data.map((d) => d.workers);
  return (
    <section className="scale-panel" aria-label={t.parallelHeading} data-testid="scale-parallel">
      <h4>{t.parallelHeading}</h4>
      <p>{t.parallelWhat}</p>
      <p className="formula" data-testid="scale-parallel-formula">
        {t.gradBytes(fmtSi(gradBytes, 'B'))}
        <br />
        {t.parallelFormula(
          String(chosen.workers),
          fmtS(chosen.compute),
          fmtS(chosen.comm),
          fmtS(chosen.exposedComm),
          fmtS(chosen.step),
          `${fmt(chosen.speedup, 3)}×`,
          fmtPct(chosen.efficiency),
        )}
      </p>
      <div className="scale-charts">
        <div ref={speedupRef}>
          <div className="chart-export-bar">
            <ChartExport
              target={speedupRef}
              title={t.speedupAxis}
              fileName="speedup"
              legend={[
                { label: t.speedupAxis, color: '#4f46e5' },
                { label: t.ideal, color: '#9ca3af' },
              ]}
              csv={() =>
                pointsCsv(
                  ['workers', 'ideal', 'speedup'],
                  [workers, workers, data.map((d) => d.speedup)],
                )
              }
            />
          </div>
          <figure
            className="scale-chart"
            role="img"
            aria-label={t.chartLabel(String(MAX_WORKERS))}
            data-testid="scale-speedup-chart"
          >
            <LineChart
              responsive
              style={{ width: '100%', height: 220 }}
              data={data}
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
                label={{
                  value: t.workersAxis,
                  position: 'insideBottom',
                  offset: -10,
                  fontSize: 12,
                }}
              />
              <YAxis
                scale="log"
                type="number"
                domain={[10 ** floor, MAX_WORKERS]}
                allowDataOverflow
                ticks={speedupTicks}
                tickFormatter={(v: number) => fmt(v, 3)}
                tick={TICK}
                width={48}
              />
              <Tooltip formatter={(v) => fmt(Number(v), 3)} />
              <Legend verticalAlign="top" height={22} wrapperStyle={{ fontSize: 12 }} />
              <Line
                dataKey="ideal"
                name={t.ideal}
                stroke="#9ca3af"
                strokeDasharray="4 3"
                dot={false}
                isAnimationActive={false}
              />
              <Line
                dataKey="speedup"
                name={t.speedupAxis}
                stroke="#4f46e5"
                isAnimationActive={false}
              />
            </LineChart>
          </figure>
        </div>
        <div ref={efficiencyRef}>
          <div className="chart-export-bar">
            <ChartExport
              target={efficiencyRef}
              title={t.efficiencyAxis}
              fileName="efficiency"
              csv={() =>
                pointsCsv(['workers', 'efficiency [%]'], [workers, data.map((d) => d.efficiency)])
              }
            />
          </div>
          <figure className="scale-chart" role="img" aria-label={t.chartLabel(String(MAX_WORKERS))}>
            <LineChart
              responsive
              style={{ width: '100%', height: 220 }}
              data={data}
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
                label={{
                  value: t.workersAxis,
                  position: 'insideBottom',
                  offset: -10,
                  fontSize: 12,
                }}
              />
              <YAxis domain={[0, 100]} tick={TICK} width={44} />
              <Tooltip formatter={(v) => fmtPct(Number(v) / 100)} />
              <Legend verticalAlign="top" height={22} wrapperStyle={{ fontSize: 12 }} />
              <Line
                dataKey="efficiency"
                name={t.efficiencyAxis}
                stroke="#16a34a"
                isAnimationActive={false}
              />
            </LineChart>
          </figure>
        </div>
      </div>
      <p className="muted">{t.parallelNote}</p>
      <details className="sources">
        <summary>{t.sources}</summary>
        <ul>
          {INTERCONNECTS.map((l) => (
            <li key={l.id}>
              <strong>{l.name}</strong>: {l.source}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
});
