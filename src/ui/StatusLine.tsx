/** The run's vital signs, updated a few times a second while training. */
import type { EngineStatus } from '../protocol/messages';
import { useTexts } from './locale';
import { currentMicroBatch, epochOfLastUpdate } from './run-counters';
import { fmt, fmtBytes, fmtInt, localizeNumber } from './viz/format';

function duration(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** What the counters count, shown on hover. */
const HINTS: Record<string, ((ui: Record<string, string>) => string) | undefined> = {
  step: (ui) => ui.stepHint,
  epoch: (ui) => ui.epochHint,
};

/** `hasAccuracy`: false for a regression, whose evaluations measure no accuracy. */
export function StatusLine({
  status,
  hasAccuracy = true,
}: {
  status: EngineStatus | null;
  hasAccuracy?: boolean;
}) {
  const s = status;
  const ui = useTexts().ui;
  const at = s ? epochOfLastUpdate(s) : null;
  const all: [string, string, string][] = [
    ['step', ui.statusStep, s ? String(s.step) : '0'],
    [
      'epoch',
      ui.statusEpoch,
      at ? `${at.epoch} · ${ui.statusBatch} ${at.batch}/${at.batchesPerEpoch}` : '—',
    ],
    ['train-loss', ui.statusTrainLoss, s?.trainLoss != null ? fmt(s.trainLoss, 4) : '—'],
    ['val-loss', ui.statusValLoss, s?.valLoss != null ? fmt(s.valLoss, 4) : '—'],
    [
      'val-accuracy',
      ui.statusValAcc,
      s?.valAccuracy != null ? `${localizeNumber((100 * s.valAccuracy).toFixed(1))} %` : '—',
    ],
    [
      'steps-per-second',
      ui.statusStepsPerSecond,
      s?.compiling
        ? ui.statusCompiling
        : s?.stepsPerSecond != null
          ? fmt(s.stepsPerSecond, 3)
          : '—',
    ],
    [
      'samples-per-second',
      ui.statusSamplesPerSecond,
      s?.samplesPerSecond != null && !s.compiling ? fmtInt(Math.round(s.samplesPerSecond)) : '—',
    ],
    ['elapsed', ui.statusTime, s ? duration(s.elapsedMs) : '0:00'],
    ['learning-rate', ui.statusLearningRate, s ? fmt(s.learningRate, 3) : '—'],
  ];
  // Gradient accumulation: micro-batches in within the step, of k, and the effective batch.
  if (s && s.accumulate > 1) {
    const micro = currentMicroBatch(s);
    all.push(
      ['micro-batch', ui.statusMicroBatch, `${micro.index}/${micro.of}`],
      ['effective-batch', ui.statusEffectiveBatch, fmtInt(s.accumulate * s.batchSize)],
    );
  }
  const items = hasAccuracy ? all : all.filter(([id]) => id !== 'val-accuracy');
  return (
    // A region of its own, so the line sits in a landmark like the rest of the page.
    <section aria-label={ui.statusAria}>
      <dl className="status-line">
        {items.map(([id, label, value]) => (
          <div key={id} className={`status-item status-${id}`}>
            <dt title={HINTS[id]?.(ui)}>{label}</dt>
            <dd data-testid={id}>{value}</dd>
          </div>
        ))}
        {/* Tensor memory as one item, so an 8-digit byte count keeps the line on one row. */}
        <div className="status-item status-memory">
          <dt>{ui.statusTensors}</dt>
          <dd data-testid="tensors">{s ? String(s.memory.numTensors) : '—'}</dd>
          <dt>{ui.statusBytes}</dt>
          <dd data-testid="tensor-bytes" title={s ? fmtBytes(s.memory.numBytes) : undefined}>
            {s ? String(s.memory.numBytes) : '—'}
          </dd>
        </div>
      </dl>
    </section>
  );
}
