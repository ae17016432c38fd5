import type { BackwardReport } from '../../protocol/reports';
import { Bars } from '../viz/Bars';
import { fmt, fmtShape } from '../viz/format';
import { Stat, Stats } from './common';

/**
 * The head of every backward view: global gradient norm, batch loss and tensor count, then
 * the L2 norm of each parameter tensor's gradient as a bar (weights in colour, biases grey).
 */
export function GradientNorms({ report }: { report: BackwardReport }) {
  return (
    <>
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
            label: g.name,
            value: g.norm,
            color: g.shape.length === 1 ? 'var(--muted, #6b7280)' : 'var(--accent, #4f46e5)',
            note: `shape ${fmtShape(g.shape)}`,
          }))}
        />
      </figure>
    </>
  );
}
