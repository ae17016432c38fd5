/**
 * Where a step's memory goes: weights, gradients, optimizer state and activations per worker
 * as bars and as formulas, beside tf.memory()'s figure, and what fits in the chosen device.
 */
import { memo, useRef } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import { useTexts } from '../locale';
import { ChartExport } from '../viz/ChartExport';
import { csvNumber, csvText } from '../viz/csv';
import { fmtSci, fmtSi } from '../viz/si';
import { fmtInt } from '../viz/format';
import {
  bytesPerParam,
  compareWithMeasured,
  keptActivationValues,
  largestBatch,
  largestParams,
  largestWidth,
  memoryBreakdown,
  persistentBytes,
  type MemoryInput,
  type MemoryPrecision,
  type OptimizerName,
} from '../../data/memory-model';
import { memoryPrecision, type ScaleAssumptions } from './assumptions';

const COLORS = ['#4f46e5', '#0891b2', '#d97706', '#16a34a'];
const TICK = { fontSize: 12, fill: 'var(--muted, #6b7280)' };

const bytes = (b: number) => fmtSi(b, 'B');

export const MemoryPanel = memo(function MemoryPanel({
  params,
  layerSizes,
  depth,
  batchSize,
  optimizer,
  measuredBytes,
  a,
}: {
  params: number;
  /** Output values per example of each layer. */
  layerSizes: number[];
  /** Layers with parameters, for the MLP family of "will it fit". */
  depth: number;
  batchSize: number;
  optimizer: OptimizerName;
  /** tf.memory().numBytes from the status; null before the first status. */
  measuredBytes: number | null;
  a: ScaleAssumptions;
}) {
  const t = useTexts().scale;
  const precision = memoryPrecision(a.precision);
  const input: MemoryInput = {
    params,
    layerSizes,
    batchSize,
    optimizer,
    precision,
    checkpointing: a.checkpointing,
    zeroStage: a.zeroStage,
    workers: a.workers,
  };
  const b = memoryBreakdown(input);
  const per = bytesPerParam(optimizer, precision);
  const values = keptActivationValues(layerSizes, a.checkpointing);
  const data = (['weights', 'grads', 'optimizer', 'activations'] as const).map((k) => ({
    kind: t.kinds[k],
    bytes: b[k],
  }));
  // What tfjs keeps between steps in this run: fp32, one worker, no sharding.
  const persistent = persistentBytes(
    memoryBreakdown({
      ...input,
      precision: 'fp32',
      checkpointing: false,
      zeroStage: 0,
      workers: 1,
    }),
  );
  const gap = measuredBytes === null ? null : compareWithMeasured(persistent, measuredBytes);
  const memory = a.device.memoryGB * 1e9;
  const fitRow = (p: MemoryPrecision, checkpointing: boolean) => {
    const m = { ...input, precision: p, checkpointing };
    const batch = largestBatch(memory, m);
    const most = largestParams(memory, m);
    const width = largestWidth(memory, Math.max(1, depth), m);
    return { batch, most, width };
  };
  const fitName = (p: MemoryPrecision) => (p === 'fp32' ? t.precisionFp32 : t.precisionMixed);
  const fmtCount = (n: number) =>
    n === 0 ? t.fitNone : n === Infinity ? '∞' : n >= 1e6 ? fmtSci(n) : fmtInt(n);

  const chartRef = useRef<HTMLDivElement>(null);
  const csv = () => csvText([['kind', 'bytes'], ...data.map((d) => [d.kind, csvNumber(d.bytes)])]);
  return (
    <section className="scale-panel" aria-label={t.memoryHeading} data-testid="scale-memory">
      <h4>{t.memoryHeading}</h4>
      <p>{t.memoryWhat}</p>
      <div className="scale-memory-grid">
        <div ref={chartRef}>
          <div className="chart-export-bar">
            <ChartExport target={chartRef} title={t.memoryChartLabel} fileName="memory" csv={csv} />
          </div>
          <figure className="scale-chart" role="img" aria-label={t.memoryChartLabel}>
            <BarChart
              responsive
              style={{ width: '100%', height: 170 }}
              data={data}
              layout="vertical"
              margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
            >
              <CartesianGrid horizontal={false} stroke="var(--border, #e5e7eb)" />
              <XAxis type="number" tick={TICK} tickFormatter={(v: number) => bytes(v)} />
              <YAxis type="category" dataKey="kind" tick={TICK} width={110} />
              <Tooltip formatter={(v) => bytes(Number(v))} />
              <Bar dataKey="bytes" isAnimationActive={false}>
                {data.map((d, i) => (
                  <Cell key={d.kind} fill={COLORS[i]} />
                ))}
              </Bar>
            </BarChart>
          </figure>
        </div>
        <table className="scale-table" data-testid="scale-memory-table">
          <tbody>
            {(['weights', 'grads', 'optimizer', 'activations'] as const).map((k) => (
              <tr key={k}>
                <th scope="row">{t.kinds[k]}</th>
                <td className="num" data-testid={`scale-${k}`} data-bytes={b[k]}>
                  {bytes(b[k])}
                </td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t.total}</th>
              <td className="num" data-testid="scale-total" data-bytes={b.total}>
                {bytes(b.total)}
              </td>
            </tr>
          </tbody>
        </table>
      </div>
      <p className="formula" data-testid="scale-memory-formula">
        {t.memoryFormula(
          params.toLocaleString('en'),
          String(per.weights + per.grads + per.optimizer),
          bytes(params * (per.weights + per.grads + per.optimizer)),
          values.toLocaleString('en'),
          String(batchSize),
          String(precision === 'fp32' ? 4 : 2),
          bytes(b.activations),
        )}
      </p>
      <p className="muted">{t.activationsApprox}</p>
      <p className="muted">{t.checkpointingWhat}</p>
      <p className="muted">{t.zeroWhat}</p>
      <h5>{t.measuredHeading}</h5>
      {gap && measuredBytes !== null ? (
        <p data-testid="scale-measured">
          {t.measured(
            bytes(measuredBytes),
            bytes(persistent),
            `${gap.difference >= 0 ? '+' : '−'}${bytes(Math.abs(gap.difference))}`,
          )}
        </p>
      ) : (
        <p className="muted">{t.noMeasurement}</p>
      )}
      <p className="muted">{t.measuredWhy}</p>
      <h5>{t.fitHeading(a.device.name, `${a.device.memoryGB} GB`)}</h5>
      <p className="muted">{t.fitWhat}</p>
      <table className="scale-table" data-testid="scale-fit">
        <thead>
          <tr>
            {t.fitColumns.map((c) => (
              <th key={c}>{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(['fp32', 'mixed'] as const).flatMap((p) =>
            [false, true].map((ckpt) => {
              const r = fitRow(p, ckpt);
              return (
                <tr key={`${p}-${ckpt}`}>
                  <th scope="row">
                    {ckpt ? t.fitRows.checkpointed(fitName(p)) : t.fitRows.plain(fitName(p))}
                  </th>
                  <td className="num">{fmtCount(r.batch)}</td>
                  <td className="num">{fmtCount(r.most)}</td>
                  <td className="num">{fmtCount(r.width)}</td>
                </tr>
              );
            }),
          )}
        </tbody>
      </table>
    </section>
  );
});
