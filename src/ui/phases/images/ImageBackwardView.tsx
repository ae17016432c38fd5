import { useTexts } from '../../locale';
import { fmt } from '../../viz/format';
import { Note } from '../common';
import { DataParallelSection } from '../DataParallelSection';
import { GradientNorms } from '../GradientNorms';
import type { PhaseViewProps } from '../types';
import { UnitImages } from './DigitGrid';
import { fill } from '../../../content/fill';

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
            <strong>{ui.pvFirstLayerGrads}</strong>{' '}
            <span className="pv-muted">
              {conv
                ? fill(ui.pvImagePerFilter, { h: first.shape[0], w: first.shape[1] })
                : ui.pvImagePerUnit}{' '}
              · ‖g‖ = {fmt(first.norm, 3)}
            </span>
          </figcaption>
          <UnitImages values={first.values} shape={first.shape} label={ui.pvFirstLayerGradLabel} />
        </figure>
      )}
      <Note>{ui.gradientSign}</Note>
      {!conv && <Note>{ui.pvBlankPixels}</Note>}
    </div>
  );
}
