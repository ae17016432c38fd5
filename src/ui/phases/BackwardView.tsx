import { useTexts } from '../locale';
import { fmt, fmtShape } from '../viz/format';
import { Heatmap } from '../viz/Heatmap';
import { DataParallelSection } from './DataParallelSection';
import { cardsClass, inputName, Note, numbered } from './common';
import { GradientNorms } from './GradientNorms';
import { BackwardPrecisionSection } from './PrecisionSections';
import type { PhaseViewProps } from './types';

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
          The largest gradient ({largest.name}) is {fmt(largest.norm / smallest.norm, 3)} × the
          smallest ({smallest.name}).
        </Note>
      )}
      {report.globalNorm > 0 && zero > 0 && (
        <Note tone="warn">
          {zero} of {report.grads.length} tensors have a gradient of exactly 0: this update leaves
          them unchanged.
        </Note>
      )}
      {report.globalNorm === 0 && (
        <Note tone="warn">
          Every gradient is exactly 0: the update will not change the model. This happens, for
          example, when all weights start at zero.
        </Note>
      )}

      <BackwardPrecisionSection precision={report.precision} />

      <h3 className="pv-subhead">Gradients ∂L/∂θ</h3>
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
                label={`Gradient of ${g.name}`}
                rowLabels={
                  isMatrix && g.layer === 0 && rows <= 10
                    ? numbered(rows).map((_, i) => inputName(i))
                    : undefined
                }
                colLabels={numbered(cols)}
                rowTitle={isMatrix ? 'inputs' : undefined}
                colTitle="units"
                cellSize={26}
              />
            </figure>
          );
        })}
      </div>
    </div>
  );
}
