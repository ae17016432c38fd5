/**
 * The page's side of the worker protocol, free of React: starts the engine worker, keeps
 * the latest state it reported, and tells subscribers when it changed. Run-mode progress is
 * coalesced to a few updates a second so the page stays smooth however fast training goes.
 */
import type { LabConfig } from '../config/schema';
import type {
  AdapterDescription,
  BackendName,
  DatasetView,
  EngineCommand,
  EngineEvent,
  EngineStatus,
  ModelSummary,
} from '../protocol/messages';
import type { PhaseId } from '../protocol/phases';
import type { CheckpointMeta, PhaseReport, StoppingReport } from '../protocol/reports';

/** Metric series recorded for the charts; arrays grow in place, `version` says when. */
export interface Series {
  trainSteps: number[];
  trainLosses: number[];
  valSteps: number[];
  valLosses: number[];
  valAccuracies: number[];
  version: number;
}

export interface EngineState {
  backend: {
    name: BackendName;
    requested: BackendName | null;
    fallbackReasons: string[];
    adapter: AdapterDescription | null;
  } | null;
  dataset: DatasetView | null;
  model: ModelSummary | null;
  status: EngineStatus | null;
  reports: Partial<Record<PhaseId, PhaseReport>>;
  series: Series;
  checkpoints: CheckpointMeta[];
  stopped: StoppingReport | null;
  error: string | null;
  /** The engine is busy with a step-mode command. */
  pending: boolean;
}

/** While training: the status line updates at most this often… */
const PROGRESS_INTERVAL_MS = 200;
/** …and the curves at most this often (redrawing a chart costs far more than a status line). */
const SERIES_INTERVAL_MS = 500;

function emptySeries(): Series {
  return {
    trainSteps: [],
    trainLosses: [],
    valSteps: [],
    valLosses: [],
    valAccuracies: [],
    version: 0,
  };
}

export class EngineClient {
  private readonly worker: Worker;
  private state: EngineState = {
    backend: null,
    dataset: null,
    model: null,
    status: null,
    reports: {},
    series: emptySeries(),
    checkpoints: [],
    stopped: null,
    error: null,
    pending: true,
  };
  private readonly listeners = new Set<() => void>();
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private seriesShownAt = 0;

  constructor(config: LabConfig, backend?: BackendName) {
    this.worker = new Worker(new URL('../worker/engine.worker.ts', import.meta.url), {
      type: 'module',
      name: 'training-engine',
    });
    this.worker.onmessage = (e: MessageEvent<EngineEvent>) => this.receive(e.data);
    this.worker.onerror = (e) => this.set({ error: `The engine worker failed: ${e.message}` });
    this.send({ type: 'init', config, backend });
  }

  /** Adds a listener, called once right away in case the state changed before it subscribed. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    queueMicrotask(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): EngineState => this.state;

  send(cmd: EngineCommand): void {
    if (cmd.type === 'nextPhase' || cmd.type === 'reset') this.set({ pending: true });
    if (cmd.type === 'reset') this.set({ stopped: null, error: null });
    this.worker.postMessage(cmd);
  }

  dispose(): void {
    this.worker.terminate();
    this.listeners.clear();
  }

  private set(patch: Partial<EngineState>, immediate = true): void {
    this.state = { ...this.state, ...patch };
    if (immediate) this.emit();
    else this.flushTimer ??= setTimeout(() => this.emit(), PROGRESS_INTERVAL_MS);
  }

  private emit(): void {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    for (const l of this.listeners) l();
  }

  private receive(event: EngineEvent): void {
    const s = this.state;
    switch (event.type) {
      case 'ready':
        this.set({
          backend: {
            name: event.backend,
            requested: event.requested,
            fallbackReasons: event.fallbackReasons,
            adapter: event.adapter,
          },
        });
        return;
      case 'reset':
        this.set({
          dataset: event.dataset,
          model: event.model,
          status: event.status,
          reports: {},
          series: emptySeries(),
          checkpoints: [],
          stopped: null,
          pending: false,
        });
        return;
      case 'phase': {
        const r = event.report;
        const series = s.series;
        if (r.phase === 'loss') this.pushTrain(r.mean, event.status.step + 1);
        if (r.phase === 'evaluation') {
          series.valSteps.push(r.step);
          series.valLosses.push(r.valLoss);
          series.valAccuracies.push(r.valAccuracy);
          series.version++;
        }
        this.set(
          {
            reports: { ...s.reports, [r.phase]: r },
            status: event.status,
            pending: false,
            series: this.seriesToShow(!event.status.running),
          },
          !event.status.running,
        );
        return;
      }
      case 'progress':
        for (let k = 0; k < event.losses.length; k++)
          this.pushTrain(event.losses[k], event.firstStep + k);
        this.set({ status: event.status, series: this.seriesToShow(false) }, false);
        return;
      case 'status':
        this.set({ status: event.status, pending: false, series: this.seriesToShow(true) });
        return;
      case 'stopped':
        this.set({ stopped: event.report, status: event.status, pending: false });
        return;
      case 'checkpoints':
        this.set({ checkpoints: event.checkpoints }, false);
        return;
      case 'error':
        this.set({ error: event.message, pending: false });
        return;
    }
  }

  /**
   * The series arrays grow in place; a new object tells the charts to redraw. While
   * training that happens at most every SERIES_INTERVAL_MS.
   */
  private seriesToShow(now: boolean): Series {
    const t = performance.now();
    if (!now && t - this.seriesShownAt < SERIES_INTERVAL_MS) return this.state.series;
    this.seriesShownAt = t;
    return { ...this.state.series };
  }

  /** Appends a training loss, replacing the last point when the same step is measured again. */
  private pushTrain(loss: number, step: number): void {
    const s = this.state.series;
    const n = s.trainSteps.length;
    if (n > 0 && s.trainSteps[n - 1] >= step) s.trainLosses[n - 1] = loss;
    else {
      s.trainSteps.push(step);
      s.trainLosses.push(loss);
    }
    s.version++;
  }
}
