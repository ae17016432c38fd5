import { fmtFixed } from '../../viz/format';
import { HiddenActivations, layerFlow, RegressionTable, ShapeFlow } from '../common';
import type { PhaseViewProps } from '../types';
import { useTexts } from '../../locale';

const fixed3 = (v: number) => fmtFixed(v, 3);

/** The forward pass of a regression: x in, every hidden layer, and the predicted ŷ out. */
export function CurveForwardView({ report }: PhaseViewProps<'forward'>) {
  const ui = useTexts().ui;
  const n = report.examples;
  return (
    <div className="pv-view">
      <ShapeFlow
        steps={[
          { name: ui.pvInputX, shape: `${n} × 1` },
          ...layerFlow(report.layers, n),
          { name: ui.flowOutputLinear, shape: `${n} × 1` },
        ]}
      />
      <RegressionTable
        report={report}
        columns={['x']}
        format={fixed3}
        className="pv-table pv-table-narrow"
      />
      <HiddenActivations layers={report.layers} n={n} cellSize={24} />
    </div>
  );
}
