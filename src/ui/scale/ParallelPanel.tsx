/**
 * Data parallelism on N devices: per-step compute and ring all-reduce time, and the speedup
 * and scaling efficiency against N as a plot, for this model or the model scaled up.
 */
import { memo } from 'react';
import { INTERCONNECTS } from '../../config/interconnects';
import { useTexts } from '../locale';
import { pointsCsv } from '../viz/csv';
import { fmt, fmtPct } from '../viz/format';
import { fmtSi } from '../viz/si';
import { powersOfTwo, scalingCurve } from '../../data/allreduce';
import { peakAt } from '../../data/hardware-scaling';
import { CHECKPOINTING_COMPUTE_FACTOR } from '../../data/memory-model';
import { memoryPrecision, type ScaleAssumptions } from './assumptions';
import { MAX_WORKERS, WorkersChart } from './WorkersChart';

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
        <WorkersChart
          title={t.speedupAxis}
          fileName="speedup"
          data={data}
          lines={[
            { dataKey: 'ideal', name: t.ideal, color: '#9ca3af', reference: true },
            { dataKey: 'speedup', name: t.speedupAxis, color: '#4f46e5' },
          ]}
          y={{
            log: true,
            domain: [10 ** floor, MAX_WORKERS],
            ticks: speedupTicks,
            tickFormatter: (v) => fmt(v, 3),
            width: 48,
          }}
          format={(v) => fmt(v, 3)}
          csv={() =>
            pointsCsv(
              ['workers', 'ideal', 'speedup'],
              [workers, workers, data.map((d) => d.speedup)],
            )
          }
          workersAxis={t.workersAxis}
          label={t.chartLabel(String(MAX_WORKERS))}
          testId="scale-speedup-chart"
        />
        <WorkersChart
          title={t.efficiencyAxis}
          fileName="efficiency"
          data={data}
          lines={[{ dataKey: 'efficiency', name: t.efficiencyAxis, color: '#16a34a' }]}
          y={{ domain: [0, 100], width: 44 }}
          format={(v) => fmtPct(v / 100)}
          csv={() =>
            pointsCsv(['workers', 'efficiency [%]'], [workers, data.map((d) => d.efficiency)])
          }
          workersAxis={t.workersAxis}
          label={t.chartLabel(String(MAX_WORKERS))}
        />
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
