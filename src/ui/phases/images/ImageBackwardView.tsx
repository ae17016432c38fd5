import { texts } from '../../../content';
import { Bars } from '../../viz/Bars';
import { fmt, fmtShape } from '../../viz/format';
import { Note, Stat, Stats } from '../common';
import type { PhaseViewProps } from '../types';
import { UnitImages } from './DigitGrid';

/** The gradients: norms per tensor, and the first layer's gradients drawn as images. */
export function ImageBackwardView({ report }: PhaseViewProps<'backward'>) {
  const ui = texts().ui;
  const first = report.grads[0];
  const conv = first?.shape.length === 4;
  return (
    <div className="pv-view">
      <Stats>
        <Stat label="Global gradient norm ‖∇θL‖₂" value={fmt(report.globalNorm)} big />
        <Stat label="Loss of the batch L" value={fmt(report.loss)} />
        <Stat label="Parameter tensors" value={report.grads.length} />
      </Stats>
      <figure className="pv-figure">
        <figcaption>
          <strong>L2 norm of the gradient of each tensor</strong>{' '}
          <span className="pv-muted">weights in colour, biases in grey</span>
        </figcaption>
        <Bars
          label="L2 norm of the gradient of each parameter tensor"
          items={report.grads.map((g) => ({
            key: g.name,
            label: `${g.name} ${fmtShape(g.shape)}`,
            value: g.norm,
            color: g.shape.length === 1 ? 'var(--muted, #6b7280)' : 'var(--accent, #4f46e5)',
          }))}
        />
      </figure>
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
