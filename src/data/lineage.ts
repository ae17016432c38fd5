/**
 * The lineage of runs: which run each one came from, and how. A run names its parents
 * (normally one) with the kind of derivation:
 *
 * - `resume`: continued from a checkpoint of the parent (same config, same data order);
 * - `branch`: continued from a checkpoint of the parent with some config changed;
 * - `fineTune`: a new model whose matching layers start from the parent's weights
 *   (see fine-tune.ts);
 * - `reproduce`: the parent's config and seed run again from scratch, to check that it
 *   gives the same numbers.
 *
 * {@link lineageGraph} turns a list of runs into nodes and edges for drawing. Records come
 * from storage and files, so nothing is assumed: a parent that is not in the list is
 * reported as missing, and a cycle (a run that is its own ancestor, from a damaged or
 * hand-edited record) is reported and broken rather than followed forever.
 */

export const DERIVATIONS = ['resume', 'branch', 'fineTune', 'reproduce'] as const;
export type Derivation = (typeof DERIVATIONS)[number];

/** A run's parent: the run it came from, how, and from which of the parent's steps. */
export interface RunParent {
  runId: string;
  kind: Derivation;
  /** The parent's step it started from (optimizer updates). */
  step?: number;
}

/** A run as the lineage sees it. */
export interface LineageRun {
  id: string;
  /** Shown name (e.g. "mnist cnn seed 7"). */
  name: string;
  /** When the run started, ms since the epoch (orders siblings). */
  startedAt: number;
  parents: RunParent[];
}

export interface LineageEdge {
  from: string;
  to: string;
  kind: Derivation;
  step?: number;
}

export interface LineageNode {
  id: string;
  name: string;
  /** Generations from its root (0 for a run with no known parent), for a layered drawing. */
  depth: number;
}

export interface LineageGraph {
  /** Every run, ordered by depth, then start time, then id. */
  nodes: LineageNode[];
  /** Edges parent → child whose both ends are known and that close no cycle. */
  edges: LineageEdge[];
  /** Runs with no known parent. */
  roots: string[];
  /** Parent references to runs not in the list: child, the missing id, the kind. */
  missing: { child: string; parent: string; kind: Derivation }[];
  /** Edges left out because they close a cycle (each cycle loses one edge). */
  cycles: LineageEdge[];
  /** Ids given to more than one run (the first is kept). */
  duplicates: string[];
}

/**
 * Nodes and edges of a list of runs. Cycle-safe: a depth-first walk in a fixed order (start
 * time, then id) keeps an edge only if its parent is not already among the child's
 * descendants, so the edges kept form a directed acyclic graph. O(runs + edges).
 */
export function lineageGraph(runs: readonly LineageRun[]): LineageGraph {
  const byId = new Map<string, LineageRun>();
  const duplicates: string[] = [];
  for (const r of runs) {
    if (byId.has(r.id)) duplicates.push(r.id);
    else byId.set(r.id, r);
  }
  const order = [...byId.values()].sort(
    (a, b) => a.startedAt - b.startedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const missing: LineageGraph['missing'] = [];
  const candidate: LineageEdge[] = [];
  for (const r of order) {
    for (const p of r.parents) {
      if (!byId.has(p.runId)) missing.push({ child: r.id, parent: p.runId, kind: p.kind });
      else candidate.push({ from: p.runId, to: r.id, kind: p.kind, step: p.step });
    }
  }

  // Keep edges in order unless `to` already reaches `from` (that edge would close a cycle).
  const children = new Map<string, string[]>();
  const reaches = (start: string, target: string): boolean => {
    const seen = new Set<string>();
    const stack = [start];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (id === target) return true;
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...(children.get(id) ?? []));
    }
    return false;
  };
  const edges: LineageEdge[] = [];
  const cycles: LineageEdge[] = [];
  for (const e of candidate) {
    if (reaches(e.to, e.from)) {
      cycles.push(e);
      continue;
    }
    edges.push(e);
    children.set(e.from, [...(children.get(e.from) ?? []), e.to]);
  }

  // Depth: the longest path from a root (Kahn's topological order over the acyclic edges).
  const indegree = new Map(order.map((r) => [r.id, 0]));
  for (const e of edges) indegree.set(e.to, indegree.get(e.to)! + 1);
  const depth = new Map(order.map((r) => [r.id, 0]));
  const queue = order.filter((r) => indegree.get(r.id) === 0).map((r) => r.id);
  const roots = [...queue];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i];
    for (const child of children.get(id) ?? []) {
      depth.set(child, Math.max(depth.get(child)!, depth.get(id)! + 1));
      indegree.set(child, indegree.get(child)! - 1);
      if (indegree.get(child) === 0) queue.push(child);
    }
  }
  const rank = new Map(order.map((r, i) => [r.id, i]));
  const nodes = order
    .map((r) => ({ id: r.id, name: r.name, depth: depth.get(r.id)! }))
    .sort((a, b) => a.depth - b.depth || rank.get(a.id)! - rank.get(b.id)!);
  return { nodes, edges, roots, missing, cycles, duplicates };
}

/** The ancestors of a run (nearest first), following kept edges only; cycle-safe. */
export function ancestors(graph: LineageGraph, id: string): string[] {
  const parents = new Map<string, string[]>();
  for (const e of graph.edges) parents.set(e.to, [...(parents.get(e.to) ?? []), e.from]);
  const out: string[] = [];
  const seen = new Set([id]);
  const queue = [id];
  for (let i = 0; i < queue.length; i++) {
    for (const p of parents.get(queue[i]) ?? []) {
      if (seen.has(p)) continue;
      seen.add(p);
      out.push(p);
      queue.push(p);
    }
  }
  return out;
}
