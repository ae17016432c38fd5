import { describe, expect, it } from 'vitest';
import { sequential } from './colors';
import { nonNegativeActivation, nonNegativeQuantity } from './scales';

describe('colour scales of never-negative quantities', () => {
  it('gives ReLU, sigmoid and softmax activations a sequential scale, tanh and linear a diverging one', () => {
    expect(['relu', 'ReLU', 'sigmoid', 'softmax'].map(nonNegativeActivation)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['tanh', 'linear', 'gelu'].map(nonNegativeActivation)).toEqual([false, false, false]);
  });
  it("gives Adam's v and RMSprop's mean square a sequential scale, moments and momentum a diverging one", () => {
    expect((['v', 'vHat', 'squareAvg', 'stepSize'] as const).map(nonNegativeQuantity)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect((['m', 'mHat', 'step', 'buffer'] as const).map(nonNegativeQuantity)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
  it('runs from white at 0 to darker colours, clamped to [0, 1]', () => {
    expect(sequential(0)).toEqual([255, 255, 255]);
    expect(sequential(-1)).toEqual([255, 255, 255]);
    const lum = (t: number) => sequential(t).reduce((a, b) => a + b, 0);
    expect(lum(0.5)).toBeLessThan(lum(0.25));
    expect(lum(1)).toBeLessThan(lum(0.75));
    expect(sequential(2)).toEqual(sequential(1));
  });
});
