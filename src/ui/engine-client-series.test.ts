import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG } from '../config/schema';
import { HISTORY_BUCKETS } from '../protocol/history';
import type { EngineEvent, EngineStatus } from '../protocol/messages';
import { EngineClient } from './engine-client';

/** A stand-in for the engine worker: the test delivers its messages. */
class FakeWorker {
  static last: FakeWorker | null = null;
  onmessage: ((e: { data: EngineEvent }) => void) | null = null;
  onerror: unknown = null;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(): void {}
  terminate(): void {}
  deliver(event: EngineEvent): void {
    this.onmessage?.({ data: event });
  }
}

const status = (step: number): EngineStatus => ({
  runId: 'run',
  step,
  epoch: 0,
  batchIndex: 0,
  batchesPerEpoch: 10,
  trainLoss: null,
  valLoss: null,
  valAccuracy: null,
  learningRate: 0.01,
  microBatch: 0,
  accumulate: 1,
  batchSize: 32,
  stepsPerSecond: 1000,
  samplesPerSecond: 32_000,
  elapsedMs: 0,
  running: true,
  lastPhase: null,
  nextPhase: 'data',
  finished: null,
  compiling: false,
  memory: { numTensors: 0, numBytes: 0 },
  readOnly: false,
});

beforeEach(() => {
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the page's loss series", () => {
  it('stays bounded over 200,000 steps of progress and keeps the spike and the latest step', () => {
    const client = new EngineClient(DEFAULT_CONFIG);
    const worker = FakeWorker.last!;
    const empty = {};
    worker.deliver({
      type: 'reset',
      dataset: null as never,
      model: null as never,
      status: status(0),
      config: DEFAULT_CONFIG,
      history: empty,
      incidents: [],
      restoredFrom: null,
    });
    // Progress as run mode posts it: the losses read back since the last message.
    for (let first = 1; first <= 200_000; first += 100) {
      const losses = Float32Array.from({ length: 100 }, (_, k) =>
        first + k === 123_456 ? 30 : 1 / Math.sqrt(first + k),
      );
      worker.deliver({ type: 'progress', firstStep: first, losses, status: status(first + 99) });
    }
    const train = client.getState().series.log.get('trainLoss');
    const series = { trainSteps: train.steps, trainLosses: train.values };
    // What a redraw smooths, scans and draws: bounded, whatever the run's length.
    expect(series.trainSteps.length).toBeLessThanOrEqual(4 * HISTORY_BUCKETS);
    expect(series.trainLosses.length).toBe(series.trainSteps.length);
    expect(series.trainSteps.slice(0, 5)).toEqual([1, 2, 3, 4, 5]); // the first losses, as they are
    expect(series.trainSteps.at(-1)).toBe(200_000);
    expect(series.trainLosses[series.trainSteps.indexOf(123_456)]).toBe(30);
    client.dispose();
  });
});

describe("the page's named series", () => {
  it('records the points each message carries, with the losses, in one log', () => {
    const client = new EngineClient(DEFAULT_CONFIG);
    const worker = FakeWorker.last!;
    const history = {
      trainLoss: { steps: [1], values: [2] },
      learningRate: { steps: [1], values: [0.001] },
    };
    worker.deliver({
      type: 'reset',
      dataset: null as never,
      model: null as never,
      status: status(1),
      config: DEFAULT_CONFIG,
      history,
      incidents: [],
      restoredFrom: null,
    });
    worker.deliver({
      type: 'progress',
      firstStep: 2,
      losses: Float32Array.of(1.5, 1.2),
      status: { ...status(3), running: false },
      points: {
        learningRate: { steps: [2, 3], values: [0.002, 0.003] },
        clipFactor: { steps: [2, 3], values: [1, 0.5] },
      },
    });
    const { log, version } = client.getState().series;
    expect(log.get('trainLoss')).toEqual({
      steps: [1, 2, 3],
      values: [2, 1.5, 1.2000000476837158],
    });
    expect(log.get('learningRate')).toEqual({ steps: [1, 2, 3], values: [0.001, 0.002, 0.003] });
    expect(log.get('clipFactor')).toEqual({ steps: [2, 3], values: [1, 0.5] });
    expect(version).toBe(log.version);
    client.dispose();
  });
});
