/**
 * The engine's adapter to the worker protocol: it receives the page's commands
 * (`EngineCommand`), calls the engine's functions and posts what they return as events
 * (`EngineEvent`). It holds what the protocol itself needs: the current
 * {@link TrainingRun}, whether run mode is on (Pause turns it off), the order in which
 * commands run, and whether the run is shown read-only. How a run trains lives in the
 * engine: run mode in `run/run-driver.ts` (around `run/run-mode.ts`), step mode in
 * `run/step-mode.ts`, what follows a phase in `run/phase-outcome.ts`, the status in
 * `run/status.ts`, the journal in `run-journal.ts`, new and restored runs in `run-lifecycle.ts`.
 */
import type { LabConfig } from '../config/schema';
import type {
  EngineCommand,
  EngineEvent,
  EngineStatus,
  ResumeRequest,
  RunJournal,
} from '../protocol/messages';
import type { LrFindSettings } from '../protocol/lr-find';
import type { BackendRequest } from '../protocol/calibration';
import { BackendControl, startingBackend } from './calibration/backend-control';
import { isViewablePhase } from '../protocol/phases';
import type { IncidentKind } from '../protocol/timeline';
import type { EngineNotice } from '../protocol/notices';
import type { CheckpointMeta, PhaseReport } from '../protocol/reports';
import { type BackendChoice, selectBackend } from './backend';
import type { CheckpointRecord, CheckpointStore } from './checkpoint';
import { decodeCheckpoint, encodeCheckpoint } from './checkpoint-file';
import { contentId } from '../data/own-data';
import { type DatasetStore, MemoryDatasetStore } from './dataset-store';
import { destroyDevice, watchDevice } from './device';
import { errorReport, noticeOf, refuse } from './notice-error';
import { pytorchExportInput } from './pytorch-export';
import { MemoryRunLocks, type RunLocks, RunOwnership } from './run-locks';
import { WarningLog } from './diagnostics';
import type { Task } from './tasks/types';
import { emptyLrFindReport, findLearningRate } from './run/lr-find';
import { phaseOutcome } from './run/phase-outcome';
import { driveRun, PROGRESS_EVERY_MS } from './run/run-driver';
import { runStatus } from './run/status';
import { TrainingClock } from './run/training-clock';
import { RunJournalWriter } from './run-journal';
import { latestGoodCheckpoint, placeImport, prepareTask, restoredRun } from './run-lifecycle';
import { TrainingRun } from './training-run';
import { startFromCheckpoint } from './start-from';
import type { RunParent } from '../data/lineage';
import { yieldToEventLoop } from './yield';
import { weightsDigest } from './weights-digest';
import { CANCELS_LR_FIND, WRITES } from './command-rules';

export class LabSession {
  private run: TrainingRun | null = null;
  private running = false;
  private compiling = false;
  private queue: Promise<void> = Promise.resolve();
  /** The run's training time (phases and run mode, not idle time) and speed. */
  private readonly clock = new TrainingClock();
  /** The early warnings of the current run, updated after each evaluation. */
  private readonly warnings = new WarningLog();
  /** The backend the engine started on, and the one the page asked for. */
  private backendChoice: (BackendChoice & { requested: BackendRequest | null }) | null = null;
  /** The backend the page asked for, and the calibration that picks the fastest (`auto`). */
  private readonly backends = new BackendControl({
    run: () => this.run,
    post: (event) => this.post(event),
    setChoice: (choice) => (this.backendChoice = choice),
    reset: (config) => this.reset(config),
  });
  /** A run loop is in progress (it ends after the current step once `running` is false). */
  private loopActive = false;
  /** The current run's journal in storage. */
  private readonly journals: RunJournalWriter;
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
    this.journals = new RunJournalWriter(store);
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
        const previous = this.run.changeLive(cmd.config, this.running);
        const { step, currentConfig } = this.run;
        this.post({ type: 'liveChange', step, previous, config: currentConfig });
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
        this.enqueue(() => this.backends.afterReset());
        return;
      case 'init':
        this.enqueue(() => this.init(cmd.config, cmd.backend, cmd.resume, cmd.tabRunId ?? null));
        if (cmd.backend === 'auto') this.enqueue(() => this.backends.afterReset());
        return;
      case 'calibrate':
        this.enqueue(async () => void (await this.backends.calibrate()));
        return;
      case 'useBackend':
        this.enqueue(() => this.backends.use(cmd.backend));
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
      case 'startFrom':
        this.running = false;
        this.enqueue(async () => {
          const record = await (await this.store).load(cmd.checkpointId);
          if (!record) refuse({ id: 'checkpointGone' });
          const task = await this.prepareTask(cmd.config);
          const { run, origin } = await startFromCheckpoint(
            cmd.kind,
            record,
            cmd.config,
            task,
            await this.store,
          );
          await this.replaceRun(run, origin);
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
        this.enqueue(() => this.journals.discard(cmd.runId));
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
    backend?: BackendRequest,
    resume?: ResumeRequest,
    tabRunId: string | null = null,
  ) {
    const choice = await selectBackend(startingBackend(backend));
    this.backends.started(backend);
    this.backendChoice = { ...choice, requested: backend ?? null };
    watchDevice((notice) => this.onFault('deviceLost', notice));
    this.post({ type: 'ready', ...choice, requested: backend ?? null });
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
    const found = await this.journals.unfinishedRun(
      this.ownership,
      this.run?.runId ?? null,
      tabRunId,
    );
    if (found) this.post({ type: 'unfinishedRun', ...found });
  }

  private async reset(config: LabConfig): Promise<void> {
    // The task and its data come first: data that cannot be loaded leaves the current run as it is.
    const task = await this.prepareTask(config);
    await this.replaceRun(new TrainingRun(config, task, await this.store));
  }

  /** Makes a new run (of its own id) the current one; `origin`: the run it started from. */
  private async replaceRun(run: TrainingRun, origin: RunParent | null = null): Promise<void> {
    // The run being replaced is abandoned on purpose: it is not offered for resumption.
    if (this.run) await this.journal((j) => ({ ...j, finished: true, running: false }));
    this.run?.dispose();
    this.run = run;
    this.readOnly = false;
    await this.ownership.own(run.runId);
    this.startRun([], null, origin);
  }

  /** The config's task with its data loaded, on a backend that trains its model (`run-lifecycle.ts`). */
  private async prepareTask(config: LabConfig): Promise<Task> {
    const { task, switched } = await prepareTask(config, await this.datasets, this.backendChoice);
    if (switched) this.post({ type: 'ready', ...switched });
    return task;
  }

  /** Announces the current run to the page: a new one, or one restored from a checkpoint. */
  private startRun(
    incidents: RunJournal['incidents'],
    restoredFrom: { id: string; step: number } | null,
    origin: RunParent | null = null,
  ): void {
    const run = this.requireRun();
    this.clock.reset();
    run.clock = () => this.clock.ms();
    run.metrics.takePoints(); // the history below holds them
    this.post({
      type: 'reset',
      dataset: run.ctx.task.datasetView(run.data),
      model: run.modelSummary,
      status: this.status(),
      config: run.currentConfig,
      history: run.history,
      incidents,
      restoredFrom,
      origin,
    });
  }

  /**
   * Continues a run from its latest good checkpoint (after a crash, a lost device or a
   * reload), or with `readOnly` only shows it. Throws when another tab is training the run.
   */
  private async resume(request: ResumeRequest): Promise<void> {
    const record = await latestGoodCheckpoint(await this.store, request.runId);
    if (!record) refuse({ id: 'noGoodCheckpoint' });
    await this.restoreFrom(record, request.run && !request.readOnly, request.readOnly);
  }

  /**
   * Replaces the current run by one restored from `record`. The restored run is built
   * beside the current one, which is only dropped once the restore has succeeded.
   */
  private async restoreFrom(
    record: CheckpointRecord,
    runAfter: boolean,
    readOnly = false,
    from: string = record.runId,
  ): Promise<void> {
    const store = await this.store;
    // Another tab may train this run: then it is not continued here (a terminated worker's
    // or a reloaded page's lock may take a moment to be let go).
    if (!readOnly && !(await this.ownership.take(record.runId))) refuse({ id: 'trainedElsewhere' });
    let restored: TrainingRun;
    try {
      restored = await restoredRun(record, await this.prepareTask(record.config), store);
    } catch (e) {
      if (!readOnly) this.ownership.letGo(record.runId);
      throw e;
    }
    if (!readOnly) await this.ownership.own(record.runId);
    this.readOnly = readOnly;
    this.run?.dispose();
    this.run = restored;
    const journal = await store.loadJournal(record.runId);
    const origin: RunParent = { runId: from, kind: 'resume', step: record.step };
    this.startRun(journal?.incidents ?? [], { id: record.id, step: record.step }, origin);
    this.postCheckpoints(record.runId, await store.list(record.runId));
    if (runAfter) {
      this.running = true;
      await this.runLoop();
    }
  }

  /**
   * Reads a checkpoint file; a bad file is rejected with its reason and changes nothing. An
   * import never overwrites a stored checkpoint (`placeImport` in `run-lifecycle.ts`).
   */
  private async importCheckpoint(fileName: string, text: string): Promise<void> {
    const reject = (e: unknown) =>
      this.post({ type: 'checkpointRejected', fileName, ...errorReport(e) });
    let decoded: CheckpointRecord;
    try {
      decoded = decodeCheckpoint(text);
    } catch (e) {
      reject(e);
      return;
    }
    const store = await this.store;
    const from = decoded.runId;
    const { record, storedAs } = await placeImport(decoded, store, this.ownership);
    const wasRunning = this.running;
    this.running = false;
    await this.queueIdle();
    try {
      await this.restoreFrom(record, false, false, from);
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

  /** Updates the run's journal in storage (`run-journal.ts`); never for a read-only run. */
  private async journal(update?: (j: RunJournal) => RunJournal): Promise<void> {
    // A run shown read-only is another tab's: its journal is that tab's to write.
    if (!this.run || this.readOnly) return;
    await this.journals.write(this.run, this.running, update);
  }

  private async nextPhase(): Promise<void> {
    const run = this.requireRun();
    if (run.finished) {
      this.postStatus();
      return;
    }
    this.postPhase(await this.clock.time(() => run.runNextPhase()));
  }

  /** Run mode (`run/run-driver.ts`) until Pause, a stopping criterion, a fault or a reset. */
  private async runLoop(): Promise<void> {
    const run = this.requireRun();
    this.loopActive = true;
    try {
      await driveRun(run, {
        store: await this.store,
        clock: this.clock,
        keepGoing: () => this.running,
        journal: () => this.journal(),
        onPhase: (report) => this.postPhase(report),
        onCompiling: (compiling) => {
          this.compiling = compiling;
          if (compiling) this.postStatus(); // the page allows a compiling engine a longer silence
        },
        onProgress: (firstStep, losses, points) =>
          this.post({ type: 'progress', firstStep, losses, status: this.status(), points }, [
            losses.buffer,
          ]),
      });
    } finally {
      this.running = false;
      this.loopActive = false;
      this.compiling = false;
      if (this.run === run) {
        this.postStatus();
        await this.journal();
      }
    }
  }

  /** Posts a phase's report, and what follows it (`run/phase-outcome.ts`). */
  private postPhase(report: PhaseReport): void {
    const run = this.run;
    const outcome = phaseOutcome(report, run?.lastStop ?? null);
    if (outcome.kind === 'fault') {
      this.onFault('nanWeights', outcome.notice);
      return;
    }
    if (outcome.journal) void this.journal();
    if (outcome.checkpoints && run) this.postCheckpoints(run.runId, outcome.checkpoints);
    const points = run?.metrics.takePoints();
    this.post({ type: 'phase', report, status: this.status(), points });
    if (outcome.warnings) {
      this.post({ type: 'warnings', events: this.requireRun().earlyWarnings(this.warnings) });
    }
    if (outcome.stopped)
      this.post({ type: 'stopped', report: outcome.stopped, status: this.status() });
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

  /** Posts a run's checkpoint list, and keeps it for the journal. */
  private postCheckpoints(runId: string | undefined, checkpoints: CheckpointMeta[]): void {
    if (runId !== undefined) this.journals.remember(runId, checkpoints);
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
    const { running, compiling, readOnly } = this;
    return runStatus(this.requireRun(), this.clock, { running, compiling, readOnly });
  }
}
