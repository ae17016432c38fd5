import { describe, expect, it } from 'vitest';
import { ACCELERATORS, GPT3 } from '../config/compute-reference';
import {
  devicesForDeadline,
  hardwareCost,
  peakAt,
  scaleLadder,
  secondsOnOne,
  THIRTY_DAYS_S,
} from './hardware-scaling';

const byId = (id: string) => ACCELERATORS.find((d) => d.id === id)!;

describe('hardware scaling', () => {
  it('GPT-3 on A100s in bf16 at 40 % MFU: 2.52e9 s on one, 971 for 30 days, 279.6 MWh', () => {
    // 3.14e23 / (312e12 × 0.4) = 2,516,025,641 s; / 2,592,000 s = 970.7 → 971 devices.
    const c = hardwareCost(GPT3.flops, byId('a100'), 'bf16', 0.4);
    expect(c.seconds).toBeCloseTo(2_516_025_641, -1);
    expect(c.devices).toBe(971);
    // 400 W × 2.516e9 s = 1.0064e12 J = 279,558 kWh.
    expect(c.energyKWh).toBeCloseTo(279_558.4, 0);
  });

  it('falls back to fp32 for tf32 where a device has none, and has no fp32 figure for a TPU', () => {
    expect(peakAt(byId('v100'), 'tf32')).toEqual({ flops: 15.7e12, fallback: 'fp32' });
    expect(peakAt(byId('a100'), 'tf32')).toEqual({ flops: 156e12, fallback: null });
    expect(peakAt(byId('tpu-v4'), 'fp32')).toBeNull();
    const tpu = hardwareCost(1e18, byId('tpu-v4'), 'fp32', 0.4);
    expect(tpu.seconds).toBeNull();
    // TPU v5e: no published power, so time but no energy.
    const v5e = hardwareCost(1e18, byId('tpu-v5e'), 'bf16', 0.5);
    expect(v5e.seconds).toBeCloseTo(1e18 / (197e12 * 0.5), 3);
    expect(v5e.energyKWh).toBeNull();
  });

  it('a small job needs one device; the count grows with the FLOPs', () => {
    expect(devicesForDeadline(1e12, 1e12, 0.5, THIRTY_DAYS_S)).toBe(1);
    // 1e24 / (1e15 × 0.5 × 1000) = 2e6 devices.
    expect(devicesForDeadline(1e24, 1e15, 0.5, 1000)).toBe(2_000_000);
    expect(secondsOnOne(6e12, 2e12, 0.5)).toBe(6);
  });

  it('rejects an MFU outside (0, 1]', () => {
    expect(() => hardwareCost(1, byId('h100'), 'bf16', 0)).toThrow(RangeError);
    expect(() => hardwareCost(1, byId('h100'), 'bf16', 1.5)).toThrow(/MFU/);
  });

  it('scales the run by powers of ten', () => {
    const l = scaleLadder(2e9, 3);
    expect(l.map((x) => x.flops)).toEqual([2e9, 2e10, 2e11, 2e12]);
    expect(scaleLadder(1)).toHaveLength(13);
  });

  it('every accelerator names its source and has memory figures', () => {
    for (const d of ACCELERATORS) {
      expect(d.source.length, d.id).toBeGreaterThan(40);
      expect(d.memoryGB, d.id).toBeGreaterThan(0);
      expect(d.memoryBandwidthGBs, d.id).toBeGreaterThan(0);
      if (d.peakTf32 !== null && d.peakFp32 !== null)
        expect(d.peakTf32).toBeGreaterThanOrEqual(d.peakFp32);
    }
    expect(ACCELERATORS.filter((d) => d.family === 'tpu').length).toBeGreaterThanOrEqual(2);
  });
});
