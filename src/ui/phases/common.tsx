/** Small pieces shared by the phase views: headline numbers, class markers, notes. */
import { type ReactNode, useEffect, useState } from 'react';
import type { ModelSummary } from '../../protocol/messages';
import type { DataReport } from '../../protocol/reports';
import { fmtInt } from '../viz/format';

export function Stats({ children }: { children: ReactNode }) {
  return <dl className="pv-stats">{children}</dl>;
}

/** One headline number with its label; `big` for the number the phase is about. */
export function Stat({
  label,
  value,
  hint,
  big = false,
}: {
  label: string;
  value: ReactNode;
  hint?: ReactNode;
  big?: boolean;
}) {
  return (
    <div className={big ? 'pv-stat pv-stat-big' : 'pv-stat'}>
      <dt>{label}</dt>
      <dd>
        <span className="pv-stat-value">{value}</span>
        {hint && <span className="pv-stat-hint">{hint}</span>}
      </dd>
    </div>
  );
}

/** "class 0" with a dot in the class colour. */
export function ClassTag({ label }: { label: number }) {
  return (
    <span className="pv-class">
      <span className={`pv-class-dot pv-class-${label === 0 ? 0 : label === 1 ? 1 : 'other'}`} />
      {label}
    </span>
  );
}

/** Colours of classes 2–9 (digits); classes 0 and 1 keep the two class colours. */
const MORE_CLASSES = [
  '#16a34a',
  '#dc2626',
  '#9333ea',
  '#0891b2',
  '#ca8a04',
  '#db2777',
  '#4b5563',
  '#65a30d',
];

export function classColor(label: number): string {
  if (label === 0) return 'var(--class0, #2563eb)';
  if (label === 1) return 'var(--class1, #f97316)';
  return MORE_CLASSES[(label - 2) % MORE_CLASSES.length];
}

export function Note({
  children,
  tone = 'info',
}: {
  children: ReactNode;
  tone?: 'info' | 'warn' | 'ok';
}) {
  return <p className={`pv-note pv-note-${tone}`}>{children}</p>;
}

/** Matrices wider than this get a card of the full panel width, so their cells stay visible. */
export const WIDE_MATRIX = 24;

/** Class of a grid of cards: one column when any matrix in it is wide. */
export function cardsClass(maxCols: number, base = 'pv-cards'): string {
  return maxCols > WIDE_MATRIX ? 'pv-cards pv-cards-1' : base;
}

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';

/** x₁, x₂, … (1-based), for input features. */
export function inputName(i: number): string {
  return 'x' + String(i + 1).replace(/\d/g, (d) => SUBSCRIPTS[Number(d)]);
}

/** "1", "2", … for row or column labels. */
export function numbered(n: number, prefix = ''): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
}

/** The current time, refreshed every `intervalMs` so relative ages stay current. */
export function useNow(intervalMs = 5000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(id);
  }, [intervalMs]);
  return now;
}

/**
 * Where the batch sits: epoch, batch k of K and batch size, then the view's own numbers
 * (`children`), and a badge when the order was reshuffled for a new epoch (plus `badges`).
 */
export function BatchPosition({
  report,
  children,
  badges,
}: {
  report: DataReport;
  children?: ReactNode;
  badges?: ReactNode;
}) {
  return (
    <>
      <Stats>
        <Stat
          label="Epoch"
          value={fmtInt(report.epoch + 1)}
          hint={`${fmtInt(report.epoch)} completed`}
        />
        <Stat
          label="Batch"
          value={`${fmtInt(report.batchIndex + 1)} of ${fmtInt(report.batchesPerEpoch)}`}
          big
        />
        <Stat label="Batch size" value={fmtInt(report.batchSize)} />
        {children}
      </Stats>
      {(report.shuffled || badges) && (
        <div className="pv-badges">
          {report.shuffled && (
            <span className="pv-badge pv-badge-accent">Order reshuffled for a new epoch</span>
          )}
          {badges}
        </div>
      )}
    </>
  );
}

/** The shapes a batch takes through the network, step by step, joined by arrows. */
export function ShapeFlow({ steps }: { steps: readonly { name: string; shape: string }[] }) {
  return (
    <ol className="pv-flow" aria-label="Shapes through the network">
      {steps.map((s, i) => (
        <li key={i}>
          <span className="pv-flow-name">{s.name}</span>
          <span className="pv-flow-shape">{s.shape}</span>
        </li>
      ))}
    </ol>
  );
}

/** The model summary's rows as flow steps, for `n` examples. */
export function tableFlow(model: ModelSummary, n: number): { name: string; shape: string }[] {
  return model.table.map((r) => ({
    name: `${r.name} · ${r.kind}`,
    shape: `${n} × ${r.outputShape.join(' × ')}`,
  }));
}

/** Dense layers' activations as flow steps, for `n` examples. */
export function layerFlow(
  layers: readonly { name: string; activation: string; units: number }[],
  n: number,
): { name: string; shape: string }[] {
  return layers.map((l) => ({ name: `${l.name} · ${l.activation}`, shape: `${n} × ${l.units}` }));
}
