/**
 * What the data panel's pipeline section reads from the run's metric log: the mean of the
 * last steps' finite values of a series (none when nothing was recorded), and step mode's
 * measurement only from a data report.
 */
import { describe, expect, it } from 'vitest';
import { MetricLog } from '../../protocol/metric-log';
import type { PhaseReport } from '../../protocol/reports';
import { dataPipelineOf, recentMean, RECENT_STEPS } from './DataPipelineSection';

describe('the pipeline section’s numbers', () => {
  it('average the last steps of a series, skipping non-finite values', () => {
    const log = new MetricLog();
    expect(recentMean(log, 'idleShare')).toBeNull();
    for (let s = 1; s <= 30; s++) log.record('idleShare', s, s <= 10 ? 1 : 0.5);
    expect(recentMean(log, 'idleShare')).toBe(0.5); // the last 20 of 30
    log.record('idleShare', 31, NaN);
    expect(recentMean(log, 'idleShare', 3)).toBe(0.5);
    expect(RECENT_STEPS).toBe(20);
  });

  it('take step mode’s measurement from a data report only', () => {
    const pipeline = { latencyMs: 50, prefetch: 1, shuffleMs: 0, loadMs: 51, batchMs: 0.2 };
    expect(dataPipelineOf({ phase: 'data', pipeline } as unknown as PhaseReport)).toBe(pipeline);
    expect(dataPipelineOf({ phase: 'loss' } as unknown as PhaseReport)).toBeUndefined();
    expect(dataPipelineOf(undefined)).toBeUndefined();
  });
});
