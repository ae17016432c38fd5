/**
 * The {@link StudyTrainer} of the page: an engine worker of the study's own
 * (src/worker/study.worker.ts) that speaks the engine's protocol (src/protocol/messages.ts):
 * `init` with the first run's config (then `reset` for each next run), `run` to train in run
 * mode to the config's maxSteps, no step-mode views. What it hears is kept as the page's
 * engine keeps it (an {@link EngineState}), so the page's run recorder makes each run's
 * record with the same fields as any run's.
 */
import type { LabConfig } from '../../config/schema';
import type { RunRecord } from '../../data/run-record';
import type { BackendName, EngineCommand, EngineEvent } from '../../protocol/messages';
import { MetricLog } from '../../protocol/metric-log';
import type { EngineNotice } from '../../protocol/notices';
import { type EngineState, initialEngineState } from '../engine-client';
import { RunRecorder } from '../runs/run-recorder';
import { EngineFailure, type StudyTrainer, type TrainerProgress } from './study-trainer';

/** The state of an engine that has not reported anything yet. */
function emptyState(): EngineState {
  return { ...initialEngineState(), pending: false };
}

interface Current {
  config: LabConfig;
  onProgress: (p: TrainerProgress) => void;
  resolve: (r: RunRecord | null) => void;
  reject: (e: Error) => void;
  /** The engine's id of the run, once its `reset` came. */
  runId: string | null;
  recorder: RunRecorder;
}

export class WorkerTrainer implements StudyTrainer {
  private worker: Worker | null = null;
  private state: EngineState = emptyState();
  private current: Current | null = null;

  /**
   * @param backend the backend to ask for (the page engine's), or the engine's own choice.
   * @param makeWorker starts the worker (the study worker; the bench passes its own).
   */
  constructor(
    private readonly backend?: BackendName,
    private readonly makeWorker: () => Worker = () =>
      new Worker(new URL('../../worker/study.worker.ts', import.meta.url), {
        type: 'module',
        name: 'study-engine',
      }),
  ) {}

  start(config: LabConfig, onProgress: (p: TrainerProgress) => void): Promise<RunRecord | null> {
    this.current?.resolve(null);
    return new Promise((resolve, reject) => {
      this.current = {
        config,
        onProgress,
        resolve,
        reject,
        runId: null,
        recorder: new RunRecorder(),
      };
      if (!this.worker) {
        const worker = this.makeWorker();
        worker.onmessage = (e: MessageEvent<EngineEvent>) => this.receive(e.data);
        worker.onerror = (e) => this.fail({ id: 'workerFailed', detail: e.message || '' });
        this.worker = worker;
        this.send({ type: 'init', config, backend: this.backend });
      } else this.send({ type: 'reset', config });
    });
  }

  pause(): void {
    this.send({ type: 'pause' });
  }

  resume(): void {
    if (this.current?.runId) this.send({ type: 'run' });
  }

  stop(keep: boolean): void {
    this.send({ type: 'pause' });
    this.finish(keep);
  }

  dispose(): void {
    this.current?.resolve(null);
    this.current = null;
    this.worker?.terminate();
    this.worker = null;
  }

  private send(cmd: EngineCommand): void {
    this.worker?.postMessage(cmd);
  }

  private fail(notice: EngineNotice): void {
    const c = this.current;
    this.current = null;
    c?.reject(new EngineFailure(notice));
  }

  /** Ends the current run: its record as it stands (`keep`), or null. */
  private finish(keep: boolean): void {
    const c = this.current;
    if (!c) return;
    this.current = null;
    c.resolve(keep ? c.recorder.record(this.state, Date.now()) : null);
  }

  /** Takes in an event of the engine; those of a run that is no longer current are dropped. */
  private receive(event: EngineEvent): void {
    const c = this.current;
    const s = this.state;
    if (event.type === 'ready') {
      const { backend, requested, fallbackReasons, adapter } = event;
      this.state = { ...s, backend: { name: backend, requested, fallbackReasons, adapter } };
      return;
    }
    if (event.type === 'error') {
      this.fail(event.notice);
      return;
    }
    if (event.type === 'fault') {
      this.fail(event.notice);
      return;
    }
    if (!c) return;
    if (event.type === 'reset') {
      if (c.runId !== null) return;
      c.runId = event.status.runId;
      const log = new MetricLog(event.history);
      this.state = {
        ...emptyState(),
        backend: s.backend,
        dataset: event.dataset,
        model: event.model,
        status: event.status,
        series: { log, version: log.version },
        runConfig: event.config,
      };
      this.send({ type: 'run' });
      return;
    }
    if (!('status' in event) || event.status.runId !== c.runId) return;
    const log = s.series.log;
    if (event.type === 'progress') {
      for (let k = 0; k < event.losses.length; k++)
        log.record('trainLoss', event.firstStep + k, event.losses[k]);
      if (event.points) log.recordAll(event.points);
    } else if (event.type === 'phase') {
      const r = event.report;
      if (r.phase === 'evaluation') {
        log.record('valLoss', r.step, r.valLoss);
        log.record('valAccuracy', r.step, r.valAccuracy);
      }
      if (event.points) log.recordAll(event.points);
    }
    this.state = {
      ...s,
      status: event.status,
      ...(event.type === 'stopped' ? { stopped: event.report } : {}),
    };
    c.recorder.observe(this.state, Date.now());
    if (
      event.type === 'progress' ||
      (event.type === 'phase' && event.report.phase === 'evaluation')
    )
      c.onProgress({
        step: event.status.step,
        val: log.get('valLoss'),
        train: log.get('trainLoss'),
      });
    if (event.type === 'stopped') this.finish(true);
  }
}
