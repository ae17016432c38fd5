/**
 * Turns what the page hears of the engine ({@link EngineState}) into the record of the run
 * it trains. The losses come from the page's series (already downsampled as they grow, see
 * engine-client.ts); the recorder adds what no series holds: the training wall time and
 * learning rate at each status the page received, and the best validation accuracy.
 */
import {
  compactSeries,
  measured,
  type RunIncident,
  type RunRecord,
  type RunSeries,
} from '../../data/run-record';
import { stopReasonText } from '../../content';
import { trainingFlops } from '../../data/compute-cost';
import { DownsampledSeries, HISTORY_BUCKETS } from '../../protocol/history';
import type { EngineState } from '../engine-client';
import packageJson from '../../../package.json';

/** The app's version (package.json), recorded with every run. */
export const APP_VERSION: string = packageJson.version;

type Config = NonNullable<EngineState['runConfig']>;

/** The data set a config trains on: its generator, function or name, and own data's hash. */
export function dataIdentity(config: Config, title: string | undefined): RunRecord['data'] {
  const dataset =
    config.task === 'classify2d'
      ? config.dataset
      : config.task === 'regress1d'
        ? config.function
        : (title ?? config.task);
  return {
    task: config.task,
    dataset,
    contentHash: config.task === 'table' && config.dataId !== '' ? config.dataId : null,
  };
}

/** The name a run starts with (the user may change it). */
export function defaultRunName(config: Config, dataset: string): string {
  return `${dataset} · lr ${config.learningRate} · seed ${config.seed}`;
}

interface Clock {
  steps: number[];
  elapsedMs: number[];
  learningRates: (number | null)[];
  series: DownsampledSeries;
}

function newClock(): Clock {
  const c = { steps: [], elapsedMs: [], learningRates: [] } as unknown as Clock;
  c.series = new DownsampledSeries(
    c.steps,
    [c.learningRates, c.elapsedMs],
    (row) => (row[0] === null ? NaN : (row[0] as number)),
    HISTORY_BUCKETS,
  );
  return c;
}

/** The run the recorder follows, and what it has seen of it. */
interface Followed {
  runId: string;
  startedAt: number;
  /** When it stopped for good (a stopping criterion fired). */
  endedAt: number | null;
  clock: Clock;
  bestAccuracy: { value: number; step: number } | null;
}

/** A state the history records: a run of this tab's that has trained at least one step. */
export function recordable(state: EngineState): boolean {
  const s = state.status;
  return s !== null && !s.readOnly && s.step > 0;
}

export class RunRecorder {
  private run: Followed | null = null;

  /** The id of the run followed (null before one trained a step). */
  get runId(): string | null {
    return this.run?.runId ?? null;
  }

  /**
   * Takes in the engine's latest state at `now` (ms since 1970); a state of another run
   * starts following that run (record the previous one first). A run is recorded from its
   * first step on; a read-only view of another tab's run is not recorded here.
   */
  observe(state: EngineState, now: number): void {
    const status = state.status;
    if (!recordable(state)) return;
    if (!status) return;
    if (this.run?.runId !== status.runId) {
      this.run = {
        runId: status.runId,
        startedAt: now - status.elapsedMs,
        endedAt: null,
        clock: newClock(),
        bestAccuracy: null,
      };
    }
    const run = this.run;
    // A sample per step reached (a live change between steps applies from the next step).
    if (!(status.step <= (run.clock.steps.at(-1) ?? 0)))
      run.clock.series.append(status.step, [measured(status.learningRate), status.elapsedMs]);
    const acc = status.valAccuracy;
    if (acc !== null && Number.isFinite(acc) && !(acc <= (run.bestAccuracy?.value ?? -Infinity)))
      run.bestAccuracy = { value: acc, step: status.step };
    if (status.finished && run.endedAt === null) run.endedAt = now;
    if (!status.finished) run.endedAt = null;
  }

  /** The record of the followed run as of `state` (its series compacted); null if none. */
  record(state: EngineState, now: number): RunRecord | null {
    const run = this.run;
    const status = state.status;
    const config = state.runConfig;
    if (!run || !status || !config || status.runId !== run.runId) return null;
    const log = state.series.log;
    const train = log.get('trainLoss');
    const val = log.get('valLoss');
    // Accuracy is recorded with each validation loss, at the same steps.
    const s = {
      valSteps: val.steps,
      valLosses: val.values,
      valAccuracies: val.steps.map((step) => log.at('valAccuracy', step) ?? NaN),
    };
    const series: RunSeries = compactSeries({
      trainSteps: [...train.steps],
      trainLosses: train.values.map(measured),
      valSteps: [...s.valSteps],
      valLosses: s.valLosses.map(measured),
      valAccuracies: s.valAccuracies.map(measured),
      clockSteps: [...run.clock.steps],
      elapsedMs: [...run.clock.elapsedMs],
      learningRates: [...run.clock.learningRates],
    });
    // The series keep each bucket's lowest loss (exact) and, of accuracies, those at its
    // kept points; the statuses seen since the page started add every accuracy reported.
    let bestLoss: { value: number; step: number } | null = null;
    let bestAccuracy = run.bestAccuracy;
    s.valSteps.forEach((step, i) => {
      const loss = s.valLosses[i];
      const acc = s.valAccuracies[i];
      if (Number.isFinite(loss) && (bestLoss === null || loss < bestLoss.value))
        bestLoss = { value: loss, step };
      if (Number.isFinite(acc) && (bestAccuracy === null || acc > bestAccuracy.value))
        bestAccuracy = { value: acc, step };
    });
    const data = dataIdentity(config, state.dataset?.source?.name ?? state.dataset?.title);
    const adapter = state.backend?.adapter;
    const flopsPerStep = state.model?.flopsPerStep ?? 0;
    return {
      id: run.runId,
      name: defaultRunName(config, data.dataset),
      tags: [],
      note: '',
      starred: false,
      config: { ...config },
      data,
      seed: config.seed,
      backend: state.backend?.name ?? null,
      adapter: adapter ? [adapter.vendor, adapter.architecture].filter(Boolean).join(' ') : null,
      appVersion: APP_VERSION,
      startedAt: run.startedAt,
      updatedAt: now,
      endedAt: run.endedAt,
      // Kept as an English sentence: readable in an exported file without the app.
      stopReason: status.finished ? stopReasonText(status.finished.reason, 'en') : null,
      step: status.step,
      final: {
        trainLoss: measured(status.trainLoss),
        valLoss: measured(status.valLoss),
        valAccuracy: measured(status.valAccuracy),
      },
      best: { valLoss: bestLoss, valAccuracy: bestAccuracy },
      series,
      incidents: state.incidents.map((i): RunIncident => ({
        fault: i.incident,
        step: i.step,
        resumedFrom: i.resumedFrom,
        stepsRedone: i.stepsRedone,
        timeLostMs: i.timeLostMs,
        ...(i.cause ? { cause: i.cause } : {}),
        ...(i.cutShortBy ? { cutShortBy: i.cutShortBy } : {}),
        ...(i.message !== undefined ? { message: i.message } : {}),
      })),
      compute: {
        flopsPerStep,
        trainingFlops: trainingFlops(flopsPerStep, status.step),
        wallMs: status.elapsedMs,
        ...(state.model ? { parameters: state.model.totalParams } : {}),
      },
      test: null,
    };
  }
}
