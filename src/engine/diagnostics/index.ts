/**
 * Early warnings: every detector runs over the run's recorded series after each evaluation.
 * The timeline keeps one warning per kind, at the latest step it was seen; a warning that
 * stops applying stays there as history of what happened, with the step it was last seen.
 */
import type { ModelSummary } from '../../protocol/messages';
import type { WarningKind } from '../../protocol/timeline';
import { detectDeadRelu } from './dead-relu';
import { detectDivergence } from './divergence';
import { detectExplodingGradients } from './exploding-gradients';
import { detectLossSpike } from './loss-spike';
import { detectOverfitting } from './overfitting';
import { detectPlateau } from './plateau';
import type { DiagnosticHistory, Detector, DiagnosticInput, LayerInfo, Warning } from './series';
import { detectVanishingGradients } from './vanishing-gradients';

export type { DiagnosticInput, LayerInfo, Warning } from './series';

export const DETECTORS: Record<WarningKind, Detector> = {
  divergence: detectDivergence,
  lossSpike: detectLossSpike,
  plateau: detectPlateau,
  explodingGradients: detectExplodingGradients,
  vanishingGradients: detectVanishingGradients,
  deadRelu: detectDeadRelu,
  overfitting: detectOverfitting,
};

/** Every warning the detectors see in the recorded series, oldest first. */
export function detectWarnings(input: DiagnosticInput): Warning[] {
  return sortByStep(
    Object.values(DETECTORS).flatMap((detect) => {
      const w = detect(input);
      return w ? [w] : [];
    }),
  );
}

/** One warning per kind: of the two, the one seen at the later step (the new one on a tie). */
export function mergeWarnings(previous: readonly Warning[], found: readonly Warning[]): Warning[] {
  const byKind = new Map<WarningKind, Warning>();
  for (const w of [...previous, ...found]) {
    const old = byKind.get(w.warning);
    if (!old || w.step >= old.step) byKind.set(w.warning, w);
  }
  return sortByStep([...byKind.values()]);
}

function sortByStep(ws: Warning[]): Warning[] {
  return ws.sort((a, b) => a.step - b.step || a.warning.localeCompare(b.warning));
}

/** The layers with parameters as the detectors name them, from the model's summary. */
export function layersOf(model: Pick<ModelSummary, 'layers'>): LayerInfo[] {
  return model.layers.map((l) => ({ name: l.name, activation: l.activation, units: l.outputs }));
}

/** The latest step any series of `h` holds (-1: none). */
function lastStep(h: DiagnosticHistory): number {
  return Math.max(-1, ...Object.values(h.series).map((s) => s?.steps.at(-1) ?? -1));
}

/**
 * The warnings of one run so far. Each update scans only what was recorded since the last
 * one (per read-back detectors) and merges what it finds; a new run, or a history that went
 * back in steps (a restored checkpoint), starts the log again.
 */
export class WarningLog {
  private runId: string | null = null;
  private since = -1;
  private warnings: Warning[] = [];

  update(
    runId: string,
    history: DiagnosticHistory,
    model: Pick<ModelSummary, 'layers'>,
  ): Warning[] {
    const upTo = lastStep(history);
    if (runId !== this.runId || upTo < this.since) {
      this.runId = runId;
      this.since = -1;
      this.warnings = [];
    }
    const found = detectWarnings({ history, since: this.since, layers: layersOf(model) });
    this.warnings = mergeWarnings(this.warnings, found);
    this.since = upTo;
    return this.warnings;
  }
}
