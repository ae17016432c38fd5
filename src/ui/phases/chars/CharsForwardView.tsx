import { useState } from 'react';
import { Bars } from '../../viz/Bars';
import { fmtFixed, fmtPct } from '../../viz/format';
import { Heatmap } from '../../viz/Heatmap';
import { classColor, ShapeFlow, tableFlow } from '../common';
import type { PhaseViewProps } from '../types';
import { contextText, topTokens } from './text';
import { useTexts } from '../../locale';
import { fill } from '../../../content/fill';

/** Most probable next characters listed per example. */
const TOP = 5;

/**
 * The forward pass of the first pairs of the batch: for each context, the model's
 * next-character probabilities; for a transformer, where each position looks (attention).
 */
export function CharsForwardView({ report, model, dataset }: PhaseViewProps<'forward'>) {
  const ui = useTexts().ui;
  const vocab = dataset.classNames ?? [];
  const n = report.examples;
  const V = report.classes;
  const k = report.inputs.length / Math.max(1, n);
  const [chosen, setChosen] = useState(0);
  const e = Math.min(chosen, n - 1);
  const context = contextText(report.inputs, e, k, vocab);
  const truth = report.labels[e];
  return (
    <div className="pv-view">
      <ShapeFlow
        steps={[{ name: ui.pvContextTokens, shape: `${n} × ${k}` }, ...tableFlow(model, n)]}
      />

      <h3 className="pv-subhead">{fill(ui.pvNextCharPredictions, { n })}</h3>
      <table className="pv-table cv-predictions" data-testid="next-char-table">
        <thead>
          <tr>
            <th scope="col">{ui.pvContext}</th>
            <th scope="col">{ui.pvTrueNext}</th>
            <th scope="col">{ui.pvPTrue}</th>
            <th scope="col">{ui.pvMostLikely}</th>
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: n }, (_, i) => {
            const top = topTokens(report.probabilities, i, V, TOP);
            const y = report.labels[i];
            return (
              <tr
                key={i}
                className={i === e ? 'cv-row-on' : undefined}
                onClick={() => setChosen(i)}
                aria-selected={i === e}
              >
                <td>
                  <button type="button" className="cv-pick" onClick={() => setChosen(i)}>
                    <code>{contextText(report.inputs, i, k, vocab)}</code>
                  </button>
                </td>
                <td>
                  <code>{vocab[y]}</code>
                </td>
                <td>{fmtFixed(report.probabilities[i * V + y], 3)}</td>
                <td>
                  {top.map((t) => (
                    <span key={t.token} className={t.token === y ? 'cv-top cv-top-true' : 'cv-top'}>
                      <code>{vocab[t.token]}</code> {fmtPct(t.p, 0)}
                    </span>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <figure className="pv-figure">
        <figcaption>
          <strong>{fill(ui.pvPNext, { context, v: V })}</strong>{' '}
          <span className="pv-muted">
            {fill(ui.pvTrueNextP, {
              char: vocab[truth],
              p: fmtFixed(report.probabilities[e * V + truth], 3),
              v: V,
              uniform: fmtPct(1 / V),
            })}
          </span>
        </figcaption>
        <Bars
          orientation="vertical"
          label={fill(ui.pvNextCharProbs, { context })}
          items={Array.from({ length: V }, (_, c) => ({
            key: c,
            label: vocab[c],
            value: report.probabilities[e * V + c],
            color: c === truth ? 'var(--ok, #16a34a)' : classColor(0),
            note: fmtPct(report.probabilities[e * V + c]),
          }))}
          max={1}
          height={140}
          reference={{ value: 1 / V, label: ui.pvUniform }}
          format={(v) => fmtPct(v, 0)}
        />
      </figure>

      {report.attention?.map((a) => {
        const per = a.heads * a.size * a.size;
        const labels = context.split('');
        return (
          <figure key={a.block} className="pv-figure" data-testid="attention-maps">
            <figcaption>
              <strong>{fill(ui.pvAttentionOf, { block: a.block, context })}</strong>{' '}
              <span className="pv-muted">{ui.pvAttentionNote}</span>
            </figcaption>
            <div className="cv-heads">
              {Array.from({ length: a.heads }, (_, h) => (
                <div key={h}>
                  <p className="pv-muted">{fill(ui.pvHead, { n: h + 1 })}</p>
                  <Heatmap
                    values={a.values.subarray(
                      e * per + h * a.size * a.size,
                      e * per + (h + 1) * a.size * a.size,
                    )}
                    rows={a.size}
                    cols={a.size}
                    rowLabels={labels}
                    colLabels={labels}
                    rowTitle={ui.pvQueryPosition}
                    colTitle={ui.pvKeyPosition}
                    range={1}
                    signed={false}
                    cellSize={28}
                    label={fill(ui.pvAttentionWeights, { head: h + 1, block: a.block })}
                  />
                </div>
              ))}
            </div>
          </figure>
        );
      })}
    </div>
  );
}
