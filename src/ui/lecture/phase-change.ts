/**
 * What a phase just changed, in one sentence for the lecture banner: read from the phase's
 * own report (every number is the model's), worded by the catalogue (`lecture.changed`).
 */
import type { LectureTexts } from '../../content/en/lecture';
import { fill } from '../../content/fill';
import type { PhaseReport } from '../../protocol/reports';
import type { StopReason } from '../../protocol/stopping';
import { fmt, fmtBytes, fmtInt, fmtPct, formatLocale } from '../viz/format';
import { lossNameText, schemeText } from '../../content/report-names';

/** The largest |after − before| over every parameter the update changed. */
export function largestChange(
  before: { values: ArrayLike<number> }[],
  after: typeof before,
): number {
  let most = 0;
  before.forEach((b, i) => {
    const a = after[i].values;
    for (let j = 0; j < b.values.length; j++) most = Math.max(most, Math.abs(a[j] - b.values[j]));
  });
  return most;
}

/** The sentence saying what `report`'s phase just changed, in the language of `t`. */
export function phaseChange(
  report: PhaseReport,
  t: LectureTexts['changed'],
  reasonText: (reason: StopReason) => string,
): string {
  switch (report.phase) {
    case 'initialization':
      return fill(t.initialization, {
        params: fmtInt(report.totalParams),
        scheme: schemeText(report.scheme, formatLocale()),
      });
    case 'data':
      return fill(t.data, {
        batch: fmtInt(report.batchIndex + 1),
        batches: fmtInt(report.batchesPerEpoch),
        epoch: fmtInt(report.epoch + 1), // the report counts completed epochs
        size: fmtInt(report.batchSize),
      });
    case 'forward':
      return fill(t.forward, { examples: fmtInt(report.examples) });
    case 'loss':
      return fill(t.loss, {
        lossName: lossNameText(report.lossName, formatLocale()),
        mean: fmt(report.mean),
      });
    case 'backward':
      return fill(t.backward, { norm: fmt(report.globalNorm) });
    case 'update':
      return fill(t.update, {
        delta: fmt(largestChange(report.before, report.after)),
        learningRate: fmt(report.learningRate),
      });
    case 'evaluation':
      return Number.isNaN(report.valAccuracy)
        ? fill(t.evaluationNoAccuracy, { valLoss: fmt(report.valLoss) })
        : fill(t.evaluation, {
            valLoss: fmt(report.valLoss),
            valAccuracy: fmtPct(report.valAccuracy),
          });
    case 'checkpoint':
      return fill(t.checkpoint, {
        step: fmtInt(report.saved.step),
        size: fmtBytes(report.saved.sizeBytes),
      });
    case 'stopping':
      return report.stop
        ? fill(t.stoppingFires, { reason: report.reason ? reasonText(report.reason) : '' })
        : t.stopping;
  }
}
