import { describe, expect, it } from 'vitest';
import { fillText, texts } from './index';

describe('fillText', () => {
  it('fills names, drops an optional part whose value is empty, and keeps unknown names', () => {
    expect(fillText('step {step} of {limit}', { step: 3, limit: 10 })).toBe('step 3 of 10');
    expect(fillText('{n} tensors{missing, , missing “{missing}”}.', { n: 2, missing: 'm' })).toBe(
      '2 tensors, missing “m”.',
    );
    expect(fillText('{n} tensors{missing, , missing “{missing}”}.', { n: 2, missing: '' })).toBe(
      '2 tensors.',
    );
    expect(fillText('{unknown}', {})).toBe('{unknown}');
  });

  it('every checkpoint problem text reads without a placeholder left when its values are given', () => {
    // The values each problem carries (src/engine/checkpoint-checks.ts).
    const values: Record<string, string | number> = {
      part: 'weights',
      tensor: 'W · hidden 1',
      index: 3,
      value: 'NaN',
      step: 5,
      limit: 1_000_000,
      epoch: 1,
      dataEpoch: 2,
      batch: 0,
      batchesPerEpoch: 3,
      optimizer: 'adam',
      found: 1,
      expected: 15,
      missing: 'm',
      name: 'x',
      shape: '2',
      iterations: 4,
      position: 1,
      examples: 80,
      series: 'trainSteps',
      length: 3,
      other: 'trainLosses',
      otherLength: 2,
      tensors: 1,
    };
    for (const [id, text] of Object.entries(texts().checkpoint.problems)) {
      expect(fillText(text, values), id).not.toMatch(/[{}]/);
    }
  });
});
