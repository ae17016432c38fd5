import { describe, expect, it } from 'vitest';
import { type LineageRun, lineageGraph } from '../../data/lineage';
import {
  COLUMN_GAP,
  layoutLineage,
  NODE_HEIGHT,
  NODE_WIDTH,
  ROW_GAP,
  shortName,
} from './lineage-layout';

const run = (id: string, startedAt: number, parents: LineageRun['parents'] = []): LineageRun => ({
  id,
  name: `run ${id}`,
  startedAt,
  parents,
});

describe('lineage layout', () => {
  const layout = layoutLineage(
    lineageGraph([
      run('a', 1),
      run('b', 2, [{ runId: 'a', kind: 'fineTune', step: 300 }]),
      run('c', 3, [{ runId: 'a', kind: 'branch', step: 100 }]),
      run('d', 4, [{ runId: 'c', kind: 'reproduce' }]),
      run('lonely', 5),
    ]),
  );
  const at = Object.fromEntries(layout.nodes.map((n) => [n.id, n]));

  it('puts each generation in a column, its runs one under another, and leaves unlinked runs out', () => {
    expect(layout.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(layout.unlinked).toBe(1);
    expect(at.b.x - at.a.x).toBe(NODE_WIDTH + COLUMN_GAP);
    expect(at.c.x).toBe(at.b.x);
    expect(at.c.y - at.b.y).toBe(NODE_HEIGHT + ROW_GAP);
    expect(at.d.x - at.c.x).toBe(NODE_WIDTH + COLUMN_GAP);
    expect(layout.width).toBe(at.d.x + NODE_WIDTH + at.a.x);
    expect(layout.height).toBe(at.c.y + NODE_HEIGHT + at.a.y);
  });

  it('draws each edge from the parent’s right side to the child’s left side, labelled in between', () => {
    const e = layout.edges.find((x) => x.to === 'c')!;
    expect(e).toMatchObject({ from: 'a', kind: 'branch', step: 100 });
    expect(e.path.startsWith(`M ${at.a.x + NODE_WIDTH} ${at.a.y + NODE_HEIGHT / 2} C`)).toBe(true);
    expect(e.path.endsWith(`${at.c.x} ${at.c.y + NODE_HEIGHT / 2}`)).toBe(true);
    expect(e.labelX).toBe((at.a.x + NODE_WIDTH + at.c.x) / 2);
    expect(layout.edges.map((x) => x.kind).sort()).toEqual(['branch', 'fineTune', 'reproduce']);
  });

  it('has nothing to draw without edges, and shortens long names', () => {
    expect(layoutLineage(lineageGraph([run('a', 1)]))).toEqual({
      nodes: [],
      edges: [],
      width: 0,
      height: 0,
      unlinked: 1,
    });
    expect(shortName('mnist · lr 0.001 · seed 42 · long', 12)).toBe('mnist · lr …');
    expect(shortName('short')).toBe('short');
  });
});
