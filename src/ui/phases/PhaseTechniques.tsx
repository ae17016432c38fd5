/**
 * What the step's techniques did in the phase on screen, from the phase's own report: which
 * micro-batch of k the data and backward phases handled and the running gradient sum
 * (gradient accumulation), and at the update the learning rate with its schedule and what
 * gradient clipping did. Each technique that acts here comes with its teaching text.
 */
import { fill } from '../../content';
import type {
  BackwardReport,
  ClipReport,
  DataReport,
  MicroBatchPosition,
  PhaseReport,
  UpdateReport,
} from '../../protocol/reports';
import type { TechniqueId } from '../../content/types';
import { useTexts } from '../locale';
import { fmt, fmtInt, fmtPct } from '../viz/format';
import { Note, Stat, Stats } from './common';
import { TechniqueNote } from './TechniqueNote';

/** The examples one update's gradient sums over: k micro-batches of b. */
export const effectiveBatch = (p: MicroBatchPosition) => p.accumulate * p.batchSize;

export function PhaseTechniques({ report }: { report: PhaseReport }) {
  switch (report.phase) {
    case 'data':
      return <DataTechniques report={report} />;
    case 'backward':
      return <BackwardTechniques report={report} />;
    case 'update':
      return <UpdateTechniques report={report} />;
    default:
      return null;
  }
}

/** "Micro-batch i of k" and the effective batch, when the step accumulates (k > 1). */
function MicroBatchStats({ position }: { position: MicroBatchPosition }) {
  const { ui, techniques } = useTexts();
  const { microBatch: i, accumulate: k, batchSize: b } = position;
  return (
    <Stats>
      <Stat label={techniques.accumulation.title} value={fill(ui.techMicroBatch, { i, k })} big />
      <Stat
        label={ui.techEffectiveBatchLabel}
        value={fmtInt(k * b)}
        hint={fill(ui.techEffectiveBatch, { k, b })}
      />
    </Stats>
  );
}

function DataTechniques({ report }: { report: DataReport }) {
  const ui = useTexts().ui;
  const p = report.position;
  if (!p || p.accumulate <= 1) return null;
  return (
    <div className="pv-techniques" data-testid="techniques-data" data-micro-batch={p.microBatch}>
      <MicroBatchStats position={p} />
      <Note>{fill(ui.techDataNote, { i: p.microBatch, k: p.accumulate })}</Note>
      <TechniqueNote id="accumulation" />
    </div>
  );
}

function BackwardTechniques({ report }: { report: BackwardReport }) {
  const ui = useTexts().ui;
  const p = report.position;
  if (!p || p.accumulate <= 1) return null;
  const sums = report.sumNorms ?? [report.globalNorm];
  return (
    <div
      className="pv-techniques"
      data-testid="techniques-backward"
      data-micro-batch={p.microBatch}
    >
      <MicroBatchStats position={p} />
      <h3 className="pv-subhead">{ui.techSumHeading}</h3>
      <table className="pv-table pv-sum-table" data-testid="gradient-sum">
        <tbody>
          {sums.map((norm, j) => (
            <tr key={j} className={j === sums.length - 1 ? 'pv-row-current' : undefined}>
              <th scope="row">{fill(ui.techSumAfter, { j: j + 1 })}</th>
              <td>
                {ui.techSumNorm} = {fmt(norm, 4)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Note>{fill(ui.techSumNote, { k: p.accumulate, n: fmtInt(effectiveBatch(p)) })}</Note>
      <TechniqueNote id="accumulation" />
    </div>
  );
}

/** The teaching text of the optimizer an update used (Nesterov when momentum looks ahead). */
export function optimizerTechnique(method: NonNullable<UpdateReport['method']>): TechniqueId {
  return method.optimizer === 'momentum' && method.nesterov ? 'nesterov' : method.optimizer;
}

function UpdateTechniques({ report }: { report: UpdateReport }) {
  const t = useTexts();
  const ui = t.ui;
  const schedule = report.schedule;
  const options: Record<string, string> = t.sidebar.fields.lrSchedule.options;
  const p = report.position;
  const method = report.method;
  return (
    <div className="pv-techniques" data-testid="techniques-update">
      {method && <TechniqueNote id={optimizerTechnique(method)} />}
      {method && method.weightDecay > 0 && <TechniqueNote id="weightDecay" />}
      {schedule !== undefined && (
        <>
          <Stats>
            <Stat label={ui.techLearningRate} value={fmt(report.learningRate)} big />
            <Stat label={ui.techSchedule} value={options[schedule] ?? schedule} />
          </Stats>
          <Note>
            {fill(ui.techScheduleNote, {
              lr: fmt(report.learningRate),
              step: report.step,
              schedule: options[schedule] ?? schedule,
            })}
          </Note>
          {schedule !== 'constant' && <TechniqueNote id="lrSchedule" />}
        </>
      )}
      {report.clip && <ClipStats clip={report.clip} />}
      {p && p.accumulate > 1 && (
        <>
          <Note>{fill(ui.techUpdateSum, { i: p.microBatch, n: fmtInt(effectiveBatch(p)) })}</Note>
          <TechniqueNote id="accumulation" />
        </>
      )}
    </div>
  );
}

function ClipStats({ clip }: { clip: ClipReport }) {
  const ui = useTexts().ui;
  const clipped = clip.factor < 1;
  const values = {
    max: fmt(clip.max),
    before: fmt(clip.normBefore, 4),
    after: fmt(clip.normAfter, 4),
    factor: fmt(clip.factor, 4),
    share: fmtPct(clip.clippedShare ?? 0, 2),
  };
  return (
    <div data-testid="clip-stats" data-clip-factor={clip.factor} data-norm-before={clip.normBefore}>
      <h3 className="pv-subhead">{ui.techClipHeading}</h3>
      <Stats>
        <Stat label={ui.techNormBefore} value={values.before} />
        <Stat label={ui.techNormAfter} value={values.after} />
        <Stat label={ui.techClipFactor} value={values.factor} big />
        {clip.clippedShare !== null && <Stat label={ui.techClippedShare} value={values.share} />}
      </Stats>
      <Note tone={clipped ? 'warn' : undefined}>
        {!clipped
          ? fill(ui.techClipNone, values)
          : clip.kind === 'norm'
            ? fill(ui.techClipNorm, values)
            : fill(ui.techClipValue, values)}
      </Note>
      <TechniqueNote id="clipping" />
    </div>
  );
}
