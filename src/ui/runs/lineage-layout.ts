/**
 * Where the lineage graph draws its runs and edges: a layered drawing (Sugiyama et al. 1981,
 * in its simplest form) with one column per generation (the node's depth, lineage.ts), left
 * to right, and the runs of a generation one under another in the graph's order (start
 * time). Only runs with an edge are drawn; the others are counted. Pure; units are SVG
 * user units (px at scale 1).
 */
import type { Derivation, LineageGraph } from '../../data/lineage';

export const NODE_WIDTH = 204;
export const NODE_HEIGHT = 44;
/** Horizontal distance between two generations' nodes (room for an edge's label). */
export const COLUMN_GAP = 140;
export const ROW_GAP = 20;
const PAD = 8;

export interface PlacedNode {
  id: string;
  name: string;
  depth: number;
  /** Top-left corner. */
  x: number;
  y: number;
}

export interface PlacedEdge {
  from: string;
  to: string;
  kind: Derivation;
  step?: number;
  /** SVG path: a cubic curve from the parent's right side to the child's left side. */
  path: string;
  /** Where the label goes: the curve's midpoint. */
  labelX: number;
  labelY: number;
}

export interface LineageLayout {
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  width: number;
  height: number;
  /** Runs with no edge, not drawn. */
  unlinked: number;
}

/** The drawing of `graph`'s linked runs. O(nodes + edges). */
export function layoutLineage(graph: LineageGraph): LineageLayout {
  const linked = new Set(graph.edges.flatMap((e) => [e.from, e.to]));
  const rows = new Map<number, number>();
  const nodes: PlacedNode[] = [];
  for (const n of graph.nodes) {
    if (!linked.has(n.id)) continue;
    const row = rows.get(n.depth) ?? 0;
    rows.set(n.depth, row + 1);
    nodes.push({
      ...n,
      x: PAD + n.depth * (NODE_WIDTH + COLUMN_GAP),
      y: PAD + row * (NODE_HEIGHT + ROW_GAP),
    });
  }
  const at = new Map(nodes.map((n) => [n.id, n]));
  const edges = graph.edges.map((e): PlacedEdge => {
    const a = at.get(e.from)!;
    const b = at.get(e.to)!;
    const x1 = a.x + NODE_WIDTH;
    const y1 = a.y + NODE_HEIGHT / 2;
    const x2 = b.x;
    const y2 = b.y + NODE_HEIGHT / 2;
    const bend = Math.max(40, (x2 - x1) / 2);
    return {
      ...e,
      path: `M ${x1} ${y1} C ${x1 + bend} ${y1}, ${x2 - bend} ${y2}, ${x2} ${y2}`,
      labelX: (x1 + x2) / 2,
      labelY: (y1 + y2) / 2,
    };
  });
  const maxDepth = Math.max(0, ...nodes.map((n) => n.depth));
  const maxRows = Math.max(0, ...rows.values());
  return {
    nodes,
    edges,
    width: nodes.length ? 2 * PAD + (maxDepth + 1) * NODE_WIDTH + maxDepth * COLUMN_GAP : 0,
    height: nodes.length ? 2 * PAD + maxRows * NODE_HEIGHT + (maxRows - 1) * ROW_GAP : 0,
    unlinked: graph.nodes.length - nodes.length,
  };
}

/** `name` cut to `max` characters with an ellipsis (the full name is in the node's title). */
export function shortName(name: string, max = 28): string {
  return name.length <= max ? name : `${name.slice(0, max - 1)}…`;
}
