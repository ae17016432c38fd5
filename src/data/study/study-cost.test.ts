import { describe, expect, it } from 'vitest';
import { ACCELERATORS, GPT3 } from '../../config/compute-reference';
import { sweepFixture } from './fixtures';
import { projectStudy, studyCost } from './study-cost';

describe('studyCost', () => {
  it('sums the recorded runs’ training FLOPs and wall time', () => {
    const { runs } = sweepFixture();
    const cost = studyCost(runs);
    expect(cost.runs).toBe(10);
    // 10 runs of 200 steps at 6 · 1,000 · batch FLOPs: 5 at batch 32, 5 at 64.
    expect(cost.flops).toBe(5 * 200 * 6000 * 32 + 5 * 200 * 6000 * 64);
    expect(cost.wallMs).toBe(10 * 200 * 20);
  });
});

describe('projectStudy', () => {
  it('prices the study and runs × GPT-3 on every accelerator at the MFU', () => {
    const cost = { runs: 10, flops: 1e12, wallMs: 1 };
    const rows = projectStudy(cost, 'bf16', 0.5);
    expect(rows.map((r) => r.deviceId)).toEqual(ACCELERATORS.map((a) => a.id));
    const h100 = ACCELERATORS.find((a) => a.id === 'h100')!;
    const row = rows.find((r) => r.deviceId === 'h100')!;
    expect(row.studySeconds).toBeCloseTo(1e12 / (h100.peakFp16 * 0.5), 12);
    expect(row.industrial.seconds).toBeCloseTo((10 * GPT3.flops) / (h100.peakFp16 * 0.5), 0);
    expect(row.industrial.devices).toBeGreaterThan(1);
  });

  it('refuses an MFU outside (0, 1]', () => {
    expect(() => projectStudy({ runs: 1, flops: 1, wallMs: 0 }, 'bf16', 0)).toThrow(RangeError);
  });
});
