/** A page-side engine state for the run history's tests: one run at a given step. */
import { DEFAULT_CONFIG, type LabConfig } from '../../config/schema';
import type { RunParent } from '../../data/lineage';
import type { EngineStatus } from '../../protocol/messages';
import { MetricLog } from '../../protocol/metric-log';
import type { EngineState, Series } from '../engine-client';

export interface FakeRun {
  runId: string;
  step: number;
  running?: boolean;
  /** Set when the run stopped at its max steps (the reason the engine then sends). */
  finished?: 'maxSteps';
  config?: Partial<LabConfig>;
  /** Training loss at step s (default 1 / s). */
  loss?: (s: number) => number;
  evalEvery?: number;
  /** The run it started from, as the engine's reset event names it. */
  origin?: RunParent | null;
}

/** The engine state after `run.step` steps of `run`, with every step's loss in the series. */
export function fakeState(run: FakeRun): EngineState {
  const loss = run.loss ?? ((s: number) => 1 / s);
  const every = run.evalEvery ?? 10;
  const log = new MetricLog();
  const valLosses: number[] = [];
  const valAccuracies: number[] = [];
  for (let s = 1; s <= run.step; s++) {
    log.record('trainLoss', s, loss(s));
    if (s % every === 0) {
      valLosses.push(loss(s) * 1.1);
      valAccuracies.push(1 - loss(s) / 2);
      log.record('valLoss', s, loss(s) * 1.1);
      log.record('valAccuracy', s, 1 - loss(s) / 2);
    }
  }
  const series: Series = { log, version: 0 };
  const status = {
    runId: run.runId,
    step: run.step,
    epoch: 0,
    batchIndex: 0,
    batchesPerEpoch: 10,
    trainLoss: loss(run.step),
    valLoss: valLosses.at(-1) ?? null,
    valAccuracy: valAccuracies.at(-1) ?? null,
    learningRate: run.config?.learningRate ?? DEFAULT_CONFIG.learningRate,
    stepsPerSecond: 100,
    samplesPerSecond: 1000,
    elapsedMs: run.step * 10,
    running: run.running ?? false,
    lastPhase: 'stopping',
    nextPhase: 'data',
    finished: run.finished
      ? {
          reason: {
            id: 'maxSteps',
            enabled: true,
            fires: true,
            facts: { step: run.step, maxSteps: run.step },
            step: run.step,
          },
        }
      : null,
    compiling: false,
    memory: { numTensors: 0, numBytes: 0 },
    readOnly: false,
  } as EngineStatus;
  return {
    backend: { name: 'cpu', requested: null, fallbackReasons: [], adapter: null },
    dataset: null,
    model: { layers: [], table: [], totalParams: 100, flopsPerStep: 1000 },
    status,
    reports: {},
    stamps: {},
    series,
    liveMarks: [],
    checkpoints: [],
    stopped: null,
    error: null,
    pending: false,
    incidents: [],
    warnings: [],
    recovery: null,
    unfinished: null,
    elsewhere: null,
    runConfig: { ...DEFAULT_CONFIG, ...run.config } as LabConfig,
    runVersion: 1,
    restoredFrom: null,
    runOrigin: run.origin ?? null,
    importError: null,
    imported: null,
    lrFind: null,
    pytorchExport: null,
    testEvaluation: null,
    calibration: null,
  };
}
