import { fmtFixed } from '../../viz/format';
import { Heatmap } from '../../viz/Heatmap';
import { cardsClass, numbered, layerFlow, ShapeFlow } from '../common';
import type { PhaseViewProps } from '../types';

/** The forward pass of a regression: x in, every hidden layer, and the predicted ŷ out. */
export function CurveForwardView({ report }: PhaseViewProps<'forward'>) {
  const n = report.examples;
  return (
    <div className="pv-view">
      <ShapeFlow
        steps={[
          { name: 'input x', shape: `${n} × 1` },
          ...layerFlow(report.layers, n),
          { name: 'output ŷ · linear', shape: `${n} × 1` },
        ]}
      />
      <table className="pv-table pv-table-narrow">
        <caption>Inputs, targets and predictions (first {n} examples of the batch)</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col" className="pv-num">
              x
            </th>
            <th scope="col" className="pv-num">
              target y
            </th>
            <th scope="col" className="pv-num">
              prediction ŷ
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
              <td className="pv-num">{fmtFixed(report.inputs[i], 3)}</td>
              <td className="pv-num">{fmtFixed(report.labels[i], 3)}</td>
              <td className="pv-num pv-strong">{fmtFixed(report.probabilities[i], 3)}</td>
              <td className="pv-num">{fmtFixed(report.probabilities[i] - report.labels[i], 3)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.layers.length > 0 && (
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
                  rowLabels={numbered(n, '#')}
                  colLabels={numbered(l.units)}
                  cellSize={24}
                />
              </figure>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
