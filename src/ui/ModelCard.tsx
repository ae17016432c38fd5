import { memo, type ReactNode } from 'react';
/** The model's layers: output shapes, parameter counts and compute per example and per step. */
import { flopsNote, type TextContext } from '../content';
import type { ModelSummary } from '../protocol/messages';
import { useLocale, useTexts } from './locale';
import { fmtInt, localizeNumber } from './viz/format';

/** 1234 → "1.2 k" (German "1,2 k"), 45_600_000 → "45.6 M": FLOPs span many orders of magnitude. */
export function fmtCompact(n: number): string {
  const units: [number, string][] = [
    [1e12, 'T'],
    [1e9, 'G'],
    [1e6, 'M'],
    [1e3, 'k'],
  ];
  for (const [size, unit] of units) {
    if (Math.abs(n) >= size)
      return `${localizeNumber((n / size).toFixed(n / size < 10 ? 1 : 0))} ${unit}`;
  }
  return fmtInt(n);
}

/**
 * `context`: the task, model and loss of the run, which choose the note on FLOPs;
 * `children`: actions shown under the table (e.g. exporting a model card).
 */
export const ModelCard = memo(function ModelCard({
  model,
  context,
  children,
}: {
  model: ModelSummary;
  context: TextContext;
  children?: ReactNode;
}) {
  const { locale } = useLocale();
  const ui = useTexts().ui;
  const forward = model.table.reduce((s, r) => s + r.forwardFlops, 0);
  return (
    <section
      className="card model-card"
      aria-label={ui.modelSummaryAria}
      data-testid="model-summary"
    >
      <h3>{ui.modelHeading}</h3>
      <table>
        <thead>
          <tr>
            <th>{ui.modelLayer}</th>
            <th>{ui.modelOutput}</th>
            <th className="num">{ui.modelParams}</th>
            <th className="num" title={ui.modelFlopsExampleTitle}>
              {ui.modelFlopsExample}
            </th>
            <th className="num" title={ui.modelFlopsStepTitle}>
              {ui.modelFlopsStep}
            </th>
          </tr>
        </thead>
        <tbody>
          {model.table.map((r) => (
            <tr key={r.name} title={r.kind}>
              <td>
                {r.name}
                <span className="model-kind">{r.kind}</span>
              </td>
              <td>{r.outputShape.join('×')}</td>
              <td className="num">{fmtInt(r.params)}</td>
              <td className="num">{fmtCompact(r.forwardFlops)}</td>
              <td className="num">{fmtCompact(r.trainFlops)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={2}>{ui.modelTotal}</td>
            <td className="num">{fmtInt(model.totalParams)}</td>
            <td className="num">{fmtCompact(forward)}</td>
            <td className="num">{fmtCompact(model.flopsPerStep)}</td>
          </tr>
        </tfoot>
      </table>
      <p className="muted">{flopsNote(context, locale)}</p>
      {children}
    </section>
  );
});
