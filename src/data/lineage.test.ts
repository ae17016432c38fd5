import { describe, expect, it } from 'vitest';
import { layerOriginText } from '../content/en/lineage';
import { fineTunePlan, type LayerTensors } from './fine-tune';
import { ancestors, type LineageRun, lineageGraph } from './lineage';

const run = (id: string, startedAt: number, parents: LineageRun['parents'] = []): LineageRun => ({
  id,
  name: `run ${id}`,
  startedAt,
  parents,
});

describe('lineage graph', () => {
  it('gives nodes by generation and an edge per derivation', () => {
    const g = lineageGraph([
      run('d', 4, [{ runId: 'b', kind: 'fineTune' }]),
      run('a', 1),
      run('b', 2, [{ runId: 'a', kind: 'resume', step: 500 }]),
      run('c', 3, [{ runId: 'a', kind: 'branch', step: 200 }]),
      run('e', 5, [{ runId: 'a', kind: 'reproduce' }]),
    ]);
    expect(g.nodes.map((n) => [n.id, n.depth])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 1],
      ['e', 1],
      ['d', 2],
    ]);
    expect(g.edges).toContainEqual({ from: 'a', to: 'b', kind: 'resume', step: 500 });
    expect(g.edges).toHaveLength(4);
    expect(g.roots).toEqual(['a']);
    expect(ancestors(g, 'd')).toEqual(['b', 'a']);
    expect(g.cycles).toEqual([]);
  });

  it('is cycle-safe: a damaged record that makes a run its own ancestor is reported, not followed', () => {
    const g = lineageGraph([
      run('a', 1, [{ runId: 'c', kind: 'resume' }]),
      run('b', 2, [{ runId: 'a', kind: 'resume' }]),
      run('c', 3, [{ runId: 'b', kind: 'branch' }]),
      run('s', 4, [{ runId: 's', kind: 'reproduce' }]),
    ]);
    expect(g.cycles.map((e) => `${e.from}→${e.to}`)).toEqual(['b→c', 's→s']);
    expect(g.edges.map((e) => `${e.from}→${e.to}`)).toEqual(['c→a', 'a→b']);
    expect(g.nodes.map((n) => [n.id, n.depth])).toEqual([
      ['c', 0],
      ['s', 0],
      ['a', 1],
      ['b', 2],
    ]);
    expect(ancestors(g, 'b')).toEqual(['a', 'c']);
  });

  it('reports a parent that is not in the list, and duplicate ids', () => {
    const g = lineageGraph([run('x', 1, [{ runId: 'gone', kind: 'fineTune' }]), run('x', 2)]);
    expect(g.missing).toEqual([{ child: 'x', parent: 'gone', kind: 'fineTune' }]);
    expect(g.duplicates).toEqual(['x']);
    expect(g.roots).toEqual(['x']);
  });
});

describe('fine-tune: copy a layer when names and shapes match, the rest fresh', () => {
  const dense = (layer: string, inputs: number, outputs: number): LayerTensors => ({
    layer,
    tensors: [
      { name: 'kernel', shape: [inputs, outputs] },
      { name: 'bias', shape: [outputs] },
    ],
  });

  it('copies matching layers and starts the others fresh, saying why', () => {
    // A 784-128-10 MNIST MLP fine-tuned into a 784-128-64-5 one.
    const parent = [dense('hidden 1', 784, 128), dense('output', 128, 10)];
    const child = [dense('hidden 1', 784, 128), dense('hidden 2', 128, 64), dense('output', 64, 5)];
    const plan = fineTunePlan('abc', parent, child);
    expect(plan.layers.map((l) => l.status)).toEqual(['copied', 'fresh', 'fresh']);
    expect(plan.copiedParams).toBe(784 * 128 + 128);
    expect(plan.freshParams).toBe(128 * 64 + 64 + 64 * 5 + 5);
    expect(plan.unused).toEqual([]);
    expect(plan.layers.map((l) => layerOriginText(l, 'abc'))).toEqual([
      'hidden 1: copied from run abc',
      'hidden 2: fresh (run abc has no layer of this name)',
      'output: fresh (kernel is 64×5 here, 128×10 in run abc)',
    ]);
  });

  it('never copies a layer in part, and lists the parent’s layers left over', () => {
    const parent = [
      { layer: 'norm', tensors: [{ name: 'gamma', shape: [8] }] },
      dense('head', 8, 2),
    ];
    const child = [
      {
        layer: 'norm',
        tensors: [
          { name: 'gamma', shape: [8] },
          { name: 'beta', shape: [8] },
        ],
      },
    ];
    const plan = fineTunePlan('p1', parent, child);
    expect(plan.layers[0]).toMatchObject({ status: 'fresh', reason: { kind: 'tensors' } });
    expect(layerOriginText(plan.layers[0], 'p1')).toBe(
      'norm: fresh (its tensors (beta, gamma) differ from run p1’s (gamma))',
    );
    expect(plan.copiedParams).toBe(0);
    expect(plan.unused).toEqual(['head']);
  });
});
