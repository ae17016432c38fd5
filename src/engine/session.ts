/**
 * The engine behind the worker protocol: owns the current {@link TrainingRun}, answers
 * commands from the page, and drives run mode.
 *
 * Run mode reads the loss back only every `readbackInterval` steps (each read-back is a
 * GPU→CPU sync that stalls the pipeline), and evaluates, checkpoints and checks the stopping
 * criteria at their own intervals. Step mode runs exactly one phase per command.
 */
import * as tf from '@tensorflow/tfjs';
import type { LabConfig } from '../config/schema';
import type { BackendName, EngineCommand, EngineEvent, EngineStatus } from '../protocol/messages';
import type { PhaseReport } from '../protocol/reports';
import { selectBackend } from './backend';
import type { CheckpointStore } from './checkpoint';
import { TASKS } from './tasks/registry';
import { TrainingRun } from './training-run';

/** Lets the worker's event loop deliver pending messages (pause, live changes). */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve();
    ch.port2.postMessage(null);
  });
}

/** Steps/s over a sliding window of read-backs (the first, compiling step excluded). */
class SpeedMeter {
  private marks: { t: number; step: number }[] = [];
  mark(step: number): void {
    const t = performance.now();
    this.marks.push({ t, step });
    while (this.marks.length > 2 && t - this.marks[0].t > 3000) this.marks.shift();
  }
  reset(): void {
    this.marks = [];
  }
  get stepsPerSecond(): number | null {
    if (this.marks.length < 2) return null;
    const a = this.marks[0];
    const b = this.marks[this.marks.length - 1];
    return b.t > a.t ? ((b.step - a.step) * 1000) / (b.t - a.t) : null;
  }
}

export class LabSession {
  private run: TrainingRun | null = null;
  private running = false;
  private compiling = false;
  private queue: Promise<void> = Promise.resolve();
  private readonly speed = new SpeedMeter();
  /** Training time of the run: phases and run mode, not idle time. */
  private elapsedMs = 0;
  private runStartedAt = 0;

  constructor(
    private readonly post: (event: EngineEvent, transfer?: Transferable[]) => void,
    private readonly store: Promise<CheckpointStore>,
  ) {}

  /** Pause and live changes act at once; everything else runs in order, one at a time. */
  handle(cmd: EngineCommand): void {
    switch (cmd.type) {
      case 'pause':
        this.running = false;
        return;
      case 'updateLive':
        if (!this.run) return;
        this.run.updateLive(cmd.config);
        // A finished run may go on when the change lifts its stopping criterion (e.g. more steps).
        if (this.run.finished && !this.running) this.run.checkStop();
        this.postStatus();
        return;
      case 'run':
        if (this.running) return;
        this.running = true;
        this.enqueue(() => this.runLoop());
        return;
      case 'reset':
        this.running = false;
        this.enqueue(() => this.reset(cmd.config));
        return;
      case 'init':
        this.enqueue(() => this.init(cmd.config, cmd.backend));
        return;
      case 'nextPhase':
        this.enqueue(() => this.nextPhase());
        return;
      case 'deleteCheckpoint':
        this.enqueue(async () => {
          const store = await this.store;
          await store.delete(cmd.id);
          this.post({ type: 'checkpoints', checkpoints: await store.list(this.run?.runId) });
        });
        return;
    }
  }

  private enqueue(task: () => Promise<void>): void {
    this.queue = this.queue.then(task).catch((e: unknown) => {
      this.running = false;
      this.post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
      if (this.run) this.postStatus();
    });
  }

  private async init(config: LabConfig, backend?: BackendName) {
    const choice = await selectBackend(backend);
    this.post({ type: 'ready', ...choice, requested: backend ?? null });
    await this.reset(config);
  }

  private async reset(config: LabConfig): Promise<void> {
    this.run?.dispose();
    this.run = new TrainingRun(config, TASKS.classify2d, await this.store);
    this.elapsedMs = 0;
    this.speed.reset();
    const run = this.run;
    this.post({
      type: 'reset',
      dataset: TASKS.classify2d.datasetView(run.data),
      model: run.modelSummary,
      status: this.status(),
    });
  }

  private async nextPhase(): Promise<void> {
    const run = this.requireRun();
    if (run.finished) {
      this.postStatus();
      return;
    }
    const t0 = performance.now();
    const report = await run.runNextPhase();
    this.elapsedMs += performance.now() - t0;
    this.postPhase(report);
  }

  /**
   * Run mode. A cycle left half-done in step mode is completed phase by phase first; then
   * fused steps follow until Pause, a stopping criterion, or a reset.
   */
  private async runLoop(): Promise<void> {
    const run = this.requireRun();
    this.runStartedAt = performance.now();
    this.speed.reset();
    try {
      while (
        this.running &&
        !run.finished &&
        run.nextPhase !== 'evaluation' &&
        run.nextPhase !== 'data'
      ) {
        this.postPhase(await run.runNextPhase());
      }
      await this.fastLoop(run);
    } finally {
      this.running = false;
      this.compiling = false;
      this.elapsedMs += performance.now() - this.runStartedAt;
      if (this.run === run) this.postStatus();
    }
  }

  private async fastLoop(run: TrainingRun): Promise<void> {
    // Losses of the steps since the last read-back; the last one may carry gradient norms.
    let pending: tf.Tensor[] = [];
    let firstPending = run.step + 1;
    const flush = async () => {
      if (pending.length === 0) return;
      const count = pending.length;
      const all = tf.concat(pending.map((t) => t.reshape([-1])));
      tf.dispose(pending);
      pending = [];
      const values = (await all.data()) as Float32Array; // the one GPU→CPU sync
      all.dispose();
      const losses = values.slice(0, count);
      run.recordTrainLosses(firstPending, losses);
      if (values.length > count) run.recordGradNorms(run.step, values.subarray(count));
      this.compiling = false;
      this.speed.mark(run.step);
      this.post({ type: 'progress', firstStep: firstPending, losses, status: this.status() }, [
        losses.buffer,
      ]);
      firstPending = run.step + 1;
      await yieldToEventLoop();
    };
    this.compiling = true; // until the first read-back: kernels compile on first use
    try {
      while (this.running && !run.finished) {
        const c = run.currentConfig;
        const next = run.step + 1;
        const evaluate = next % c.evalInterval === 0;
        const save = next % c.checkpointInterval === 0;
        const endsEpoch = run.cursor + 1 >= run.batchesPerEpoch;
        const atLimit = next >= c.maxSteps || (endsEpoch && run.epoch + 1 >= c.maxEpochs);
        const readBack =
          pending.length + 1 >= c.readbackInterval || evaluate || save || atLimit || this.compiling;
        if (readBack) {
          pending.push(run.trainStepWithGradNorms());
          await flush();
        } else {
          pending.push(run.trainStep());
        }
        if (evaluate) this.postPhase(await run.evaluate());
        if (save) this.postPhase(await run.saveCheckpoint());
        const stopping = run.checkStop();
        if (evaluate || stopping.stop) this.postPhase(stopping);
      }
    } finally {
      await flush();
    }
  }

  private postPhase(report: PhaseReport): void {
    if (report.phase === 'checkpoint')
      this.post({ type: 'checkpoints', checkpoints: report.checkpoints });
    this.post({ type: 'phase', report, status: this.status() });
    if (report.phase === 'stopping' && report.stop) {
      this.post({ type: 'stopped', report, status: this.status() });
    }
  }

  private postStatus(): void {
    this.post({ type: 'status', status: this.status() });
  }

  private requireRun(): TrainingRun {
    if (!this.run) throw new Error('The engine has no run yet.');
    return this.run;
  }

  private status(): EngineStatus {
    const run = this.requireRun();
    const sps = this.speed.stepsPerSecond; // the last measured speed stays shown after a pause
    const mem = tf.memory();
    return {
      runId: run.runId,
      step: run.step,
      epoch: run.epoch,
      batchIndex: run.cursor,
      batchesPerEpoch: run.batchesPerEpoch,
      trainLoss: run.trainLoss,
      valLoss: run.valLoss,
      valAccuracy: run.valAccuracy,
      learningRate: run.currentConfig.learningRate,
      stepsPerSecond: sps,
      samplesPerSecond: sps === null ? null : sps * run.currentConfig.batchSize,
      elapsedMs: this.elapsedMs + (this.running ? performance.now() - this.runStartedAt : 0),
      running: this.running,
      lastPhase: run.lastPhase,
      nextPhase: run.nextPhase,
      finished: run.finished,
      compiling: this.compiling,
      memory: { numTensors: mem.numTensors, numBytes: mem.numBytes },
    };
  }
}
