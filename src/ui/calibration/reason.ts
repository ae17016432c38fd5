/**
 * The calibration's reason in words: which backend won and whether its step is bound by
 * per-kernel dispatch or by arithmetic (`src/data/backend-choice.ts` decides which), with the
 * numbers it rests on, from the catalogue in the page's language.
 */
import { DEFAULT_KERNEL_OVERHEAD_S } from '../../data/backend-choice';
import { fmtSi } from '../viz/si';
import type { CalibrationTexts } from '../../content/types';
import type { CalibrationReport } from '../../protocol/calibration';
import { fmtInt, fmtPct, localizeNumber } from '../viz/format';

/** A time in seconds with an SI prefix, in the page's number format: 1.2e-5 → "12 µs". */
export function fmtSeconds(s: number): string {
  return fmtSi(s, 's');
}

/**
 * The reason for a finished calibration's choice: the dispatch-bound text when the chosen
 * backend's kernel launches make up at least half its step (`regime`), else the compute-bound
 * one. Null while the calibration runs or when it failed.
 */
export function calibrationReason(report: CalibrationReport, t: CalibrationTexts): string | null {
  if (report.status !== 'done' || report.chosen === null || report.regime === null) return null;
  const row = report.rows.find((r) => r.backend === report.chosen);
  if (!row) return null;
  const facts = {
    backend: t.requests[report.chosen],
    kernels: row.kernelsPerStep === null ? '—' : fmtInt(row.kernelsPerStep),
    flops: fmtSi(row.flopsPerStep, 'FLOP'),
    overhead:
      row.kernelOverheadS === null
        ? `${fmtSeconds(DEFAULT_KERNEL_OVERHEAD_S)} ${t.assumed}`
        : fmtSeconds(row.kernelOverheadS),
    share: fmtPct(report.dispatchShare, 0),
    margin:
      report.marginOverNext === null || !Number.isFinite(report.marginOverNext)
        ? ''
        : t.marginFaster(localizeNumber(report.marginOverNext.toFixed(1))),
  };
  return report.regime === 'dispatch-bound' ? t.reasonDispatch(facts) : t.reasonCompute(facts);
}
