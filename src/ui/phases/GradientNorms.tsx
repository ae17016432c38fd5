import type { BackwardReport } from '../../protocol/reports';
import { Bars } from '../viz/Bars';
import { fmt, fmtShape } from '../viz/format';
import { Stat, Stats } from './common';
import { fill } from '../../content/fill';
import { useTexts } from '../locale';

/**
 * The head of every backward view: global gradient norm, batch loss and tensor count, then
 * the L2 norm of each parameter tensor's gradient as a bar (weights in colour, biases grey).
 */
export function GradientNorms({ report }: { report: BackwardReport }) {
  const ui = useTexts().ui;
  return (
    <>
      <Stats>
        <Stat label={ui.pvGlobalNorm} value={fmt(report.globalNorm)} big />
        <Stat label={ui.pvBatchLoss} value={fmt(report.loss)} />
        <Stat label={ui.pvParamTensors} value={report.grads.length} />
      </Stats>
      <figure className="pv-figure">
        <figcaption>
          <strong>{ui.pvNormEach}</strong> <span className="pv-muted">{ui.pvNormColours}</span>
        </figcaption>
        <Bars
          label={ui.pvNormLabel}
          items={report.grads.map((g) => ({
            key: g.name,
            label: g.name,
            value: g.norm,
            color: g.shape.length === 1 ? 'var(--muted, #6b7280)' : 'var(--accent, #4f46e5)',
            note: fill(ui.pvShape, { shape: fmtShape(g.shape) }),
          }))}
        />
      </figure>
    </>
  );
}
