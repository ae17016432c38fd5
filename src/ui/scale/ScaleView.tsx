/**
 * "Scale": what this run costs on which hardware, where a step's memory goes and how many
 * devices can share it, from the model summary, the config and the status the page already
 * has. Estimates only, and the view says so; the panels render once it is opened.
 */
import { memo, type ReactNode, useMemo, useState } from 'react';
import { ACCELERATORS } from '../../config/compute-reference';
import { INTERCONNECTS } from '../../config/interconnects';
import { ChoiceField, NumberField } from '../AssumptionFields';
import { useTexts } from '../locale';
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
  // The devices' names in the page's language, as the run's cost panel shows them.
  const deviceNames = useTexts().runCost.devices;
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
            <ChoiceField
              label={t.device}
              value={deviceId}
              testId="scale-device"
              choices={ACCELERATORS.map((d) => ({
                value: d.id,
                label: deviceNames[d.id] ?? d.name,
              }))}
              onChange={setDeviceId}
            />
            <ChoiceField
              label={t.precision}
              value={precision}
              testId="scale-precision"
              choices={[
                { value: 'fp32', label: t.precisionFp32 },
                { value: 'tf32', label: t.precisionTf32 },
                { value: 'bf16', label: t.precisionMixed },
              ]}
              onChange={setPrecision}
            />
            <NumberField
              label={t.mfu}
              value={mfuText}
              error={mfu === null ? t.invalidMfu : null}
              testId="scale-mfu"
              onChange={setMfuText}
            />
            <NumberField
              label={t.workers}
              value={workersText}
              error={workers === null ? t.invalidWorkers : null}
              testId="scale-workers"
              inputMode="numeric"
              onChange={setWorkersText}
            />
            <ChoiceField
              label={t.link}
              value={linkId}
              choices={INTERCONNECTS.map((l) => ({ value: l.id, label: l.name }))}
              onChange={setLinkId}
            />
            <ChoiceField
              label={t.zero}
              value={zeroStage}
              testId="scale-zero"
              choices={t.zeroNames.map((name, i) => ({ value: i as ZeroStage, label: name }))}
              onChange={setZeroStage}
            />
            <ChoiceField
              label={t.modelScale}
              value={modelScale}
              choices={MODEL_SCALES.map((k) => ({ value: k, label: `× ${powerOfTen(k)}` }))}
              onChange={setModelScale}
            />
            <NumberField
              label={t.deadline}
              value={deadlineText}
              error={deadlineDays === null ? t.invalidDeadline : null}
              testId="scale-deadline"
              onChange={setDeadlineText}
            />
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
