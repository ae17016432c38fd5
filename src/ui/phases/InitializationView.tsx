import { schemeText } from '../../content/report-names';
import { useLocale, useTexts } from '../locale';
import { fmt, fmtFixed, fmtInt, fmtShape } from '../viz/format';
import { Heatmap } from '../viz/Heatmap';
import { HistogramChart } from '../viz/HistogramChart';
import { inputName, Note, numbered, Stat, Stats } from './common';
import { TransferSection } from './TransferSection';
import type { PhaseViewProps } from './types';
import { fill } from '../../content/fill';

/** The initial weights: scheme, spread per layer against the scheme's target, first layer. */
export function InitializationView({ report }: PhaseViewProps<'initialization'>) {
  const ui = useTexts().ui;
  const { locale } = useLocale();
  // Output units stand for different classes, so their gradients differ even when they start
  // equal; the symmetry problem is about hidden units.
  const identical = report.layers.slice(0, -1).filter((l) => l.identicalUnits);
  const firstW = report.weights.find((w) => w.shape.length === 2);
  return (
    <div className="pv-view">
      <Stats>
        <Stat label={ui.pvParameters} value={fmtInt(report.totalParams)} big />
        <Stat label={ui.pvLayers} value={report.layers.length} />
      </Stats>
      <p className="pv-line">
        <span className="pv-muted">{ui.pvScheme}</span>{' '}
        <strong>{schemeText(report.scheme, locale)}</strong>
      </p>
      {report.transfer && <TransferSection transfer={report.transfer} />}

      {identical.length > 0 && (
        <div className="pv-alert pv-alert-warn" role="alert">
          <strong>
            {fill(ui.pvIdenticalUnits, { layers: identical.map((l) => l.name).join(', ') })}
          </strong>
          <p>{ui.symmetryWarning}</p>
        </div>
      )}

      <table className="pv-table">
        <caption>{ui.pvWeightsPerLayer}</caption>
        <thead>
          <tr>
            <th scope="col">{ui.pvLayer}</th>
            <th scope="col">{ui.pvShapeInOut}</th>
            <th scope="col" className="pv-num">
              {ui.pvParameters}
            </th>
            <th scope="col" className="pv-num">
              {ui.pvWeightStd}
            </th>
            <th scope="col" className="pv-num">
              {ui.pvTargetStd}
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

      <h3 className="pv-subhead">{ui.pvInitialDistribution}</h3>
      <div className="pv-cards">
        {report.layers.map((l) => (
          <figure key={l.name} className="pv-card">
            <figcaption>
              <strong>{l.name}</strong>{' '}
              <span className="pv-muted">
                {fill(ui.pvShapeStd, { shape: fmtShape(l.shape), std: fmt(l.std, 3) })}
              </span>
            </figcaption>
            <HistogramChart
              histogram={l.weightHistogram}
              label={fill(ui.pvInitialWeightsOf, { name: l.name })}
              height={130}
            />
          </figure>
        ))}
      </div>

      {firstW && (
        <figure className="pv-figure">
          <figcaption>
            <strong>
              {fill(ui.pvWeightMatrixOf, { name: report.layers[0]?.name ?? firstW.name })}
            </strong>{' '}
            <span className="pv-muted">{ui.pvOneColumnPerUnit}</span>
          </figcaption>
          <Heatmap
            values={firstW.values}
            rows={firstW.shape[0]}
            cols={firstW.shape[1]}
            label={fill(ui.pvInitialWeightsOf, { name: report.layers[0]?.name ?? firstW.name })}
            title={fill(ui.pvWeightMatrixOf, { name: report.layers[0]?.name ?? firstW.name })}
            rowLabels={
              firstW.shape[0] <= 10
                ? numbered(firstW.shape[0]).map((_, i) => inputName(i))
                : undefined
            }
            colLabels={numbered(firstW.shape[1])}
            rowTitle={ui.pvInputs}
            colTitle={ui.pvUnits}
            cellSize={36}
          />
        </figure>
      )}
      {identical.length === 0 && report.layers.every((l) => l.std > 0) && (
        <Note>{ui.pvDifferentStart}</Note>
      )}
    </div>
  );
}
