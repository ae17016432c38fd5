/**
 * The initialization panel's account of a fine-tuned model (src/data/fine-tune.ts): which
 * layers were copied from the parent run's checkpoint, which were drawn fresh, and why.
 */
import type { TransferReport } from '../../protocol/reports';
import { fill } from '../../content/fill';
import { useTexts } from '../locale';
import { fmtInt } from '../viz/format';

export function TransferSection({ transfer }: { transfer: TransferReport }) {
  const t = useTexts().lineage;
  const { plan, fromRun } = transfer;
  return (
    <section className="pv-transfer" data-testid="init-transfer">
      <h3 className="pv-subhead">
        {fill(t.transferHeading, { run: fromRun, step: fmtInt(transfer.step) })}
      </h3>
      <p className="pv-muted">{t.transferIntro}</p>
      <table className="pv-table">
        <thead>
          <tr>
            <th scope="col">{t.layer}</th>
            <th scope="col">{t.origin}</th>
            <th scope="col">{t.why}</th>
          </tr>
        </thead>
        <tbody>
          {plan.layers.map((l) => (
            <tr key={l.layer} data-status={l.status}>
              <th scope="row">{l.layer}</th>
              <td>{l.status === 'copied' ? fill(t.copied, { run: l.fromRun }) : t.fresh}</td>
              <td>{l.status === 'copied' ? t.whyCopied : t.freshWhy(l.reason, fromRun)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="pv-line">
        {fill(t.transferTotals, {
          copied: fmtInt(plan.copiedParams),
          fresh: fmtInt(plan.freshParams),
        })}
        {plan.unused.length > 0 &&
          ` ${fill(t.unused, { run: fromRun, layers: plan.unused.join(', ') })}`}
      </p>
    </section>
  );
}
