import { describe, expect, it } from 'vitest';
import { english, input, MLP_LAYERS } from './fixtures';
import { detectVanishingGradients as detectVanishingGradientsData } from './vanishing-gradients';

const detectVanishingGradients = english(detectVanishingGradientsData);

const rows = (n: number, row: number[]) => Array.from({ length: n }, () => [...row]);

describe('detectVanishingGradients', () => {
  it("fires when the first layer's norm is below 1e-6", () => {
    const w = detectVanishingGradients(input({ grads: rows(5, [1e-7, 1e-4, 1e-4]) }));
    expect(w).toMatchObject({ warning: 'vanishingGradients', step: 50 });
    expect(w?.message).toMatch(/first layer \(hidden 1\) has norm 1\.0e-7/);
  });

  it("fires when the first layer's norm is below 1e-3 × the last layer's", () => {
    const w = detectVanishingGradients(input({ grads: rows(5, [1e-5, 1e-3, 0.1]) }));
    expect(w?.message).toMatch(/1\.0e-5, 1\.0e-4 × that of the last layer \(output, 0\.1\)/);
  });

  it('says when no gradient reaches the first layer at all', () => {
    const w = detectVanishingGradients(input({ grads: rows(5, [0, 0, 0.3]) }));
    expect(w?.message).toMatch(/\(hidden 1\) is exactly 0: no gradient reaches it at all\./);
  });

  it('suggests a remedy that fits the activation', () => {
    const grads = rows(5, [0, 0, 0.3]);
    expect(detectVanishingGradients(input({ grads }))?.remedy).toMatch(/^Dead ReLUs/);
    const tanh = MLP_LAYERS.map((l) => ({ ...l, activation: 'tanh' }));
    expect(detectVanishingGradients(input({ grads }, -1, tanh))?.remedy).toMatch(/^Saturated/);
  });

  it('draws the line at 1e-3', () => {
    expect(detectVanishingGradients(input({ grads: rows(5, [0.001, 0.1, 1]) }))).toBeNull();
    expect(detectVanishingGradients(input({ grads: rows(5, [0.00099, 0.1, 1]) }))).not.toBeNull();
  });

  it('does not fire on healthy gradients, one odd read-back, or a single layer', () => {
    expect(detectVanishingGradients(input({ grads: rows(20, [0.2, 0.1, 0.05]) }))).toBeNull();
    const odd = [...rows(4, [0.2, 0.1, 0.05]), [1e-9, 0.1, 0.05]];
    expect(detectVanishingGradients(input({ grads: odd }))).toBeNull();
    expect(detectVanishingGradients(input({ grads: rows(5, [1e-9]) }))).toBeNull();
    expect(detectVanishingGradients(input({}))).toBeNull();
  });
});
