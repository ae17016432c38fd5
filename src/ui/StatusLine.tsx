/** The run's vital signs, updated a few times a second while training. */
import type { EngineStatus } from '../protocol/messages';
import { fmt, fmtBytes, fmtInt } from './viz/format';

function duration(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** `hasAccuracy`: false for a regression, whose evaluations measure no accuracy. */
export function StatusLine({
  status,
  hasAccuracy = true,
}: {
  status: EngineStatus | null;
  hasAccuracy?: boolean;
}) {
  const s = status;
  const all: [string, string, string][] = [
    ['step', 'Step', s ? String(s.step) : '0'],
    ['epoch', 'Epoch', s ? `${s.epoch} · batch ${s.batchIndex + 1}/${s.batchesPerEpoch}` : '—'],
    ['train-loss', 'Train loss', s?.trainLoss != null ? fmt(s.trainLoss, 4) : '—'],
    ['val-loss', 'Val loss', s?.valLoss != null ? fmt(s.valLoss, 4) : '—'],
    [
      'val-accuracy',
      'Val acc',
      s?.valAccuracy != null ? `${(100 * s.valAccuracy).toFixed(1)} %` : '—',
    ],
    [
      'steps-per-second',
      'Steps/s',
      s?.compiling
        ? 'compiling kernels…'
        : s?.stepsPerSecond != null
          ? fmt(s.stepsPerSecond, 3)
          : '—',
    ],
    [
      'samples-per-second',
      'Samples/s',
      s?.samplesPerSecond != null && !s.compiling ? fmtInt(Math.round(s.samplesPerSecond)) : '—',
    ],
    ['elapsed', 'Time', s ? duration(s.elapsedMs) : '0:00'],
    ['learning-rate', 'LR', s ? fmt(s.learningRate, 3) : '—'],
    ['tensors', 'Tensors', s ? String(s.memory.numTensors) : '—'],
    ['tensor-bytes', 'Tensor bytes', s ? String(s.memory.numBytes) : '—'],
  ];
  const items = hasAccuracy ? all : all.filter(([id]) => id !== 'val-accuracy');
  return (
    <dl className="status-line" aria-label="Run status">
      {items.map(([id, label, value]) => (
        <div key={id} className={`status-item status-${id}`}>
          <dt>{label}</dt>
          <dd
            data-testid={id}
            title={id === 'tensor-bytes' && s ? fmtBytes(s.memory.numBytes) : undefined}
          >
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
