import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type LabConfig } from '../../config/schema';
import type { EngineCommand, EngineEvent, EngineStatus } from '../../protocol/messages';
import type { PhaseReport } from '../../protocol/reports';
import { fakeState } from '../runs/engine-state.test-util';
import { WorkerTrainer } from './worker-trainer';

const config = (over: Partial<LabConfig> = {}): LabConfig => ({
  ...DEFAULT_CONFIG,
  maxSteps: 4,
  ...over,
});

const status = (runId: string, step: number, finished = false): EngineStatus =>
  fakeState({ runId, step, finished: finished ? 'maxSteps' : undefined }).status!;

/**
 * A worker that answers the engine's protocol as the engine does in run mode: `init` and
 * `reset` start a run (ready, reset), `run` trains it to its maxSteps (a progress per step,
 * an evaluation at the last, then stopped). `stale` sends a late progress of the previous
 * run after each reset, as a run loop that ends after the next reset would.
 */
class FakeWorker {
  onmessage: ((e: MessageEvent<EngineEvent>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  commands: EngineCommand['type'][] = [];
  terminated = false;
  private run = 0;
  private config = config();

  constructor(private readonly stale = false) {}

  postMessage(cmd: EngineCommand) {
    this.commands.push(cmd.type);
    queueMicrotask(() => this.answer(cmd));
  }

  terminate() {
    this.terminated = true;
  }

  private emit(event: EngineEvent) {
    this.onmessage?.({ data: event } as MessageEvent<EngineEvent>);
  }

  private answer(cmd: EngineCommand) {
    if (cmd.type === 'init' || cmd.type === 'reset') {
      if (cmd.type === 'init')
        this.emit({
          type: 'ready',
          backend: 'cpu',
          requested: cmd.backend ?? null,
          fallbackReasons: [],
          adapter: null,
        });
      this.config = cmd.config;
      const previous = `run-${this.run}`;
      this.run++;
      this.emit({
        type: 'reset',
        dataset: null as never,
        model: { layers: [], table: [], totalParams: 10, flopsPerStep: 500 },
        status: status(`run-${this.run}`, 0),
        config: cmd.config,
        history: {},
        incidents: [],
        restoredFrom: null,
      });
      if (this.stale && this.run > 1)
        this.emit({
          type: 'progress',
          firstStep: 99,
          losses: Float32Array.from([9]),
          status: status(previous, 99),
        });
    }
    if (cmd.type === 'run') {
      const id = `run-${this.run}`;
      const last = this.config.maxSteps;
      for (let s = 1; s <= last; s++)
        this.emit({
          type: 'progress',
          firstStep: s,
          losses: Float32Array.from([1 / s]),
          status: status(id, s),
        });
      const report = { phase: 'evaluation', step: last, valLoss: 0.5, valAccuracy: 0.75 };
      this.emit({
        type: 'phase',
        report: report as unknown as PhaseReport,
        status: status(id, last),
      });
      const stop = { phase: 'stopping', stop: true } as unknown as PhaseReport;
      this.emit({
        type: 'stopped',
        report: stop as never,
        status: status(id, last, true),
      });
    }
  }
}

describe('WorkerTrainer', () => {
  it("trains each run in run mode and records it with the recorder's fields", async () => {
    const worker = new FakeWorker(true);
    const trainer = new WorkerTrainer('cpu', () => worker as unknown as Worker);
    const steps: number[] = [];
    const first = await trainer.start(config({ learningRate: 0.01 }), (p) => steps.push(p.step));
    expect(steps).toEqual([1, 2, 3, 4, 4]);
    expect(first).toMatchObject({
      id: 'run-1',
      step: 4,
      backend: 'cpu',
      config: { learningRate: 0.01 },
      best: { valLoss: { value: 0.5, step: 4 } },
      compute: { flopsPerStep: 500, trainingFlops: 2000 },
    });
    expect(first?.series.trainLosses).toHaveLength(4);
    expect(first?.series.valLosses).toEqual([0.5]);
    expect(first?.stopReason).not.toBeNull();
    // The next run: a reset of the same worker; the previous run's late progress is dropped.
    const second = await trainer.start(config({ learningRate: 0.1 }), () => undefined);
    expect(second).toMatchObject({ id: 'run-2', step: 4, config: { learningRate: 0.1 } });
    expect(second?.series.trainSteps).toEqual([1, 2, 3, 4]);
    expect(worker.commands).toEqual(['init', 'run', 'reset', 'run']);
    trainer.dispose();
    expect(worker.terminated).toBe(true);
  });

  it('gives null for a run it was told to discard, and rejects on an engine error', async () => {
    const worker = new FakeWorker();
    const trainer = new WorkerTrainer(undefined, () => worker as unknown as Worker);
    const pending = trainer.start(config({ maxSteps: 1000 }), () => undefined);
    trainer.stop(false);
    expect(await pending).toBeNull();
    const failing = trainer.start(config(), () => undefined);
    worker.onmessage?.({
      data: { type: 'error', notice: { id: 'workerFailed', detail: 'out of memory' } },
    } as MessageEvent<EngineEvent>);
    await expect(failing).rejects.toThrow('out of memory');
  });
});
