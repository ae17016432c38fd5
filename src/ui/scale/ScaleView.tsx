/**
 * "Scale": what this run costs on which hardware, where a step's memory goes and how many
 * devices can share it, from the model summary, the config and the status the page already
 * has. Estimates only, and the view says so; the panels render once it is opened.
 */
import { memo, type ReactNode, useId, useMemo, useState } from 'react';
import { ACCELERATORS } from '../../config/compute-reference';
import { INTERCONNECTS } from '../../config/interconnects';
import { fromLocalNumberText, toLocalNumberText } from '../../config/number-text';
import { useLocale, useTexts } from '../locale';
import { powerOfTen, trainingFlops } from '../../data/compute-cost';
import { DEFAULT_MFU, type MathPrecision } from '../../data/hardware-scaling';
import { layerOutputSizes, type ZeroStage } from '../../data/memory-model';
import type { ModelSummary } from '../../protocol/messages';
import { optimizerName, type ScaleAssumptions } from './assumptions';
import { HardwarePanel } from './HardwarePanel';
import { MemoryPanel } from './MemoryPanel';
import { ParallelPanel } from './ParallelPanel';
import './scale.css';

const MODEL_SCALES = [0, 3, 6, 9];

/** The element id of the Scale view, which links elsewhere on the page point to. */
export const SCALE_VIEW_ID = 'scale-view';

/** A whole number from 1 to 4096 typed into a field, or null. */
function workerCount(text: string): number | null {
  const v = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(v) && v >= 1 && v <= 4096 ? v : null;
}

/** A percentage in (0, 100] typed into a field, as a fraction, or null. */
function percent(text: string): number | null {
  const v = Number(text.trim());
  return text.trim() !== '' && Number.isFinite(v) && v > 0 && v <= 100 ? v / 100 : null;
}

/** A number of days in (0, 3650] typed into a field, or null. */
function days(text: string): number | null {
  const v = Number(text.trim());
  return text.trim() !== '' && Number.isFinite(v) && v > 0 && v <= 3650 ? v : null;
}

export const ScaleView = memo(function ScaleView({
  model,
  batchSize,
  optimizer,
  steps,
  measuredBytes,
  children,
}: {
  model: ModelSummary;
  /** The run's batch size (the model summary's FLOPs per step are at this batch). */
  batchSize: number;
  /** The run's optimizer, as the config names it. */
  optimizer: string;
  /** Optimizer steps taken. */
  steps: number;
  /** tf.memory().numBytes from the status; null before one. */
  measuredBytes: number | null;
  /** Shown under the panels: taking the run elsewhere (Export as PyTorch). */
  children?: ReactNode;
}) {
  const t = useTexts().scale;
  const { locale } = useLocale();
  const ids = {
    device: useId(),
    precision: useId(),
    mfu: useId(),
    workers: useId(),
    link: useId(),
    zero: useId(),
    modelScale: useId(),
    deadline: useId(),
  };
  const [open, setOpen] = useState(false);
  const [deviceId, setDeviceId] = useState('h100');
  const [precision, setPrecision] = useState<MathPrecision>('fp32');
  const [mfuText, setMfuText] = useState(String(DEFAULT_MFU * 100));
  const [workersText, setWorkersText] = useState('8');
  const [linkId, setLinkId] = useState(INTERCONNECTS[0].id);
  const [zeroStage, setZeroStage] = useState<ZeroStage>(0);
  const [checkpointing, setCheckpointing] = useState(false);
  const [overlap, setOverlap] = useState(true);
  const [modelScale, setModelScale] = useState(0);
  const [deadlineText, setDeadlineText] = useState('30');

  const mfu = percent(mfuText);
  const workers = workerCount(workersText);
  const device = ACCELERATORS.find((d) => d.id === deviceId) ?? ACCELERATORS[0];
  const link = INTERCONNECTS.find((l) => l.id === linkId) ?? INTERCONNECTS[0];
  const deadlineDays = days(deadlineText);
  // Stable while the assumptions stay, so the panels skip the status updates of a run.
  const a: ScaleAssumptions | null = useMemo(
    () =>
      mfu !== null && workers !== null && deadlineDays !== null
        ? { device, precision, mfu, workers, link, zeroStage, checkpointing, overlap, deadlineDays }
        : null,
    [device, precision, mfu, workers, link, zeroStage, checkpointing, overlap, deadlineDays],
  );
  const layerSizes = useMemo(
    () => layerOutputSizes(model.table.map((r) => r.outputShape)),
    [model.table],
  );

  return (
    <details
      id={SCALE_VIEW_ID}
      className="card scale"
      data-testid="scale"
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>
        <h3>{t.heading}</h3> <span className="scale-badge">{t.estimated}</span>
      </summary>
      {open && (
        <>
          <p className="muted">{t.intro}</p>
          <fieldset className="scale-assumptions" aria-label={t.assumptions}>
            <legend>{t.assumptions}</legend>
            <label htmlFor={ids.device}>
              {t.device}
              <select
                id={ids.device}
                value={deviceId}
                data-testid="scale-device"
                onChange={(e) => setDeviceId(e.target.value)}
              >
                {ACCELERATORS.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name}
                  </option>
                ))}
              </select>
            </label>
            <label htmlFor={ids.precision}>
              {t.precision}
              <select
                id={ids.precision}
                value={precision}
                data-testid="scale-precision"
                onChange={(e) => setPrecision(e.target.value as MathPrecision)}
              >
                <option value="fp32">{t.precisionFp32}</option>
                <option value="tf32">{t.precisionTf32}</option>
                <option value="bf16">{t.precisionMixed}</option>
              </select>
            </label>
            <label htmlFor={ids.mfu}>
              {t.mfu}
              <input
                id={ids.mfu}
                type="text"
                inputMode="decimal"
                value={toLocalNumberText(mfuText, locale)}
                aria-invalid={mfu === null ? true : undefined}
                data-testid="scale-mfu"
                onChange={(e) => setMfuText(fromLocalNumberText(e.target.value, locale))}
              />
              {mfu === null && (
                <span className="field-error" role="alert">
                  {t.invalidMfu}
                </span>
              )}
            </label>
            <label htmlFor={ids.workers}>
              {t.workers}
              <input
                id={ids.workers}
                type="text"
                inputMode="numeric"
                value={workersText}
                aria-invalid={workers === null ? true : undefined}
                data-testid="scale-workers"
                onChange={(e) => setWorkersText(e.target.value)}
              />
              {workers === null && (
                <span className="field-error" role="alert">
                  {t.invalidWorkers}
                </span>
              )}
            </label>
            <label htmlFor={ids.link}>
              {t.link}
              <select id={ids.link} value={linkId} onChange={(e) => setLinkId(e.target.value)}>
                {INTERCONNECTS.map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.name}
                  </option>
                ))}
              </select>
            </label>
            <label htmlFor={ids.zero}>
              {t.zero}
              <select
                id={ids.zero}
                value={zeroStage}
                data-testid="scale-zero"
                onChange={(e) => setZeroStage(Number(e.target.value) as ZeroStage)}
              >
                {t.zeroNames.map((name, i) => (
                  <option key={name} value={i}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
            <label htmlFor={ids.modelScale}>
              {t.modelScale}
              <select
                id={ids.modelScale}
                value={modelScale}
                onChange={(e) => setModelScale(Number(e.target.value))}
              >
                {MODEL_SCALES.map((k) => (
                  <option key={k} value={k}>
                    × {powerOfTen(k)}
                  </option>
                ))}
              </select>
            </label>
            <label htmlFor={ids.deadline}>
              {t.deadline}
              <input
                id={ids.deadline}
                type="text"
                inputMode="decimal"
                value={toLocalNumberText(deadlineText, locale)}
                aria-invalid={deadlineDays === null ? true : undefined}
                data-testid="scale-deadline"
                onChange={(e) => setDeadlineText(fromLocalNumberText(e.target.value, locale))}
              />
              {deadlineDays === null && (
                <span className="field-error" role="alert">
                  {t.invalidDeadline}
                </span>
              )}
            </label>
            <label className="scale-check">
              <input
                type="checkbox"
                checked={checkpointing}
                data-testid="scale-checkpointing"
                onChange={(e) => setCheckpointing(e.target.checked)}
              />
              {t.checkpointing}
            </label>
            <label className="scale-check">
              <input
                type="checkbox"
                checked={overlap}
                onChange={(e) => setOverlap(e.target.checked)}
              />
              {t.overlap}
            </label>
          </fieldset>
          {a && (
            <>
              <MemoryPanel
                params={model.totalParams}
                layerSizes={layerSizes}
                depth={model.layers.length}
                batchSize={batchSize}
                optimizer={optimizerName(optimizer)}
                measuredBytes={measuredBytes}
                a={a}
              />
              <ParallelPanel
                params={model.totalParams}
                flopsPerStep={model.flopsPerStep}
                modelScale={10 ** modelScale}
                a={a}
              />
              <HardwarePanel
                runFlops={trainingFlops(model.flopsPerStep, steps)}
                flopsPerStep={model.flopsPerStep}
                a={a}
              />
            </>
          )}
          {children}
        </>
      )}
    </details>
  );
});
