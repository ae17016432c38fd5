import { useState } from 'react';
import { Bars } from '../../viz/Bars';
import { fmtFixed, fmtPct } from '../../viz/format';
import { Heatmap } from '../../viz/Heatmap';
import { classColor, ShapeFlow, tableFlow } from '../common';
import type { PhaseViewProps } from '../types';
import { contextText, topTokens } from './text';

/** Most probable next characters listed per example. */
const TOP = 5;

/**
 * The forward pass of the first pairs of the batch: for each context, the model's
 * next-character probabilities; for a transformer, where each position looks (attention).
 */
export function CharsForwardView({ report, model, dataset }: PhaseViewProps<'forward'>) {
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
        steps={[{ name: 'context tokens', shape: `${n} × ${k}` }, ...tableFlow(model, n)]}
      />

      <h3 className="pv-subhead">Next-character predictions for the first {n} contexts</h3>
      <table className="pv-table cv-predictions" data-testid="next-char-table">
        <thead>
          <tr>
            <th scope="col">Context</th>
            <th scope="col">True next</th>
            <th scope="col">p(true)</th>
            <th scope="col">Most likely next characters</th>
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
          <strong>
            p(next | “{context}”) over all {V} characters
          </strong>{' '}
          <span className="pv-muted">
            true next ‘{vocab[truth]}’: p = {fmtFixed(report.probabilities[e * V + truth], 3)}; a
            model that knows nothing gives each 1/{V} = {fmtPct(1 / V)}
          </span>
        </figcaption>
        <Bars
          orientation="vertical"
          label={`Next-character probabilities after ${context}`}
          items={Array.from({ length: V }, (_, c) => ({
            key: c,
            label: vocab[c],
            value: report.probabilities[e * V + c],
            color: c === truth ? 'var(--ok, #16a34a)' : classColor(0),
            note: fmtPct(report.probabilities[e * V + c]),
          }))}
          max={1}
          height={140}
          reference={{ value: 1 / V, label: 'uniform' }}
          format={(v) => fmtPct(v, 0)}
        />
      </figure>

      {report.attention?.map((a) => {
        const per = a.heads * a.size * a.size;
        const labels = context.split('');
        return (
          <figure key={a.block} className="pv-figure" data-testid="attention-maps">
            <figcaption>
              <strong>
                Attention of block {a.block} for “{context}”
              </strong>{' '}
              <span className="pv-muted">
                row t: how much position t draws from each position (columns); the empty upper
                triangle is the causal mask — no position sees the future
              </span>
            </figcaption>
            <div className="cv-heads">
              {Array.from({ length: a.heads }, (_, h) => (
                <div key={h}>
                  <p className="pv-muted">head {h + 1}</p>
                  <Heatmap
                    values={a.values.subarray(
                      e * per + h * a.size * a.size,
                      e * per + (h + 1) * a.size * a.size,
                    )}
                    rows={a.size}
                    cols={a.size}
                    rowLabels={labels}
                    colLabels={labels}
                    rowTitle="query position"
                    colTitle="key position"
                    range={1}
                    signed={false}
                    cellSize={28}
                    label={`Attention weights of head ${h + 1}, block ${a.block}`}
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
