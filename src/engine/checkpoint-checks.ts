/**
 * The checks a checkpoint passes before it may replace the current run: values that are all
 * finite, counters within the run's limits, complete optimizer state, a data order that is a
 * permutation of the training set, metric series of matching lengths, and tensors that are
 * the model's own, by name and shape. A failed check throws a {@link CheckpointRefusal} that
 * names the problem by id, with its numbers; the page words it.
 */
import type { z } from '../config/zod';
import { FIELDS } from '../config/schema';
import type { CheckpointProblem, CheckpointProblemId } from '../protocol/checkpoint-problems';
import type { CheckpointRecord, SavedTensor } from './checkpoint';
import { expectedOptimizerState } from './training/optimizer-settings';

/** A checkpoint that cannot be restored, and why (see {@link CheckpointProblem}). */
export class CheckpointRefusal extends Error {
  constructor(readonly problem: CheckpointProblem) {
    super(`${problem.id} ${JSON.stringify(problem.values)}`);
    this.name = 'CheckpointRefusal';
  }
}

function refuse(id: CheckpointProblemId, values: CheckpointProblem['values']): never {
  throw new CheckpointRefusal({ id, values });
}

/** The largest value the config schema allows for a numeric field. */
function schemaMax(key: 'maxSteps' | 'maxEpochs'): number {
  const field = FIELDS.find((f) => f.key === key);
  return (field?.schema as z.ZodNumber | undefined)?.maxValue ?? Number.MAX_SAFE_INTEGER;
}

/** No run goes beyond these: the largest max steps and max epochs the sidebar accepts. */
export const STEP_LIMIT = schemaMax('maxSteps');
export const EPOCH_LIMIT = schemaMax('maxEpochs');

function checkFinite(part: string, tensors: { name: string; values: ArrayLike<number> }[]): void {
  for (const t of tensors) {
    for (let i = 0; i < t.values.length; i++) {
      const v = t.values[i];
      if (!Number.isFinite(v))
        refuse('nonFinite', { part, tensor: t.name, index: i, value: `${v}` });
    }
  }
}

/**
 * Checks that need no model, only the record: finite weights, optimizer state and kept best
 * weights; step and epoch within {@link STEP_LIMIT} and {@link EPOCH_LIMIT}; the optimizer
 * state that `record.config.optimizer` keeps (training/optimizer-settings.ts: its step count t
 * equal to the step, and each state tensor of each parameter, by name and shape); a data order that is a permutation of 0 … n − 1; metric series
 * whose step and value arrays have equal lengths. Throws {@link CheckpointRefusal}.
 */
export function checkRecord(record: CheckpointRecord): void {
  const { step, data } = record;
  if (step > STEP_LIMIT) refuse('stepBeyondLimit', { step, limit: STEP_LIMIT });
  if (Math.max(record.epoch, data.epoch) > EPOCH_LIMIT)
    refuse('epochBeyondLimit', { epoch: Math.max(record.epoch, data.epoch), limit: EPOCH_LIMIT });
  if (record.epoch !== data.epoch)
    refuse('epochMismatch', { epoch: record.epoch, dataEpoch: data.epoch });

  checkFinite('weights', record.weights);
  checkFinite('optimizer', record.optimizer);
  const best = record.bestWeights;
  if (best) {
    const sizes = record.weights.map((w) => w.values.length);
    const fits =
      best.values.length === sizes.length && best.values.every((v, i) => v.length === sizes[i]);
    if (!fits) refuse('bestWeightsShape', { tensors: best.values.length, expected: sizes.length });
    checkFinite(
      'bestWeights',
      best.values.map((values, i) => ({ name: record.weights[i].name, values })),
    );
  }

  checkOptimizerState(record);

  const n = data.order.length;
  const seen = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const v = data.order[i];
    if (v < 0 || v >= n) refuse('orderOutOfRange', { position: i, index: v, examples: n });
    if (seen[v]) refuse('orderRepeated', { position: i, index: v });
    seen[v] = 1;
  }

  // Each series has one value per step.
  for (const [name, s] of Object.entries(record.history)) {
    if (s && s.steps.length !== s.values.length)
      refuse('seriesLengths', {
        series: `log.${name}.steps`,
        length: s.steps.length,
        other: `log.${name}.values`,
        otherLength: s.values.length,
      });
  }
}

/** The slot of a state tensor's name ("W · hidden 1/m" → "/m"); the step count's whole name. */
const slotOf = (name: string) => (name.includes('/') ? name.slice(name.lastIndexOf('/')) : name);

/**
 * The optimizer state by slot and shape, in order (its parameter names are checked against
 * the model's by {@link checkRecordFitsRun}, after the weights' own names).
 */
function checkOptimizerState(record: CheckpointRecord): void {
  const expected = expectedOptimizerState(record.config.optimizer, record.weights);
  const saved = record.optimizer;
  const optimizer = record.config.optimizer;
  expected.forEach((e, i) => {
    const s: SavedTensor | undefined = saved[i];
    if (!s || slotOf(s.name) !== slotOf(e.name))
      refuse('optimizerStateMissing', {
        optimizer,
        expected: expected.length,
        found: saved.length,
        missing: e.name,
      });
    if (s.shape.join('x') !== e.shape.join('x'))
      refuse('optimizerStateShape', {
        optimizer,
        name: s.name,
        shape: s.shape.join('×') || 'scalar',
        expected: e.shape.join('×') || 'scalar',
      });
  });
  if (saved.length !== expected.length)
    refuse('optimizerStateMissing', {
      optimizer,
      expected: expected.length,
      found: saved.length,
      missing: '',
    });
  const iterations = saved[0].values[0];
  if (iterations !== record.step - (record.scaler?.skippedSteps ?? 0))
    refuse('optimizerIterations', { optimizer, iterations, step: record.step });
}

/**
 * Checks against the run that is to continue from `record`: its tensors must be the model's
 * own, in the model's order, by name (shapes and count are checked by the restore), the
 * optimizer state named after them, and the step must be where the epoch and batch position
 * say it is (step = epoch × ⌈batches per epoch / k⌉ + ⌈batch / k⌉ with k micro-batches per
 * step). Throws {@link CheckpointRefusal}.
 */
export function checkRecordFitsRun(
  record: CheckpointRecord,
  run: { paramNames: readonly string[]; batchesPerEpoch: number },
): void {
  record.weights.forEach((w, i) => {
    const expected = run.paramNames[i];
    if (expected !== undefined && w.name !== expected)
      refuse('tensorName', { position: i + 1, name: w.name, expected });
  });
  const names = run.paramNames.map((name, i) => ({ name, shape: record.weights[i]?.shape ?? [] }));
  const expected = expectedOptimizerState(record.config.optimizer, names);
  expected.forEach((e, i) => {
    if (record.optimizer[i]?.name !== e.name)
      refuse('optimizerStateMissing', {
        optimizer: record.config.optimizer,
        expected: expected.length,
        found: record.optimizer.length,
        missing: e.name,
      });
  });
  // With k micro-batches per step (fixed for a run) an epoch of B batches takes ⌈B/k⌉ steps,
  // its last one fewer micro-batches when k does not divide B (accumulation.ts).
  const k = Math.max(1, record.config.accumulation ?? 1);
  const position =
    record.data.epoch * Math.ceil(run.batchesPerEpoch / k) + Math.ceil(record.data.cursor / k);
  if (record.step !== position)
    refuse('stepPosition', {
      step: record.step,
      epoch: record.data.epoch,
      batch: record.data.cursor,
      batchesPerEpoch: run.batchesPerEpoch,
    });
}

/** Whether a record passes {@link checkRecord} (for choosing a stored checkpoint to resume). */
export function passesChecks(record: CheckpointRecord): boolean {
  try {
    checkRecord(record);
    return true;
  } catch {
    return false;
  }
}
