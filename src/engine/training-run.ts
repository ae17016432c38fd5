/**
 * One training run: its data, model, optimizer and counters, and the nine phases as methods.
 *
 * Step mode calls {@link TrainingRun.runNextPhase} and gets back what that phase really
 * computed. Run mode calls {@link TrainingRun.trainStep}, which fuses data → forward → loss →
 * backward → update into one `tf.tidy` with no read-back, and leaves evaluation,
 * checkpointing and the stopping check to the caller's intervals.
 */
import * as tf from '@tensorflow/tfjs';
import { FIELDS, type LabConfig } from '../config/schema';
import type { PhaseId, ViewablePhase } from '../protocol/phases';
import { phaseAfter } from '../protocol/phases';
import type {
  BackwardReport,
  CheckpointMeta,
  CheckpointReport,
  DataReport,
  EvaluationReport,
  ForwardReport,
  InitializationReport,
  LossReport,
  ParamValues,
  PhaseReport,
  StoppingReport,
  UpdateReport,
} from '../protocol/reports';
import {
  CHECKPOINT_FORMAT,
  type CheckpointRecord,
  type CheckpointStore,
  type MetricsHistory,
  recordParts,
  type SavedTensor,
  toMeta,
} from './checkpoint';
import { checkRecord, checkRecordFitsRun } from './checkpoint-checks';
import { INIT_SCHEMES } from './initializers';
import { RunHistory } from './run-history';
import {
  createOptimizer,
  extraOptimizerState,
  isAdamPower,
  OPTIMIZER_LABELS,
  setExtraOptimizerState,
  setLearningRate,
} from './optimizers';
import { Rng } from './rng';
import { histogram, identicalColumns, l2Norm, std } from './stats';
import {
  checkStopping,
  type EarlyStoppingState,
  earlyStoppingRule,
  INITIAL_EARLY_STOPPING,
  keepsBestWeights,
  monitoredValue,
  recordEvaluation,
} from './stopping';
import { BestWeights } from './best-weights';
import { previewUpdate } from './update-preview';
import { type DataSplit, type Model, type ParamInfo, paramsOf, type Task } from './tasks/types';

/** Examples whose activations the forward panel shows. */
const SHOWN_EXAMPLES = 8;
/** Training accuracy is measured on at most this many training examples (the first ones). */
const EVAL_TRAIN_LIMIT = 1000;
/** Examples per forward pass when evaluating (the worker reads back after each). */
const EVAL_CHUNK = 256;
/** Forward FLOPs per evaluation chunk, when that allows more than EVAL_CHUNK examples. */
const EVAL_CHUNK_FLOPS = 50e6;

interface Batch {
  x: tf.Tensor2D;
  y: tf.Tensor1D;
  indices: Int32Array;
}

let runCounter = 0;

/** A new run's id, unique in this browser: the time in base 36 and a counter. */
export function newRunId(): string {
  return `run-${Date.now().toString(36)}-${(runCounter++).toString(36)}`;
}

export class TrainingRun {
  readonly runId: string;
  readonly data: DataSplit;
  private config: LabConfig;
  private readonly task: Task;
  private readonly store: CheckpointStore;
  private readonly xTrain: tf.Tensor2D;
  private readonly yTrain: tf.Tensor1D;
  private readonly xVal: tf.Tensor2D;
  private readonly yVal: tf.Tensor1D;
  private readonly initRng: Rng;
  private readonly shuffleRng: Rng;
  private model: Model | null = null;
  private optimizer: tf.Optimizer | null = null;

  step = 0;
  /** Completed epochs. */
  epoch = 0;
  /** Index of the next batch within the current epoch. */
  cursor = 0;
  private order: Int32Array;
  lastPhase: PhaseId | null = null;
  trainLoss: number | null = null;
  valLoss: number | null = null;
  valAccuracy: number | null = null;
  earlyStopping: EarlyStoppingState = INITIAL_EARLY_STOPPING;
  finished: { reason: string } | null = null;
  /** The weights at the best evaluation, while restore-best-weights is on. */
  private readonly bestWeights = new BestWeights();
  /** Training time so far, in ms, for the max-time criterion; the session provides it. */
  clock: () => number = () => 0;
  /** The recorded metrics: downsampled for checkpoints and the page, raw latest for the detectors. */
  readonly metrics = new RunHistory();

  /** The recorded metrics, downsampled to a bounded size (what checkpoints and the page get). */
  get history(): MetricsHistory {
    return this.metrics.kept;
  }

  // Results held between phases in step mode (disposed when consumed or on dispose()).
  private batch: Batch | null = null;
  private grads: tf.NamedTensorMap | null = null;
  /** A view of a phase is being computed ({@link viewPhase}): nothing is recorded. */
  private viewing = false;

  constructor(config: LabConfig, task: Task, store: CheckpointStore, runId?: string) {
    this.config = config;
    this.task = task;
    this.store = store;
    this.runId = runId ?? newRunId();
    // One seed, three independent streams: data, initial weights, shuffling.
    const root = new Rng(config.seed);
    const dataRng = root.fork();
    this.initRng = root.fork();
    this.shuffleRng = root.fork();
    this.data = task.makeData(config, dataRng);
    const { train, validation, inputSize } = this.data;
    this.xTrain = tf.tensor2d(train.x, [train.n, inputSize]);
    this.yTrain = tf.tensor1d(train.y, targetDtype(this.data));
    this.xVal = tf.tensor2d(validation.x, [validation.n, inputSize]);
    this.yVal = tf.tensor1d(validation.y, targetDtype(this.data));
    this.order = Int32Array.from({ length: train.n }, (_, i) => i);
  }

  get currentConfig(): LabConfig {
    return this.config;
  }

  get nextPhase(): PhaseId {
    return phaseAfter(this.lastPhase);
  }

  get batchesPerEpoch(): number {
    return Math.ceil(this.data.train.n / this.config.batchSize);
  }

  get initialized(): boolean {
    return this.model !== null;
  }

  /** Initialized, and no step-mode step half done: {@link viewPhase} may be called. */
  get betweenSteps(): boolean {
    return this.model !== null && this.batch === null && this.grads === null;
  }

  /** The model's layers, parameters and FLOPs, known before its weights are drawn. */
  get modelSummary() {
    return this.model?.summary ?? this.task.describeModel(this.config, this.data);
  }

  /**
   * Applies the fields that may change while a run is live (learning rate, intervals,
   * criteria); fields that need a new model keep the values the run was built with.
   */
  updateLive(config: LabConfig): void {
    const previous = this.config;
    const live = Object.fromEntries(
      FIELDS.filter((f) => f.applies === 'live').map((f) => [f.key, config[f.key]]),
    );
    this.config = { ...this.config, ...live };
    if (this.optimizer) setLearningRate(this.optimizer, config.learningRate);
    this.adjustEarlyStopping(previous);
  }

  /** Runs the phase that comes next in step mode and returns what it computed. */
  async runNextPhase(): Promise<PhaseReport> {
    const phase = this.nextPhase;
    const report = await this.runPhase(phase);
    this.lastPhase = phase;
    return report;
  }

  private runPhase(phase: PhaseId): Promise<PhaseReport> | PhaseReport {
    switch (phase) {
      case 'initialization':
        return this.initialize();
      case 'data':
        return this.loadBatch();
      case 'forward':
        return this.forward();
      case 'loss':
        return this.computeLoss();
      case 'backward':
        return this.backward();
      case 'update':
        return this.update();
      case 'evaluation':
        return this.evaluate();
      case 'checkpoint':
        return this.saveCheckpoint();
      case 'stopping':
        return this.checkStop();
    }
  }

  // ── initialization ─────────────────────────────────────────────────────────────────

  /** Draws the initial weights with the configured scheme and creates the optimizer. */
  async initialize(): Promise<InitializationReport> {
    this.model?.dispose();
    this.optimizer?.dispose();
    this.model = this.task.buildModel(this.config, this.data, this.initRng);
    this.optimizer = createOptimizer(this.config.optimizer, this.config.learningRate);
    const weights = await this.readParams();
    const scheme = INIT_SCHEMES[this.config.initializer];
    const model = this.model;
    return {
      phase: 'initialization',
      scheme: scheme.label,
      totalParams: model.summary.totalParams,
      weights,
      layers: model.summary.layers.map((l, i) => {
        // A layer's first variable is its weight matrix (inputs × outputs).
        const w = weights.find((p) => p.layer === i)!.values;
        return {
          name: l.name,
          shape: [l.inputs, l.outputs],
          params: l.params,
          weightHistogram: histogram(w),
          std: std(w),
          targetStd: scheme.targetStd(l.inputs, l.outputs),
          identicalUnits: identicalColumns(w, l.inputs, l.outputs),
        };
      }),
    };
  }

  // ── data ───────────────────────────────────────────────────────────────────────────

  /**
   * Indices of the next batch. At the start of each epoch the order of the training set is
   * reshuffled with the run's seeded generator; the last batch of an epoch may be smaller.
   */
  private nextIndices(): { indices: Int32Array; shuffled: boolean } {
    const shuffled = this.cursor === 0;
    if (shuffled) this.shuffleRng.shuffle(this.order);
    const bs = this.config.batchSize;
    const from = this.cursor * bs;
    return { indices: this.order.slice(from, Math.min(from + bs, this.order.length)), shuffled };
  }

  /** Gathers a batch from the training tensors, which stay on the device. */
  private gatherBatch(indices: Int32Array): Batch {
    // The indices stay out of the tidy's result: tidy walks every element of what it returns.
    const { x, y } = tf.tidy(() => {
      const idx = tf.tensor1d(indices, 'int32');
      return { x: tf.gather(this.xTrain, idx), y: tf.gather(this.yTrain, idx) };
    });
    return { x, y, indices };
  }

  loadBatch(): DataReport {
    this.disposeStepState();
    const { indices, shuffled } = this.nextIndices();
    this.batch = this.gatherBatch(indices);
    return this.dataReport(indices, shuffled);
  }

  /**
   * The indices {@link nextIndices} will return next, without taking them: at the start of
   * an epoch the order is shuffled on a copy, with a copy of the shuffling generator.
   */
  private peekIndices(): { indices: Int32Array; shuffled: boolean } {
    const order = this.order;
    const rngState = this.shuffleRng.getState();
    this.order = order.slice();
    try {
      return this.nextIndices();
    } finally {
      this.order = order;
      this.shuffleRng.setState(rngState);
    }
  }

  private dataReport(indices: Int32Array, shuffled: boolean): DataReport {
    const shown = Math.min(this.task.previewExamples ?? SHOWN_EXAMPLES, indices.length);
    const d = this.data.inputSize;
    const sampleInputs = new Float32Array(shown * d);
    for (let k = 0; k < shown; k++) {
      sampleInputs.set(this.data.train.x.subarray(indices[k] * d, indices[k] * d + d), k * d);
    }
    return {
      phase: 'data',
      epoch: this.epoch,
      batchIndex: this.cursor,
      batchesPerEpoch: this.batchesPerEpoch,
      batchSize: indices.length,
      shuffled,
      indices,
      sampleInputs,
      sampleLabels: pickTargets(this.data.train.y, indices.subarray(0, shown)),
      inputSize: d,
    };
  }

  /**
   * A step-mode view of `phase` at the current step that changes nothing in the run: the
   * batch the next step will load, the forward pass, loss and gradients on it with the
   * current weights, the update the next step will make (applied to copies of the weights
   * and the optimizer state, see {@link previewUpdate}), or the stopping criteria now. Nothing
   * is recorded in the history. Only between two steps: throws while a step-mode step is
   * half done (its batch is loaded) or before initialization.
   */
  async viewPhase(phase: ViewablePhase): Promise<PhaseReport> {
    if (phase === 'stopping') return this.stoppingReport();
    const model = this.requireModel();
    if (this.batch || this.grads)
      throw new Error('A step is half done: finish it with Next phase.');
    const { indices, shuffled } = this.peekIndices();
    if (phase === 'data') return this.dataReport(indices, shuffled);
    this.batch = this.gatherBatch(indices);
    this.viewing = true;
    try {
      if (phase === 'forward') return await this.forward();
      if (phase === 'loss') return await this.computeLoss();
      if (phase === 'backward') return await this.backward();
      const before = await this.readParams();
      const batch = this.batch;
      const { value, grads } = this.optimizer!.computeGradients(
        () => this.meanLoss(model, batch.x, batch.y),
        model.variables,
      );
      value.dispose();
      this.grads = grads;
      const { after, state } = await previewUpdate(
        this.optimizer!,
        this.config.optimizer,
        this.config.learningRate,
        model.variables,
        grads,
      );
      return {
        phase: 'update',
        optimizer: OPTIMIZER_LABELS[this.config.optimizer],
        learningRate: this.config.learningRate,
        before,
        after: before.map((p, i) => ({ ...p, values: after[i] })),
        state,
        step: this.step + 1,
      };
    } finally {
      this.viewing = false;
      this.disposeStepState();
    }
  }

  // ── forward and loss ───────────────────────────────────────────────────────────────

  async forward(): Promise<ForwardReport> {
    const { model, batch } = this.requireBatch();
    const shown = Math.min(SHOWN_EXAMPLES, batch.indices.length);
    const [layers, probs, attention] = tf.tidy(() => {
      const x = batch.x.slice([0, 0], [shown, this.data.inputSize]);
      const { logits, hidden, attention = [] } = model.forward(x);
      // A regression's outputs are its predictions; a classifier's become probabilities.
      return [
        hidden,
        this.data.classes === 0 ? tf.reshape(logits, [-1]) : tf.softmax(logits),
        attention,
      ] as const;
    });
    const values = await this.readTensors(layers);
    const probabilities = (await probs.data()) as Float32Array;
    const attentionValues = await this.readTensors(attention);
    tf.dispose([...layers, probs, ...attention]);
    const d = this.data.inputSize;
    return {
      phase: 'forward',
      examples: shown,
      labels: pickTargets(this.data.train.y, batch.indices.subarray(0, shown)),
      inputs: Float32Array.from({ length: shown * d }, (_, k) => {
        const i = batch.indices[Math.floor(k / d)];
        return this.data.train.x[i * d + (k % d)];
      }),
      layers: layers.map((t, l) => ({
        name: model.layerNames[l],
        units: t.size / shown,
        shape: t.shape.slice(1),
        activation: model.activations[l],
        values: values[l],
      })),
      probabilities,
      classes: this.data.classes,
      ...(attention.length > 0 && {
        attention: attention.map((t, b) => ({
          block: b + 1,
          heads: t.shape[1]!,
          size: t.shape[2]!,
          values: attentionValues[b],
        })),
      }),
    };
  }

  private meanLoss(model: Model, x: tf.Tensor2D, y: tf.Tensor1D): tf.Scalar {
    return tf.mean(
      this.task.lossPerExample(model.forward(x).logits, y, this.data.classes, this.data),
    );
  }

  async computeLoss(): Promise<LossReport> {
    const { model, batch } = this.requireBatch();
    const [perExample, trueProb] = tf.tidy(() => {
      const logits = model.forward(batch.x).logits;
      const k = this.data.classes;
      return [
        this.task.lossPerExample(logits, batch.y, k, this.data),
        // p(true class) for a classifier; the predicted value for a regression.
        k === 0
          ? tf.reshape(logits, [-1])
          : tf.sum(tf.mul(tf.softmax(logits), tf.oneHot(batch.y, k)), 1),
      ];
    });
    const losses = (await perExample.data()) as Float32Array;
    const p = (await trueProb.data()) as Float32Array;
    tf.dispose([perExample, trueProb]);
    const mean = losses.reduce((s, v) => s + v, 0) / losses.length;
    if (!this.viewing) this.recordTrainLoss(this.step + 1, mean);
    return {
      phase: 'loss',
      lossName:
        typeof this.task.lossName === 'string' ? this.task.lossName : this.task.lossName(this.data),
      perExample: losses,
      labels: pickTargets(this.data.train.y, batch.indices),
      trueClassProbability: this.data.classes === 0 ? new Float32Array(0) : p,
      predictions: this.data.classes === 0 ? p : undefined,
      mean,
    };
  }

  // ── backward and update ────────────────────────────────────────────────────────────

  /**
   * Backpropagation: ∂L/∂θ for every parameter. tfjs records the forward pass on its
   * gradient tape inside `computeGradients`, so the forward pass is traced again here.
   */
  async backward(): Promise<BackwardReport> {
    const { model, batch } = this.requireBatch();
    const optimizer = this.optimizer!;
    this.disposeGrads();
    const { value, grads } = optimizer.computeGradients(
      () => this.meanLoss(model, batch.x, batch.y),
      model.variables,
    );
    this.grads = grads;
    const loss = (await value.data())[0];
    value.dispose();
    const values = await this.readTensors(model.variables.map((v) => grads[v.name]));
    const named = this.paramNames();
    const out = values.map((vals, i) => ({
      ...named[i],
      shape: model.variables[i].shape,
      values: vals,
      norm: l2Norm(vals),
    }));
    const perLayer = model.layerNames.map((_, l) =>
      Math.hypot(...out.filter((g) => g.layer === l).map((g) => g.norm)),
    );
    if (!this.viewing) this.recordGradNorms(this.step + 1, perLayer);
    return {
      phase: 'backward',
      grads: out,
      globalNorm: Math.sqrt(out.reduce((s, g) => s + g.norm * g.norm, 0)),
      loss,
    };
  }

  /** θ ← optimizer(θ, ∂L/∂θ): applies the gradients of the backward phase. */
  async update(): Promise<UpdateReport> {
    const optimizer = this.optimizer!;
    if (!this.grads) throw new Error('Run the backward phase before the update.');
    const before = await this.readParams();
    optimizer.applyGradients(this.grads);
    this.disposeGrads();
    const after = await this.readParams();
    const state = await this.readOptimizerState();
    this.completeStep();
    return {
      phase: 'update',
      optimizer: OPTIMIZER_LABELS[this.config.optimizer],
      learningRate: this.config.learningRate,
      before,
      after,
      state: state.map((s) => ({
        name: s.name,
        shape: s.shape,
        values: Float32Array.from(s.values),
      })),
      step: this.step,
    };
  }

  /** Counts one optimizer step and moves the data position on. */
  private completeStep(): void {
    this.step++;
    this.cursor++;
    if (this.cursor >= this.batchesPerEpoch) {
      this.cursor = 0;
      this.epoch++;
    }
    tf.dispose(this.batch ? [this.batch.x, this.batch.y] : []);
    this.batch = null;
  }

  // ── run mode ───────────────────────────────────────────────────────────────────────

  /**
   * One fused training step (data, forward, loss, backward, update) with no GPU read-back.
   * Returns the loss as a scalar tensor that the caller reads back later and disposes.
   */
  trainStep(): tf.Scalar {
    return this.fusedStep(false) as tf.Scalar;
  }

  /**
   * The same fused step, also measuring each layer's gradient norm ‖∂L/∂Wₗ, ∂L/∂bₗ‖₂
   * before the update. Returns [loss, norm₁ … norm_L]; run mode calls it on the steps whose
   * loss it reads back, so the extra reductions cost nothing on the other steps.
   */
  trainStepWithGradNorms(): tf.Tensor1D {
    return this.fusedStep(true) as tf.Tensor1D;
  }

  private fusedStep(measure: boolean): tf.Tensor {
    if (!this.model || !this.optimizer) throw new Error('Initialize the model first.');
    this.disposeStepState();
    const model = this.model;
    const optimizer = this.optimizer;
    const { indices } = this.nextIndices();
    const out = tf.tidy(() => {
      const { x, y } = this.gatherBatch(indices);
      const { value, grads } = optimizer.computeGradients(
        () => this.meanLoss(model, x, y),
        model.variables,
      );
      const norms = measure ? layerGradNorms(model, grads) : null;
      optimizer.applyGradients(grads);
      return norms ? tf.concat([tf.reshape(value, [1]), norms]) : value;
    });
    this.completeStep();
    this.lastPhase = 'update';
    return out;
  }

  /** Records the per-layer gradient norms measured at `step`. */
  recordGradNorms(step: number, norms: ArrayLike<number>): void {
    this.metrics.recordGradNorms(step, norms);
  }

  /** Records losses read back in run mode: `losses[k]` belongs to step `firstStep + k`. */
  recordTrainLosses(firstStep: number, losses: ArrayLike<number>): void {
    for (let k = 0; k < losses.length; k++) this.recordTrainLoss(firstStep + k, losses[k]);
  }

  private recordTrainLoss(step: number, loss: number): void {
    this.metrics.recordTrainLoss(step, loss); // the same step measured again replaces it
    this.trainLoss = loss;
  }

  // ── evaluation, checkpoint, stopping ───────────────────────────────────────────────

  /** Loss and accuracy on the held-out validation split; the model is not changed. */
  async evaluate(): Promise<EvaluationReport> {
    const model = this.requireModel();
    // One pass over the validation split serves the loss, the accuracy, the dead units and
    // the task's view. Training accuracy uses as many training examples as there are
    // validation examples (the first ones, at most EVAL_TRAIN_LIMIT): the two accuracies
    // are compared on equal footing, and a slow model is not evaluated twice over.
    const val = await this.passInChunks(model, this.xVal, this.yVal, true);
    const m = Math.min(this.data.train.n, this.data.validation.n, EVAL_TRAIN_LIMIT);
    const train = await this.passInChunks(
      model,
      this.xTrain.slice([0, 0], [m, this.data.inputSize]),
      this.yTrain.slice([0], [m]),
      false,
      true,
    );
    train.logits.dispose();
    // A regression has no classes, so no accuracy (NaN).
    const regression = this.data.classes === 0;
    const valLoss = val.lossSum / this.data.validation.n;
    const valAccuracy = regression ? NaN : val.correct / this.data.validation.n;
    const trainAccuracy = regression ? NaN : train.correct / m;
    const dead = tf.tidy(() =>
      val.hiddenMax.length > 0
        ? tf.stack(
            // A unit is inactive on every example when its largest activation is ≤ 0.
            val.hiddenMax.map((h) => tf.mean(tf.cast(tf.lessEqual(h, 0), 'float32'))),
          )
        : tf.zeros([0]),
    );
    const deadUnits = Array.from(await dead.data());
    const extras = await this.task.evaluationView(model, this.data, val.logits, {
      config: this.config,
      step: this.step,
    });
    tf.dispose([val.logits, dead, ...val.hiddenMax]);
    this.valLoss = valLoss;
    this.valAccuracy = Number.isNaN(valAccuracy) ? null : valAccuracy;
    this.recordEarlyStopping();
    this.metrics.recordEvaluation(this.step, valLoss, valAccuracy, deadUnits);
    return {
      phase: 'evaluation',
      step: this.step,
      valLoss,
      valAccuracy,
      trainAccuracy,
      ...extras,
      deadUnits: deadUnits.map((fraction, l) => ({ layer: model.layerNames[l], fraction })),
    };
  }

  /** Writes the complete state of the run to the checkpoint store. */
  async saveCheckpoint(): Promise<CheckpointReport> {
    this.requireModel();
    const weights = (await this.readParams()).map((p): SavedTensor => ({
      name: p.name,
      shape: p.shape,
      dtype: 'float32',
      values: p.values,
    }));
    const optimizer = await this.readOptimizerState(true);
    const record: Omit<CheckpointRecord, 'sizeBytes'> = {
      format: CHECKPOINT_FORMAT,
      id: `${this.runId}@${this.step}`,
      runId: this.runId,
      task: this.task.id,
      createdAt: Date.now(),
      step: this.step,
      epoch: this.epoch,
      valLoss: this.valLoss,
      config: this.config,
      weights,
      optimizer,
      data: { order: this.order.slice(), cursor: this.cursor, epoch: this.epoch },
      rng: { shuffle: this.shuffleRng.getState() },
      earlyStopping: this.earlyStopping,
      history: this.metrics.snapshot(), // downsampled: its size does not grow with the run
      bestWeights: await this.bestWeights.read(),
    };
    const contents = recordParts(record);
    const full: CheckpointRecord = {
      ...record,
      sizeBytes: contents.reduce((s, p) => s + p.bytes, 0),
    };
    await this.store.save(full);
    const all = await this.store.list(this.runId);
    for (const old of retired(all, this.config.keepCheckpoints)) await this.store.delete(old.id);
    const checkpoints = await this.store.list(this.runId);
    return { phase: 'checkpoint', saved: toMeta(full), checkpoints, contents };
  }

  /** Checks every stopping criterion; when one fires, the run is finished with its reason. */
  checkStop(): StoppingReport {
    const restoreOn = this.config.restoreBest === 'on';
    const report = this.stoppingReport();
    const firedBy = report.criteria.find((c) => c.fires)?.id;
    // Keras's restore_best_weights, once, when early stopping ends the run.
    if (firedBy === 'earlyStopping' && restoreOn && !this.finished && this.model) {
      this.bestWeights.restoreInto(this.model.variables);
    }
    this.finished = report.stop && report.reason ? { reason: report.reason } : null;
    return report;
  }

  /** Every stopping criterion's state now, changing nothing. */
  private stoppingReport(): StoppingReport {
    const restoreOn = this.config.restoreBest === 'on';
    return checkStopping({
      config: this.config,
      step: this.step,
      epoch: this.epoch,
      elapsedMs: this.clock(),
      trainLoss: this.trainLoss,
      valLoss: this.valLoss,
      valAccuracy: this.valAccuracy,
      earlyStopping: this.earlyStopping,
      bestWeightsStep: restoreOn ? this.bestWeights.step : null,
    });
  }

  /** Early stopping's count after an evaluation, and the copy of the best weights. */
  private recordEarlyStopping(): void {
    const rule = earlyStoppingRule(this.config);
    const value = monitoredValue(rule.monitor, {
      valLoss: this.valLoss,
      valAccuracy: this.valAccuracy,
    });
    this.earlyStopping = recordEvaluation(this.earlyStopping, value, this.step, rule);
    if (
      this.config.restoreBest === 'on' &&
      this.model &&
      keepsBestWeights(this.earlyStopping, this.bestWeights.kept)
    ) {
      this.bestWeights.keep(this.model.variables, this.step);
    }
  }

  /**
   * A live change of what early stopping watches makes its best value meaningless: the count
   * starts again. Turning restore-best-weights off frees the kept copy.
   */
  private adjustEarlyStopping(previous: LabConfig): void {
    const a = earlyStoppingRule(previous);
    const b = earlyStoppingRule(this.config);
    if (a.monitor !== b.monitor || a.direction !== b.direction) {
      this.earlyStopping = INITIAL_EARLY_STOPPING;
      this.bestWeights.dispose();
    }
    if (this.config.restoreBest !== 'on') this.bestWeights.dispose();
  }

  /**
   * Restores a run's state from a checkpoint of the same task and model shape. Throws (and
   * changes nothing) when the record fails {@link checkRecord} or {@link checkRecordFitsRun}.
   */
  async restore(record: CheckpointRecord): Promise<void> {
    if (record.task !== this.task.id) {
      throw new Error(`The checkpoint is for the task "${record.task}", not "${this.task.id}".`);
    }
    if (
      record.data.order.length !== this.data.train.n ||
      record.data.cursor >= this.batchesPerEpoch
    ) {
      throw new Error(
        `The checkpoint's data position (${record.data.order.length} examples, batch ${record.data.cursor}) does not fit this data set (${this.data.train.n} examples, ${this.batchesPerEpoch} batches).`,
      );
    }
    checkRecord(record);
    if (!this.model) await this.initialize();
    const model = this.requireModel();
    if (record.weights.length !== model.variables.length)
      throw new Error('The checkpoint is for a different model.');
    checkRecordFitsRun(record, {
      paramNames: this.paramNames().map((p) => p.name),
      batchesPerEpoch: this.batchesPerEpoch,
    });
    record.weights.forEach((w, i) => {
      const v = model.variables[i];
      if (w.shape.join('x') !== v.shape.join('x'))
        throw new Error(
          `Parameter ${w.name} has shape ${w.shape} in the checkpoint but ${v.shape} in the model.`,
        );
    });
    // tidy frees the temporary tensors; the variables keep their own reference to the data.
    tf.tidy(() =>
      record.weights.forEach((w, i) => model.variables[i].assign(tf.tensor(w.values, w.shape))),
    );
    this.disposeStepState();
    this.optimizer?.dispose();
    this.optimizer = createOptimizer(this.config.optimizer, this.config.learningRate);
    const toNamed = (saved: SavedTensor[]) =>
      saved.map((s) => ({ name: s.name, tensor: tf.tensor(s.values, s.shape, s.dtype) }));
    // tfjs's own slots (iteration count, moments) go through setWeights(), which makes its own
    // variables from them; Adam's running powers are restored after it, since setWeights()
    // recomputes them with pow() and may be one ulp off the accumulated values.
    const slots = toNamed(record.optimizer.filter((s) => !isAdamPower(s.name)));
    if (slots.length > 0) await this.optimizer.setWeights(slots);
    tf.dispose(slots.map((s) => s.tensor));
    const extra = toNamed(record.optimizer.filter((s) => isAdamPower(s.name)));
    setExtraOptimizerState(this.optimizer, extra);
    tf.dispose(extra.map((s) => s.tensor));
    this.step = record.step;
    this.epoch = record.data.epoch;
    this.cursor = record.data.cursor;
    this.order = record.data.order.slice();
    this.shuffleRng.setState(record.rng.shuffle);
    this.earlyStopping = record.earlyStopping;
    this.bestWeights.dispose();
    const best = record.bestWeights;
    if (best && best.values.length === model.variables.length) {
      this.bestWeights.load(model.variables, best.values, best.step);
    }
    this.valLoss = record.valLoss;
    this.metrics.restore(record.history);
    this.trainLoss = this.history.trainLosses.at(-1) ?? null;
    this.valAccuracy = this.history.valAccuracies.at(-1) ?? null;
    this.lastPhase = 'stopping';
    this.finished = null;
  }

  /**
   * Set when NaN was written into the weights from outside ({@link injectNaN}): non-finite
   * values after that are a fault to recover from, not the run's own divergence.
   */
  nanInjected = false;

  /** Fault injection: every weight of the first layer becomes NaN, as after a numeric blow-up. */
  injectNaN(): void {
    const w = this.requireModel().variables[0];
    tf.tidy(() => w.assign(tf.fill(w.shape, NaN)));
    this.nanInjected = true;
  }

  /**
   * The model over (x, y) in chunks of EVAL_CHUNK examples, each followed by a read-back of
   * its loss sum and correct count: a large split never blocks the worker for long, nor
   * holds every layer's activations at once. Returns the outputs (to dispose), and with
   * `withHidden` each hidden layer's largest activation per unit over all examples.
   */
  private async passInChunks(
    model: Model,
    x: tf.Tensor2D,
    y: tf.Tensor1D,
    withHidden: boolean,
    disposeInputs = false,
  ): Promise<{ logits: tf.Tensor2D; lossSum: number; correct: number; hiddenMax: tf.Tensor[] }> {
    const n = x.shape[0];
    const k = this.data.classes;
    const parts: tf.Tensor2D[] = [];
    let hiddenMax: tf.Tensor[] = [];
    let lossSum = 0;
    let correct = 0;
    // Small models go in larger chunks: fewer read-backs, and still a short stretch of work
    // (the cpu backend computes synchronously, and the worker must answer in between).
    const flops = model.summary.table.reduce((sum, r) => sum + r.forwardFlops, 0);
    const chunk = Math.max(EVAL_CHUNK, Math.floor(EVAL_CHUNK_FLOPS / Math.max(1, flops)));
    for (let from = 0; from < n; from += chunk) {
      const size = Math.min(chunk, n - from);
      const out = tf.tidy(() => {
        const xs = x.slice([from, 0], [size, x.shape[1]]);
        const ys = y.slice([from], [size]);
        const { logits, hidden } = model.forward(xs);
        const hits =
          k === 0 ? tf.scalar(0) : tf.sum(tf.cast(tf.equal(tf.argMax(logits, 1), ys), 'float32'));
        const maxes = withHidden ? hidden.map((h) => tf.max(h, 0)) : [];
        return {
          logits,
          stats: tf.stack([tf.sum(this.task.lossPerExample(logits, ys, k, this.data)), hits]),
          maxes: hiddenMax.length > 0 ? maxes.map((m, l) => tf.maximum(m, hiddenMax[l])) : maxes,
        };
      });
      tf.dispose(hiddenMax);
      hiddenMax = out.maxes;
      parts.push(out.logits);
      const [l, c] = await out.stats.data();
      // A macrotask turn, so the worker answers messages (pause, the heartbeat) between
      // chunks: on the cpu backend the read-back above resolves at once and never yields.
      await new Promise((resolve) => setTimeout(resolve, 0));
      out.stats.dispose();
      lossSum += l;
      correct += c;
    }
    const logits = parts.length === 1 ? parts[0] : tf.concat(parts);
    if (parts.length > 1) tf.dispose(parts);
    if (disposeInputs) tf.dispose([x, y]);
    return { logits, lossSum, correct, hiddenMax };
  }

  // ── helpers ────────────────────────────────────────────────────────────────────────

  private requireModel(): Model {
    if (!this.model) throw new Error('Initialize the model first.');
    return this.model;
  }

  private requireBatch(): { model: Model; batch: Batch } {
    if (!this.batch) throw new Error('Load a batch first.');
    return { model: this.requireModel(), batch: this.batch };
  }

  private paramNames(): readonly ParamInfo[] {
    return paramsOf(this.requireModel());
  }

  private async readTensors(ts: tf.Tensor[]): Promise<Float32Array[]> {
    return Promise.all(ts.map((t) => t.data() as Promise<Float32Array>));
  }

  private async readParams(): Promise<ParamValues[]> {
    const model = this.requireModel();
    const values = await this.readTensors(model.variables);
    const names = this.paramNames();
    return values.map((v, i) => ({ ...names[i], shape: model.variables[i].shape, values: v }));
  }

  /**
   * The optimizer's slots (moments, accumulators) and its iteration count; for a checkpoint
   * also the state tfjs's getWeights() leaves out (Adam's running powers of β₁ and β₂).
   */
  private async readOptimizerState(forCheckpoint = false): Promise<SavedTensor[]> {
    const named = await this.optimizer!.getWeights();
    if (forCheckpoint) named.push(...extraOptimizerState(this.optimizer!));
    const out: SavedTensor[] = [];
    for (const { name, tensor } of named) {
      const dtype = tensor.dtype === 'int32' ? 'int32' : 'float32';
      out.push({
        name,
        shape: tensor.shape,
        dtype,
        values: (await tensor.data()) as Float32Array | Int32Array,
      });
      // getWeights() returns the live slot variables, plus a fresh scalar for the iteration count.
      if (name === 'iter') tensor.dispose();
    }
    return out;
  }

  private disposeGrads(): void {
    if (this.grads) tf.dispose(Object.values(this.grads));
    this.grads = null;
  }

  private disposeStepState(): void {
    this.disposeGrads();
    if (this.batch) tf.dispose([this.batch.x, this.batch.y]);
    this.batch = null;
  }

  /** Frees every tensor of the run: data, model, optimizer state and step state. */
  dispose(): void {
    this.disposeStepState();
    this.bestWeights.dispose();
    this.model?.dispose();
    this.optimizer?.dispose();
    tf.dispose([this.xTrain, this.yTrain, this.xVal, this.yVal]);
    this.model = null;
    this.optimizer = null;
  }
}

/** ‖g‖₂ per layer over all its variables (weights and biases), as one vector. */
function layerGradNorms(model: Model, grads: tf.NamedTensorMap): tf.Tensor1D {
  const params = paramsOf(model);
  const perLayer = model.layerNames.map((_, l) =>
    tf.addN(
      model.variables
        .filter((_, i) => params[i].layer === l)
        .map((v) => tf.sum(tf.square(grads[v.name]))),
    ),
  );
  return tf.sqrt(tf.stack(perLayer)) as tf.Tensor1D;
}

/**
 * Retention policy: keep the `keep` latest checkpoints and the one with the best (lowest)
 * validation loss; return the others, to delete.
 */
export function retired(all: CheckpointMeta[], keep: number): CheckpointMeta[] {
  const latest = new Set(
    [...all]
      .sort((a, b) => b.step - a.step)
      .slice(0, keep)
      .map((c) => c.id),
  );
  const scored = all.filter((c) => c.valLoss !== null && Number.isFinite(c.valLoss));
  const best = scored.sort((a, b) => (a.valLoss as number) - (b.valLoss as number))[0];
  return all.filter((c) => !latest.has(c.id) && c.id !== best?.id);
}

/** Class labels are integers; a regression's targets are numbers. */
function targetDtype(data: DataSplit): 'int32' | 'float32' {
  return data.classes === 0 ? 'float32' : 'int32';
}

/** The targets at `indices`, in the same typed array type (labels or values). */
function pickTargets(y: Int32Array | Float32Array, indices: ArrayLike<number>) {
  return y instanceof Float32Array
    ? Float32Array.from(indices, (i) => y[i])
    : Int32Array.from(indices, (i) => y[i]);
}
