/**
 * A checkpoint is a plain record holding everything needed to continue a run exactly:
 * weights, optimizer state, counters, the position in the data order, the random
 * generators' state, early-stopping state, the config and the metrics so far.
 */
import type { PlateauState } from '../config/plateau';
import type { LabConfig } from '../config/schema';
import type { MetricLogData } from '../protocol/metric-log';
import type { RunJournal } from '../protocol/messages';
import type { CheckpointMeta, CheckpointPart } from '../protocol/reports';
import type { ScalerRunState } from './phases/mixed-precision';
import type { EarlyStoppingState } from './stopping';

/**
 * The format of the records this version writes. @3: the metrics history is one log of named
 * series (`protocol/metric-log.ts`); @2 kept the losses, accuracies, gradient norms and dead
 * units in columns of their own, and @1 held tfjs's optimizers' state instead of the lab's own
 * optimizers' (step count `t`, "<parameter>/<slot>" tensors); both are migrated
 * (checkpoint-migrate.ts).
 */
export const CHECKPOINT_FORMAT = 'training-run-lab/checkpoint@3';

export interface SavedTensor {
  name: string;
  shape: number[];
  dtype: 'float32' | 'int32';
  values: Float32Array | Int32Array;
}

export interface CheckpointRecord extends CheckpointMeta {
  format: typeof CHECKPOINT_FORMAT;
  task: string;
  config: LabConfig;
  weights: SavedTensor[];
  optimizer: SavedTensor[];
  data: { order: Int32Array; cursor: number; epoch: number };
  rng: { shuffle: number };
  earlyStopping: EarlyStoppingState;
  /** Reduce-on-plateau's state (absent in older records: it starts afresh). */
  plateau?: PlateauState;
  /**
   * The loss scaler's state: scale, growth tracker, skipped steps (absent in older records:
   * the initial scale of the config, nothing skipped).
   */
  scaler?: ScalerRunState;
  /** Restore-best-weights' copy of the weights at the best evaluation, when one is kept. */
  bestWeights?: { step: number; values: Float32Array[] } | null;
  /**
   * Every metric series the run recorded, by name (`trainLoss`, `valLoss`, `valAccuracy`,
   * `layerGradNorm/<l>`, `deadUnits/<l>`, `learningRate`, …), downsampled to a bounded size.
   */
  history: MetricLogData;
}

/**
 * Where checkpoints and the runs' journals are kept: IndexedDB in the browser, memory in
 * tests. The journal says how far a run got, so an unfinished run can be resumed.
 */
export interface CheckpointStore {
  save(record: CheckpointRecord): Promise<void>;
  load(id: string): Promise<CheckpointRecord | undefined>;
  list(runId?: string): Promise<CheckpointMeta[]>;
  delete(id: string): Promise<void>;
  saveJournal(journal: RunJournal): Promise<void>;
  loadJournal(runId: string): Promise<RunJournal | undefined>;
  /** Journals of runs that have not finished, newest first. */
  unfinishedRuns(): Promise<RunJournal[]>;
}

/** A history with no series (a run that recorded nothing yet). */
export function emptyHistory(): MetricLogData {
  return {};
}

/** Bytes a record takes: its typed arrays plus its JSON-encoded rest. */
export function recordParts(
  r: Omit<CheckpointRecord, 'sizeBytes'>,
): { part: CheckpointPart; bytes: number }[] {
  const tensorBytes = (ts: SavedTensor[]) => ts.reduce((s, t) => s + t.values.byteLength, 0);
  return [
    { part: 'weights', bytes: tensorBytes(r.weights) },
    { part: 'optimizerState', bytes: tensorBytes(r.optimizer) },
    { part: 'dataPosition', bytes: r.data.order.byteLength + 16 },
    { part: 'rngState', bytes: 4 },
    { part: 'earlyStopping', bytes: JSON.stringify(r.earlyStopping).length },
    ...(r.bestWeights
      ? [
          {
            part: 'bestWeights' as const,
            bytes: r.bestWeights.values.reduce((s, v) => s + v.byteLength, 0),
          },
        ]
      : []),
    { part: 'config', bytes: JSON.stringify(r.config).length },
    {
      part: 'metrics',
      bytes: 8 * Object.values(r.history).reduce((s, l) => s + (l?.steps.length ?? 0) * 2, 0),
    },
  ];
}

/**
 * The metadata of each run's checkpoints, read from a store once per run and then kept up to
 * date by its saves and deletes. Run mode lists a run's checkpoints after every save (to
 * retire the old ones), and a store that reads every record to list them (IndexedDB: each
 * read deserializes weights and metrics) would pay for all kept records at every save; with
 * the cache a listing reads no record. Assumes one writer per run (the engine training it).
 */
export class CheckpointMetaCache {
  private readonly runs = new Map<string, Map<string, CheckpointMeta>>();
  /** Saves and deletes so far: a listing read while one happened is not kept. */
  private writes = 0;

  /** The run's checkpoints by step; `load` reads them from the store (once per run). */
  async list(runId: string, load: () => Promise<CheckpointMeta[]>): Promise<CheckpointMeta[]> {
    let metas = this.runs.get(runId);
    if (!metas) {
      const writes = this.writes;
      metas = new Map((await load()).map((m) => [m.id, toMeta(m)]));
      if (writes === this.writes) this.runs.set(runId, metas);
    }
    return [...metas.values()].sort((a, b) => a.step - b.step);
  }

  /** After a record was written. */
  saved(meta: CheckpointMeta): void {
    this.writes++;
    this.runs.get(meta.runId)?.set(meta.id, toMeta(meta));
  }

  /** After a record was deleted. */
  deleted(id: string): void {
    this.writes++;
    for (const metas of this.runs.values()) metas.delete(id);
  }
}

/** A store in memory, for tests and for browsers without IndexedDB. */
export class MemoryCheckpointStore implements CheckpointStore {
  private readonly records = new Map<string, CheckpointRecord>();
  private readonly journals = new Map<string, RunJournal>();

  async saveJournal(journal: RunJournal) {
    this.journals.set(journal.runId, structuredClone(journal));
  }
  async loadJournal(runId: string) {
    return this.journals.get(runId);
  }
  async unfinishedRuns() {
    return [...this.journals.values()]
      .filter((j) => !j.finished)
      .sort((a, b) => b.updatedAt - a.updatedAt);
  }

  async save(record: CheckpointRecord) {
    this.records.set(record.id, record);
  }
  async load(id: string) {
    return this.records.get(id);
  }
  async list(runId?: string) {
    return [...this.records.values()]
      .filter((r) => runId === undefined || r.runId === runId)
      .map(toMeta)
      .sort((a, b) => a.step - b.step);
  }
  async delete(id: string) {
    this.records.delete(id);
  }
}

/**
 * Whether two records hold the same checkpoint: the same run, step and data position, and
 * bit-identical weights, optimizer state, data order and random generator state.
 */
export function sameCheckpoint(a: CheckpointRecord, b: CheckpointRecord): boolean {
  const bytes = (t: Float32Array | Int32Array) =>
    new Uint8Array(t.buffer, t.byteOffset, t.byteLength);
  const equal = (x: Float32Array | Int32Array, y: Float32Array | Int32Array) => {
    const bx = bytes(x);
    const by = bytes(y);
    return bx.length === by.length && bx.every((v, i) => v === by[i]);
  };
  const tensors = (x: SavedTensor[], y: SavedTensor[]) =>
    x.length === y.length &&
    x.every((t, i) => t.name === y[i].name && equal(t.values, y[i].values));
  return (
    a.runId === b.runId &&
    a.step === b.step &&
    a.data.cursor === b.data.cursor &&
    a.data.epoch === b.data.epoch &&
    a.rng.shuffle === b.rng.shuffle &&
    equal(a.data.order, b.data.order) &&
    tensors(a.weights, b.weights) &&
    tensors(a.optimizer, b.optimizer)
  );
}

export function toMeta(r: CheckpointMeta): CheckpointMeta {
  return {
    id: r.id,
    runId: r.runId,
    step: r.step,
    epoch: r.epoch,
    valLoss: r.valLoss,
    sizeBytes: r.sizeBytes,
    createdAt: r.createdAt,
  };
}
