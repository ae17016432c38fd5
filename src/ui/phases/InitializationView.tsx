import { useTexts } from '../locale';
import { fmt, fmtFixed, fmtInt, fmtShape } from '../viz/format';
import { Heatmap } from '../viz/Heatmap';
import { HistogramChart } from '../viz/HistogramChart';
import { inputName, Note, numbered, Stat, Stats } from './common';
import type { PhaseViewProps } from './types';

/** The initial weights: scheme, spread per layer against the scheme's target, first layer. */
export function InitializationView({ report }: PhaseViewProps<'initialization'>) {
  const ui = useTexts().ui;
  // Output units stand for different classes, so their gradients differ even when they start
  // equal; the symmetry problem is about hidden units.
  const identical = report.layers.slice(0, -1).filter((l) => l.identicalUnits);
  const firstW = report.weights.find((w) => w.shape.length === 2);
  return (
    <div className="pv-view">
      <Stats>
        <Stat label="Parameters" value={fmtInt(report.totalParams)} big />
        <Stat label="Layers" value={report.layers.length} />
      </Stats>
      <p className="pv-line">
        <span className="pv-muted">Scheme:</span> <strong>{report.scheme}</strong>
      </p>

      {identical.length > 0 && (
        <div className="pv-alert pv-alert-warn" role="alert">
          <strong>Identical units in {identical.map((l) => l.name).join(', ')}</strong>
          <p>{ui.symmetryWarning}</p>
        </div>
      )}

      <table className="pv-table">
        <caption>Weights per layer (biases start at 0)</caption>
        <thead>
          <tr>
            <th scope="col">Layer</th>
            <th scope="col">Shape in × out</th>
            <th scope="col" className="pv-num">
              Parameters
            </th>
            <th scope="col" className="pv-num">
              Weight std
            </th>
            <th scope="col" className="pv-num">
              Target std
            </th>
          </tr>
        </thead>
        <tbody>
          {report.layers.map((l) => (
            <tr key={l.name}>
              <th scope="row">{l.name}</th>
              <td>{fmtShape(l.shape)}</td>
              <td className="pv-num">{fmtInt(l.params)}</td>
              <td className="pv-num">{fmtFixed(l.std, 3)}</td>
              <td className="pv-num">{fmtFixed(l.targetStd, 3)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3 className="pv-subhead">Distribution of the initial weights</h3>
      <div className="pv-cards">
        {report.layers.map((l) => (
          <figure key={l.name} className="pv-card">
            <figcaption>
              <strong>{l.name}</strong>{' '}
              <span className="pv-muted">
                {fmtShape(l.shape)} · std {fmt(l.std, 3)}
              </span>
            </figcaption>
            <HistogramChart
              histogram={l.weightHistogram}
              label={`Initial weights of ${l.name}`}
              height={130}
            />
          </figure>
        ))}
      </div>

      {firstW && (
        <figure className="pv-figure">
          <figcaption>
            <strong>Weight matrix of {report.layers[0]?.name ?? firstW.name}</strong>{' '}
            <span className="pv-muted">(one column per unit: the weights it gives each input)</span>
          </figcaption>
          <Heatmap
            values={firstW.values}
            rows={firstW.shape[0]}
            cols={firstW.shape[1]}
            label={`Initial weights of ${report.layers[0]?.name ?? firstW.name}`}
            rowLabels={
              firstW.shape[0] <= 10
                ? numbered(firstW.shape[0]).map((_, i) => inputName(i))
                : undefined
            }
            colLabels={numbered(firstW.shape[1])}
            rowTitle="inputs"
            colTitle="units"
            cellSize={36}
          />
        </figure>
      )}
      {identical.length === 0 && report.layers.every((l) => l.std > 0) && (
        <Note>
          Every unit starts with different weights, so each can learn a different feature.
        </Note>
      )}
    </div>
  );
}
