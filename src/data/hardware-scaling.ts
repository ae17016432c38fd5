/**
 * What the same training compute costs on other hardware: time, energy and the number of
 * devices needed to finish within a deadline, at an assumed model FLOPs utilisation (MFU).
 *
 *   time on one device   t = C / (peak × MFU)                          (s)
 *   devices for deadline n = ceil(C / (peak × MFU × deadline))
 *   energy               E = P × t × PUE (the same whether 1 or n devices share the work)
 *
 * MFU is the share of the peak a real training run achieves: Chowdhery et al. 2022 (PaLM)
 * report 46.2 % for PaLM 540B on TPU v4, Narayanan et al. 2021 (Megatron-LM) about 52 % of
 * A100 peak; 40 % is a common planning figure. Communication, input pipelines and failures
 * are not counted (see allreduce.ts for the communication of data parallelism).
 */
import type { Accelerator } from '../config/compute-reference';
import { energyKWh } from './compute-cost';

/** Numeric precision of the matrix multiplies. fp32: plain; tf32: tensor-core fp32; bf16: fp16/bf16 tensor. */
export type MathPrecision = 'fp32' | 'tf32' | 'bf16';

/** The default MFU, a fraction (PaLM reports 0.462; 0.4 is a round planning figure). */
export const DEFAULT_MFU = 0.4;

/** Seconds in 30 days, the default deadline for the devices-needed column. */
export const THIRTY_DAYS_S = 30 * 24 * 3600;

/**
 * The peak (FLOP/s) a device offers at a precision, and whether it falls back: a device without
 * TF32 (V100, the laptop GPU) runs tf32 work as fp32. null where the figure is unpublished
 * (fp32 on a TPU).
 */
export function peakAt(
  device: Accelerator,
  precision: MathPrecision,
): { flops: number; fallback: MathPrecision | null } | null {
  if (precision === 'bf16') return { flops: device.peakFp16, fallback: null };
  if (precision === 'tf32') {
    if (device.peakTf32 !== null) return { flops: device.peakTf32, fallback: null };
    return device.peakFp32 !== null ? { flops: device.peakFp32, fallback: 'fp32' } : null;
  }
  return device.peakFp32 !== null ? { flops: device.peakFp32, fallback: null } : null;
}

/** Time (s) of `flops` FLOPs on one device of `peakFlops` FLOP/s at `mfu` (0..1]. */
export function secondsOnOne(flops: number, peakFlops: number, mfu: number): number {
  return flops / (peakFlops * mfu);
}

/** Devices needed (≥ 1) to finish `flops` within `deadlineS` seconds at `mfu`, assuming perfect scaling. */
export function devicesForDeadline(
  flops: number,
  peakFlops: number,
  mfu: number,
  deadlineS: number,
): number {
  return Math.max(1, Math.ceil(flops / (peakFlops * mfu * deadlineS)));
}

/** One device's row of the comparison. */
export interface HardwareCost {
  deviceId: string;
  /** Peak used, FLOP/s; null where the device has no published peak at the precision. */
  peakFlops: number | null;
  fallback: MathPrecision | null;
  /** On one device, s. */
  seconds: number | null;
  /** Devices to finish within the deadline. */
  devices: number | null;
  /** Energy at the device's power and PUE 1, kWh; null without a published power. */
  energyKWh: number | null;
}

/**
 * The cost of `flops` training FLOPs on `device` at `precision` and `mfu`, with the devices
 * needed for `deadlineS` (default 30 days). Throws RangeError for mfu outside (0, 1] or
 * negative FLOPs.
 */
export function hardwareCost(
  flops: number,
  device: Accelerator,
  precision: MathPrecision,
  mfu: number,
  deadlineS = THIRTY_DAYS_S,
): HardwareCost {
  if (!(mfu > 0 && mfu <= 1)) throw new RangeError(`MFU must be in (0, 1], got ${mfu}`);
  if (!(flops >= 0)) throw new RangeError(`FLOPs must be ≥ 0, got ${flops}`);
  const peak = peakAt(device, precision);
  if (!peak) {
    return {
      deviceId: device.id,
      peakFlops: null,
      fallback: null,
      seconds: null,
      devices: null,
      energyKWh: null,
    };
  }
  const seconds = secondsOnOne(flops, peak.flops, mfu);
  return {
    deviceId: device.id,
    peakFlops: peak.flops,
    fallback: peak.fallback,
    seconds,
    devices: devicesForDeadline(flops, peak.flops, mfu, deadlineS),
    energyKWh: device.powerW === null ? null : energyKWh(device.powerW, seconds * 1000, 1),
  };
}

/** The run's FLOPs scaled by 10⁰ … 10^maxExponent: [{exponent, flops}]. */
export function scaleLadder(
  flops: number,
  maxExponent = 12,
): { exponent: number; flops: number }[] {
  return Array.from({ length: maxExponent + 1 }, (_, k) => ({
    exponent: k,
    flops: flops * 10 ** k,
  }));
}
