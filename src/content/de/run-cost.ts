/** Texte der Ansicht „Kosten dieses Laufs“ (src/ui/records/RunCost.tsx). */
import type { RunCostTexts } from '../types';

export const runCost: RunCostTexts = {
  devices: {
    'iris-xe': 'Integrierte Laptop-GPU (Intel Iris Xe, Core i7-1165G7)',
    rtx4090: 'Desktop-GPU (NVIDIA GeForce RTX 4090)',
    v100: 'Rechenzentrums-GPU (NVIDIA V100 SXM2)',
    a100: 'Rechenzentrums-GPU (NVIDIA A100 SXM4 80 GB)',
    h100: 'Rechenzentrums-GPU (NVIDIA H100 SXM5)',
    h200: 'Rechenzentrums-GPU (NVIDIA H200 SXM)',
    'tpu-v4': 'Google Cloud TPU v4 (ein Chip)',
    'tpu-v5e': 'Google Cloud TPU v5e (ein Chip)',
    'tpu-v5p': 'Google Cloud TPU v5p (ein Chip)',
  },
  pues: {
    none: 'Kein Overhead (Standard von CodeCarbon; ein Laptop oder Schreibtischrechner)',
    hyperscale: 'Hyperscale-Rechenzentrum',
    typical: 'Typisches Rechenzentrum',
  },
  grids: {
    world: 'Weltdurchschnitt (Standard von CodeCarbon)',
    de: 'Deutschland',
    fr: 'Frankreich',
    us: 'Vereinigte Staaten',
    gb: 'Vereinigtes Königreich',
    cn: 'China',
    in: 'Indien',
    se: 'Schweden',
  },
  heading: 'Kosten dieses Laufs',
  intro:
    'Rechenaufwand, Energie und CO2 des bisherigen Trainings, nach der Methode von CodeCarbon und ML CO2 Impact (Lacoste et al. 2019): Energie = Leistung × Zeit × PUE, Emissionen = Energie × CO2-Intensität des Stromnetzes. Jede Annahme ist änderbar.',
  device: 'Gerät',
  precision: 'Spitzenwert für',
  precisionFp32: 'fp32',
  precisionFp16: 'fp16/bf16 Tensor',
  power: 'Leistung (W)',
  peak: 'Spitze (TFLOP/s)',
  pue: 'Rechenzentrum (PUE)',
  pueValue: 'PUE',
  region: 'Stromnetz',
  intensity: 'Intensität (gCO2e/kWh)',
  custom: 'Eigene (eingegebene Werte)',
  invalid: (label) => `${label}: Geben Sie eine positive Zahl ein.`,
  pueBelowOne: 'PUE: mindestens 1 (Energie des Rechenzentrums ÷ Energie der IT).',
  noTimeYet: 'Noch keine Trainingszeit: Machen Sie einen Schritt oder starten Sie den Lauf.',
  flopsLine: (perStep, steps, total) => `C = ${perStep}/Schritt × ${steps} Schritte = ${total}`,
  rateLine: (total, seconds, rate, share) =>
    `C / t = ${total} / ${seconds} = ${rate}  (${share} der Spitzenleistung des Geräts)`,
  liveLine: (perStep, stepsPerSecond, rate, share) =>
    `Jetzt: ${perStep}/Schritt × ${stepsPerSecond} Schritte/s (gemessen) = ${rate} erreicht  (Auslastung ${share} der Spitzenleistung des Geräts)`,
  liveNone:
    'Jetzt: noch keine gemessene Geschwindigkeit; sie wird gemessen, während der Lauf trainiert (Start).',
  energyLine: (power, seconds, pue, energy) =>
    `E = P × t × PUE = ${power} × ${seconds} × ${pue} = ${energy}`,
  co2Line: (energy, intensity, co2) => `CO2 = E × Intensität = ${energy} × ${intensity} = ${co2}`,
  comparison: (name, flops, energy, co2) =>
    `Verglichen mit ${name}: Dieser Lauf hat ${flops} seines Trainingsaufwands, ${energy} seiner Energie und ${co2} seiner Emissionen.`,
  gpt3Figures: (flops) => `GPT-3: ${flops} FLOPs, 1.287 MWh, 552 t CO2e.`,
  caveat:
    'Die Seite kann die Leistungsaufnahme der GPU nicht lesen, daher wird die Nennleistung des Geräts für die ganze Trainingszeit angenommen: eine obere Schätzung für einen Browser-Tab. Die FLOPs zählen einen Forward und Backward Pass pro Optimiererschritt (FLOPs/Schritt der Modellkarte); Evaluierung und Checkpoints werden nicht gezählt, ihre Zeit aber schon.',
  sources: 'Quellen',
};
