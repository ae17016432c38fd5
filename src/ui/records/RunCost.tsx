/**
 * "Cost of this run": training FLOPs, achieved FLOP/s, energy and CO2 of the run on screen,
 * with every assumption (device power and peak, PUE, grid intensity) editable and the
 * formulas shown with their numbers, beside GPT-3's published figures.
 */
import { memo, useEffect, useMemo, useState } from 'react';
import { DEVICES, GPT3, GRID_INTENSITIES, PUE_DEFAULTS } from '../../config/compute-reference';
import { ChoiceField, NumberField } from '../AssumptionFields';
import { useTexts } from '../locale';
import { localizeNumber } from '../viz/format';
import { achievedRate, compareWith, powerOfTen, runCost } from '../../data/compute-cost';
import { fmtSci, fmtSi } from '../viz/si';
import { setCostAssumptions } from './cost-assumptions';
import './records.css';

const CUSTOM = 'custom';

/** A positive number typed into a field, or null. */
function positive(text: string): number | null {
  const v = Number(text.trim());
  return text.trim() !== '' && Number.isFinite(v) && v > 0 ? v : null;
}

export const RunCost = memo(function RunCost({
  flopsPerStep,
  steps,
  elapsedMs,
  stepsPerSecond = null,
}: {
  /** Forward + backward FLOPs of one optimizer step (the model card's FLOPs/step). */
  flopsPerStep: number;
  /** Optimizer steps taken. */
  steps: number;
  /** Training wall time, ms. */
  elapsedMs: number;
  /** The run's measured speed now (the status line's), steps/s; null before one. */
  stepsPerSecond?: number | null;
}) {
  const t = useTexts().runCost;
  const [deviceId, setDeviceId] = useState(DEVICES[0].id);
  const [precision, setPrecision] = useState<'fp32' | 'fp16'>('fp32');
  const [power, setPower] = useState(String(DEVICES[0].powerW));
  const [peak, setPeak] = useState(String(DEVICES[0].peakFp32 / 1e12));
  const [pueId, setPueId] = useState(PUE_DEFAULTS[0].id);
  const [pue, setPue] = useState(String(PUE_DEFAULTS[0].pue));
  const [regionId, setRegionId] = useState(GRID_INTENSITIES[0].id);
  const [intensity, setIntensity] = useState(String(GRID_INTENSITIES[0].gramsPerKWh));

  const chooseDevice = (id: string, p = precision) => {
    setDeviceId(id);
    const d = DEVICES.find((x) => x.id === id);
    if (!d) return;
    setPower(String(d.powerW));
    setPeak(String((p === 'fp32' ? d.peakFp32 : d.peakFp16) / 1e12));
  };

  const values = {
    power: positive(power),
    peak: positive(peak),
    pue: positive(pue),
    intensity: positive(intensity),
  };
  const pueError =
    values.pue === null ? t.invalid(t.pueValue) : values.pue < 1 ? t.pueBelowOne : null;
  const valid =
    values.power !== null && values.peak !== null && values.intensity !== null && !pueError;

  const cost = useMemo(
    () =>
      valid
        ? runCost(
            { flopsPerStep, steps, elapsedMs },
            {
              powerW: values.power!,
              peakFlops: values.peak! * 1e12,
              pue: values.pue!,
              gramsPerKWh: values.intensity!,
            },
          )
        : null,
    [
      valid,
      flopsPerStep,
      steps,
      elapsedMs,
      values.power,
      values.peak,
      values.pue,
      values.intensity,
    ],
  );
  const device = DEVICES.find((d) => d.id === deviceId);
  const deviceName = device?.name ?? t.custom;
  // The model card export states the assumptions chosen here.
  useEffect(() => {
    setCostAssumptions(
      valid
        ? {
            device: deviceName,
            powerW: values.power!,
            peakFlops: values.peak! * 1e12,
            pue: values.pue!,
            gramsPerKWh: values.intensity!,
          }
        : null,
    );
  }, [valid, deviceName, values.power, values.peak, values.pue, values.intensity]);
  const cmp = cost ? compareWith(cost, GPT3) : null;
  // The speed now, measured, against the peak chosen above (MFU-style utilisation).
  const live = achievedRate(flopsPerStep, stepsPerSecond, values.peak && values.peak * 1e12);
  const share = (x: { exponent: number } | null) => (x ? powerOfTen(x.exponent) : '—');
  const seconds = fmtSi(elapsedMs / 1000, 's');
  const energy = cost ? fmtSi(cost.energyKWh * 1000, 'Wh') : '';
  const pueSource = PUE_DEFAULTS.find((p) => p.id === pueId);
  const region = GRID_INTENSITIES.find((g) => g.id === regionId);

  return (
    <section className="card run-cost" aria-label={t.heading} data-testid="run-cost">
      <h3>{t.heading}</h3>
      <p className="muted">{t.intro}</p>
      <div>
        <ChoiceField
          label={t.device}
          value={deviceId}
          choices={[
            ...DEVICES.map((d) => ({ value: d.id, label: t.devices[d.id] ?? d.name })),
            { value: CUSTOM, label: t.custom },
          ]}
          onChange={(id) => chooseDevice(id)}
        />
        <ChoiceField
          label={t.precision}
          value={precision}
          choices={[
            { value: 'fp32', label: t.precisionFp32 },
            { value: 'fp16', label: t.precisionFp16 },
          ]}
          onChange={(p) => {
            setPrecision(p);
            chooseDevice(deviceId, p);
          }}
        />
        <NumberField
          label={t.power}
          value={power}
          testId="cost-power"
          error={values.power === null ? t.invalid(t.power) : null}
          onChange={(v) => {
            setPower(v);
            setDeviceId(CUSTOM);
          }}
        />
        <NumberField
          label={t.peak}
          value={peak}
          testId="cost-peak"
          error={values.peak === null ? t.invalid(t.peak) : null}
          onChange={(v) => {
            setPeak(v);
            setDeviceId(CUSTOM);
          }}
        />
      </div>
      <div>
        <ChoiceField
          label={t.pue}
          value={pueId}
          choices={[
            ...PUE_DEFAULTS.map((p) => ({
              value: p.id,
              label: `${t.pues[p.id] ?? p.name} (${localizeNumber(String(p.pue))})`,
            })),
            { value: CUSTOM, label: t.custom },
          ]}
          onChange={(id) => {
            setPueId(id);
            const p = PUE_DEFAULTS.find((x) => x.id === id);
            if (p) setPue(String(p.pue));
          }}
        />
        <NumberField
          label={t.pueValue}
          value={pue}
          testId="cost-pue"
          error={pueError}
          onChange={(v) => {
            setPue(v);
            setPueId(CUSTOM);
          }}
        />
        <ChoiceField
          label={t.region}
          value={regionId}
          choices={[
            ...GRID_INTENSITIES.map((g) => ({ value: g.id, label: t.grids[g.id] ?? g.name })),
            { value: CUSTOM, label: t.custom },
          ]}
          onChange={(id) => {
            setRegionId(id);
            const g = GRID_INTENSITIES.find((x) => x.id === id);
            if (g) setIntensity(String(g.gramsPerKWh));
          }}
        />
        <NumberField
          label={t.intensity}
          value={intensity}
          testId="cost-intensity"
          error={values.intensity === null ? t.invalid(t.intensity) : null}
          onChange={(v) => {
            setIntensity(v);
            setRegionId(CUSTOM);
          }}
        />
      </div>
      {cost && (
        <div className="formula" data-testid="cost-formula">
          <div>
            {t.flopsLine(fmtSi(flopsPerStep, 'FLOP'), String(steps), fmtSi(cost.flops, 'FLOP'))}
          </div>
          {cost.achievedFlops === null ? (
            <div>{t.noTimeYet}</div>
          ) : (
            <>
              <div>
                {t.rateLine(
                  fmtSi(cost.flops, 'FLOP'),
                  seconds,
                  fmtSi(cost.achievedFlops, 'FLOP/s'),
                  cost.utilization === null ? '—' : fmtSci(cost.utilization),
                )}
              </div>
              <div>{t.energyLine(`${values.power} W`, seconds, String(values.pue), energy)}</div>
              <div>
                {t.co2Line(
                  energy,
                  `${values.intensity} g/kWh`,
                  `${fmtSi(cost.co2Grams, 'g')} CO2e`,
                )}
              </div>
            </>
          )}
        </div>
      )}
      <p className="formula" data-testid="cost-live">
        {live
          ? t.liveLine(
              fmtSi(flopsPerStep, 'FLOP'),
              localizeNumber(String(Number(stepsPerSecond!.toPrecision(3)))),
              fmtSi(live.flops, 'FLOP/s'),
              live.utilization === null ? '—' : fmtSci(live.utilization),
            )
          : t.liveNone}
      </p>
      {cmp && (
        <p data-testid="cost-gpt3">
          {t.gpt3Figures(fmtSci(GPT3.flops))}{' '}
          {t.comparison('GPT-3', share(cmp.flops), share(cmp.energy), share(cmp.co2))}
        </p>
      )}
      <p className="muted">{t.caveat}</p>
      <details className="sources">
        <summary>{t.sources}</summary>
        <ul>
          {device && <li>{device.source}</li>}
          {pueSource && <li>{pueSource.source}</li>}
          {region && <li>{region.source}</li>}
          <li>{GPT3.source}</li>
        </ul>
      </details>
    </section>
  );
});
