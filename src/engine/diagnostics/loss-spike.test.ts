import { describe, expect, it } from 'vitest';
import { english, input, noisy } from './fixtures';
import { detectLossSpike as detectLossSpikeData, SPIKE } from './loss-spike';

const detectLossSpike = english(detectLossSpikeData);

const flat = (n: number, v = 0.5) => Array.from({ length: n }, () => v);

describe('detectLossSpike', () => {
  it('fires on a loss above 3× the median of the 20 losses before it', () => {
    const w = detectLossSpike(input({ train: [...noisy(30, 0.5, 0.05), 2, ...flat(5)] }));
    expect(w).toMatchObject({ kind: 'warning', warning: 'lossSpike', step: 31 });
    expect(w?.message).toMatch(
      /jumped to 2 at step 31, 4(\.\d+)?× the median 0\.\d+ of the 20 steps before\./,
    );
    expect(w?.remedy).toMatch(/learning rate/);
  });

  it('does not fire on noisy but steady losses', () => {
    expect(detectLossSpike(input({ train: noisy(300, 0.5, 0.5) }))).toBeNull();
  });

  it('needs more than 3× the median: exactly 3× does not fire', () => {
    expect(detectLossSpike(input({ train: [...flat(30), 1.5] }))).toBeNull();
    expect(detectLossSpike(input({ train: [...flat(30), 1.51] }))?.step).toBe(31);
  });

  it('ignores jumps near zero that are small next to the initial loss', () => {
    // Initial loss 0.7; the loss has fallen to 0.01. A rise to 0.2 is 20× but only 0.19.
    const settled = [...flat(5, 0.7), ...flat(30, 0.01)];
    expect(SPIKE.minRise * 0.7).toBeCloseTo(0.35);
    expect(detectLossSpike(input({ train: [...settled, 0.2] }))).toBeNull();
    expect(detectLossSpike(input({ train: [...settled, 0.5] }))?.step).toBe(36);
  });

  it(`needs ${SPIKE.window} losses before the spike`, () => {
    expect(detectLossSpike(input({ train: [...flat(19), 5] }))).toBeNull();
    expect(detectLossSpike(input({ train: [...flat(20), 5] }))?.step).toBe(21);
  });

  it('reports the latest spike, among the losses recorded after `since`', () => {
    const train = [...flat(30), 3, ...flat(8), 4, ...flat(5)]; // spikes at steps 31 and 40
    expect(detectLossSpike(input({ train }))?.step).toBe(40);
    expect(detectLossSpike(input({ train }, 35))?.step).toBe(40);
    expect(detectLossSpike(input({ train: train.slice(0, 35) }, 20))?.step).toBe(31);
    expect(detectLossSpike(input({ train }, 40))).toBeNull();
  });

  it('leaves non-finite losses to the divergence detector', () => {
    expect(detectLossSpike(input({ train: [...flat(30), NaN, Infinity] }))).toBeNull();
  });
});
