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
import type {
  BackendName,
  EngineCommand,
  EngineEvent,
  EngineStatus,
  ResumeRequest,
  RunJournal,
} from '../protocol/messages';
import type { LrFindSettings } from '../protocol/lr-find';
import { isViewablePhase } from '../protocol/phases';
import type { IncidentKind } from '../protocol/timeline';
import type { EngineNotice } from '../protocol/notices';
import type { CheckpointMeta, PhaseReport } from '../protocol/reports';
import { backendForModel, type BackendChoice, selectBackend } from './backend';
import { type CheckpointRecord, type CheckpointStore, sameCheckpoint } from './checkpoint';
import { passesChecks } from './checkpoint-checks';
import { decodeCheckpoint, encodeCheckpoint } from './checkpoint-file';
import { contentId } from '../data/own-data';
import { type DatasetStore, MemoryDatasetStore } from './dataset-store';
import { destroyDevice, watchDevice } from './device';
import { errorReport, noticeOf, refuse } from './notice-error';
import { pytorchExportInput } from './pytorch-export';
import { MemoryRunLocks, type RunLocks, RunOwnership } from './run-locks';
import { WarningLog } from './diagnostics';
import { TASKS } from './tasks/registry';
import type { Task } from './tasks/types';
import { emptyLrFindReport, findLearningRate } from './run/lr-find';
import { runMode } from './run/run-mode';
import { SpeedMeter } from './speed-meter';
import { newRunId, TrainingRun } from './training-run';
import { yieldToEventLoop } from './yield';
import { weightsDigest } from './weights-digest';

/** Run mode posts the losses read back to the page at most this often (and at each phase). */
const PROGRESS_EVERY_MS = 100;

/** Commands that train or write, refused while another tab's run is shown read-only. */
const WRITES = new Set<EngineCommand['type']>([
  'run',
  'nextPhase',
  'saveCheckpoint',
  'deleteCheckpoint',
  'recordIncident',
]);
/** Commands that train or replace the run: they cancel a learning-rate range test in progress. */
const CANCELS_LR_FIND = new Set<EngineCommand['type']>([
  'run',
  'nextPhase',
  'reset',
  'init',
  'resume',
  'restoreCheckpoint',
  'importCheckpoint',
  'cancelLrFind',
  'findLearningRate',
]);

export class LabSession {
  private run: TrainingRun | null = null;
  private running = false;
  private compiling = false;
  private queue: Promise<void> = Promise.resolve();
  private readonly speed = new SpeedMeter();
  /** The early warnings of the current run, updated after each evaluation. */
  private readonly warnings = new WarningLog();
  /** Training time of the run: phases and run mode, not idle time. */
  private elapsedMs = 0;
  private runStartedAt = 0;
  /** The backend the engine started on, and the one the page asked for. */
  private backendChoice: (BackendChoice & { requested: BackendName | null }) | null = null;
  /** A run loop is in progress (it ends after the current step once `running` is false). */
  private loopActive = false;
  /** When the journal was last written during run mode. */
  private journalShownAt = 0;
  /** The checkpoints of a run as last listed from the store or reported by a save. */
  private listed: { runId: string; checkpoints: CheckpointMeta[] } | null = null;
  /** The current run is another tab's, shown read-only: nothing trains or is written. */
  private readOnly = false;
  /** Counts range tests asked for and cancelled: a test goes on while it is the latest. */
  private lrFindId = 0;

  constructor(
    private readonly post: (event: EngineEvent, transfer?: Transferable[]) => void,
    private readonly store: Promise<CheckpointStore>,
    /** The user's data sets (the "Your own data" task), by content id. */
    private readonly datasets: Promise<DatasetStore> = Promise.resolve(new MemoryDatasetStore()),
    /** Which tab's engine trains which run (Web Locks in the browser). */
    locks: RunLocks = new MemoryRunLocks(),
  ) {
    this.ownership = new RunOwnership(locks);
  }

  /** The run this engine trains: never one that another tab trains. */
  private readonly ownership: RunOwnership;

  /** Pause and live changes act at once; everything else runs in order, one at a time. */
  handle(cmd: EngineCommand): void {
    if (this.readOnly && WRITES.has(cmd.type)) {
      this.post({ type: 'error', notice: { id: 'readOnly' } });
      return;
    }
    if (CANCELS_LR_FIND.has(cmd.type)) this.lrFindId++;
    switch (cmd.type) {
      case 'pause':
        this.running = false;
        return;
      case 'updateLive': {
        if (!this.run) return;
        const previous = this.run.currentConfig;
        this.run.updateLive(cmd.config);
        const { step, currentConfig } = this.run;
        this.post({ type: 'liveChange', step, previous, config: currentConfig });
        // A finished run may go on when the change lifts its stopping criterion (e.g. more steps).
        if (this.run.finished && !this.running) this.run.checkStop();
        this.postStatus();
        return;
      }
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
        this.enqueue(() => this.init(cmd.config, cmd.backend, cmd.resume, cmd.tabRunId ?? null));
        return;
      case 'resume':
        this.running = false;
        this.enqueue(() => this.resume(cmd.request));
        return;
      case 'saveCheckpoint':
        this.enqueue(async () => {
          const run = this.requireRun();
          if (run.initialized) this.postPhase(await run.saveCheckpoint());
        });
        return;
      case 'restoreCheckpoint':
        this.running = false;
        this.enqueue(async () => {
          const record = await (await this.store).load(cmd.id);
          if (!record) refuse({ id: 'checkpointGone' });
          // A read-only view stays read-only: the run is still another tab's.
          await this.restoreFrom(record, false, this.readOnly);
        });
        return;
      case 'exportCheckpoint':
        this.enqueue(async () => {
          const record = await (await this.store).load(cmd.id);
          if (!record) refuse({ id: 'checkpointGone' });
          const fileName = `${record.runId}-step-${record.step}.checkpoint.json`;
          this.post({ type: 'checkpointFile', fileName, text: encodeCheckpoint(record) });
        });
        return;
      case 'digestWeights':
        this.enqueue(async () => {
          const digest = await weightsDigest(cmd.runId, this.run ?? null, await this.store);
          this.post({ type: 'weightsDigest', runId: cmd.runId, digest });
        });
        return;
      case 'exportPyTorch':
        this.enqueue(async () => {
          const run = this.requireRun();
          const record = cmd.checkpointId ? await (await this.store).load(cmd.checkpointId) : null;
          if (cmd.checkpointId && !record) {
            this.post({ type: 'pytorchExportRefused', refusal: 'missing' });
            return;
          }
          const out = await pytorchExportInput(run, record ?? null);
          this.post(
            out.ok
              ? { type: 'pytorchExport', input: out.input }
              : { type: 'pytorchExportRefused', refusal: out.refusal },
          );
        });
        return;
      case 'importCheckpoint':
        this.enqueue(() => this.importCheckpoint(cmd.fileName, cmd.text));
        return;
      case 'simulateFault':
        // Acts at once, between two steps, like a real fault would.
        if (cmd.fault === 'nanWeights' && this.run?.initialized) this.run.injectNaN();
        if (cmd.fault === 'deviceLost') destroyDevice();
        return;
      case 'recordIncident':
        this.enqueue(() => this.journal((j) => ({ ...j, incidents: [...j.incidents, cmd.event] })));
        return;
      case 'discardRun':
        this.ownership.letGo(cmd.runId);
        this.enqueue(async () => {
          const store = await this.store;
          const j = await store.loadJournal(cmd.runId);
          if (j) await store.saveJournal({ ...j, finished: true, running: false });
        });
        return;
      case 'nextPhase':
        this.enqueue(() => this.nextPhase());
        return;
      case 'findLearningRate': {
        const id = this.lrFindId;
        if (this.running) {
          const step = this.run?.step ?? 0;
          this.post({ type: 'lrFind', report: emptyLrFindReport(cmd.settings, step, 'failed') });
          this.post({ type: 'error', notice: { id: 'lrFindWhileRunning' } });
        } else this.enqueue(() => this.findLearningRate(cmd.settings, id));
        return;
      }
      case 'cancelLrFind':
        return;
      case 'viewPhase':
        this.enqueue(async () => {
          const run = this.requireRun();
          // Only between steps: run mode is not interrupted, a half-done step-mode step not touched.
          if (this.running || !run.betweenSteps || !isViewablePhase(cmd.phase)) return;
          this.post({ type: 'phaseView', report: await run.viewPhase(cmd.phase), step: run.step });
        });
        return;
      case 'evaluateTest':
        this.enqueue(async () => {
          const run = this.requireRun();
          // Between steps only, as a view: a running or half-done step is not interrupted.
          if (this.running || !run.initialized || !run.betweenSteps) return;
          const result = await run.evaluateTest();
          if (!result) refuse({ id: 'noTestSplit' });
          this.post({ type: 'testEvaluation', runId: run.runId, step: run.step, ...result });
        });
        return;
      case 'storeData':
        this.enqueue(async () => {
          const { data } = cmd;
          if (contentId(data) !== data.id) refuse({ id: 'dataMismatch' });
          await (await this.datasets).saveDataset(data);
        });
        return;
      case 'deleteCheckpoint':
        this.enqueue(async () => {
          const store = await this.store;
          await store.delete(cmd.id);
          this.postCheckpoints(this.run?.runId, await store.list(this.run?.runId));
        });
        return;
    }
  }

  private enqueue(task: () => Promise<void>): void {
    this.queue = this.queue.then(task).catch((e: unknown) => {
      this.running = false;
      const { notice, problem } = errorReport(e);
      this.post({ type: 'error', notice, ...(problem ? { problem } : {}) });
      if (this.run) this.postStatus();
    });
  }

  private async init(
    config: LabConfig,
    backend?: BackendName,
    resume?: ResumeRequest,
    tabRunId: string | null = null,
  ) {
    const choice = await selectBackend(backend);
    this.backendChoice = { ...choice, requested: backend ?? null };
    watchDevice((notice) => this.onFault('deviceLost', notice));
    this.post({ type: 'ready', ...choice, requested: backend ?? null });
    const store = await this.store;
    if (resume) {
      try {
        await this.resume(resume);
        return;
      } catch (e) {
        this.post({
          type: 'error',
          notice: { id: 'notResumed', cause: noticeOf(e) },
        });
      }
    }
    try {
      await this.reset(config);
    } catch (e) {
      // A link to a data set this browser does not hold: say so, and start on the example.
      if (config.task !== 'table' || config.dataId === '') throw e;
      this.post({
        type: 'error',
        notice: { id: 'exampleInstead', cause: noticeOf(e) },
      });
      await this.reset({ ...config, dataId: '' });
    }
    const unfinished = (await store.unfinishedRuns()).filter(
      (j) => j.runId !== this.run?.runId && j.checkpointStep !== null,
    );
    const found = await this.ownership.whoseRun(unfinished, tabRunId);
    if (found) this.post({ type: 'unfinishedRun', ...found });
  }

  private async reset(config: LabConfig): Promise<void> {
    // The task and its data come first: data that cannot be loaded leaves the current run as it is.
    const task = await this.prepareTask(config);
    // The run being replaced is abandoned on purpose: it is not offered for resumption.
    if (this.run) await this.journal((j) => ({ ...j, finished: true, running: false }));
    this.run?.dispose();
    this.run = new TrainingRun(config, task, await this.store);
    this.readOnly = false;
    await this.ownership.own(this.run.runId);
    this.startRun([], null);
  }

  /**
   * The config's task, with its data loaded, on a backend that can train its model: the
   * wasm backend cannot train convolutions, so a CNN trains on cpu there, and the page is
   * told why (and back on wasm for the next model that can).
   */
  private async prepareTask(config: LabConfig): Promise<Task> {
    const task = TASKS[config.task];
    await task.prepare?.(config, await this.datasets);
    const chosen = this.backendChoice;
    if (chosen) {
      const want = backendForModel(chosen, task.convolutional?.(config) ?? false);
      if (tf.getBackend() !== want.backend) {
        await tf.setBackend(want.backend);
        await tf.ready();
        this.post({ type: 'ready', ...want });
      }
    }
    return task;
  }

  /** Announces the current run to the page: a new one, or one restored from a checkpoint. */
  private startRun(
    incidents: RunJournal['incidents'],
    restoredFrom: { id: string; step: number } | null,
  ): void {
    const run = this.requireRun();
    this.elapsedMs = 0;
    this.speed.reset();
    this.journalShownAt = 0;
    run.clock = () => this.trainingMs();
    run.metrics.takePoints(); // the history below holds them
    this.post({
      type: 'reset',
      dataset: TASKS[run.currentConfig.task].datasetView(run.data),
      model: run.modelSummary,
      status: this.status(),
      config: run.currentConfig,
      history: run.history,
      incidents,
      restoredFrom,
    });
  }

  /**
   * Continues a run from its latest checkpoint (after a crash, a lost device or a reload), or
   * with `readOnly` only shows it. Throws when another tab is training the run.
   */
  private async resume(request: ResumeRequest): Promise<void> {
    const store = await this.store;
    // The latest good checkpoint: one that passes the checks (finite weights among them).
    for (const meta of (await store.list(request.runId)).sort((a, b) => b.step - a.step)) {
      const record = await store.load(meta.id);
      if (record && passesChecks(record)) {
        await this.restoreFrom(record, request.run && !request.readOnly, request.readOnly);
        return;
      }
    }
    refuse({ id: 'noGoodCheckpoint' });
  }

  /**
   * Replaces the current run by one restored from `record`. The restored run is built
   * beside the current one, which is only dropped once the restore has succeeded.
   */
  private async restoreFrom(
    record: CheckpointRecord,
    runAfter: boolean,
    readOnly = false,
  ): Promise<void> {
    const store = await this.store;
    // Another tab may train this run: then it is not continued here (a terminated worker's
    // or a reloaded page's lock may take a moment to be let go).
    if (!readOnly && !(await this.ownership.take(record.runId))) refuse({ id: 'trainedElsewhere' });
    const task = await this.prepareTask(record.config);
    const restored = new TrainingRun(record.config, task, store, record.runId);
    try {
      await restored.restore(record);
    } catch (e) {
      restored.dispose();
      if (!readOnly) this.ownership.letGo(record.runId);
      throw e;
    }
    if (!readOnly) await this.ownership.own(record.runId);
    this.readOnly = readOnly;
    this.run?.dispose();
    this.run = restored;
    const journal = await store.loadJournal(record.runId);
    this.startRun(journal?.incidents ?? [], { id: record.id, step: record.step });
    this.postCheckpoints(record.runId, await store.list(record.runId));
    if (runAfter) {
      this.running = true;
      await this.runLoop();
    }
  }

  /**
   * Reads a checkpoint file; a bad file is rejected with its reason and changes nothing. An
   * import never overwrites a stored checkpoint: a file identical to the stored checkpoint of
   * its id is not written again, and a different one becomes a run of its own (new run id).
   */
  private async importCheckpoint(fileName: string, text: string): Promise<void> {
    const reject = (e: unknown) =>
      this.post({ type: 'checkpointRejected', fileName, ...errorReport(e) });
    let record: CheckpointRecord;
    try {
      record = decodeCheckpoint(text);
    } catch (e) {
      reject(e);
      return;
    }
    const store = await this.store;
    const stored = await store.load(record.id);
    const elsewhere = await this.ownership.trainedElsewhere(record.runId);
    const storedAs = elsewhere
      ? 'trainedElsewhere'
      : !stored
        ? 'new'
        : sameCheckpoint(stored, record)
          ? 'same'
          : 'renamed';
    if (storedAs === 'renamed' || storedAs === 'trainedElsewhere') {
      const runId = newRunId();
      record = { ...record, runId, id: `${runId}@${record.step}` };
    }
    const wasRunning = this.running;
    this.running = false;
    await this.queueIdle();
    try {
      await this.restoreFrom(record, false);
    } catch (e) {
      reject(e);
      if (wasRunning) this.handle({ type: 'run' });
      return;
    }
    if (storedAs !== 'same') await store.save(record);
    this.postCheckpoints(record.runId, await store.list(record.runId));
    this.post({ type: 'checkpointImported', fileName, step: record.step, storedAs, id: record.id });
  }

  /** Resolves once a run loop in progress has stopped. */
  private async queueIdle(): Promise<void> {
    while (this.loopActive) await yieldToEventLoop();
  }

  /** A fault the engine noticed itself: training stops and the page decides what follows. */
  private onFault(fault: IncidentKind, notice: EngineNotice): void {
    this.running = false;
    this.post({ type: 'fault', fault, step: this.run?.step ?? 0, notice });
  }

  /** Updates the run's journal in storage (how far it got, whether it trains). */
  private async journal(update: (j: RunJournal) => RunJournal = (j) => j): Promise<void> {
    const run = this.run;
    // A run shown read-only is another tab's: its journal is that tab's to write.
    if (!run || this.readOnly) return;
    const store = await this.store;
    const previous = await store.loadJournal(run.runId);
    // The run's checkpoints as last listed: listing them again would read every record.
    const listed =
      this.listed?.runId === run.runId ? this.listed.checkpoints : await store.list(run.runId);
    this.listed = { runId: run.runId, checkpoints: listed };
    const latest = listed.reduce<CheckpointMeta | null>(
      (a, b) => (a === null || b.step > a.step ? b : a),
      null,
    );
    const base: RunJournal = previous ?? {
      runId: run.runId,
      config: run.currentConfig,
      startedAt: Date.now(),
      updatedAt: 0,
      lastStep: 0,
      running: false,
      finished: false,
      checkpointStep: null,
      incidents: [],
    };
    await store.saveJournal(
      update({
        ...base,
        config: run.currentConfig,
        updatedAt: Date.now(),
        lastStep: run.step,
        running: this.running,
        finished: run.finished !== null,
        checkpointStep: latest?.step ?? null,
      }),
    );
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
    this.loopActive = true;
    await this.journal();
    try {
      while (this.running && !run.finished && !run.atStepBoundary) {
        this.postPhase(await run.runNextPhase());
      }
      await this.fusedSteps(run);
    } finally {
      this.running = false;
      this.loopActive = false;
      this.compiling = false;
      this.elapsedMs += performance.now() - this.runStartedAt;
      if (this.run === run) {
        this.postStatus();
        await this.journal();
      }
    }
  }

  /**
   * The fused steps of run mode (`run/run-mode.ts`), with this session's hooks: losses read
   * back are posted at most every PROGRESS_EVERY_MS (and before each phase), the journal is
   * written every second, the speed is measured at each read-back.
   */
  private async fusedSteps(run: TrainingRun): Promise<void> {
    // Losses read back but not yet posted: a fast backend reads back every few ms, the page
    // hears of them at most every PROGRESS_EVERY_MS.
    let unsent: number[] = [];
    let firstUnsent = run.step + 1;
    let sentAt = 0;
    const sendProgress = () => {
      if (unsent.length === 0) return;
      const losses = Float32Array.from(unsent);
      const points = run.metrics.takePoints();
      this.post(
        { type: 'progress', firstStep: firstUnsent, losses, status: this.status(), points },
        [losses.buffer],
      );
      unsent = [];
      firstUnsent = run.step + 1;
      sentAt = performance.now();
    };
    this.compiling = true; // until the first read-back: kernels compile on first use
    this.postStatus(); // the page allows a compiling engine a longer silence
    try {
      await runMode(run.ctx, run.state, {
        store: await this.store,
        keepGoing: () => this.running,
        elapsedMs: () => this.trainingMs(),
        onReadBack: async (_firstStep, losses) => {
          for (const l of losses) unsent.push(l);
          this.speed.mark(run.step);
          if (this.compiling || performance.now() - sentAt >= PROGRESS_EVERY_MS) {
            this.compiling = false;
            sendProgress();
          }
          if (performance.now() - this.journalShownAt > 1000) {
            this.journalShownAt = performance.now();
            await this.journal();
          }
        },
        beforeReport: sendProgress,
        onEvaluation: (report) => this.postPhase(report),
        onCheckpoint: (report) => this.postPhase(report),
        onStopDecision: (decision) => {
          run.lastStop = decision;
          this.postPhase(decision.report);
        },
      });
    } finally {
      sendProgress();
    }
  }

  /**
   * Posts a phase's report. A stopping report carries the run's `done` decision
   * (`phases/stopping.ts`): a stop is announced, a fault handed to the page to recover from.
   */
  private postPhase(report: PhaseReport): void {
    const run = this.run;
    const verdict = report.phase === 'stopping' ? run?.lastStop?.verdict : undefined;
    if (verdict?.kind === 'fault') {
      this.onFault('nanWeights', verdict.notice);
      return;
    }
    if (report.phase === 'checkpoint' || (report.phase === 'stopping' && report.stop)) {
      void this.journal();
    }
    if (report.phase === 'checkpoint' && run) this.postCheckpoints(run.runId, report.checkpoints);
    const points = run?.metrics.takePoints();
    this.post({ type: 'phase', report, status: this.status(), points });
    if (report.phase === 'evaluation') this.postWarnings();
    if (report.phase === 'stopping' && report.stop) {
      this.post({ type: 'stopped', report, status: this.status() });
    }
  }

  /**
   * The learning-rate range test on a copy of the run (`run/lr-find.ts`), posting its progress
   * at most every PROGRESS_EVERY_MS; it ends as cancelled once another test or a command that
   * trains or replaces the run comes in (`lrFindId` moves on).
   */
  private async findLearningRate(settings: LrFindSettings, id: number): Promise<void> {
    const run = this.requireRun();
    let sentAt = 0;
    try {
      const report = await findLearningRate(run.ctx, run.state, settings, {
        keepGoing: () => id === this.lrFindId && this.run === run,
        onProgress: (r) => {
          if (performance.now() - sentAt < PROGRESS_EVERY_MS) return;
          sentAt = performance.now();
          this.post({ type: 'lrFind', report: r });
        },
      });
      this.post({ type: 'lrFind', report });
    } catch (e) {
      this.post({ type: 'lrFind', report: emptyLrFindReport(settings, run.step, 'failed') });
      throw e;
    }
  }

  /** Runs the early-warning detectors over the run's recorded series (after an evaluation). */
  private postWarnings(): void {
    const run = this.requireRun();
    // The detectors see the raw latest points, not the whole run: a check costs the same at any step.
    const events = this.warnings.update(run.runId, run.metrics.recent, run.modelSummary);
    run.metrics.checked();
    this.post({ type: 'warnings', events });
  }

  /** Training time of the run so far, in ms: phases and run mode, not idle time. */
  private trainingMs(): number {
    return this.elapsedMs + (this.running ? performance.now() - this.runStartedAt : 0);
  }

  /** Posts a run's checkpoint list, and keeps it for the journal. */
  private postCheckpoints(runId: string | undefined, checkpoints: CheckpointMeta[]): void {
    if (runId !== undefined) this.listed = { runId, checkpoints };
    this.post({ type: 'checkpoints', checkpoints });
  }

  private postStatus(): void {
    this.post({ type: 'status', status: this.status() });
  }

  private requireRun(): TrainingRun {
    if (!this.run) refuse({ id: 'noRun' });
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
      learningRate: run.state.learningRate,
      microBatch: run.state.microBatch,
      accumulate: run.plan.accumulate,
      batchSize: run.currentConfig.batchSize,
      stepsPerSecond: sps,
      samplesPerSecond:
        sps === null ? null : sps * run.currentConfig.batchSize * run.plan.accumulate,
      elapsedMs: this.trainingMs(),
      running: this.running,
      lastPhase: run.lastPhase,
      nextPhase: run.nextPhase,
      finished: run.finished,
      compiling: this.compiling,
      memory: { numTensors: mem.numTensors, numBytes: mem.numBytes },
      readOnly: this.readOnly,
    };
  }
}
