/** Synthetic recorded series for the detectors' tests. */
import { layerSeries, type MetricLogData } from '../../protocol/metric-log';
import { warningText } from '../../content';
import type { DiagnosticHistory, Detector, DiagnosticInput, LayerInfo } from './series';

export interface SeriesSpec {
  /** One training loss per step, from step 1. */
  train?: number[];
  /** One validation loss per evaluation, every `evalEvery` steps. */
  val?: number[];
  evalEvery?: number;
  /** Per-layer gradient norms, one row per read-back, every `gradEvery` steps. */
  grads?: number[][];
  gradEvery?: number;
  /** Per evaluation: share of dead units per hidden layer. */
  dead?: number[][];
}

export function makeHistory(s: SeriesSpec): DiagnosticHistory {
  const train = s.train ?? [];
  const val = s.val ?? [];
  const grads = s.grads ?? [];
  const evalEvery = s.evalEvery ?? 10;
  const gradEvery = s.gradEvery ?? 10;
  const evaluations = Math.max(val.length, s.dead?.length ?? 0);
  const valSteps = Array.from({ length: evaluations }, (_, k) => (k + 1) * evalEvery);
  const gradSteps = grads.map((_, i) => (i + 1) * gradEvery);
  const series: MetricLogData = {
    trainLoss: { steps: train.map((_, i) => i + 1), values: [...train] },
    valLoss: { steps: valSteps, values: valSteps.map((_, k) => val[k] ?? 0.5) },
    valAccuracy: { steps: [...valSteps], values: valSteps.map(() => 0.5) },
  };
  // One series per layer, as the engine records them.
  const layers = (name: 'layerGradNorm' | 'deadUnits', steps: number[], rows: number[][]) => {
    const depth = Math.max(0, ...rows.map((r) => r.length));
    for (let l = 0; l < depth; l++)
      series[layerSeries(name, l)] = { steps: [...steps], values: rows.map((r) => r[l] ?? NaN) };
  };
  layers('layerGradNorm', gradSteps, grads);
  layers(
    'deadUnits',
    valSteps,
    valSteps.map((_, k) => s.dead?.[k] ?? []),
  );
  return { series };
}

export const MLP_LAYERS: LayerInfo[] = [
  { name: 'hidden 1', activation: 'relu', units: 8 },
  { name: 'hidden 2', activation: 'relu', units: 8 },
  { name: 'output', activation: 'softmax', units: 2 },
];

export function input(s: SeriesSpec, since = -1, layers = MLP_LAYERS): DiagnosticInput {
  return { history: makeHistory(s), since, layers };
}

/** `n` values around `level`, with a deterministic ±`jitter` (relative) wobble. */
export function noisy(n: number, level: number | ((i: number) => number), jitter = 0.1): number[] {
  return Array.from({ length: n }, (_, i) => {
    const base = typeof level === 'number' ? level : level(i);
    return base * (1 + jitter * Math.sin(i * 2.399));
  });
}

/**
 * A detector whose warning is worded in English, as the page words it (the engine sends
 * sentence ids and numbers only), so tests can read what a person reads.
 */
export function english(detect: Detector) {
  return (i: DiagnosticInput) => {
    const w = detect(i);
    return (
      w && { ...w, message: warningText(w.message, 'en'), remedy: warningText(w.remedy, 'en') }
    );
  };
}
