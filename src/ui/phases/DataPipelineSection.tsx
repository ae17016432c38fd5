/**
 * The data panel's pipeline: its stages (load, preprocess, shuffle, batch, prefetch) with the
 * times the worker measured — for the batch step mode loaded (its data report) and, in run
 * mode, the mean of the last steps' recorded series (`dataWaitMs`, `stepMs`, `idleShare`,
 * `loadMs`, `batchMs`, `shuffleMs` in the run's metric log) — and the share of each step the
 * device idled waiting for data. Nothing here is drawn from a formula: every number is a
 * measurement of this run.
 */
import { memo } from 'react';
import { fill } from '../../content/fill';
import type { LabConfig } from '../../config/schema';
import type { MetricLog, MetricName } from '../../protocol/metric-log';
import type { DataPipelineReport, PhaseReport } from '../../protocol/reports';
import { useTexts } from '../locale';
import { fmtFixed, fmtPct } from '../viz/format';
import { Note, Stat, Stats } from './common';

/** Steps the run-mode column averages over. */
export const RECENT_STEPS = 20;

/** The mean of the last `n` finite values of a series, or null when it has none. */
export function recentMean(log: MetricLog, name: MetricName, n = RECENT_STEPS): number | null {
  const values = log
    .get(name)
    .values.slice(-n)
    .filter((v) => Number.isFinite(v));
  return values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length;
}

/** Step mode's pipeline measurement in a data report (undefined for any other report). */
export function dataPipelineOf(report: PhaseReport | undefined): DataPipelineReport | undefined {
  return report?.phase === 'data' ? report.pipeline : undefined;
}

const ms = (v: number | null | undefined) =>
  v === null || v === undefined ? null : `${fmtFixed(v, v >= 100 ? 0 : 1)} ms`;

export const DataPipelineSection = memo(function DataPipelineSection({
  log,
  version,
  report,
  config,
}: {
  log: MetricLog;
  /** The log's version: the section updates when it changes. */
  version: number;
  /** Step mode's measurement of the batch it loaded last, if any. */
  report: DataPipelineReport | undefined;
  config: Pick<LabConfig, 'loadLatency' | 'prefetch'>;
}) {
  const ui = useTexts().ui;
  const steps = log.get('idleShare').steps.length;
  const run = {
    load: recentMean(log, 'loadMs'),
    shuffle: recentMean(log, 'shuffleMs'),
    batch: recentMean(log, 'batchMs'),
    wait: recentMean(log, 'dataWaitMs'),
    step: recentMean(log, 'stepMs'),
    idle: recentMean(log, 'idleShare'),
  };
  const n = Math.min(RECENT_STEPS, steps);
  const depth = config.prefetch === 'off' ? 0 : Number(config.prefetch);
  const rows: {
    id: string;
    stage: string;
    what: string;
    step: string | null;
    run: string | null;
  }[] = [
    {
      id: 'load',
      stage: ui.dpLoad,
      what: fill(ui.dpLoadWhat, { latency: config.loadLatency }),
      step: ms(report?.loadMs),
      run: ms(run.load),
    },
    {
      id: 'preprocess',
      stage: ui.dpPreprocess,
      what: ui.dpPreprocessWhat,
      step: null,
      run: null,
    },
    {
      id: 'shuffle',
      stage: ui.dpShuffle,
      what: ui.dpShuffleWhat,
      step: ms(report?.shuffleMs),
      run: ms(run.shuffle),
    },
    {
      id: 'batch',
      stage: ui.dpBatch,
      what: ui.dpBatchWhat,
      step: ms(report?.batchMs),
      run: ms(run.batch),
    },
    {
      id: 'prefetch',
      stage: ui.dpPrefetch,
      what: depth === 0 ? ui.dpPrefetchOff : fill(ui.dpPrefetchOn, { depth }),
      step: report ? ms(report.loadMs) : null,
      run: ms(run.wait),
    },
  ];
  return (
    <section
      className="pv-techniques"
      data-testid="data-pipeline"
      data-steps={steps}
      data-version={version}
      data-idle-share={run.idle ?? ''}
      data-data-wait={run.wait ?? ''}
      data-step-ms={run.step ?? ''}
      data-prefetch={depth}
      data-latency={config.loadLatency}
    >
      <h3 className="pv-subhead">{ui.dpHeading}</h3>
      {run.idle !== null && (
        <Stats>
          <Stat
            label={ui.dpIdleShare}
            value={fmtPct(run.idle)}
            hint={`${ui.dpIdleHint}, ${fill(ui.dpPerStep, { n })}`}
            big
          />
          <Stat label={ui.dpDataWait} value={ms(run.wait)} hint={fill(ui.dpPerStep, { n })} />
          <Stat label={ui.dpStepTime} value={ms(run.step)} hint={fill(ui.dpPerStep, { n })} />
        </Stats>
      )}
      <table className="pv-table dp-table" data-testid="data-pipeline-stages">
        <thead>
          <tr>
            <th scope="col">
              {ui.dpStage} · {ui.dpWhat}
            </th>
            <th scope="col">{ui.dpStepMode}</th>
            <th scope="col">{fill(ui.dpRunMode, { n: n || RECENT_STEPS })}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-stage={r.id}>
              <th scope="row" className="dp-stage">
                <strong>{r.stage}</strong>
                <span className="pv-muted">
                  {r.what}
                  {r.id === 'prefetch' && <> ({ui.dpWaitColumn})</>}
                </span>
              </th>
              <td>{r.step ?? ui.dpNotMeasured}</td>
              <td>{r.run ?? ui.dpNotMeasured}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Note>{run.idle === null ? ui.dpOffNote : ui.dpHowNote}</Note>
      {report && depth > 0 && <Note>{ui.dpStepModeNote}</Note>}
    </section>
  );
});
