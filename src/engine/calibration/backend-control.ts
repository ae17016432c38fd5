/**
 * Which backend the run trains on, as the page asks: one named backend (forced, with the usual
 * fallbacks when it cannot start), the usual order (WebGPU first), or `auto`: the backend on
 * which the current model's step measured the most steps/s (`calibrate-backends.ts`), measured
 * when the engine starts, after a reset to another model, and whenever the page asks.
 *
 * Switching: a run without weights yet is built again on the new backend (the session's reset
 * of its config); a trained run keeps every tensor and state, and tfjs moves each tensor to the
 * new backend when a kernel first uses it (read back once from the old backend; tfjs's
 * DataStorage does this for every backend).
 */
import * as tf from '@tensorflow/tfjs';
import type { LabConfig } from '../../config/schema';
import type { BackendRequest, CalibrationReport } from '../../protocol/calibration';
import { BACKENDS, type BackendName, type EngineEvent } from '../../protocol/messages';
import { backendForModel, type BackendChoice, describeAdapter, selectBackend } from '../backend';
import type { TrainingRun } from '../training-run';
import { refuse } from '../notice-error';
import type { BackendNotice } from '../../protocol/notices';
import { calibrateBackends, type CalibrationOptions, type Unavailable } from './calibrate-backends';

/** What the controller needs of the session that owns the run. */
export interface BackendHost {
  /** The current run, or null before the first. */
  run(): TrainingRun | null;
  post(event: EngineEvent): void;
  /** The backend the session's resets train on (a CNN on wasm moves to cpu there). */
  setChoice(choice: BackendChoice & { requested: BackendRequest | null }): void;
  /** Builds a new run of `config` on the active backend (the session's reset). */
  reset(config: LabConfig): Promise<void>;
}

/** The backend to start on for a request: `auto` starts on the usual order, then calibrates. */
export function startingBackend(request: BackendRequest | undefined): BackendName | undefined {
  return request === 'auto' ? undefined : request;
}

/**
 * Makes `name` the active tfjs backend in the browser, or says why it cannot be: no WebGPU or
 * no OffscreenCanvas (WebGL in a worker) in this browser, no GPU adapter, or a failed start.
 */
export async function activateBackend(name: BackendName): Promise<Unavailable | null> {
  if (name === 'webgpu' && (typeof navigator === 'undefined' || !('gpu' in navigator))) {
    return { problem: 'notInBrowser', detail: null };
  }
  if (name === 'webgl' && typeof OffscreenCanvas === 'undefined') {
    return { problem: 'notInBrowser', detail: null };
  }
  try {
    if (name === 'webgpu' && !(await navigator.gpu.requestAdapter())) {
      return { problem: 'noAdapter', detail: null };
    }
    if (!(await tf.setBackend(name))) return { problem: 'failedToStart', detail: null };
    await tf.ready();
    return null;
  } catch (e) {
    return { problem: 'failedToStart', detail: e instanceof Error ? e.message : String(e) };
  }
}

/** What a calibration depends on: the task, and the model's size and FLOPs per step. */
function modelKey(run: TrainingRun): string {
  const s = run.modelSummary;
  return `${run.currentConfig.task}|${s.totalParams}|${s.flopsPerStep}`;
}

export class BackendControl {
  /** What the page asked for: a backend, `auto`, or null (the usual order). */
  private requested: BackendRequest | null = null;
  /** The model the last calibration measured ({@link modelKey}). */
  private calibratedFor: string | null = null;

  constructor(
    private readonly host: BackendHost,
    private readonly options: Pick<CalibrationOptions, 'activate' | 'now' | 'timing' | 'onStep'> & {
      backends?: readonly BackendName[];
    } = { activate: activateBackend, now: () => performance.now() },
  ) {}

  /** Whether the page asked for the fastest backend, measured. */
  get auto(): boolean {
    return this.requested === 'auto';
  }

  /** Remembers what the page asked for when the engine started. */
  started(request: BackendRequest | undefined): void {
    this.requested = request ?? null;
  }

  /**
   * Times the current model's step on every backend (on a copy, the run untouched), posts the
   * table as it grows, then makes the fastest backend the run's. When none could train, the
   * run stays where it was. Throws Error when there is no run yet.
   */
  async calibrate(): Promise<CalibrationReport> {
    const run = this.host.run();
    if (!run) refuse({ id: 'noRun' });
    const before = tf.getBackend() as BackendName;
    let report: CalibrationReport;
    try {
      report = await calibrateBackends(run.ctx, run.state, {
        ...this.options,
        backends: this.options.backends ?? BACKENDS,
        convolutional: run.ctx.task.convolutional?.(run.currentConfig) ?? false,
        flopsPerStep: run.modelSummary.flopsPerStep,
        onProgress: (r) => this.host.post({ type: 'calibration', report: r }),
      });
    } catch (e) {
      await tf.setBackend(before);
      throw e;
    }
    this.calibratedFor = modelKey(run);
    try {
      await this.switchTo(run, report.chosen ?? before, []);
    } finally {
      // After the switch, so that the page hears of the choice once the run is on it.
      this.host.post({ type: 'calibration', report });
    }
    return report;
  }

  /** After a reset: calibrates again when `auto` is asked for and the model has changed. */
  async afterReset(): Promise<void> {
    const run = this.host.run();
    if (this.auto && run && modelKey(run) !== this.calibratedFor) await this.calibrate();
  }

  /**
   * Trains on `request` from now on: a named backend (the usual fallbacks if it cannot start),
   * the usual order (null), or the fastest measured (`auto`).
   */
  async use(request: BackendRequest | null): Promise<void> {
    this.requested = request;
    const run = this.host.run();
    if (!run) refuse({ id: 'noRun' });
    if (request === 'auto') {
      await this.calibrate();
      return;
    }
    const choice = await selectBackend(request ?? undefined);
    await this.switchTo(run, choice.backend, choice.fallbackReasons);
  }

  /**
   * Makes `backend` the run's (a CNN's wasm becomes cpu, with the reason), tells the page, and
   * moves the run there (see the file comment).
   */
  private async switchTo(run: TrainingRun, backend: BackendName, fallbackReasons: BackendNotice[]) {
    const convolutional = run.ctx.task.convolutional?.(run.currentConfig) ?? false;
    const want = backendForModel({ backend, fallbackReasons, adapter: null }, convolutional);
    if (!(await tf.setBackend(want.backend))) {
      refuse({ id: 'backendFailed', backend: want.backend, detail: '' });
    }
    await tf.ready();
    const adapter = want.backend === 'webgpu' ? await describeAdapter() : null;
    const choice = { ...want, adapter, requested: this.requested };
    this.host.setChoice(choice);
    this.host.post({ type: 'ready', ...choice });
    if (!run.initialized) await this.host.reset(run.currentConfig);
  }
}
