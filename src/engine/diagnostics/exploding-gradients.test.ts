import { describe, expect, it } from 'vitest';
import { detectExplodingGradients as detectExplodingGradientsData } from './exploding-gradients';
import { english, input, noisy } from './fixtures';

const detectExplodingGradients = english(detectExplodingGradientsData);

const steady = (n: number, row: number[]) => Array.from({ length: n }, () => [...row]);

describe('detectExplodingGradients', () => {
  it("fires when a layer's norm jumps past 10× its running median", () => {
    const grads = [...steady(10, [0.5, 0.5, 0.5]), [0.5, 8, 0.5], ...steady(2, [0.5, 0.5, 0.5])];
    const w = detectExplodingGradients(input({ grads }));
    expect(w).toMatchObject({ warning: 'explodingGradients', step: 110 });
    expect(w?.message).toMatch(
      /hidden 2 reached 8 at step 110, which is 16× its running median 0\.5/,
    );
  });

  it('does not fire on noisy but steady norms', () => {
    const grads = noisy(200, 1, 0.8).map((x, i) => [x, 0.3 * x, 0.1 + 0.05 * Math.cos(i)]);
    expect(detectExplodingGradients(input({ grads }))).toBeNull();
  });

  it('draws the line at 10×', () => {
    const base = steady(10, [0.5, 0.5, 0.5]);
    expect(detectExplodingGradients(input({ grads: [...base, [5, 0.5, 0.5]] }))).toBeNull();
    expect(detectExplodingGradients(input({ grads: [...base, [5.01, 0.5, 0.5]] }))).not.toBeNull();
  });

  it('ignores a jump of a layer whose gradient is tiny anyway', () => {
    const grads = [...steady(10, [1e-5, 0.5, 0.5]), [1e-3, 0.5, 0.5]];
    expect(detectExplodingGradients(input({ grads }))).toBeNull();
  });

  it('fires on a norm above 1,000 or not finite, without any history', () => {
    expect(detectExplodingGradients(input({ grads: [[2000, 1, 1]] }))?.message).toMatch(
      /hidden 1 reached 2000 .* above 1000/,
    );
    expect(detectExplodingGradients(input({ grads: [[1, NaN, 1]] }))?.message).toMatch(
      /hidden 2 reached NaN .* not finite/,
    );
  });

  it('scans only the read-backs after `since`', () => {
    const grads = [...steady(10, [0.5, 0.5, 0.5]), [50, 0.5, 0.5], ...steady(2, [0.5, 0.5, 0.5])];
    expect(detectExplodingGradients(input({ grads }, 100))?.step).toBe(110);
    expect(detectExplodingGradients(input({ grads }, 110))).toBeNull();
  });
});
