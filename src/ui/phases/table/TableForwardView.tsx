import { fmt } from '../../viz/format';
import { ForwardView } from '../ForwardView';
import { inputName, layerFlow, ShapeFlow } from '../common';
import type { PhaseViewProps } from '../types';
import './table.css';

/**
 * The forward pass on a table: a classifier's is the generic one (probabilities per class);
 * a regression's shows each row's inputs, target and predicted value.
 */
export function TableForwardView(props: PhaseViewProps<'forward'>) {
  const { report, dataset } = props;
  // Many columns and classes make a wide table: it scrolls within the panel.
  if (dataset.classes > 0)
    return (
      <div className="tb-scroll">
        <ForwardView {...props} />
      </div>
    );
  const n = report.examples;
  const d = report.inputs.length / Math.max(1, n);
  const columns = dataset.source?.features ?? Array.from({ length: d }, (_, j) => inputName(j));
  return (
    <div className="pv-view">
      <ShapeFlow
        steps={[
          { name: 'input x · standardized', shape: `${n} × ${d}` },
          ...layerFlow(report.layers, n),
          { name: 'output ŷ · linear, in the target’s units', shape: `${n} × 1` },
        ]}
      />
      <div className="tb-scroll">
        <table className="pv-table">
          <caption>Inputs, targets and predictions (first {n} rows of the batch)</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              {columns.map((c) => (
                <th key={c} scope="col" className="pv-num">
                  {c}
                </th>
              ))}
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
                {columns.map((c, j) => (
                  <td key={c} className="pv-num">
                    {fmt(report.inputs[i * d + j])}
                  </td>
                ))}
                <td className="pv-num">{fmt(report.labels[i])}</td>
                <td className="pv-num pv-strong">{fmt(report.probabilities[i])}</td>
                <td className="pv-num">{fmt(report.probabilities[i] - report.labels[i])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
