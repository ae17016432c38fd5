import { describe, expect, it } from 'vitest';
import { epochOfLastUpdate } from './run-counters';

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
