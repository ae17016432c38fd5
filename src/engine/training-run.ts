/**
 * One training run as an object: its plain {@link RunState}, the {@link RunContext} of its
 * tensors, and the checkpoint store it writes to, behind the methods the session and the
 * tests call. Every method delegates to a phase function (`phases/`), to the step-mode
 * driver (`run/step-mode.ts`) or to the fused step (`run/step.ts`); nothing is computed here.
 */
import * as tf from '@tensorflow/tfjs';
import { FIELDS, type LabConfig } from '../config/schema';
import type { PhaseId, ViewablePhase } from '../protocol/phases';
import type { StopReason } from '../protocol/stopping';
import type {
  BackwardReport,
  CheckpointReport,
  DataReport,
  EvaluationReport,
  ForwardReport,
  InitializationReport,
  LossReport,
  PhaseReport,
  StoppingReport,
  UpdateReport,
} from '../protocol/reports';
import type { MetricLogData } from '../protocol/metric-log';
import type { CheckpointRecord, CheckpointStore } from './checkpoint';
import type { Warning, WarningLog } from './diagnostics';
import { backward } from './phases/backward';
import { saveCheckpoint } from './phases/checkpoint';
import { loadBatch } from './phases/data';
import { evaluate, evaluateTestSplit, type TestResult } from './phases/evaluation';
import { forward } from './phases/forward';
import { initialize } from './phases/initialization';
import { computeLoss } from './phases/loss';
import { checkStop, type StopDecision } from './phases/stopping';
import { setStepLearningRate, update } from './phases/update';
import { createRun, disposeRunContext, requireModel, type RunContext } from './run/context';
import { recordGradNorms, recordTrainLosses } from './run/metrics';
import { type StepPlan, stepPlan } from './run/plan';
import { betweenSteps, viewPhase } from './run/phase-view';
import { restoreRun } from './run/record';
import { batchesPerEpoch, type RunState } from './run/state';
import { atStepBoundary, nextPhase, runNextPhase } from './run/step-mode';
import { trainStep, trainStepScaled } from './run/step';
import { INITIAL_EARLY_STOPPING, earlyStoppingRule } from './stopping';
import type { RunHistory } from './run-history';
import type { DataSplit, Task } from './tasks/types';

export { retired } from './phases/checkpoint';
export { newRunId } from './run/context';

export class TrainingRun {
  /** The run's plain state: counters, data position, generators, metrics. */
  readonly state: RunState;
  /** Every tensor of the run. */
  readonly ctx: RunContext;
  private readonly store: CheckpointStore;
  /** Training time so far, in ms, for the max-time criterion; the session provides it. */
  clock: () => number = () => 0;
  /** The decision of the last stopping check (the run's one `done` check). */
  lastStop: StopDecision | null = null;

  constructor(config: LabConfig, task: Task, store: CheckpointStore, runId?: string) {
    const { state, ctx } = createRun(config, task, runId);
    this.state = state;
    this.ctx = ctx;
    this.store = store;
  }

  get runId(): string {
    return this.state.runId;
  }
  get data(): DataSplit {
    return this.ctx.data;
  }
  get currentConfig(): LabConfig {
    return this.state.config;
  }
  get step(): number {
    return this.state.step;
  }
  /** Completed epochs. */
  get epoch(): number {
    return this.state.epoch;
  }
  /** Index of the next batch within the current epoch. */
  get cursor(): number {
    return this.state.cursor;
  }
  get lastPhase(): PhaseId | null {
    return this.state.lastPhase;
  }
  get trainLoss(): number | null {
    return this.state.trainLoss;
  }
  get valLoss(): number | null {
    return this.state.valLoss;
  }
  get valAccuracy(): number | null {
    return this.state.valAccuracy;
  }
  get earlyStopping() {
    return this.state.earlyStopping;
  }
  get finished(): { reason: StopReason } | null {
    return this.state.finished;
  }
  set finished(value: { reason: StopReason } | null) {
    this.state.finished = value;
  }
  /** The recorded metrics, downsampled to a bounded size (what checkpoints and the page get). */
  get history(): MetricLogData {
    return this.state.metrics.kept;
  }
  /** The recorded metrics: downsampled for checkpoints and the page, raw latest for the detectors. */
  get metrics(): RunHistory {
    return this.state.metrics;
  }
  /** NaN was written into the weights from outside ({@link injectNaN}). */
  get nanInjected(): boolean {
    return this.state.nanInjected;
  }
  get nextPhase(): PhaseId {
    return nextPhase(this.state, this.plan);
  }
  /** Whether run mode may take over: no step-mode step is half done. */
  get atStepBoundary(): boolean {
    return atStepBoundary(this.state, this.plan);
  }
  /** What one step does under the current config (learning rate, micro-batches). */
  get plan(): StepPlan {
    return stepPlan(this.state.config);
  }
  get batchesPerEpoch(): number {
    return batchesPerEpoch(this.state);
  }
  get initialized(): boolean {
    return this.ctx.model !== null;
  }
  /** Initialized, and no step-mode step half done: {@link viewPhase} may be called. */
  get betweenSteps(): boolean {
    return betweenSteps(this.ctx);
  }

  /** The model's layers, parameters and FLOPs, known before its weights are drawn. */
  get modelSummary() {
    return this.ctx.model?.summary ?? this.ctx.task.describeModel(this.state.config, this.data);
  }

  /**
   * Applies the fields that may change while a run is live (learning rate, intervals,
   * criteria); fields that need a new model keep the values the run was built with. A live
   * change of what early stopping watches makes its best value meaningless: the count starts
   * again. Turning restore-best-weights off frees the kept copy.
   */
  updateLive(config: LabConfig): void {
    const previous = this.state.config;
    const live = Object.fromEntries(
      FIELDS.filter((f) => f.applies === 'live').map((f) => [f.key, config[f.key]]),
    );
    this.state.config = { ...previous, ...live };
    setStepLearningRate(this.state, this.plan);
    const a = earlyStoppingRule(previous);
    const b = earlyStoppingRule(this.state.config);
    if (a.monitor !== b.monitor || a.direction !== b.direction) {
      this.state.earlyStopping = INITIAL_EARLY_STOPPING;
      this.ctx.bestWeights.dispose();
    }
    if (this.state.config.restoreBest !== 'on') this.ctx.bestWeights.dispose();
  }

  /**
   * A live change from the sidebar ({@link updateLive}). A finished run that is not in run
   * mode (`running`) checks its stopping criteria again, so it goes on when the change lifts
   * the one that ended it (more steps, a longer time limit); in run mode the loop checks
   * them itself. Returns the config before the change.
   */
  changeLive(config: LabConfig, running: boolean): LabConfig {
    const previous = this.state.config;
    this.updateLive(config);
    if (this.finished && !running) this.checkStop();
    return previous;
  }

  /** Runs the phase that comes next in step mode and returns what it computed. */
  runNextPhase(): Promise<PhaseReport> {
    return runNextPhase(this.ctx, this.state, {
      plan: this.plan,
      store: this.store,
      elapsedMs: () => this.clock(),
      onStopDecision: (d) => (this.lastStop = d),
    });
  }

  /**
   * A step-mode view of `phase` at the current step that changes nothing in the run (see
   * `run/phase-view.ts`). Throws while a step-mode step is half done or before initialization.
   */
  viewPhase(phase: ViewablePhase): Promise<PhaseReport> {
    return viewPhase(this.ctx, this.state, this.plan, phase, this.clock());
  }

  /** The current weights measured on the test split, changing nothing; null without one. */
  evaluateTest(): Promise<TestResult | null> {
    return evaluateTestSplit(this.ctx);
  }

  /** Draws the initial weights with the configured scheme and creates the optimizer. */
  initialize(): Promise<InitializationReport> {
    return initialize(this.ctx, this.state, this.plan);
  }
  loadBatch(): DataReport {
    return loadBatch(this.ctx, this.state);
  }
  forward(): Promise<ForwardReport> {
    return forward(this.ctx, this.state.config.precision);
  }
  computeLoss(): Promise<LossReport> {
    return computeLoss(this.ctx, this.state);
  }
  backward(): Promise<BackwardReport> {
    return backward(this.ctx, this.state, this.plan);
  }
  update(): Promise<UpdateReport> {
    return update(this.ctx, this.state, this.plan);
  }

  /**
   * One fused training step (data, forward, loss, backward, update) with no GPU read-back.
   * Returns the loss as a scalar tensor that the caller reads back later and disposes.
   */
  trainStep(): tf.Scalar {
    return trainStep(this.ctx, this.state, this.plan, false) as tf.Scalar;
  }

  /**
   * One fused step under any plan, fp16 loss scaling included (which reads back whether a
   * gradient is Inf/NaN to decide the skip). Returns the loss as a scalar tensor.
   */
  async trainStepScaled(): Promise<tf.Scalar> {
    return (await trainStepScaled(this.ctx, this.state, this.plan, false)) as tf.Scalar;
  }

  /**
   * The same fused step, also measuring each layer's gradient norm ‖∂L/∂Wₗ, ∂L/∂bₗ‖₂
   * before the update: returns [loss, norm₁ … norm_L].
   */
  trainStepWithGradNorms(): tf.Tensor1D {
    return trainStep(this.ctx, this.state, this.plan, true) as tf.Tensor1D;
  }

  /** Records the per-layer gradient norms measured at `step`. */
  recordGradNorms(step: number, norms: ArrayLike<number>): void {
    recordGradNorms(this.state, step, norms);
  }

  /** Records losses read back in run mode: `losses[k]` belongs to step `firstStep + k`. */
  recordTrainLosses(firstStep: number, losses: ArrayLike<number>): void {
    recordTrainLosses(this.state, firstStep, losses);
  }

  /** Loss and accuracy on the held-out validation split; the model is not changed. */
  evaluate(): Promise<EvaluationReport> {
    return evaluate(this.ctx, this.state);
  }

  /** Writes the complete state of the run to the checkpoint store. */
  saveCheckpoint(): Promise<CheckpointReport> {
    return saveCheckpoint(this.ctx, this.state, this.store);
  }

  /** Checks every stopping criterion; when one fires, the run is finished with its reason. */
  checkStop(): StoppingReport {
    this.lastStop = checkStop(this.ctx, this.state, this.clock());
    return this.lastStop.report;
  }

  /**
   * Restores a run's state from a checkpoint of the same task and model shape. Throws (and
   * changes nothing) when the record fails `checkRecord` or `checkRecordFitsRun`.
   */
  restore(record: CheckpointRecord): Promise<void> {
    return restoreRun(this.ctx, this.state, record);
  }

  /**
   * Runs the early-warning detectors (`diagnostics/`) over the series recorded since their
   * last check (after an evaluation) and returns the run's warnings so far. The detectors
   * see the raw latest points, not the whole run: a check costs the same at any step.
   */
  earlyWarnings(log: WarningLog): Warning[] {
    const events = log.update(this.runId, this.metrics.recent, this.modelSummary);
    this.metrics.checked();
    return events;
  }

  /** Fault injection: every weight of the first layer becomes NaN, as after a numeric blow-up. */
  injectNaN(): void {
    const w = requireModel(this.ctx).variables[0];
    tf.tidy(() => w.assign(tf.fill(w.shape, NaN)));
    this.state.nanInjected = true;
  }

  /** Frees every tensor of the run: data, model, optimizer state and step state. */
  dispose(): void {
    disposeRunContext(this.ctx);
  }
}
