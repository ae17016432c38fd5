/**
 * The lineage of the recorded runs as an SVG graph: one column per generation, an edge per
 * derivation labelled with its kind (and the parent's step), a legend, and each run a button
 * that shows it in the table. Layout: lineage-layout.ts; edges: data/lineage.ts.
 */
import { useMemo } from 'react';
import { DERIVATIONS, type Derivation, lineageGraph } from '../../data/lineage';
import { lineageRunOf } from '../../data/reproduce';
import type { RunRecord } from '../../data/run-record';
import { fill } from '../../content/fill';
import { useTexts } from '../locale';
import { fmtInt } from '../viz/format';
import { layoutLineage, NODE_HEIGHT, NODE_WIDTH, shortName } from './lineage-layout';

/** Each kind's colour and dash pattern (told apart without colour too). */
export const EDGE_STYLE: Record<Derivation, { color: string; dash?: string }> = {
  resume: { color: '#4b5563' },
  branch: { color: '#4f46e5', dash: '8 4' },
  fineTune: { color: '#15803d', dash: '2 3' },
  reproduce: { color: '#b45309', dash: '10 3 2 3' },
};

interface Props {
  runs: readonly RunRecord[];
  liveId: string | null;
  /** The run selected in the table (outlined). */
  focusId: string | null;
  onOpen: (id: string) => void;
}

export function LineageGraph({ runs, liveId, focusId, onOpen }: Props) {
  const t = useTexts().lineage;
  const graph = useMemo(() => lineageGraph(runs.map(lineageRunOf)), [runs]);
  const layout = useMemo(() => layoutLineage(graph), [graph]);
  const byId = useMemo(() => new Map(runs.map((r) => [r.id, r])), [runs]);
  const nameOf = (id: string) => byId.get(id)?.name ?? id;
  const kinds = DERIVATIONS.filter((k) => graph.edges.some((e) => e.kind === k));
  const edgeText = (kind: Derivation, step?: number) =>
    step === undefined
      ? t.edges[kind]
      : fill(t.edgeAtStep, { kind: t.edges[kind], step: fmtInt(step) });

  return (
    <section className="runs-lineage-graph" data-testid="runs-lineage" aria-label={t.heading}>
      <h4>{t.heading}</h4>
      <p className="muted">{t.intro}</p>
      {layout.nodes.length === 0 ? (
        <p className="muted">{t.empty}</p>
      ) : (
        <>
          <ul className="lineage-legend" aria-label={t.legend}>
            {kinds.map((k) => (
              <li key={k} data-kind={k}>
                <svg width="36" height="10" aria-hidden="true">
                  <line
                    x1="0"
                    y1="5"
                    x2="36"
                    y2="5"
                    stroke={EDGE_STYLE[k].color}
                    strokeWidth="2.5"
                    strokeDasharray={EDGE_STYLE[k].dash}
                  />
                </svg>{' '}
                {t.derivations[k]}
              </li>
            ))}
          </ul>
          <div className="lineage-scroll">
            <svg
              width={layout.width}
              height={layout.height}
              viewBox={`0 0 ${layout.width} ${layout.height}`}
              role="group"
              aria-label={fill(t.graphLabel, {
                count: layout.nodes.length,
                edges: layout.edges.length,
              })}
            >
              <defs>
                {DERIVATIONS.map((k) => (
                  <marker
                    key={k}
                    id={`lineage-arrow-${k}`}
                    viewBox="0 0 10 10"
                    refX="10"
                    refY="5"
                    markerWidth="7"
                    markerHeight="7"
                    orient="auto"
                  >
                    <path d="M 0 0 L 10 5 L 0 10 z" fill={EDGE_STYLE[k].color} />
                  </marker>
                ))}
              </defs>
              {layout.edges.map((e) => (
                <g
                  key={`${e.from}-${e.to}-${e.kind}`}
                  data-testid="lineage-edge"
                  data-kind={e.kind}
                  data-from={e.from}
                  data-to={e.to}
                >
                  <title>{`${nameOf(e.to)} ${t.derivations[e.kind]} ${nameOf(e.from)}`}</title>
                  <path
                    d={e.path}
                    fill="none"
                    stroke={EDGE_STYLE[e.kind].color}
                    strokeWidth="2"
                    strokeDasharray={EDGE_STYLE[e.kind].dash}
                    markerEnd={`url(#lineage-arrow-${e.kind})`}
                  />
                  <text
                    x={e.labelX}
                    y={e.labelY - 6}
                    textAnchor="middle"
                    className="lineage-edge-label"
                  >
                    {edgeText(e.kind, e.step)}
                  </text>
                </g>
              ))}
              {layout.nodes.map((n) => {
                const r = byId.get(n.id);
                const label = fill(t.nodeLabel, { name: n.name, step: fmtInt(r?.step ?? 0) });
                const classes = [
                  'lineage-node',
                  n.id === liveId ? 'is-live' : '',
                  n.id === focusId ? 'is-focus' : '',
                ].join(' ');
                return (
                  <g
                    key={n.id}
                    className={classes}
                    transform={`translate(${n.x} ${n.y})`}
                    role="button"
                    tabIndex={0}
                    aria-label={label}
                    data-testid="lineage-node"
                    data-run-id={n.id}
                    onClick={() => onOpen(n.id)}
                    onKeyDown={(ev) => {
                      if (ev.key === 'Enter' || ev.key === ' ') {
                        ev.preventDefault();
                        onOpen(n.id);
                      }
                    }}
                  >
                    <title>{n.name}</title>
                    <rect width={NODE_WIDTH} height={NODE_HEIGHT} rx="6" />
                    <text x="8" y="18" className="lineage-node-name">
                      {shortName(n.name)}
                    </text>
                    <text x="8" y="35" className="lineage-node-step">
                      {fill(t.nodeStep, {
                        step: fmtInt(r?.step ?? 0),
                        seed: String(r?.seed ?? ''),
                      })}
                      {n.id === liveId ? ` · ${t.live}` : ''}
                    </text>
                  </g>
                );
              })}
            </svg>
          </div>
        </>
      )}
      {graph.missing.length > 0 && (
        <p className="muted">
          {fill(t.missing, {
            list: graph.missing
              .map((m) => `${nameOf(m.child)} ${t.derivations[m.kind]} ${m.parent}`)
              .join('; '),
          })}
        </p>
      )}
      {graph.cycles.length > 0 && (
        <p className="muted">
          {fill(t.cycles, {
            list: graph.cycles.map((c) => `${nameOf(c.from)} → ${nameOf(c.to)}`).join('; '),
          })}
        </p>
      )}
    </section>
  );
}
