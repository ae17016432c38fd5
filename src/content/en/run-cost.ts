/** Texts of the "Cost of this run" panel (src/ui/records/RunCost.tsx). */
import { ACCELERATORS, GRID_INTENSITIES, PUE_DEFAULTS } from '../../config/compute-reference';

/** The names of a list's entries by id, as src/config/compute-reference.ts gives them. */
const names = (list: readonly { id: string; name: string }[]) =>
  Object.fromEntries(list.map((x) => [x.id, x.name])) as Record<string, string>;

export const runCost = {
  /** The devices (every accelerator of the hardware table), PUE defaults and grids by id (the reference data's English names). */
  devices: names(ACCELERATORS),
  pues: names(PUE_DEFAULTS),
  grids: names(GRID_INTENSITIES),
  heading: 'Cost of this run',
  intro:
    'Compute, energy and CO2 of the training so far, by the method of CodeCarbon and ML CO2 Impact (Lacoste et al. 2019): energy = power × time × PUE, emissions = energy × the grid’s carbon intensity. Every assumption is editable.',
  device: 'Device',
  precision: 'Peak for',
  precisionFp32: 'fp32',
  precisionFp16: 'fp16/bf16 tensor',
  power: 'Power (W)',
  peak: 'Peak (TFLOP/s)',
  pue: 'Facility (PUE)',
  pueValue: 'PUE',
  region: 'Grid',
  intensity: 'Intensity (gCO2e/kWh)',
  custom: 'Custom (typed values)',
  invalid: (label: string) => `${label}: enter a positive number.`,
  pueBelowOne: 'PUE: at least 1 (facility energy ÷ IT energy).',
  noTimeYet: 'No training time yet: take a step or run.',
  flopsLine: (perStep: string, steps: string, total: string) =>
    `C = ${perStep}/step × ${steps} steps = ${total}`,
  rateLine: (total: string, seconds: string, rate: string, share: string) =>
    `C / t = ${total} / ${seconds} = ${rate}  (${share} of the device’s peak)`,
  liveLine: (perStep: string, stepsPerSecond: string, rate: string, share: string) =>
    `Now: ${perStep}/step × ${stepsPerSecond} steps/s (measured) = ${rate} achieved  (utilisation ${share} of the device’s peak)`,
  liveNone: 'Now: no measured speed yet; it is measured while the run trains (Run).',
  energyLine: (power: string, seconds: string, pue: string, energy: string) =>
    `E = P × t × PUE = ${power} × ${seconds} × ${pue} = ${energy}`,
  co2Line: (energy: string, intensity: string, co2: string) =>
    `CO2 = E × intensity = ${energy} × ${intensity} = ${co2}`,
  comparison: (name: string, flops: string, energy: string, co2: string) =>
    `Compared with ${name}: this run is ${flops} of its training compute, ${energy} of its energy and ${co2} of its emissions.`,
  gpt3Figures: (flops: string) => `GPT-3: ${flops} FLOPs, 1,287 MWh, 552 t CO2e.`,
  caveat:
    'The page cannot read the GPU’s power draw, so the device’s rated power is assumed for the whole training time: an upper estimate for a browser tab. The FLOPs count one forward and backward pass per optimizer step (the model card’s FLOPs/step); evaluation and checkpoints are not counted, but their time is.',
  sources: 'Sources',
};
