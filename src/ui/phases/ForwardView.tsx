import { fmtFixed } from '../viz/format';
import {
  classColor,
  ClassTag,
  HiddenActivations,
  inputName,
  Note,
  layerFlow,
  ShapeFlow,
} from './common';
import type { PhaseViewProps } from './types';
import { fill } from '../../content/fill';
import { useTexts } from '../locale';

/** The forward pass of the first examples: inputs, every hidden layer, output probabilities. */
export function ForwardView({ report, model }: PhaseViewProps<'forward'>) {
  const ui = useTexts().ui;
  const n = report.examples;
  const d = report.inputs.length / Math.max(1, n);
  const k = report.classes;
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
          { name: ui.pvInputX, shape: `${n} × ${d}` },
          ...layerFlow(report.layers, n),
          { name: `${output?.name ?? ui.pvOutput} · softmax`, shape: `${n} × ${k}` },
        ]}
      />

      <table className="pv-table">
        <caption>{fill(ui.pvInputsAndProbs, { n })}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            {Array.from({ length: d }, (_, j) => (
              <th key={j} scope="col" className="pv-num">
                {inputName(j)}
              </th>
            ))}
            <th scope="col">{ui.pvLabel}</th>
            {/* The verdict beside the label, before the columns that may scroll out of view. */}
            <th scope="col" title={ui.pvPredictedTitle}>
              {ui.pvPredicted}
            </th>
            {Array.from({ length: k }, (_, c) => (
              <th
                key={c}
                scope="col"
                className="pv-num"
                title={fill(ui.pvProbabilityOfClass, { class: c })}
              >
                p({c})
              </th>
            ))}
            <th scope="col" className="pv-probcol">
              <span className="pv-sr-only">{ui.pvProbabilitiesAsBars}</span>
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
                <td className={ok ? 'pv-ok' : 'pv-bad'}>
                  {pred} {ok ? '✓' : '✗'}
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
              </tr>
            );
          })}
        </tbody>
      </table>

      {report.layers.length === 0 ? (
        <Note>{ui.pvNoHidden}</Note>
      ) : (
        <HiddenActivations layers={report.layers} n={n} cellSize={26} />
      )}
    </div>
  );
}
