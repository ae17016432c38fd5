/**
 * The page's side of the worker protocol, free of React: starts the engine worker, keeps
 * the latest state it reported, and tells subscribers when it changed. Run-mode progress is
 * coalesced to a few updates a second so the page stays smooth however fast training goes.
 */
import type { RunParent } from '../data/lineage';
import type { LabConfig } from '../config/schema';
import type { WeightsDigest } from '../data/audit-record';
import type {
  AdapterDescription,
  BackendName,
  DatasetView,
  EngineCommand,
  EngineEvent,
  EngineStatus,
  ModelSummary,
  RunJournal,
} from '../protocol/messages';
import { MetricLog, type MetricLogData, type MetricPoints } from '../protocol/metric-log';
import type { PhaseId } from '../protocol/phases';
import type { CheckpointProblem } from '../protocol/checkpoint-problems';
import type { LrFindReport } from '../protocol/lr-find';
import type { BackendRequest, CalibrationReport } from '../protocol/calibration';
import type { BackendNotice, EngineNotice } from '../protocol/notices';
import type { CheckpointMeta, PhaseReport, StoppingReport } from '../protocol/reports';
import type { IncidentKind, TimelineEvent } from '../protocol/timeline';
import { texts } from '../content';
import { noticeText } from '../content/notices';
import { type Incident, Recovery, type RecoverySnapshot, recoveryAfterReload } from './recovery';
import { mergeIncidents } from './timeline-events';
import { downloadPyTorchProject, type PyTorchExportState } from './records/pytorch-download';
import { openRecovery, readTabRun, rememberRecovery, rememberTabRun } from './tab-run';
import { addLiveChange, type LiveMark } from './live-changes';
import { formatLocale } from './viz/format';

/** The page's copy of a run's metrics, starting from every series the engine recorded so far. */
function seriesFrom(h: MetricLogData): Series {
  const log = new MetricLog(h);
  return { log, version: log.version };
}

/** Saves text as a file through the browser's download. */
function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Metric series recorded for the charts: one log of named series (`trainLoss`, `valLoss`,
 * `valAccuracy`, `learningRate`, `gradNorm`, `clipFactor`, …) whose arrays grow in place;
 * `version` is the log's version when this object was made, so a new object with a new
 * version tells the charts to redraw. A long run's series are downsampled as they grow (see
 * DownsampledSeries: a bounded number of points, each bucket's first, lowest, highest and
 * last), so receiving and drawing them costs the same however long the run.
 */
export interface Series {
  log: MetricLog;
  version: number;
}

export interface EngineState {
  backend: {
    name: BackendName;
    requested: BackendRequest | null;
    fallbackReasons: BackendNotice[];
    adapter: AdapterDescription | null;
  } | null;
  dataset: DatasetView | null;
  model: ModelSummary | null;
  status: EngineStatus | null;
  reports: Partial<Record<PhaseId, PhaseReport>>;
  /** When each report was computed (see {@link ReportStamp}). */
  stamps: Partial<Record<PhaseId, ReportStamp>>;
  series: Series;
  /** Live changes of this run, at the steps the engine applied them (marked on the curves). */
  liveMarks: LiveMark[];
  checkpoints: CheckpointMeta[];
  stopped: StoppingReport | null;
  error: string | null;
  /** The engine is busy with a step-mode command. */
  pending: boolean;
  /** Faults of this run and the recovery from each (kept in the run's journal). */
  incidents: Incident[];
  /** The run's early warnings, one per kind at the step it was last seen, oldest first. */
  warnings: (TimelineEvent & { kind: 'warning' })[];
  /** A fault is being recovered from, or waits for the user (auto-resume off). */
  recovery: { fault: IncidentKind; cause: EngineNotice; auto: boolean } | null;
  /** A run from an earlier visit that did not finish, offered for resumption. */
  unfinished: RunJournal | null;
  /** A run another tab is training: never resumed here, offered read-only. */
  elsewhere: RunJournal | null;
  /** The config of the run the engine holds; `runVersion` changes with every new or restored run. */
  runConfig: LabConfig | null;
  runVersion: number;
  restoredFrom: { id: string; step: number } | null;
  /** The run the current one came from (resume, branch, fine-tune); null for a new run. */
  runOrigin: RunParent | null;
  /** Why the last checkpoint file was refused (`problem`: the reason by id, when known). */
  importError: { fileName: string; notice: EngineNotice; problem: CheckpointProblem | null } | null;
  /** How the last checkpoint file that loaded was kept. */
  imported: (EngineEvent & { type: 'checkpointImported' }) | null;
  /** The learning-rate finder's sweep of the current run: in progress (`stop` null) or ended. */
  lrFind: LrFindReport | null;
  /** The last "Export as PyTorch": preparing, downloaded, or refused and why. */
  pytorchExport: PyTorchExportState | null;
  /** The last measurement on the test split (of any run). */
  testEvaluation: (EngineEvent & { type: 'testEvaluation' }) | null;
  /** The last backend calibration: in progress (`running`) or ended. */
  calibration: CalibrationReport | null;
}

/**
 * When a phase's report was computed: `step` is the number of optimizer updates completed
 * right after the phase ran (for the update phase, the step its update made); `view` marks
 * a fresh view of a paused run at that step, which changed nothing (the update phase's view
 * is the update the next step will make).
 */
export interface ReportStamp {
  step: number;
  view: boolean;
}

/** The longest wait for the weights' digest (ms): reading back and hashing takes far less. */
const DIGEST_TIMEOUT_MS = 30_000;

/** Silence after which the worker counts as crashed (longer while it compiles kernels). */
const SILENCE_MS = 4000;
const SILENCE_BUSY_MS = 20_000;

/** While training: the status line updates at most this often… */
const PROGRESS_INTERVAL_MS = 200;
/** …and the curves at most this often (redrawing a chart costs far more than a status line). */
const SERIES_INTERVAL_MS = 500;

function emptySeries(): Series {
  return { log: new MetricLog(), version: 0 };
}

/** The state of an engine that has reported nothing yet (pending: its worker is starting). */
export function initialEngineState(): EngineState {
  return {
    backend: null,
    dataset: null,
    model: null,
    status: null,
    reports: {},
    stamps: {},
    series: emptySeries(),
    liveMarks: [],
    checkpoints: [],
    stopped: null,
    error: null,
    pending: true,
    incidents: [],
    warnings: [],
    recovery: null,
    unfinished: null,
    elsewhere: null,
    runConfig: null,
    runVersion: 0,
    restoredFrom: null,
    runOrigin: null,
    importError: null,
    imported: null,
    lrFind: null,
    pytorchExport: null,
    testEvaluation: null,
    calibration: null,
  };
}

export class EngineClient {
  private state: EngineState = initialEngineState();
  private worker!: Worker;
  private config: LabConfig;
  /** The backend asked for (URL or the backend menu); a restarted worker asks again. */
  private backend: BackendRequest | undefined;
  private lastSignOfLife = Date.now();
  private recovering: Recovery | null = null;
  /** The recovery that was in progress when this tab reloaded (read once, at start). */
  private carried: RecoverySnapshot | null = openRecovery();
  private readonly watchdog: ReturnType<typeof setInterval>;
  private readonly listeners = new Set<() => void>();
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  // -Infinity: the first progress after the page starts is shown, however soon it comes.
  private seriesShownAt = -Infinity;
  /** Who waits for the weights' digest of which run. */
  private readonly digests = new Map<string, ((d: WeightsDigest | null) => void)[]>();

  constructor(config: LabConfig, backend?: BackendRequest) {
    this.config = config;
    this.backend = backend;
    rememberRecovery(null); // kept in `carried` until the run it belongs to is found
    this.startWorker({ type: 'init', config, backend, tabRunId: readTabRun() });
    this.watchdog = setInterval(() => this.checkAlive(), 500);
  }

  private startWorker(init: EngineCommand & { type: 'init' }): void {
    this.worker = new Worker(new URL('../worker/engine.worker.ts', import.meta.url), {
      type: 'module',
      name: 'training-engine',
    });
    this.lastSignOfLife = Date.now();
    this.worker.onmessage = (e: MessageEvent<EngineEvent>) => {
      this.lastSignOfLife = Date.now();
      this.receive(e.data);
    };
    this.worker.onerror = (e) =>
      this.fault('workerCrash', { id: 'workerFailed', detail: e.message || '' });
    this.worker.postMessage(init);
  }

  /** The page's current valid config: used to restart the engine and to decide on auto-resume. */
  setConfig(config: LabConfig): void {
    this.config = config;
  }

  /** Fault injection on the page's side: the worker is killed, as by an out-of-memory crash. */
  crashWorker(): void {
    this.worker.terminate();
  }

  /** A worker that sends nothing for too long has died. */
  private checkAlive(): void {
    if (!this.state.backend || !this.state.status) return;
    const status = this.state.status;
    // The worker can only speak between two steps: a slow model (a CNN on the cpu backend)
    // may take seconds per step, so the allowed silence grows with the measured step time,
    // and is generous until a first speed is known.
    const stepMs = status.stepsPerSecond ? 1000 / status.stepsPerSecond : null;
    // While recovering, a new worker may be starting (backend, data, compiled kernels).
    const busy =
      this.recovering !== null ||
      this.state.pending ||
      status.compiling ||
      (status.running && stepMs === null) ||
      // A learning-rate sweep speaks after each step, but its first compiles kernels.
      this.state.lrFind?.stop === null ||
      // So does a calibration, which compiles each backend's kernels.
      this.state.calibration?.status === 'running';
    const limit = busy ? SILENCE_BUSY_MS : Math.max(SILENCE_MS, 3 * (stepMs ?? 0));
    const silence = Date.now() - this.lastSignOfLife;
    if (silence > limit) {
      const seconds = Math.round(silence / 100) / 10;
      this.fault('workerCrash', { id: 'workerSilent', seconds }, this.lastSignOfLife);
    }
  }

  /**
   * A fault was detected. With auto-resume the engine restarts from the run's last
   * checkpoint (a new worker when the old one or its GPU device is gone); without it the run
   * stops and the user may resume by hand.
   */
  private fault(
    kind: IncidentKind,
    cause: EngineNotice,
    at = Date.now(),
    step = this.state.status?.step ?? 0,
  ): void {
    const status = this.state.status;
    if (!status) return;
    const open = this.recovering;
    if (open && open.fault === kind) {
      // The same fault again before the run caught up (or a new worker died too): resuming
      // does not help, so stop trying. Any other repeat is the same fault reported twice.
      if (open.resumedFrom !== null || kind === 'workerCrash') {
        const t = texts(formatLocale()).timeline;
        this.giveUp(
          `${noticeText(cause, formatLocale())} ${open.resumedFrom !== null ? t.againAfterResume : t.againBeforeResume}`,
        );
      }
      return;
    }
    // Another fault while recovering from one: that incident ends here, as far as it got,
    // and this one is recovered from (from the furthest step either reached).
    const cutShort = open?.incident(Date.now(), kind);
    this.setRecovering(
      new Recovery(kind, status.runId, Math.max(step, open?.stepReached ?? 0), at, cause),
    );
    const auto = this.config.autoResume === 'on';
    // A learning-rate sweep in progress does not survive the fault: its worker or device is gone.
    const lrFind =
      this.state.lrFind?.stop === null
        ? { ...this.state.lrFind, stop: 'failed' as const }
        : this.state.lrFind;
    this.set({ recovery: { fault: kind, cause, auto }, pending: false, lrFind });
    if (auto) this.recover();
    else if (kind === 'workerCrash' || kind === 'deviceLost') this.worker.terminate();
    // Journaled by the worker that carries on (a new one after a crash).
    if (cutShort) this.recordIncident(cutShort);
  }

  /** Records the open incident as not recovered and leaves the run stopped. */
  private giveUp(message: string): void {
    const r = this.recovering;
    if (!r) return;
    this.closeIncident({ ...r.incident(), resumedFrom: null, stepsRedone: 0 });
    this.set({ error: message });
  }

  /** The recovery carried over a reload, once: later reloads carry their own. */
  private takeCarried(): RecoverySnapshot | null {
    const c = this.carried;
    this.carried = null;
    return c;
  }

  /** The recovery in progress; kept per tab, so that reloads in a row are one incident. */
  private setRecovering(r: Recovery | null): void {
    this.recovering = r;
    rememberRecovery(r?.snapshot() ?? null);
  }

  /** Ends the recovery in progress with `incident`. */
  private closeIncident(incident: Incident): void {
    this.setRecovering(null);
    this.set({ recovery: null });
    this.recordIncident(incident);
  }

  /** Puts an incident on the timeline and in the run's journal. */
  private recordIncident(incident: Incident): void {
    this.worker.postMessage({ type: 'recordIncident', event: incident } satisfies EngineCommand);
    this.set({ incidents: [...this.state.incidents, incident] });
  }

  /** Restarts from the last checkpoint of the run that had the fault. */
  recover(): void {
    const r = this.recovering;
    if (!r) return;
    const request = { runId: r.runId, run: true };
    if (r.fault === 'workerCrash' || r.fault === 'deviceLost') {
      this.worker.terminate();
      this.startWorker({
        type: 'init',
        config: this.config,
        backend: this.backend,
        resume: request,
      });
    } else {
      this.worker.postMessage({ type: 'resume', request } satisfies EngineCommand);
    }
    this.set({ recovery: { fault: r.fault, cause: r.cause, auto: true } });
  }

  /**
   * A run found in storage: this tab's own run from before a reload is resumed when it was
   * training (or offered); a run whose tab was closed is offered; a run another tab is
   * training is only offered read-only.
   */
  private foundUnfinished(journal: RunJournal, owner: 'thisTab' | 'none' | 'otherTab'): void {
    if (owner === 'otherTab') {
      this.set({ elsewhere: journal });
      return;
    }
    if (owner === 'thisTab' && journal.running && journal.config.autoResume === 'on') {
      const r = recoveryAfterReload(this.takeCarried(), journal, {
        id: 'pageReloaded',
        step: journal.lastStep,
      });
      this.setRecovering(r);
      this.set({ recovery: { fault: r.fault, cause: r.cause, auto: true } });
      // This page's worker is new: it resumes the run itself.
      this.worker.postMessage({
        type: 'resume',
        request: { runId: r.runId, run: true },
      } satisfies EngineCommand);
    } else {
      this.set({ unfinished: journal });
    }
  }

  /** Resumes the run offered after a reload (from its latest checkpoint). */
  resumeUnfinished(): void {
    const j = this.state.unfinished;
    if (!j) return;
    this.setRecovering(
      recoveryAfterReload(this.takeCarried(), j, { id: 'pageClosed', step: j.lastStep }),
    );
    this.set({ unfinished: null });
    this.worker.postMessage({
      type: 'resume',
      request: { runId: j.runId, run: false },
    } satisfies EngineCommand);
  }

  /** Shows the run another tab is training, read-only (its latest checkpoint). */
  openElsewhereReadOnly(): void {
    const j = this.state.elsewhere;
    if (!j) return;
    this.set({ elsewhere: null });
    this.worker.postMessage({
      type: 'resume',
      request: { runId: j.runId, run: false, readOnly: true },
    } satisfies EngineCommand);
  }

  /** Keeps this tab's new run and forgets the other tab's. */
  dismissElsewhere(): void {
    this.set({ elsewhere: null });
  }

  discardUnfinished(): void {
    const j = this.state.unfinished;
    if (!j) return;
    this.worker.postMessage({ type: 'discardRun', runId: j.runId } satisfies EngineCommand);
    this.set({ unfinished: null });
  }

  /** Closes the incident once training has made up the lost steps. */
  private trackRecovery(step: number, running: boolean): void {
    const r = this.recovering;
    if (!r || r.resumedFrom === null) return;
    if (!r.caughtUp(step) && running) return;
    this.closeIncident(r.incident());
  }

  /** Adds a listener, called once right away in case the state changed before it subscribed. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    queueMicrotask(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): EngineState => this.state;

  /**
   * The SHA-256 of run `runId`'s weights (the live model's, or its latest checkpoint's), for
   * its audit record; null when the engine has none of them or does not answer within
   * {@link DIGEST_TIMEOUT_MS} (e.g. it is restarting after a crash).
   */
  digestWeights(runId: string): Promise<WeightsDigest | null> {
    return new Promise((resolve) => {
      const waiting = this.digests.get(runId) ?? [];
      this.digests.set(runId, [...waiting, resolve]);
      setTimeout(() => {
        const left = this.digests.get(runId)?.filter((r) => r !== resolve) ?? [];
        this.digests.set(runId, left);
        resolve(null);
      }, DIGEST_TIMEOUT_MS);
      this.send({ type: 'digestWeights', runId });
    });
  }

  /** Asks for a PyTorch project of the run as it stands (null) or of one of its checkpoints. */
  exportPyTorch(checkpointId: string | null): void {
    this.set({ pytorchExport: { status: 'preparing' } });
    this.send({ type: 'exportPyTorch', checkpointId });
  }

  send(cmd: EngineCommand): void {
    if (cmd.type === 'nextPhase' || cmd.type === 'reset') this.set({ pending: true });
    if (cmd.type === 'reset') this.set({ stopped: null, error: null });
    if (cmd.type === 'useBackend') this.backend = cmd.backend ?? undefined;
    // The sweep shows as started at once; the engine's reports replace this empty one.
    if (cmd.type === 'findLearningRate') {
      const fromStep = this.state.status?.step ?? 0;
      const none = { lrs: [], losses: [], rawLosses: [], suggestion: null, stop: null };
      this.set({ lrFind: { settings: cmd.settings, fromStep, weights: 'current', ...none } });
    }
    this.worker.postMessage(cmd);
  }

  dispose(): void {
    clearInterval(this.watchdog);
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
        if (!event.status.readOnly) rememberTabRun(event.status.runId);
        this.set({
          dataset: event.dataset,
          model: event.model,
          status: event.status,
          reports: {},
          stamps: {},
          series: seriesFrom(event.history),
          liveMarks: [],
          checkpoints: [],
          stopped: null,
          pending: false,
          // A restore of the same run keeps the incidents the journal may not hold yet (sent
          // to a worker that crashed, or queued behind the restore).
          incidents:
            s.status?.runId === event.status.runId
              ? mergeIncidents(event.incidents, s.incidents)
              : event.incidents,
          warnings: [],
          runConfig: event.config,
          runVersion: s.runVersion + 1,
          restoredFrom: event.restoredFrom,
          runOrigin: event.origin ?? null,
          importError: null,
          imported: null,
          lrFind: null,
          // A successful restore ends what an earlier error reported (e.g. a failed resume).
          error: event.restoredFrom ? null : s.error,
        });
        if (event.restoredFrom && this.recovering) {
          this.recovering.restored(event.restoredFrom.step);
          this.trackRecovery(event.status.step, true);
        }
        return;
      case 'unfinishedRun':
        this.foundUnfinished(event.journal, event.owner);
        return;
      case 'fault':
        this.fault(event.fault, event.notice, Date.now(), event.step);
        return;
      case 'checkpointFile':
        downloadText(event.fileName, event.text);
        return;
      case 'weightsDigest':
        for (const resolve of this.digests.get(event.runId) ?? []) resolve(event.digest);
        this.digests.delete(event.runId);
        return;
      case 'pytorchExport':
        void downloadPyTorchProject(event.input).then((state) =>
          this.set({ pytorchExport: state }),
        );
        return;
      case 'pytorchExportRefused':
        this.set({ pytorchExport: { status: 'refused', refusal: event.refusal } });
        return;
      case 'checkpointRejected':
        this.set({
          importError: { fileName: event.fileName, notice: event.notice, problem: event.problem },
          imported: null,
        });
        return;
      case 'checkpointImported':
        this.set({ imported: event, importError: null });
        return;
      case 'heartbeat':
        return;
      case 'testEvaluation':
        this.set({ testEvaluation: event });
        return;
      case 'phase': {
        const r = event.report;
        const log = s.series.log;
        if (r.phase === 'loss') log.record('trainLoss', event.status.step + 1, r.mean);
        if (r.phase === 'evaluation') {
          log.record('valLoss', r.step, r.valLoss);
          log.record('valAccuracy', r.step, r.valAccuracy);
        }
        this.recordPoints(event.points);
        this.set(
          {
            reports: { ...s.reports, [r.phase]: r },
            stamps: { ...s.stamps, [r.phase]: { step: event.status.step, view: false } },
            status: event.status,
            pending: false,
            series: this.seriesToShow(!event.status.running),
          },
          !event.status.running,
        );
        return;
      }
      case 'liveChange':
        // Before the first update there is no curve to mark.
        if (event.step > 0)
          this.set({
            liveMarks: addLiveChange(s.liveMarks, event.step, event.previous, event.config),
          });
        return;
      case 'phaseView':
        this.set({
          reports: { ...s.reports, [event.report.phase]: event.report },
          stamps: { ...s.stamps, [event.report.phase]: { step: event.step, view: true } },
        });
        return;
      case 'progress':
        for (let k = 0; k < event.losses.length; k++)
          this.state.series.log.record('trainLoss', event.firstStep + k, event.losses[k]);
        this.recordPoints(event.points);
        this.set({ status: event.status, series: this.seriesToShow(false) }, false);
        this.trackRecovery(event.status.step, event.status.running);
        return;
      case 'status':
        this.set({ status: event.status, pending: false, series: this.seriesToShow(true) });
        this.trackRecovery(event.status.step, event.status.running);
        return;
      case 'stopped':
        this.set({ stopped: event.report, status: event.status, pending: false });
        return;
      case 'checkpoints':
        this.set({ checkpoints: event.checkpoints }, false);
        return;
      case 'lrFind':
        this.set({ lrFind: event.report });
        return;
      case 'calibration':
        this.set({ calibration: event.report });
        return;
      case 'warnings':
        this.set({ warnings: event.events.filter((e) => e.kind === 'warning') }, false);
        return;
      case 'error': {
        const message = noticeText(event.notice, formatLocale());
        const exporting = s.pytorchExport?.status === 'preparing';
        this.set({
          error: message,
          pending: false,
          ...(exporting ? { pytorchExport: { status: 'failed', message } } : {}),
        });
        if (this.recovering) {
          // The restart failed (e.g. no checkpoint yet): record the incident as not resumed.
          this.closeIncident(this.recovering.incident());
        }
        return;
      }
    }
  }

  /**
   * The series arrays grow in place; a new object tells the charts to redraw. While
   * training that happens at most every SERIES_INTERVAL_MS.
   */
  private seriesToShow(now: boolean): Series {
    const t = performance.now();
    const { log } = this.state.series;
    if (!now && t - this.seriesShownAt < SERIES_INTERVAL_MS) return this.state.series;
    this.seriesShownAt = t;
    return { log, version: log.version };
  }

  /** Records the named series' points the engine sent with a message. */
  private recordPoints(points: MetricPoints | undefined): void {
    if (points) this.state.series.log.recordAll(points);
  }
}
