import { describe, expect, it } from 'vitest';
import { mlpSizes, mlpStateDict, torchOptimizerState, transpose2d } from './layout';
import type { ExportTensor } from './types';

/** x·W + b with W row-major [in, out] (tfjs's dense layer). */
function denseTfjs(x: number[], w: Float32Array, b: Float32Array, out: number): number[] {
  return Array.from({ length: out }, (_, o) =>
    x.reduce((s, xi, i) => s + xi * w[i * out + o], b[o]),
  );
}

/** x·Wᵀ + b with W row-major [out, in] (torch.nn.Linear). */
function linearTorch(x: number[], w: Float32Array, b: Float32Array, out: number): number[] {
  const n = x.length;
  return Array.from({ length: out }, (_, o) => x.reduce((s, xi, i) => s + xi * w[o * n + i], b[o]));
}

const tensor = (name: string, shape: number[], values: number[]): ExportTensor => ({
  name,
  shape,
  values: Float32Array.from(values),
});

/** A 3-2-1 MLP in tfjs's layout: W₀ [3, 2], b₀ [2], W₁ [2, 1], b₁ [1]. */
const MLP = [
  tensor('W · hidden 1', [3, 2], [1, 2, 3, 4, 5, 6]),
  tensor('b · hidden 1', [2], [0.5, -0.5]),
  tensor('W · output', [2, 1], [7, 8]),
  tensor('b · output', [1], [0.25]),
];

describe('transpose2d', () => {
  it('turns a row-major [rows, cols] matrix into [cols, rows]', () => {
    // [[1, 2, 3], [4, 5, 6]] → [[1, 4], [2, 5], [3, 6]]
    expect([...transpose2d(Float32Array.from([1, 2, 3, 4, 5, 6]), 2, 3)]).toEqual([
      1, 4, 2, 5, 3, 6,
    ]);
  });

  it('refuses values that do not fill the shape', () => {
    expect(() => transpose2d(new Float32Array(5), 2, 3)).toThrow(
      /\[2, 3\] matrix has 6 values, not 5/,
    );
  });
});

describe('mlpStateDict', () => {
  it('names the tensors as the script’s nn.Linear layers and transposes each kernel to [out, in]', () => {
    const dict = mlpStateDict(MLP);
    expect(dict.map((t) => [t.name, t.shape])).toEqual([
      ['layers.0.weight', [2, 3]],
      ['layers.0.bias', [2]],
      ['layers.1.weight', [1, 2]],
      ['layers.1.bias', [1]],
    ]);
    expect([...dict[0].values]).toEqual([1, 3, 5, 2, 4, 6]);
    expect([...dict[1].values]).toEqual([0.5, -0.5]);
  });

  it('computes the same layer in PyTorch’s layout as in tfjs’s', () => {
    const dict = mlpStateDict(MLP);
    const x = [0.1, -2, 3.5];
    const w = MLP[0].values as Float32Array;
    const b = MLP[1].values as Float32Array;
    expect(linearTorch(x, dict[0].values as Float32Array, b, 2)).toEqual(denseTfjs(x, w, b, 2));
  });

  it('reads the layer sizes off the kernels, and refuses tensors that are not an MLP’s', () => {
    expect(mlpSizes(MLP)).toEqual([3, 2, 1]);
    expect(() => mlpSizes(MLP.slice(0, 3))).toThrow(/weight matrix and a bias per layer, not 3/);
    const broken = [...MLP.slice(0, 2), tensor('W · output', [3, 1], [1, 2, 3]), MLP[3]];
    expect(() => mlpSizes(broken)).toThrow(/layer 2 of the MLP has a kernel \[3,1\]/);
  });
});

describe('torchOptimizerState', () => {
  /** Adam's checkpoint state after 5 updates: the step count t, every m, every v. */
  const adam: ExportTensor[] = [
    { name: 't', shape: [], values: Int32Array.from([5]) },
    ...MLP.map((w, i) =>
      tensor(
        `Variable_${i}/m`,
        w.shape,
        [...w.values].map((v) => v / 10),
      ),
    ),
    ...MLP.map((w, i) =>
      tensor(
        `Variable_${i}/v`,
        w.shape,
        [...w.values].map((v) => v / 100),
      ),
    ),
  ];

  it('keeps Adam’s moments as exp_avg and exp_avg_sq, transposed like the weights, with t from the step count', () => {
    const state = torchOptimizerState('adam', MLP, adam, 7);
    expect(state.step).toBe(5);
    expect(state.slots.map((s) => s.map((t) => [t.name, t.shape]))).toEqual([
      [
        ['exp_avg', [2, 3]],
        ['exp_avg_sq', [2, 3]],
      ],
      [
        ['exp_avg', [2]],
        ['exp_avg_sq', [2]],
      ],
      [
        ['exp_avg', [1, 2]],
        ['exp_avg_sq', [1, 2]],
      ],
      [
        ['exp_avg', [1]],
        ['exp_avg_sq', [1]],
      ],
    ]);
    expect([...state.slots[0][0].values]).toEqual(
      [1, 3, 5, 2, 4, 6].map((v) => Math.fround(v / 10)),
    );
  });

  it('maps SGD’s momentum and RMSprop’s slots to the script’s names', () => {
    const slots = (suffix: string) =>
      MLP.map((w, i) => tensor(`V${i}/${suffix}`, w.shape, [...w.values]));
    const momentum = torchOptimizerState('momentum', MLP, [...slots('buffer')], 3);
    expect(momentum.slots[0].map((t) => t.name)).toEqual(['momentum_buffer']);
    expect(momentum.step).toBe(3); // no step count saved: the run's step count
    const rms = torchOptimizerState('rmsprop', MLP, [...slots('squareAvg')], 3);
    expect(rms.slots[2].map((t) => t.name)).toEqual(['square_avg']);
  });

  it('has no slots before the first update, and refuses slots that do not fit the parameters', () => {
    const fresh = torchOptimizerState('adam', MLP, [adam[0]], 0);
    expect(fresh.slots).toEqual([[], [], [], []]);
    expect(() => torchOptimizerState('adam', MLP, adam.slice(0, 4), 5)).toThrow(
      /holds 3 "m" slots for 4 parameters/,
    );
    const wrong = adam.map((t) => (t.name === 'Variable_2/v' ? tensor(t.name, [1, 2], [1, 2]) : t));
    expect(() => torchOptimizerState('adam', MLP, wrong, 5)).toThrow(
      /"v" slot of W · output has shape \[1,2\], not \[2,1\]/,
    );
  });
});
