import { useTexts } from '../locale';
import { fmt, fmtShape } from '../viz/format';
import { Heatmap } from '../viz/Heatmap';
import { DataParallelSection } from './DataParallelSection';
import { cardsClass, inputName, Note, numbered } from './common';
import { GradientNorms } from './GradientNorms';
import { BackwardPrecisionSection } from './PrecisionSections';
import type { PhaseViewProps } from './types';
import { fill } from '../../content/fill';

/** The gradients: their global norm, the norm of each tensor, and each tensor as a heatmap. */
export function BackwardView({ report }: PhaseViewProps<'backward'>) {
  const ui = useTexts().ui;
  const largest = report.grads.reduce((m, g) => (g.norm > m.norm ? g : m), report.grads[0]);
  const zero = report.grads.filter((g) => g.norm === 0).length;
  const smallest = report.grads.reduce((m, g) => (g.norm < m.norm ? g : m), report.grads[0]);
  return (
    <div className="pv-view">
      <GradientNorms report={report} />
      {report.dataParallel && <DataParallelSection report={report.dataParallel} />}
      {largest && smallest && largest !== smallest && smallest.norm > 0 && (
        <Note>
          {fill(ui.pvGradRatio, {
            largest: largest.name,
            ratio: fmt(largest.norm / smallest.norm, 3),
            smallest: smallest.name,
          })}
        </Note>
      )}
      {report.globalNorm > 0 && zero > 0 && (
        <Note tone="warn">{fill(ui.pvZeroGrads, { zero, total: report.grads.length })}</Note>
      )}
      {report.globalNorm === 0 && <Note tone="warn">{ui.pvAllZero}</Note>}

      <BackwardPrecisionSection precision={report.precision} />

      <h3 className="pv-subhead">{ui.pvGradients}</h3>
      <Note>{ui.gradientSign}</Note>
      <div
        className={cardsClass(
          Math.max(...report.grads.map((g) => g.shape[g.shape.length - 1] ?? 1)),
        )}
      >
        {report.grads.map((g) => {
          const isMatrix = g.shape.length === 2;
          const rows = isMatrix ? g.shape[0] : 1;
          const cols = isMatrix ? g.shape[1] : (g.shape[0] ?? 1);
          return (
            <figure key={g.name} className="pv-card">
              <figcaption>
                <strong>{g.name}</strong>{' '}
                <span className="pv-muted">
                  {fmtShape(g.shape)} · ‖g‖ = {fmt(g.norm, 3)}
                </span>
              </figcaption>
              <Heatmap
                values={g.values}
                rows={rows}
                cols={cols}
                label={fill(ui.pvGradientOf, { name: g.name })}
                rowLabels={
                  isMatrix && g.layer === 0 && rows <= 10
                    ? numbered(rows).map((_, i) => inputName(i))
                    : undefined
                }
                colLabels={numbered(cols)}
                rowTitle={isMatrix ? ui.pvInputs : undefined}
                colTitle={ui.pvUnits}
                cellSize={26}
              />
            </figure>
          );
        })}
      </div>
    </div>
  );
}
