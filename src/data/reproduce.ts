/**
 * Reproducing a recorded run: the same config, seed and data trained again from scratch, and
 * its training losses compared with the recorded ones bit for bit. Pure and framework-free.
 *
 * The engine computes losses in float32 (tfjs) and the page receives each as the JavaScript
 * number that float32 converts to exactly; the run record keeps these numbers as they are
 * (IndexedDB stores doubles, and JSON writes the shortest text that reads back as the same
 * double), so a kept point is compared at full float32 precision. What the record does not
 * keep is every step: its curves are downsampled (run-record.ts), with the first losses and
 * each bucket's first, lowest, highest and last point exact. The comparison therefore covers
 * the steps both series kept. A non-finite loss is stored as null and compares equal only to
 * another null (its bits are gone).
 *
 * When two runs of the same config, seed and data differ, the likely reasons are the ones a
 * floating-point sum is sensitive to: another backend (WebGPU, WebGL, CPU kernels sum in
 * other orders), another GPU adapter or browser (other shader compilers and fused
 * operations), or another app version (changed code). With none of them changed, a kernel
 * that is not deterministic on that device is left (e.g. atomic or split reductions; see
 * PyTorch's "Reproducibility" notes, https://pytorch.org/docs/stable/notes/randomness.html).
 */
import type { LineageRun } from './lineage';
import { type Measured, type RunRecord, runParents } from './run-record';

/** A loss series by ascending step (null: a non-finite loss). */
export interface LossSeries {
  steps: readonly number[];
  losses: readonly Measured[];
}

/** Where a reproduction's losses first differ from the recorded ones. */
export interface LossDifference {
  step: number;
  recorded: Measured;
  reproduced: Measured;
}

/** The comparison of the steps two loss series both have. */
export interface LossComparison {
  /** Steps compared (present in both series). */
  compared: number;
  /** The last step compared; null when none was. */
  lastStep: number | null;
  /** The first step whose losses differ in a bit; null when all compared ones are equal. */
  firstDifference: LossDifference | null;
  /**
   * Compared recorded values that are not float32 numbers (rounded or typed in by hand):
   * such a record cannot show bit equality.
   */
  notFloat32: number;
}

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** The bits of `v` as a float32 (v rounded to float32 first), as an unsigned integer. */
export function float32Bits(v: number): number {
  f32[0] = v;
  return u32[0];
}

/** True when `v` is a float32 number (float32 represents it exactly). */
export const isFloat32 = (v: number): boolean => Math.fround(v) === v || Number.isNaN(v);

/** Bit-equal as float32; two nulls (non-finite losses) count as equal. */
export function sameLoss(a: Measured, b: Measured): boolean {
  if (a === null || b === null) return a === b;
  return float32Bits(a) === float32Bits(b);
}

/**
 * Compares `reproduced` with `recorded` on the steps both have, in ascending step order;
 * both series must be sorted by step (as records and the page keep them). O(n + m).
 */
export function compareLosses(recorded: LossSeries, reproduced: LossSeries): LossComparison {
  let i = 0;
  let j = 0;
  let compared = 0;
  let lastStep: number | null = null;
  let notFloat32 = 0;
  let firstDifference: LossDifference | null = null;
  while (i < recorded.steps.length && j < reproduced.steps.length) {
    const a = recorded.steps[i];
    const b = reproduced.steps[j];
    if (a < b) i++;
    else if (b < a) j++;
    else {
      const r = recorded.losses[i];
      const p = reproduced.losses[j];
      compared++;
      lastStep = a;
      if (r !== null && !isFloat32(r)) notFloat32++;
      if (!firstDifference && !sameLoss(r, p))
        firstDifference = { step: a, recorded: r, reproduced: p };
      i++;
      j++;
    }
  }
  return { compared, lastStep, firstDifference, notFloat32 };
}

/** Where a run was trained: what makes float32 results differ between two places. */
export interface Setup {
  backend: string | null;
  adapter: string | null;
  appVersion: string;
}

/** A difference of setup between the recorded run and now. */
export interface SetupDifference {
  kind: 'backend' | 'adapter' | 'appVersion';
  recorded: string | null;
  now: string | null;
}

/**
 * The ways `now` differs from `recorded` (backend, then adapter, then app version); empty
 * when the setup is the same. An adapter unknown on either side is not counted as a
 * difference (the WebGL and CPU backends report none).
 */
export function setupDifferences(recorded: Setup, now: Setup): SetupDifference[] {
  const out: SetupDifference[] = [];
  if (recorded.backend !== now.backend)
    out.push({ kind: 'backend', recorded: recorded.backend, now: now.backend });
  if (recorded.adapter !== null && now.adapter !== null && recorded.adapter !== now.adapter)
    out.push({ kind: 'adapter', recorded: recorded.adapter, now: now.adapter });
  if (recorded.appVersion !== now.appVersion)
    out.push({ kind: 'appVersion', recorded: recorded.appVersion, now: now.appVersion });
  return out;
}

/** The state of a reproduction, as the page reports it. */
export type ReproductionVerdict =
  /** Still short of the recorded steps, and nothing differs yet. */
  | { kind: 'pending'; comparison: LossComparison; target: number }
  /** Done, and every compared loss is bit-equal. */
  | { kind: 'identical'; comparison: LossComparison }
  /** A compared loss differs; `reasons` is empty when the setup is the same. */
  | { kind: 'differs'; comparison: LossComparison; reasons: SetupDifference[] }
  /** Done without a step in common to compare (e.g. stopped before the first loss). */
  | { kind: 'nothingCompared'; comparison: LossComparison };

/**
 * The verdict on a reproduction: `recorded` is the original run's record, `reproduced` the
 * new run's losses so far, `step` the new run's step (optimizer updates), `stopped` whether
 * it stopped (paused, finished or replaced), `now` the setup it trains on. A difference is
 * reported as soon as it appears; bit identity once the new run has reached the recorded
 * run's last step (`recordedStep`) or stopped.
 */
export function reproductionVerdict(
  recorded: LossSeries & Setup & { step: number },
  reproduced: LossSeries,
  step: number,
  stopped: boolean,
  now: Setup,
): ReproductionVerdict {
  const comparison = compareLosses(recorded, reproduced);
  if (comparison.firstDifference)
    return { kind: 'differs', comparison, reasons: setupDifferences(recorded, now) };
  if (step < recorded.step && !stopped)
    return { kind: 'pending', comparison, target: recorded.step };
  if (comparison.compared === 0) return { kind: 'nothingCompared', comparison };
  return { kind: 'identical', comparison };
}

/**
 * Whether a record's data can be trained on again here: a built-in data set always (its
 * generator and seed are in the config); the user's own data set only when the one loaded now
 * has the same content hash (`loadedDataId`, '' or null when none is loaded).
 */
export function dataAvailable(
  data: { contentHash: string | null },
  loadedDataId: string | null,
): boolean {
  return data.contentHash === null || data.contentHash === loadedDataId;
}

/**
 * A run record as the lineage sees it (lineage.ts): its parents ({@link runParents}), a
 * reproduction's among them as the run it reproduces, by the edge kind `reproduce`.
 */
export function lineageRunOf(
  r: Pick<RunRecord, 'id' | 'name' | 'startedAt' | 'reproducedFrom' | 'parents'>,
): LineageRun {
  return { id: r.id, name: r.name, startedAt: r.startedAt, parents: runParents(r) };
}
