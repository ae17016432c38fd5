import { fmt } from '../../viz/format';
import { ForwardView } from '../ForwardView';
import { HiddenActivations, inputName, layerFlow, RegressionTable, ShapeFlow } from '../common';
import type { PhaseViewProps } from '../types';
import './table.css';
import { useTexts } from '../../locale';

/**
 * The forward pass on a table: a classifier's is the generic one (probabilities per class);
 * a regression's shows each row's inputs, target and predicted value.
 */
export function TableForwardView(props: PhaseViewProps<'forward'>) {
  const ui = useTexts().ui;
  const { report, dataset } = props;
  // Many columns and classes make a wide table: it scrolls within the panel.
  if (dataset.classes > 0)
    return (
      <div className="tb-scroll" tabIndex={0}>
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
          { name: ui.flowInputStandardized, shape: `${n} × ${d}` },
          ...layerFlow(report.layers, n),
          { name: ui.flowOutputInUnits, shape: `${n} × 1` },
        ]}
      />
      <div className="tb-scroll" tabIndex={0}>
        <RegressionTable report={report} columns={columns} format={fmt} what={ui.pvRows} />
      </div>
      <HiddenActivations layers={report.layers} n={n} cellSize={24} />
    </div>
  );
}
