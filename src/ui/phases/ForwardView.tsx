import { fmtFixed } from '../viz/format';
import { Heatmap } from '../viz/Heatmap';
import {
  cardsClass,
  classColor,
  ClassTag,
  inputName,
  Note,
  numbered,
  layerFlow,
  ShapeFlow,
} from './common';
import type { PhaseViewProps } from './types';

/** Activations that saturate at ±1 or 0..1 get a fixed colour scale so layers compare. */
function activationRange(activation: string): number | undefined {
  return activation === 'tanh' || activation === 'sigmoid' ? 1 : undefined;
}

/** The forward pass of the first examples: inputs, every hidden layer, output probabilities. */
export function ForwardView({ report, model }: PhaseViewProps<'forward'>) {
  const n = report.examples;
  const d = report.inputs.length / Math.max(1, n);
  const k = report.classes;
  const rowLabels = numbered(n, '#');
  const predicted = (i: number) => {
    let best = 0;
    for (let c = 1; c < k; c++)
      if (report.probabilities[i * k + c] > report.probabilities[i * k + best]) best = c;
    return best;
  };
  const output = model.layers[model.layers.length - 1];
  return (
    <div className="pv-view">
      <ShapeFlow
        steps={[
          { name: 'input x', shape: `${n} × ${d}` },
          ...layerFlow(report.layers, n),
          { name: `${output?.name ?? 'output'} · softmax`, shape: `${n} × ${k}` },
        ]}
      />

      <table className="pv-table">
        <caption>Inputs and output probabilities (first {n} examples of the batch)</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            {Array.from({ length: d }, (_, j) => (
              <th key={j} scope="col" className="pv-num">
                {inputName(j)}
              </th>
            ))}
            <th scope="col">label</th>
            {Array.from({ length: k }, (_, c) => (
              <th key={c} scope="col" className="pv-num" title={`Probability of class ${c}`}>
                p({c})
              </th>
            ))}
            <th scope="col" className="pv-probcol">
              <span className="pv-sr-only">probabilities as bars</span>
            </th>
            <th scope="col" title="Predicted class (the most probable one)">
              predicted
            </th>
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: n }, (_, i) => {
            const pred = predicted(i);
            const ok = pred === report.labels[i];
            return (
              <tr key={i}>
                <th scope="row">{i + 1}</th>
                {Array.from({ length: d }, (_, j) => (
                  <td key={j} className="pv-num">
                    {fmtFixed(report.inputs[i * d + j], 3)}
                  </td>
                ))}
                <td>
                  <ClassTag label={report.labels[i]} />
                </td>
                {Array.from({ length: k }, (_, c) => (
                  <td key={c} className={c === report.labels[i] ? 'pv-num pv-strong' : 'pv-num'}>
                    {fmtFixed(report.probabilities[i * k + c], 3)}
                  </td>
                ))}
                <td className="pv-probcol">
                  <span className="pv-probbar" aria-hidden="true">
                    {Array.from({ length: k }, (_, c) => (
                      <span
                        key={c}
                        style={{
                          width: `${report.probabilities[i * k + c] * 100}%`,
                          background: classColor(c),
                        }}
                      />
                    ))}
                  </span>
                </td>
                <td className={ok ? 'pv-ok' : 'pv-bad'}>
                  {pred} {ok ? '✓' : '✗'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      {report.layers.length === 0 ? (
        <Note>
          This model has no hidden layers: the logits are x·W + b directly, so it can only draw a
          straight decision boundary (logistic regression).
        </Note>
      ) : (
        <>
          <h3 className="pv-subhead">Hidden activations hₗ (rows: examples, columns: units)</h3>
          <div className={cardsClass(Math.max(...report.layers.map((l) => l.units)))}>
            {report.layers.map((l) => (
              <figure key={l.name} className="pv-card">
                <figcaption>
                  <strong>{l.name}</strong> <span className="pv-muted">{l.activation}</span>
                </figcaption>
                <Heatmap
                  values={l.values}
                  rows={n}
                  cols={l.units}
                  label={`Activations of ${l.name} (${l.activation})`}
                  rowLabels={rowLabels}
                  colLabels={numbered(l.units)}
                  range={activationRange(l.activation)}
                  cellSize={26}
                />
              </figure>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
