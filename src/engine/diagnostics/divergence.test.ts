import { describe, expect, it } from 'vitest';
import { detectDivergence as detectDivergenceData } from './divergence';
import { english, input, noisy } from './fixtures';

const detectDivergence = english(detectDivergenceData);

const flat = (n: number, v: number) => Array.from({ length: n }, () => v);

describe('detectDivergence', () => {
  it('fires when the latest training loss is NaN or infinite', () => {
    for (const bad of [NaN, Infinity, -Infinity]) {
      const w = detectDivergence(input({ train: [0.7, 0.6, bad] }));
      expect(w).toMatchObject({ warning: 'divergence', step: 3 });
      expect(w?.message).toContain(String(bad));
    }
  });

  it('fires when the recent losses are more than twice the initial loss', () => {
    const w = detectDivergence(input({ train: [...flat(5, 0.7), ...noisy(20, 9, 0.5)] }));
    expect(w).toMatchObject({ warning: 'divergence', step: 25 });
    expect(w?.message).toMatch(
      /rising: the median of the last 10 steps is [\d.]+, [\d.]+× the initial 0\.7\./,
    );
    expect(w?.remedy).toMatch(/learning rate/);
  });

  it('does not fire at exactly twice the initial loss', () => {
    expect(detectDivergence(input({ train: [...flat(5, 0.7), ...flat(10, 1.4)] }))).toBeNull();
    expect(detectDivergence(input({ train: [...flat(5, 0.7), ...flat(10, 1.41)] }))).not.toBeNull();
  });

  it('needs 15 losses to call a finite loss diverging', () => {
    expect(detectDivergence(input({ train: [...flat(5, 0.7), ...flat(9, 5)] }))).toBeNull();
  });

  it('does not fire on a falling or a noisy steady loss', () => {
    expect(detectDivergence(input({ train: noisy(200, (i) => 0.7 * 0.99 ** i, 0.3) }))).toBeNull();
    expect(detectDivergence(input({ train: noisy(200, 0.7, 0.6) }))).toBeNull();
    expect(detectDivergence(input({}))).toBeNull();
  });
});
