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
    const empty = {
      trainSteps: [],
      trainLosses: [],
      valSteps: [],
      valLosses: [],
      valAccuracies: [],
      gradSteps: [],
      gradNorms: [],
      deadUnits: [],
    };
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
    const series = client.getState().series;
    // What a redraw smooths, scans and draws: bounded, whatever the run's length.
    expect(series.trainSteps.length).toBeLessThanOrEqual(4 * HISTORY_BUCKETS);
    expect(series.trainLosses.length).toBe(series.trainSteps.length);
    expect(series.trainSteps.slice(0, 5)).toEqual([1, 2, 3, 4, 5]); // the first losses, as they are
    expect(series.trainSteps.at(-1)).toBe(200_000);
    expect(series.trainLosses[series.trainSteps.indexOf(123_456)]).toBe(30);
    client.dispose();
  });
});
