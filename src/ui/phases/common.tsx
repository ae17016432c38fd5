/** Small pieces shared by the phase views: headline numbers, class markers, notes. */
import { Fragment, type ReactNode, useEffect, useState } from 'react';
import type { ModelSummary } from '../../protocol/messages';
import type { DataReport, ForwardReport } from '../../protocol/reports';
import { fmtInt } from '../viz/format';
import { Heatmap } from '../viz/Heatmap';
import { nonNegativeActivation } from '../viz/scales';
import { fill } from '../../content/fill';
import { useTexts } from '../locale';

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

/**
 * A column name that may wrap after "_", "." or "-" (sepal_length): a table of many
 * columns then stays inside its panel.
 */
export function ColumnName({ name }: { name: string }) {
  const parts = name.split(/(?<=[_.-])/);
  return (
    <>
      {parts.map((p, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {p}
        </Fragment>
      ))}
    </>
  );
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
  const ui = useTexts().ui;
  return (
    <>
      <Stats>
        <Stat
          label={ui.pvEpoch}
          value={fmtInt(report.epoch + 1)}
          hint={fill(ui.pvCompleted, { count: fmtInt(report.epoch) })}
        />
        <Stat
          label={ui.pvBatch}
          value={fill(ui.pvBatchOf, {
            index: fmtInt(report.batchIndex + 1),
            total: fmtInt(report.batchesPerEpoch),
          })}
          big
        />
        <Stat label={ui.pvBatchSize} value={fmtInt(report.batchSize)} />
        {children}
      </Stats>
      {(report.shuffled || badges) && (
        <div className="pv-badges">
          {report.shuffled && <span className="pv-badge pv-badge-accent">{ui.pvReshuffled}</span>}
          {badges}
        </div>
      )}
    </>
  );
}

/** The shapes a batch takes through the network, step by step, joined by arrows. */
export function ShapeFlow({ steps }: { steps: readonly { name: string; shape: string }[] }) {
  const ui = useTexts().ui;
  return (
    <ol className="pv-flow" aria-label={ui.pvShapesAria}>
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

/** Activations that saturate at ±1 or 0..1 get a fixed colour scale so layers compare. */
function activationRange(activation: string): number | undefined {
  return activation === 'tanh' || activation === 'sigmoid' ? 1 : undefined;
}

/** Each dense hidden layer's activations for the `n` examples shown, as a heatmap per layer. */
export function HiddenActivations({
  layers,
  n,
  cellSize,
}: {
  layers: ForwardReport['layers'];
  n: number;
  cellSize: number;
}) {
  const ui = useTexts().ui;
  if (layers.length === 0) return null;
  return (
    <>
      <h3 className="pv-subhead">{ui.pvHiddenActivations}</h3>
      <div className={cardsClass(Math.max(...layers.map((l) => l.units)))}>
        {layers.map((l) => (
          <figure key={l.name} className="pv-card">
            <figcaption>
              <strong>{l.name}</strong> <span className="pv-muted">{l.activation}</span>
            </figcaption>
            <Heatmap
              values={l.values}
              rows={n}
              cols={l.units}
              label={fill(ui.pvActivationsOf, { name: l.name, activation: l.activation })}
              rowLabels={numbered(n, '#')}
              colLabels={numbered(l.units)}
              range={activationRange(l.activation)}
              signed={!nonNegativeActivation(l.activation)}
              cellSize={cellSize}
            />
          </figure>
        ))}
      </div>
    </>
  );
}

/**
 * A regression's batch: each example's inputs (`columns`), target, prediction and error,
 * every number written by `format`.
 */
export function RegressionTable({
  report,
  columns,
  format,
  className = 'pv-table',
  what,
}: {
  report: ForwardReport;
  columns: readonly string[];
  format: (v: number) => string;
  className?: string;
  /** What the rows are ("examples" by default), in the page's language. */
  what?: string;
}) {
  const ui = useTexts().ui;
  const n = report.examples;
  const d = columns.length;
  return (
    <table className={className}>
      <caption>{fill(ui.pvRegressionCaption, { n, what: what ?? ui.pvExamples })}</caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          {columns.map((c) => (
            <th key={c} scope="col" className="pv-num">
              <ColumnName name={c} />
            </th>
          ))}
          <th scope="col" className="pv-num">
            {ui.pvTargetY}
          </th>
          <th scope="col" className="pv-num">
            {ui.pvPredictionY}
          </th>
          <th scope="col" className="pv-num">
            ŷ − y
          </th>
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: n }, (_, i) => (
          <tr key={i}>
            <th scope="row">{i + 1}</th>
            {columns.map((c, j) => (
              <td key={c} className="pv-num">
                {format(report.inputs[i * d + j])}
              </td>
            ))}
            <td className="pv-num">{format(report.labels[i])}</td>
            <td className="pv-num pv-strong">{format(report.probabilities[i])}</td>
            <td className="pv-num">{format(report.probabilities[i] - report.labels[i])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The first examples of a batch: position, index in the training set, each input column
 * (`columns`, numbers written by `format`) and the target, whose cell `target` draws.
 */
export function BatchTable({
  report,
  columns,
  format,
  targetName,
  target,
  numericTarget = false,
  caption,
  className = 'pv-table pv-table-narrow',
  testId,
}: {
  report: DataReport;
  columns: readonly string[];
  format: (v: number) => string;
  targetName: string;
  target: (k: number) => ReactNode;
  numericTarget?: boolean;
  caption?: ReactNode;
  className?: string;
  testId?: string;
}) {
  const ui = useTexts().ui;
  const shown = report.sampleLabels.length;
  const d = report.inputSize;
  return (
    <table className={className} data-testid={testId}>
      <caption>{caption ?? ui.pvFirstExamples}</caption>
      <thead>
        <tr>
          <th scope="col" className="pv-num">
            #
          </th>
          <th scope="col" className="pv-num" title={ui.pvIndexTitle}>
            {ui.pvIndex}
          </th>
          {columns.map((c) => (
            <th key={c} scope="col" className="pv-num">
              <ColumnName name={c} />
            </th>
          ))}
          <th scope="col" className={numericTarget ? 'pv-num' : undefined}>
            {targetName}
          </th>
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: shown }, (_, k) => (
          <tr key={k}>
            <td className="pv-num">{k + 1}</td>
            <td className="pv-num">{report.indices[k]}</td>
            {columns.map((c, j) => (
              <td key={c} className="pv-num">
                {format(report.sampleInputs[k * d + j])}
              </td>
            ))}
            <td className={numericTarget ? 'pv-num' : undefined}>{target(k)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
