import { describe, expect, it } from 'vitest';
import { INTERCONNECTS } from '../config/interconnects';
import { powersOfTwo, ringAllReduceSeconds, ringBytesPerWorker, scalingCurve } from './allreduce';

describe('ring all-reduce', () => {
  it('sends 2(N−1)/N of the gradient bytes per worker', () => {
    expect(ringBytesPerWorker(1000, 1)).toBe(0);
    expect(ringBytesPerWorker(1000, 2)).toBe(1000);
    expect(ringBytesPerWorker(1000, 4)).toBe(1500);
    // Tends to 2 × the bytes for many workers.
    expect(ringBytesPerWorker(1000, 1000)).toBeCloseTo(1998, 6);
  });

  it('takes 2(N−1)·α + bytes/β', () => {
    const link = { bandwidth: 1e9, latency: 1e-5 };
    // N = 4, 1 GB: 6 × 10 µs + 1.5e9 / 1e9 = 1.00006 s.
    expect(ringAllReduceSeconds(1e9, 4, link)).toBeCloseTo(1.5 + 6e-5, 12);
    expect(ringAllReduceSeconds(1e9, 1, link)).toBe(0);
    // Latency-bound for a tiny message: 8 workers, 4 bytes → 14 α.
    expect(ringAllReduceSeconds(4, 8, link)).toBeCloseTo(14e-5 + 7e-9, 12);
  });

  it('every link names its source', () => {
    for (const l of INTERCONNECTS) {
      expect(l.source.length, l.id).toBeGreaterThan(40);
      expect(l.bandwidth).toBeGreaterThan(0);
      expect(l.latency).toBeGreaterThan(0);
    }
    expect(INTERCONNECTS.find((l) => l.id === 'nvlink4')?.bandwidth).toBe(450e9);
  });
});

describe('data-parallel scaling', () => {
  // 3e12 FLOPs per step at 1e12 FLOP/s × 0.5 = 6 s on one worker; 1e9 gradient bytes.
  const base = {
    flopsPerStep: 3e12,
    peakFlops: 1e12,
    mfu: 0.5,
    gradBytes: 1e9,
    link: { bandwidth: 1e9, latency: 0 },
    overlap: false,
  };

  it('without overlap, communication adds to compute', () => {
    const [one, four] = scalingCurve(base, [1, 4]);
    expect(one).toMatchObject({ compute: 6, comm: 0, step: 6, speedup: 1, efficiency: 1 });
    // N = 4: compute 1.5 s, comm 1.5 s, step 3 s → speedup 2, efficiency 0.5.
    expect(four.compute).toBe(1.5);
    expect(four.comm).toBe(1.5);
    expect(four.step).toBe(3);
    expect(four.speedup).toBe(2);
    expect(four.efficiency).toBe(0.5);
  });

  it('with overlap, the backward pass hides up to 2/3 of the compute', () => {
    const [, four] = scalingCurve({ ...base, overlap: true }, [1, 4]);
    // backward 1.5 × 2/3 = 1 s hides 1 s of the 1.5 s: 0.5 s exposed, step 2 s, speedup 3.
    expect(four.exposedComm).toBeCloseTo(0.5, 12);
    expect(four.step).toBeCloseTo(2, 12);
    expect(four.speedup).toBeCloseTo(3, 12);
    // A fast link hides all: perfect scaling.
    const [, fast] = scalingCurve(
      { ...base, overlap: true, link: { bandwidth: 1e12, latency: 0 } },
      [1, 4],
    );
    expect(fast.efficiency).toBe(1);
  });

  it('rejects bad worker counts and MFU', () => {
    expect(() => scalingCurve(base, [0])).toThrow(/workers/);
    expect(() => scalingCurve(base, [1.5])).toThrow(RangeError);
    expect(() => scalingCurve({ ...base, mfu: 0 }, [1])).toThrow(/MFU/);
  });

  it('worker counts double up to the maximum', () => {
    expect(powersOfTwo(64)).toEqual([1, 2, 4, 8, 16, 32, 64]);
    expect(powersOfTwo(1)).toEqual([1]);
    expect(powersOfTwo(12)).toEqual([1, 2, 4, 8, 12]);
  });
});
