/**
 * The cost of data-parallel training's gradient exchange and what it does to the speedup.
 *
 * Ring all-reduce (Patarasuk & Yuan 2009; the algorithm NCCL and PyTorch DDP use): each of N
 * workers sends, and receives, 2 (N − 1) / N × the gradient bytes per step, in 2 (N − 1)
 * steps (N − 1 of reduce-scatter, N − 1 of all-gather). In the alpha-beta (latency-bandwidth)
 * model of Thakur, Rabenseifner & Gropp 2005 ("Optimization of Collective Communication
 * Operations in MPICH"):
 *
 *   t_comm = 2 (N − 1) · α + 2 (N − 1) / N · bytes / β
 *
 * α: latency per step (s), β: link bandwidth per direction (bytes/s).
 *
 * A step with the global batch split over N workers (strong scaling):
 *
 *   t_compute = FLOPs per step / (peak × MFU) / N
 *   t_step    = t_compute + exposed communication
 *
 * Without overlap all of t_comm is exposed. PyTorch DDP (Li et al. 2020, "PyTorch
 * Distributed") all-reduces gradient buckets while the backward pass still runs, so up to the
 * backward's share of the compute (≈ 2/3: backward ≈ 2 × forward) hides communication:
 * exposed = max(0, t_comm − t_backward). The last bucket's exchange, which can never overlap,
 * and contention on shared links are not modelled.
 */
import type { Interconnect } from '../config/interconnects';

/** Bytes each worker sends (and receives) in a ring all-reduce of `bytes` over `workers` workers. */
export function ringBytesPerWorker(bytes: number, workers: number): number {
  return workers <= 1 ? 0 : (2 * (workers - 1) * bytes) / workers;
}

/** Seconds of a ring all-reduce of `bytes` over `workers` workers on `link` (alpha-beta model); 0 for one worker. */
export function ringAllReduceSeconds(
  bytes: number,
  workers: number,
  link: Pick<Interconnect, 'bandwidth' | 'latency'>,
): number {
  if (workers <= 1) return 0;
  return 2 * (workers - 1) * link.latency + ringBytesPerWorker(bytes, workers) / link.bandwidth;
}

/** Share of a training step's compute that is the backward pass (backward ≈ 2 × forward). */
export const BACKWARD_SHARE = 2 / 3;

/** The inputs of one data-parallel step. */
export interface ParallelStepInput {
  /** Forward + backward FLOPs of one step at the global batch. */
  flopsPerStep: number;
  /** Device peak, FLOP/s. */
  peakFlops: number;
  /** Model FLOPs utilisation, (0, 1]. */
  mfu: number;
  /** Bytes of the gradients exchanged per step (parameters × bytes per gradient value). */
  gradBytes: number;
  link: Pick<Interconnect, 'bandwidth' | 'latency'>;
  /** Overlap communication with the backward pass (DDP buckets). */
  overlap: boolean;
}

/** One point of the scaling curve; times in s. */
export interface ParallelStep {
  workers: number;
  compute: number;
  comm: number;
  /** Communication not hidden behind the backward pass. */
  exposedComm: number;
  step: number;
  /** t_step(1) / t_step(N). */
  speedup: number;
  /** speedup / N, a fraction. */
  efficiency: number;
}

/** The step time on `workers` workers, before speedup (internal). */
function stepAt(p: ParallelStepInput, workers: number) {
  const compute = p.flopsPerStep / (p.peakFlops * p.mfu) / workers;
  const comm = ringAllReduceSeconds(p.gradBytes, workers, p.link);
  const exposedComm = p.overlap ? Math.max(0, comm - compute * BACKWARD_SHARE) : comm;
  return { compute, comm, exposedComm, step: compute + exposedComm };
}

/**
 * The step, speedup and scaling efficiency for each worker count in `workerCounts`.
 * Throws RangeError for a worker count below 1 or an MFU outside (0, 1].
 */
export function scalingCurve(
  p: ParallelStepInput,
  workerCounts: readonly number[],
): ParallelStep[] {
  if (!(p.mfu > 0 && p.mfu <= 1)) throw new RangeError(`MFU must be in (0, 1], got ${p.mfu}`);
  const one = stepAt(p, 1).step;
  return workerCounts.map((n) => {
    if (!(n >= 1 && Number.isInteger(n)))
      throw new RangeError(`workers must be a whole number ≥ 1, got ${n}`);
    const s = stepAt(p, n);
    const speedup = one / s.step;
    return { workers: n, ...s, speedup, efficiency: speedup / n };
  });
}

/** 1, 2, 4, … up to `max` (a power of two or not: max itself is the last point). */
export function powersOfTwo(max: number): number[] {
  const out: number[] = [];
  for (let n = 1; n < max; n *= 2) out.push(n);
  out.push(max);
  return out;
}
