/**
 * The page's fault handling, against a stand-in for the engine worker: each test plays the
 * engine's events and checks what the page shows and records.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG } from '../config/schema';
import { incidentText } from '../content/notices';
import type { EngineCommand, EngineEvent, EngineStatus } from '../protocol/messages';
import { EngineClient } from './engine-client';

/** A worker that records what the page sends and lets the test answer for the engine. */
class FakeWorker {
  static all: FakeWorker[] = [];
  sent: EngineCommand[] = [];
  terminated = false;
  onmessage: ((e: { data: EngineEvent }) => void) | null = null;
  onerror: ((e: { message: string }) => void) | null = null;
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(cmd: EngineCommand) {
    this.sent.push(cmd);
  }
  terminate() {
    this.terminated = true;
  }
  emit(event: EngineEvent) {
    this.onmessage?.({ data: event });
  }
}

const status = (step: number, running: boolean, runId = 'run-a'): EngineStatus =>
  ({
    runId,
    step,
    epoch: 0,
    batchIndex: step,
    batchesPerEpoch: 100,
    trainLoss: 0.5,
    valLoss: null,
    valAccuracy: null,
    learningRate: 0.03,
    microBatch: 0,
    accumulate: 1,
    batchSize: 32,
    stepsPerSecond: 50,
    samplesPerSecond: 1600,
    elapsedMs: 0,
    running,
    lastPhase: null,
    nextPhase: 'data',
    finished: null,
    compiling: false,
    memory: { numTensors: 0, numBytes: 0 },
    readOnly: false,
  }) satisfies EngineStatus;

function resetEvent(step: number, restoredFrom: { id: string; step: number } | null): EngineEvent {
  return {
    type: 'reset',
    dataset: {} as never,
    model: {} as never,
    status: status(step, restoredFrom !== null),
    config: DEFAULT_CONFIG,
    history: {},
    incidents: [],
    restoredFrom,
  };
}

let client: EngineClient;

beforeEach(() => {
  FakeWorker.all = [];
  vi.stubGlobal('Worker', FakeWorker);
  client = new EngineClient({ ...DEFAULT_CONFIG, autoResume: 'on' });
  const w = FakeWorker.all[0];
  w.emit({ type: 'ready', backend: 'cpu', requested: null, fallbackReasons: [], adapter: null });
  w.emit(resetEvent(0, null));
  w.emit({ type: 'status', status: status(40, true) });
});

afterEach(() => {
  client.dispose();
  vi.unstubAllGlobals();
});

describe('the page during faults', () => {
  it('an error banner goes once a later restore succeeds', () => {
    const w = FakeWorker.all[0];
    w.emit({ type: 'error', notice: { id: 'noGoodCheckpoint' } });
    expect(client.getState().error).toMatch(/no good checkpoint/);
    w.emit(resetEvent(30, { id: 'run-a@30', step: 30 }));
    expect(client.getState().error).toBeNull();
  });

  it('NaN in the weights, then a worker crash a moment later: two incidents, each told as it was', () => {
    const first = FakeWorker.all[0];
    first.emit({
      type: 'fault',
      fault: 'nanWeights',
      step: 41,
      notice: { id: 'nonFiniteLoss', loss: 'training', value: NaN, step: 41 },
    });
    expect(first.sent.at(-1)).toMatchObject({ type: 'resume', request: { runId: 'run-a' } });
    // The worker crashes before it restored anything.
    first.onerror?.({ message: 'out of memory' });
    const incidents = client.getState().incidents;
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ incident: 'nanWeights', resumedFrom: null });
    expect(incidentText(incidents[0])).toMatch(
      /became NaN.*Not resumed.*cut short.*Worker crashed/,
    );
    // A new worker resumes the run; training catches up; the crash is the second incident.
    const second = FakeWorker.all[1];
    expect(first.terminated).toBe(true);
    expect(second.sent[0]).toMatchObject({ type: 'init', resume: { runId: 'run-a', run: true } });
    second.emit(resetEvent(30, { id: 'run-a@30', step: 30 }));
    second.emit({ type: 'status', status: status(41, true) });
    const after = client.getState().incidents;
    expect(after).toHaveLength(2);
    expect(after.find((i) => i.incident === 'workerCrash')).toMatchObject({
      resumedFrom: 30,
      step: 41,
    });
    expect(incidentText(after.find((i) => i.incident === 'workerCrash')!)).toMatch(
      /out of memory.*Resumed from the checkpoint at step 30/,
    );
    expect(client.getState().recovery).toBeNull();
  });
});

describe('a checkpoint refused on restore', () => {
  it('is worded from the problem id, not shown as the engine’s raw text', () => {
    FakeWorker.all[0].emit({
      type: 'error',
      notice: {
        id: 'checkpointProblem',
        problem: {
          id: 'nonFinite',
          values: { part: 'weights', tensor: 'W · hidden 1', index: 0, value: 'NaN' },
        },
      },
      problem: {
        id: 'nonFinite',
        values: { part: 'weights', tensor: 'W · hidden 1', index: 0, value: 'NaN' },
      },
    });
    expect(client.getState().error).toBe(
      'The checkpoint cannot be used: the weights hold a non-finite value (NaN in W · hidden 1, entry 0); a run cannot continue from NaN or infinite values. Nothing was changed.',
    );
  });
});

describe('the learning-rate finder', () => {
  it('shows a sweep as started at once, follows its reports, and a new run clears it', () => {
    const w = FakeWorker.all[0];
    w.emit({ type: 'status', status: status(40, false) });
    const settings = { lrMin: 1e-8, lrMax: 1, steps: 100 };
    client.send({ type: 'findLearningRate', settings });
    expect(w.sent.at(-1)).toEqual({ type: 'findLearningRate', settings });
    expect(client.getState().lrFind).toMatchObject({ fromStep: 40, stop: null, lrs: [] });
    const report = {
      settings,
      fromStep: 40,
      weights: 'current' as const,
      lrs: [1e-8],
      losses: [0.7],
      rawLosses: [0.7],
      stop: 'cancelled' as const,
      suggestion: null,
    };
    w.emit({ type: 'lrFind', report });
    expect(client.getState().lrFind).toEqual(report);
    w.emit(resetEvent(0, null));
    expect(client.getState().lrFind).toBeNull();
  });

  it('a sweep in progress ends as failed when the worker crashes', () => {
    const w = FakeWorker.all[0];
    w.emit({ type: 'status', status: status(40, false) });
    client.send({ type: 'findLearningRate', settings: { lrMin: 1e-8, lrMax: 1, steps: 100 } });
    w.onerror?.({ message: 'out of memory' });
    expect(client.getState().lrFind).toMatchObject({ stop: 'failed' });
  });
});
