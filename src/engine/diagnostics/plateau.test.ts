import { describe, expect, it } from 'vitest';
import { english, input } from './fixtures';
import { detectPlateau as detectPlateauData, PLATEAU } from './plateau';

const detectPlateau = english(detectPlateauData);

/** Validation losses falling by the factor `r` per evaluation from `start`. */
const geometric = (n: number, start: number, r: number) =>
  Array.from({ length: n }, (_, k) => start * r ** k);

describe('detectPlateau', () => {
  it('fires when the validation loss stays flat far from zero', () => {
    const w = detectPlateau(input({ train: [0.69], val: Array(11).fill(0.69) }));
    expect(w).toMatchObject({ warning: 'plateau', step: 110 });
    expect(w?.message).toMatch(
      /improved by only 0% over the last 10 evaluations \(0\.69 → 0\.69\)/,
    );
    expect(w?.message).toContain('100% of the initial loss 0.69');
  });

  it('does not fire while the loss keeps falling', () => {
    expect(detectPlateau(input({ train: [0.69], val: geometric(30, 0.69, 0.95) }))).toBeNull();
  });

  it('draws the line at 1% over 10 evaluations', () => {
    const below = geometric(11, 0.69, 0.995 ** (1 / 10)); // 0.5% in 10 evaluations
    const above = geometric(11, 0.69, 0.98 ** (1 / 10)); // 2%
    expect(detectPlateau(input({ train: [0.69], val: below }))).not.toBeNull();
    expect(detectPlateau(input({ train: [0.69], val: above }))).toBeNull();
  });

  it('does not fire when the loss has settled near zero', () => {
    const floor = PLATEAU.minFractionOfInitial * 0.69;
    expect(detectPlateau(input({ train: [0.69], val: Array(11).fill(0.1) }))).toBeNull();
    expect(
      detectPlateau(input({ train: [0.69], val: Array(11).fill(floor * 1.01) })),
    ).not.toBeNull();
  });

  it('counts a slightly worse loss as a plateau, but not a clear rise (over 5%)', () => {
    const slightly = geometric(11, 0.69, 1.02 ** (1 / 10));
    expect(detectPlateau(input({ train: [0.69], val: slightly }))?.message).toMatch(
      /got 1\.\d+% worse/,
    );
    const rising = geometric(11, 0.69, 1.06 ** (1 / 10));
    expect(detectPlateau(input({ train: [0.69], val: rising }))).toBeNull();
  });

  it('leaves a loss far above the initial one to the divergence detector', () => {
    expect(detectPlateau(input({ train: [0.69], val: Array(11).fill(1.38) }))).not.toBeNull();
    expect(detectPlateau(input({ train: [0.69], val: Array(11).fill(1.39) }))).toBeNull();
  });

  it('needs 11 evaluations', () => {
    expect(detectPlateau(input({ train: [0.69], val: Array(10).fill(0.69) }))).toBeNull();
  });
});
