import { describe, expect, it } from 'vitest';
import { detectDeadRelu as detectDeadReluData } from './dead-relu';
import { english, input, MLP_LAYERS } from './fixtures';

const detectDeadRelu = english(detectDeadReluData);

const TANH = MLP_LAYERS.map((l) => (l.activation === 'relu' ? { ...l, activation: 'tanh' } : l));

describe('detectDeadRelu', () => {
  it('fires when more than half of a ReLU layer is dead', () => {
    const w = detectDeadRelu(input({ val: [0.5], dead: [[0.75, 0.25]] }));
    expect(w).toMatchObject({ warning: 'deadRelu', step: 10 });
    expect(w?.message).toMatch(/^75% of the units of hidden 1 \(6 of 8\) output 0/);
  });

  it('only looks at ReLU layers', () => {
    expect(detectDeadRelu(input({ val: [0.5], dead: [[0.75, 1]] }, -1, TANH))).toBeNull();
  });

  it('draws the line at one half', () => {
    expect(detectDeadRelu(input({ val: [0.5], dead: [[0.5, 0.5]] }))).toBeNull();
    expect(detectDeadRelu(input({ val: [0.5], dead: [[0.5, 0.625]] }))).not.toBeNull();
  });

  it('names the worst layer and counts the others', () => {
    const w = detectDeadRelu(input({ val: [0.5], dead: [[0.625, 0.875]] }));
    expect(w?.message).toMatch(
      /^88% of the units of hidden 2 \(7 of 8\).*; 1 more layer is past 50%\./,
    );
  });

  it('looks at the latest evaluation only', () => {
    expect(
      detectDeadRelu(
        input({
          val: [0.5, 0.5],
          dead: [
            [1, 1],
            [0.1, 0],
          ],
        }),
      ),
    ).toBeNull();
    expect(detectDeadRelu(input({}))).toBeNull();
  });
});
