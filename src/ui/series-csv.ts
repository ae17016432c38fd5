/**
 * Every recorded series of a run as one CSV ("All series (CSV)"): the page's metric log,
 * one column per series in the order they were first recorded, aligned by step (format:
 * {@link seriesCsv}, RFC 4180 with '.' decimals).
 */
import type { MetricLogData, MetricName } from '../protocol/metric-log';
import { type CsvSeries, seriesCsv } from './viz/csv';

/**
 * Units of the series whose values are not in their own units (see METRIC_NAMES): accuracy
 * is recorded as a share in [0, 1], the clip factor as a multiplier; the data pipeline's
 * times are in ms.
 */
const UNITS: Partial<Record<MetricName, string>> = {
  valAccuracy: 'fraction 0-1',
  clipFactor: 'factor 0-1',
  // The data pipeline's measurements: times in ms, the idle share a fraction.
  dataWaitMs: 'ms',
  stepMs: 'ms',
  loadMs: 'ms',
  batchMs: 'ms',
  shuffleMs: 'ms',
  idleShare: 'fraction 0-1',
};

/**
 * The log as CSV: header `step,trainLoss,valLoss,valAccuracy [fraction 0-1],…`, then one
 * row per step any series has. A long run's series are downsampled as the log keeps them
 * (each bucket's first, lowest, highest and last point), so the file is bounded too.
 */
export function metricLogCsv(log: MetricLogData): string {
  const columns: CsvSeries[] = [];
  for (const [name, s] of Object.entries(log)) {
    if (s && s.steps.length > 0) columns.push({ name, unit: UNITS[name], ...s });
  }
  return seriesCsv(columns);
}
