/**
 * What a study cost here, and what the same study would cost at the scale of an industrial
 * run: the same number of runs, each with the training compute of a published large run
 * (GPT-3, src/config/compute-reference.ts), on each accelerator of the hardware table at the
 * assumed MFU (../hardware-scaling.ts, as the Scale view computes it).
 */
import { ACCELERATORS, GPT3, type PublishedRun } from '../../config/compute-reference';
import {
  DEFAULT_MFU,
  hardwareCost,
  type HardwareCost,
  type MathPrecision,
} from '../hardware-scaling';
import type { RunRecord } from '../run-record';

/** A study's measured cost. */
export interface StudyCost {
  runs: number;
  /** Σ trainingFlops of its recorded runs, FLOPs. */
  flops: number;
  /** Σ training wall time, ms. */
  wallMs: number;
}

/** The sum of the recorded runs' training FLOPs and wall time. */
export function studyCost(records: readonly Pick<RunRecord, 'compute'>[]): StudyCost {
  return {
    runs: records.length,
    flops: records.reduce((s, r) => s + r.compute.trainingFlops, 0),
    wallMs: records.reduce((s, r) => s + r.compute.wallMs, 0),
  };
}

/** One accelerator's row of the projection. */
export interface StudyProjection {
  deviceId: string;
  name: string;
  /** This study's FLOPs on one such device at the MFU, s; null without a published peak. */
  studySeconds: number | null;
  /** The same study at industrial scale (runs × the reference run's FLOPs) on it. */
  industrial: HardwareCost;
}

/**
 * The study's FLOPs, and `runs` × `reference.flops`, on every accelerator at `precision` and
 * `mfu` (default {@link DEFAULT_MFU}), with the devices needed for `deadlineS` (default 30
 * days). @throws RangeError for an MFU outside (0, 1] (hardwareCost).
 */
export function projectStudy(
  cost: StudyCost,
  precision: MathPrecision = 'bf16',
  mfu = DEFAULT_MFU,
  reference: PublishedRun = GPT3,
  deadlineS?: number,
): StudyProjection[] {
  const industrialFlops = Math.max(1, cost.runs) * reference.flops;
  return ACCELERATORS.map((device) => ({
    deviceId: device.id,
    name: device.name,
    studySeconds: hardwareCost(cost.flops, device, precision, mfu, deadlineS).seconds,
    industrial: hardwareCost(industrialFlops, device, precision, mfu, deadlineS),
  }));
}
