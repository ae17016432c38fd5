/**
 * The backward panel's data-parallel section: a table of the workers (each one's shard of the
 * batch, its local loss and local gradient norm) and the ring all-reduce that averaged their
 * gradients. Plain data from the report; the texts come from the catalogue
 * (content/en/data-parallel.ts).
 */
import type { DataParallelReport } from '../../protocol/reports';
import { useTexts } from '../locale';
import { fmt, fmtBytes, fmtInt } from '../viz/format';
import { Note } from './common';

export function DataParallelSection({ report }: { report: DataParallelReport }) {
  const t = useTexts().dataParallel;
  const { allReduce } = report;
  return (
    <section data-testid="data-parallel">
      <h3 className="pv-subhead">{t.heading(fmtInt(allReduce.workers))}</h3>
      <Note>{t.what}</Note>
      <table className="pv-table pv-table-narrow" data-testid="data-parallel-workers">
        <caption>{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.worker}</th>
            <th scope="col">{t.shard}</th>
            <th scope="col" className="pv-num">
              {t.examples}
            </th>
            <th scope="col" className="pv-num">
              {t.localLoss}
            </th>
            <th scope="col" className="pv-num">
              {t.localNorm}
            </th>
          </tr>
        </thead>
        <tbody>
          {report.replicas.map((r) => {
            const empty = r.to === r.from;
            return (
              <tr key={r.worker} data-testid="data-parallel-worker">
                <th scope="row">{fmtInt(r.worker)}</th>
                <td>{empty ? t.empty : t.shardRange(fmtInt(r.from + 1), fmtInt(r.to))}</td>
                <td className="pv-num">{fmtInt(r.to - r.from)}</td>
                <td className="pv-num">{empty ? '—' : fmt(r.loss, 4)}</td>
                <td className="pv-num">{empty ? '—' : fmt(r.gradNorm, 4)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Note>
        <span data-testid="all-reduce">
          {t.allReduce(
            fmtBytes(allReduce.bytesPerWorker),
            fmtBytes(allReduce.gradBytes),
            fmtInt(allReduce.workers),
          )}
        </span>
      </Note>
      <Note>{t.simulated}</Note>
    </section>
  );
}
