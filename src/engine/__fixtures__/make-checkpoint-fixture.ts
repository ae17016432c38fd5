/**
 * Makes the checkpoint files that the fixture tests load: a default two-circles run trained
 * TRAINED_STEPS steps on the tfjs cpu backend, written exactly as the checkpoint panel's
 * Download writes it (encodeCheckpoint of the stored record), in the format the code writes
 * now, and the losses of the RESUMED_STEPS steps that follow a resume from that file.
 *
 * Each committed file is the oracle of its format for every later version: it must keep
 * loading (by migration) and keep giving the same losses. `node scripts/make-checkpoint-fixture.mjs`
 * writes the current format's file (checkpoint-v<N>-classify2d…) beside the older ones and
 * never replaces one without --force.
 */
import * as tf from '@tensorflow/tfjs';
import { DEFAULT_CONFIG, type LabConfig } from '../../config/schema';
import { CHECKPOINT_FORMAT, MemoryCheckpointStore } from '../checkpoint';
import { decodeCheckpoint, encodeCheckpoint } from '../checkpoint-file';
import { TASKS } from '../tasks/registry';
import { TrainingRun } from '../training-run';

/** Steps trained before the checkpoint: mid-epoch (10 batches of 32 per epoch), after 2 epochs. */
export const TRAINED_STEPS = 23;
/** Steps trained after resuming, whose losses are recorded; they cross a reshuffle. */
export const RESUMED_STEPS = 10;
/** Run mode reads the per-layer gradient norms at each read-back (default every 10 steps). */
const READBACK_INTERVAL = 10;

/** What the sidecar JSON records beside the checkpoint file. */
export interface CheckpointFixtureExpectation {
  /** The `format` of the record inside the file when it was written. */
  format: string;
  backend: string;
  tfjsVersion: string;
  /** Lowercase hex SHA-256 of the file's exact text (UTF-8). */
  sha256: string;
  trainedSteps: number;
  /** The steps after the resume (TRAINED_STEPS + 1 …), and their losses (float32 as numbers). */
  resumedSteps: number[];
  losses: number[];
}

/** Lowercase hex SHA-256 of a text's UTF-8 bytes (Web Crypto). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Losses of `k` fused steps, each read back as a number. */
export async function trainLosses(run: TrainingRun, k: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < k; i++) {
    const loss = run.trainStep();
    out.push((await loss.data())[0]);
    loss.dispose();
  }
  return out;
}

/**
 * Resumes a run from a checkpoint file's text as the checkpoint panel's file import does
 * (decode, a new run of the record's config and run id, restore) and trains `k` steps.
 * Returns their losses. Throws what decodeCheckpoint or restore throws.
 */
export async function resumeAndTrain(text: string, k: number): Promise<number[]> {
  const record = decodeCheckpoint(text);
  const run = new TrainingRun(
    record.config,
    TASKS[record.config.task],
    new MemoryCheckpointStore(),
    record.runId,
  );
  try {
    await run.restore(record);
    return await trainLosses(run, k);
  } finally {
    run.dispose();
  }
}

/**
 * Trains the fixture's run on the cpu backend and returns the file's text and the sidecar.
 * `over` changes fields of the default config (e.g. another optimizer). Throws when the
 * resumed losses differ from the uninterrupted run's (the file would be no oracle then).
 */
export async function makeCheckpointFixture(over: Partial<LabConfig> = {}): Promise<{
  text: string;
  expected: CheckpointFixtureExpectation;
}> {
  await tf.setBackend('cpu');
  const store = new MemoryCheckpointStore();
  const run = new TrainingRun(
    { ...DEFAULT_CONFIG, ...over },
    TASKS.classify2d,
    store,
    'run-checkpoint-v1',
  );
  await run.initialize();
  // As run mode does: every loss recorded, the gradient norms at each read-back.
  for (let s = 1; s <= TRAINED_STEPS; s++) {
    if (s % READBACK_INTERVAL === 0) {
      const out = run.trainStepWithGradNorms();
      const values = await out.data();
      out.dispose();
      run.recordTrainLosses(s, [values[0]]);
      run.recordGradNorms(s, values.subarray(1));
    } else {
      const loss = run.trainStep();
      run.recordTrainLosses(s, [(await loss.data())[0]]);
      loss.dispose();
    }
  }
  await run.evaluate();
  run.checkStop();
  const { saved } = await run.saveCheckpoint();
  const record = await store.load(saved.id);
  if (!record) throw new Error('the checkpoint was not stored');
  const text = encodeCheckpoint(record);
  const uninterrupted = await trainLosses(run, RESUMED_STEPS);
  run.dispose();

  const losses = await resumeAndTrain(text, RESUMED_STEPS);
  if (losses.some((l, i) => !Object.is(l, uninterrupted[i]))) {
    throw new Error(
      `resuming from the file does not continue the run: ${losses} vs ${uninterrupted}`,
    );
  }
  return {
    text,
    expected: {
      format: CHECKPOINT_FORMAT,
      backend: tf.getBackend(),
      tfjsVersion: tf.version.tfjs,
      sha256: await sha256Hex(text),
      trainedSteps: TRAINED_STEPS,
      resumedSteps: Array.from({ length: RESUMED_STEPS }, (_, i) => TRAINED_STEPS + 1 + i),
      losses,
    },
  };
}
