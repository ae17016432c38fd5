import { describe, expect, it } from 'vitest';
import { currentMicroBatch, epochOfLastUpdate } from './run-counters';

describe('epochOfLastUpdate: epochs count from 1, as in the Data and Stopping panels', () => {
  const at = (step: number, epoch: number, batchIndex: number) =>
    epochOfLastUpdate({ step, epoch, batchIndex, batchesPerEpoch: 8 });

  it('before any update: epoch 1, no batch yet', () => {
    expect(at(0, 0, 0)).toEqual({ epoch: 1, batch: 0, batchesPerEpoch: 8 });
  });
  it('during the first epoch: epoch 1 (not 0)', () => {
    expect(at(3, 0, 3)).toMatchObject({ epoch: 1, batch: 3 });
  });
  it('after the last batch of an epoch, still that epoch (the next has not begun)', () => {
    expect(at(8, 1, 0)).toMatchObject({ epoch: 1, batch: 8 });
    expect(at(16, 2, 0)).toMatchObject({ epoch: 2, batch: 8 });
  });
  it('the first batch of epoch 67', () => {
    expect(at(8 * 66 + 1, 66, 1)).toMatchObject({ epoch: 67, batch: 1 });
  });
});

describe('currentMicroBatch: the status line’s “micro-batch i/k”', () => {
  const at = (lastPhase: string | null, microBatch: number) =>
    currentMicroBatch({ microBatch, accumulate: 4, lastPhase });

  it('counts the micro-batch whose phases run, from 1, of k', () => {
    expect(at('stopping', 0)).toEqual({ index: 0, of: 4 });
    expect(at('data', 0)).toEqual({ index: 1, of: 4 });
    expect(at('loss', 0)).toEqual({ index: 1, of: 4 });
    expect(at('backward', 1)).toEqual({ index: 1, of: 4 });
    expect(at('data', 1)).toEqual({ index: 2, of: 4 });
    expect(at('backward', 4)).toEqual({ index: 4, of: 4 });
  });
});
