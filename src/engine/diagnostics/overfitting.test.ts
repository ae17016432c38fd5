import { describe, expect, it } from 'vitest';
import { english, input, noisy } from './fixtures';
import { detectOverfitting as detectOverfittingData } from './overfitting';

const detectOverfitting = english(detectOverfittingData);

/** One training loss per step for `evaluations` evaluations of 10 steps, from `a` to `b`. */
const line = (evaluations: number, a: number, b: number) =>
  Array.from({ length: evaluations * 10 }, (_, i) => a + ((b - a) * i) / (evaluations * 10 - 1));

const U = [0.6, 0.5, 0.4, 0.33, 0.3, 0.3, 0.34, 0.4, 0.46, 0.52];

describe('detectOverfitting', () => {
  it('fires when validation loss rises from its minimum while training loss falls', () => {
    const w = detectOverfitting(input({ train: line(10, 0.6, 0.1), val: U }));
    expect(w).toMatchObject({ warning: 'overfitting', step: 100 });
    expect(w?.message).toMatch(
      /smoothed validation loss \(debiased EMA, weight 0.6\) rose \d+% from the smoothed curve's minimum [\d.]+ at step \d+ to [\d.]+, while the training loss fell from [\d.]+ to [\d.]+/,
    );
  });

  it("names the raw minimum too, the best value early stopping's stop message reports", () => {
    const w = detectOverfitting(input({ train: line(10, 0.6, 0.1), val: U }));
    // The raw minimum 0.3 is at the fifth evaluation (step 50); the smoothed one trails it.
    expect(w?.message).toMatch(
      /Unsmoothed, the lowest validation loss was 0\.3(000)? at step 50\b/,
    );
  });

  it('does not fire when the training loss rises too, or falls by 10% or less', () => {
    expect(detectOverfitting(input({ train: line(10, 0.3, 0.6), val: U }))).toBeNull();
    expect(detectOverfitting(input({ train: line(10, 0.2, 0.19), val: U }))).toBeNull();
    expect(detectOverfitting(input({ train: line(10, 0.2, 0.15), val: U }))).not.toBeNull();
  });

  it('does not fire while the validation loss falls, or rises by 5% or less', () => {
    const falling = [0.6, 0.5, 0.45, 0.4, 0.37, 0.35, 0.34, 0.33];
    expect(detectOverfitting(input({ train: line(8, 0.6, 0.1), val: falling }))).toBeNull();
    const flat = [0.6, 0.4, 0.3, 0.3, 0.3, 0.31, 0.31, 0.31, 0.31, 0.31];
    expect(detectOverfitting(input({ train: line(10, 0.6, 0.1), val: flat }))).toBeNull();
  });

  it('does not fire on a validation loss that only wobbles around its level', () => {
    // Falls, then stays at 0.15 ± 30%: its smoothed minimum is well below the latest value,
    // but there is no rising trend.
    const val = [0.6, 0.4, 0.25, ...noisy(40, 0.15, 0.3)];
    expect(detectOverfitting(input({ train: line(43, 0.6, 0.02), val }))).toBeNull();
  });

  it('needs the minimum at least 3 evaluations back', () => {
    const justTurned = [0.6, 0.5, 0.4, 0.3, 0.2, 0.3, 0.4];
    expect(detectOverfitting(input({ train: line(7, 0.6, 0.1), val: justTurned }))).toBeNull();
    const turned = [...justTurned, 0.5, 0.6];
    expect(detectOverfitting(input({ train: line(9, 0.6, 0.1), val: turned }))).not.toBeNull();
  });
});
