import { describe, expect, it } from 'vitest';
import {
  bytesPerParam,
  CHECKPOINTING_COMPUTE_FACTOR,
  compareWithMeasured,
  keptActivationValues,
  largestBatch,
  largestParams,
  largestWidth,
  layerOutputSizes,
  memoryBreakdown,
  persistentBytes,
  type MemoryInput,
} from './memory-model';

const base: MemoryInput = {
  params: 1000,
  layerSizes: [64, 32, 10],
  batchSize: 16,
  optimizer: 'adam',
  precision: 'fp32',
  checkpointing: false,
  zeroStage: 0,
  workers: 1,
};

describe('memory model', () => {
  it('bytes per parameter follow ZeRO: 16 for mixed-precision Adam, 4+4 for fp32 SGD', () => {
    const sum = (b: { weights: number; grads: number; optimizer: number }) =>
      b.weights + b.grads + b.optimizer;
    expect(sum(bytesPerParam('adam', 'mixed'))).toBe(16);
    expect(sum(bytesPerParam('adamw', 'fp32'))).toBe(16);
    expect(sum(bytesPerParam('sgd', 'fp32'))).toBe(8);
    expect(sum(bytesPerParam('momentum', 'fp32'))).toBe(12);
    expect(sum(bytesPerParam('rmsprop', 'mixed'))).toBe(12);
    expect(bytesPerParam('sgd', 'mixed')).toEqual({ weights: 2, grads: 2, optimizer: 4 });
  });

  it('breaks one step down by kind: fp32 Adam, 1000 params, batch 16', () => {
    // weights 1000×4, grads 1000×4, m and v 1000×8, activations (64+32+10)×16×4.
    expect(memoryBreakdown(base)).toEqual({
      weights: 4000,
      grads: 4000,
      optimizer: 8000,
      activations: 6784,
      total: 22784,
    });
    const mixed = memoryBreakdown({ ...base, precision: 'mixed' });
    expect(mixed.activations).toBe(3392);
    expect(mixed.total).toBe(16000 + 3392);
    // Activations grow linearly with the batch.
    expect(memoryBreakdown({ ...base, batchSize: 32 }).activations).toBe(2 * 6784);
  });

  it('output sizes are the products of the output shapes', () => {
    expect(layerOutputSizes([[24, 24, 8], [128], [10]])).toEqual([4608, 128, 10]);
  });

  it('checkpointing keeps √L segment boundaries and the largest segment', () => {
    const sizes = [10, 20, 30, 40, 50, 60, 70, 80, 90];
    expect(keptActivationValues(sizes, false)).toBe(450);
    // 3 segments of 3: boundaries 30 + 60 + 90, largest segment 70 + 80 + 90.
    expect(keptActivationValues(sizes, true)).toBe(420);
    // 100 equal layers: 10 boundaries + one segment of 10 = 20 of 100.
    expect(keptActivationValues(Array(100).fill(1), true)).toBe(20);
  });

  it('checkpointing costs one more forward pass: 8N instead of 6N FLOPs', () => {
    expect(6 * CHECKPOINTING_COMPUTE_FACTOR).toBeCloseTo(8, 12);
  });

  it('ZeRO shards optimizer state (1), gradients (2) and weights (3) across workers', () => {
    const big = { ...base, params: 1e9, layerSizes: [], precision: 'mixed' as const, workers: 4 };
    expect(memoryBreakdown({ ...big, zeroStage: 0 }).total).toBe(16e9);
    expect(memoryBreakdown({ ...big, zeroStage: 1 }).total).toBe(2e9 + 2e9 + 3e9);
    expect(memoryBreakdown({ ...big, zeroStage: 2 }).total).toBe(2e9 + 0.5e9 + 3e9);
    expect(memoryBreakdown({ ...big, zeroStage: 3 }).total).toBe(4e9);
  });

  it('will it fit: the largest batch, parameter count and width', () => {
    // (100,000 − 16,000) / 424 per example = 198.1.
    expect(largestBatch(100_000, base)).toBe(198);
    expect(largestBatch(10_000, base)).toBe(0);
    // (1e6 − 6784) / 16 = 62,076.
    expect(largestParams(1e6, base)).toBe(62_076);
    // 7 B parameters of mixed-precision Adam need 112 GB: 80 GB holds 5 B.
    expect(largestParams(80e9, { ...base, layerSizes: [], precision: 'mixed' })).toBe(5e9);
    // depth 2, SGD fp32, batch 1: 16w² + 24w ≤ 16e6 → w = 999.
    const m = { ...base, optimizer: 'sgd' as const, batchSize: 1 };
    expect(largestWidth(16e6, 2, m)).toBe(999);
    expect(largestWidth(10, 2, m)).toBe(0);
  });

  it('compares the persistent part with tf.memory()', () => {
    const b = memoryBreakdown(base);
    expect(persistentBytes(b)).toBe(12000);
    expect(compareWithMeasured(12000, 30000)).toEqual({ difference: 18000, ratio: 2.5 });
    expect(compareWithMeasured(0, 5).ratio).toBeNull();
  });

  it('rejects a batch or worker count below 1', () => {
    expect(() => memoryBreakdown({ ...base, batchSize: 0 })).toThrow(/batch size/);
    expect(() => memoryBreakdown({ ...base, workers: 0 })).toThrow(RangeError);
  });
});
