/**
 * The step from checkpoint format @2 to @3: the metrics history, which @2 keeps as columns of
 * its own beside a log of named series, becomes that log alone (`protocol/metric-log.ts`),
 * so a new series never needs a new column, type or format.
 *
 * Format @2 `history`:
 *   `trainSteps`/`trainLosses`; `valSteps`/`valLosses`/`valAccuracies`/`deadUnits` (per
 *   evaluation, `deadUnits[i][l]` hidden layer l's share of dead units); `gradSteps`/
 *   `gradNorms` (per read-back, `gradNorms[i][l]` layer l's gradient norm); `log` (the named
 *   series); before the log, the loss scaler's column `scaler: { steps, scales, skipped }`.
 *   A column shorter than its steps lacks its first entries (older files recorded gradient
 *   norms and dead units only later).
 * Format @3 `history`:
 *   one series per name, `{ steps, values }`: `trainLoss`, `valLoss`, `valAccuracy`,
 *   `layerGradNorm/<l>`, `deadUnits/<l>` and every series of the @2 log (`learningRate`,
 *   `gradNorm`, `clipFactor`, `lossScale`, `skippedSteps`, …).
 *
 * A history that does not read as @2 (a column that is not an array) keeps what it has, under
 * format @3, for the record's schema to name what is wrong.
 */
import { layerSeries } from '../protocol/metric-log';

type RawRecord = Record<string, unknown>;

export const FORMAT_V3 = 'training-run-lab/checkpoint@3';

const isObject = (v: unknown): v is RawRecord =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const COLUMNS = ['trainSteps', 'trainLosses', 'valSteps', 'valLosses', 'valAccuracies'] as const;

/** The record with its history as one log of named series, under format @3. */
export function migrateV2toV3(record: RawRecord): RawRecord {
  const history = record.history;
  if (!isObject(history)) return { ...record, format: FORMAT_V3 };
  return { ...record, format: FORMAT_V3, history: logOfColumns(withSeriesInLog(history)) };
}

/**
 * The @2 columns of `history` as named series, with its log's series (a series the log
 * already holds is kept). Columns whose lengths differ from their steps' give series whose
 * lengths differ, which the record's checks refuse as @2's did (`seriesLengths`); files
 * written before dead units were recorded have none at all, and get no dead-unit series.
 */
export function logOfColumns(history: Readonly<RawRecord>): RawRecord {
  const { trainSteps, trainLosses, valSteps, valLosses, valAccuracies } = history;
  const { gradSteps = [], gradNorms = [], deadUnits = [], log = {}, ...rest } = history;
  const columns = [trainSteps, trainLosses, valSteps, valLosses, valAccuracies];
  const rows = [gradSteps, gradNorms, deadUnits];
  if (!columns.every(Array.isArray) || !rows.every(Array.isArray) || !isObject(log))
    return { ...history };
  if (![...(gradNorms as unknown[]), ...(deadUnits as unknown[])].every(Array.isArray))
    return { ...history };
  const out: RawRecord = {};
  for (const [key, value] of Object.entries(rest))
    if (!(COLUMNS as readonly string[]).includes(key)) out[key] = value; // for the schema to name
  out.trainLoss = { steps: trainSteps, values: trainLosses };
  out.valLoss = { steps: valSteps, values: valLosses };
  out.valAccuracy = { steps: valSteps, values: valAccuracies };
  Object.assign(out, layerLog('layerGradNorm', gradSteps as unknown[], gradNorms as unknown[][]));
  if ((deadUnits as unknown[]).length > 0)
    Object.assign(out, layerLog('deadUnits', valSteps as unknown[], deadUnits as unknown[][]));
  return { ...out, ...log };
}

/**
 * Per-layer rows (`rows[i][l]` measured at `steps[i]`) as one series per layer; a layer
 * missing from a row gives NaN there. With fewer or more rows than steps, each layer's
 * series gets every step and only the rows there are, so its lengths differ.
 */
function layerLog(
  name: 'layerGradNorm' | 'deadUnits',
  steps: unknown[],
  rows: unknown[][],
): Record<string, { steps: unknown[]; values: unknown[] }> {
  const layers = Math.max(0, ...rows.map((r) => r.length));
  const out: Record<string, { steps: unknown[]; values: unknown[] }> = {};
  for (let l = 0; l < layers; l++)
    out[layerSeries(name, l)] = { steps: [...steps], values: rows.map((r) => r[l] ?? NaN) };
  // Rows whose count differs from the steps' without a layer to carry it: say so anyway.
  if (layers === 0 && rows.length !== steps.length)
    out[layerSeries(name, 0)] = { steps: [...steps], values: [] };
  return out;
}

/**
 * A format @2 history whose loss scaler column (`scaler: { steps, scales, skipped }`, written before
 * the loss scaler's series were named series) is moved into its `log` as the series
 * `lossScale` and `skippedSteps`; series the log already holds are kept. Returns a new object
 * (arrays shared); a history without the column, or with a column or a log that is not an
 * object (the record's schema refuses it, naming where), comes back unchanged.
 */
export function withSeriesInLog(history: Readonly<RawRecord>): RawRecord {
  const { scaler, ...rest } = history;
  if (!isObject(scaler) || (history.log !== undefined && !isObject(history.log)))
    return { ...history };
  const log = (history.log as RawRecord | undefined) ?? {};
  return {
    ...rest,
    log: {
      lossScale: { steps: scaler.steps, values: scaler.scales },
      skippedSteps: { steps: scaler.steps, values: scaler.skipped },
      ...log,
    },
  };
}
