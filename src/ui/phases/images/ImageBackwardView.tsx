import { useTexts } from '../../locale';
import { fmt } from '../../viz/format';
import { Note } from '../common';
import { DataParallelSection } from '../DataParallelSection';
import { GradientNorms } from '../GradientNorms';
import type { PhaseViewProps } from '../types';
import { UnitImages } from './DigitGrid';

/** The gradients: norms per tensor, and the first layer's gradients drawn as images. */
export function ImageBackwardView({ report }: PhaseViewProps<'backward'>) {
  const ui = useTexts().ui;
  const first = report.grads[0];
  const conv = first?.shape.length === 4;
  return (
    <div className="pv-view">
      <GradientNorms report={report} />
      {report.dataParallel && <DataParallelSection report={report.dataParallel} />}
      {first && (
        <figure className="pv-figure" data-testid="first-layer-gradients">
          <figcaption>
            <strong>∂L/∂W of the first layer, as images</strong>{' '}
            <span className="pv-muted">
              {conv
                ? `one ${first.shape[0]} × ${first.shape[1]} image per filter`
                : 'one 28 × 28 image per unit (first 32 units)'}{' '}
              · ‖g‖ = {fmt(first.norm, 3)}
            </span>
          </figcaption>
          <UnitImages
            values={first.values}
            shape={first.shape}
            label="Gradient of the first layer"
          />
        </figure>
      )}
      <Note>{ui.gradientSign}</Note>
      {!conv && (
        <Note>
          A pixel that is blank in every digit of the batch gets a gradient of exactly 0: the
          borders of these images stay white.
        </Note>
      )}
    </div>
  );
}
