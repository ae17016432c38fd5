/** Warnings stay meaningful when the value they compare against is 0 or not finite. */
import { describe, expect, it } from 'vitest';
import { DETECTORS } from './index';
import { english, input } from './fixtures';
import { againstRef } from './series';

const meaningless = /Infinity×|NaN×|Infinity%|NaN%|× the|× its/;

describe('detector messages against a reference of 0 or a non-finite one', () => {
  it('againstRef gives a ratio only against a positive, finite reference', () => {
    const ref = (x: number, r: number) => againstRef(x, r, 'lossSpike', 'lossSpikeAboveMedian');
    expect(ref(3, 1.5)).toEqual({ id: 'lossSpike', ratio: 2 });
    expect(ref(3, 0)).toEqual({ id: 'lossSpikeAboveMedian' });
    expect(ref(3, NaN)).toEqual({ id: 'lossSpikeAboveMedian' });
    expect(ref(Infinity, 2)).toEqual({ id: 'lossSpikeAboveMedian' });
  });

  it('a loss spike after a run of zero losses', () => {
    // The first five losses set the scale; then the loss sits at 0 before one jump.
    const train = [1, 1, 1, 1, 1, ...Array<number>(25).fill(0), 2];
    const w = english(DETECTORS.lossSpike)(input({ train }));
    expect(w?.message).toContain('jumped to 2');
    expect(w?.message).toContain('above the median 0');
    expect(w?.message).not.toMatch(meaningless);
  });

  it('exploding gradients after gradient norms of exactly 0', () => {
    const grads = [...Array.from({ length: 8 }, () => [0, 0.5, 0.5]), [5, 0.5, 0.5]];
    const w = english(DETECTORS.explodingGradients)(input({ grads }));
    expect(w?.message).toContain('above its running median 0');
    expect(w?.message).not.toMatch(meaningless);
  });
});
