/**
 * Texte zur Herkunft von Läufen und zur Feinabstimmung (src/data/lineage.ts,
 * src/data/fine-tune.ts): der Herkunftsgraph der Läufe-Ansicht, Abzweigen und Feinabstimmen
 * in der Checkpoint-Liste, und welche Schicht woher kam (Initialisierungsbereich).
 */
import type { FreshReason } from '../../data/fine-tune';
import type { LineageTexts } from '../types';

const shape = (s: readonly number[]) => s.join('×');

function freshWhy(r: FreshReason, parentRun: string): string {
  return r.kind === 'noLayer'
    ? `Lauf ${parentRun} hat keine Schicht dieses Namens`
    : r.kind === 'tensors'
      ? `ihre Tensoren (${r.child.join(', ')}) weichen von denen in Lauf ${parentRun} ab (${r.parent.join(', ')})`
      : `${r.tensor} ist hier ${shape(r.child)}, in Lauf ${parentRun} ${shape(r.parent)}`;
}

export const lineage: LineageTexts = {
  heading: 'Herkunft',
  intro:
    'Welcher Lauf aus welchem hervorging: Fortsetzen führt einen Checkpoint weiter, Abzweigen führt ihn mit geänderter Konfiguration weiter, Feinabstimmen startet ein neues Modell mit seinen Schichten, Reproduzieren trainiert dieselbe Konfiguration mit demselben Seed noch einmal. Die Generationen folgen von links nach rechts; ein Klick auf einen Lauf zeigt ihn in der Tabelle.',
  empty:
    'Noch kein Lauf ist aus einem anderen hervorgegangen: Zweigen Sie von einem Checkpoint ab, stimmen Sie von einem fein ab (Checkpoint-Bereich) oder reproduzieren Sie einen Lauf, dann erscheint seine Kante hier.',
  graphLabel: 'Herkunftsgraph mit {count} Läufen und {edges} Kanten',
  legend: 'Kanten',
  edges: {
    resume: 'fortgesetzt',
    branch: 'abgezweigt',
    fineTune: 'feinabgestimmt',
    reproduce: 'reproduziert',
  },
  edgeAtStep: '{kind} bei {step}',
  nodeLabel: 'Lauf {name}, Schritt {step}: in der Tabelle zeigen',
  nodeStep: 'Schritt {step} · Seed {seed}',
  live: 'trainiert gerade',
  missing:
    'Elternläufe, die nicht im Verlauf stehen (gelöscht oder hier nie aufgezeichnet): {list}.',
  cycles:
    'Weggelassene Verknüpfungen, weil sie einen Lauf zu seinem eigenen Vorfahren machen würden: {list}.',
  parentsOf: '{kind} {name}',
  derivations: {
    resume: 'fortgesetzt von',
    branch: 'abgezweigt von',
    fineTune: 'feinabgestimmt von',
    reproduce: 'reproduziert',
  },
  branch: 'Abzweigen',
  branchLabel:
    'Vom Checkpoint bei Schritt {step} abzweigen: ein neuer Lauf, der ihn wiederherstellt und mit der Konfiguration der Seitenleiste weitertrainiert',
  fineTune: 'Feinabstimmen',
  fineTuneLabel:
    'Vom Checkpoint bei Schritt {step} feinabstimmen: ein neues Modell mit der Konfiguration der Seitenleiste, dessen passende Schichten von ihm ausgehen',
  startFromHelp:
    'Abzweigen stellt den ganzen Zustand dieses Checkpoints (Gewichte, Optimierer, Schritt, Datenposition) in einem neuen Lauf mit der Konfiguration der Seitenleiste wieder her; Feinabstimmen baut ein neues Modell aus der Konfiguration der Seitenleiste bei Schritt 0 und kopiert die Schichten, deren Namen und Formen übereinstimmen.',
  startFromInvalid:
    'Korrigieren Sie zuerst die Felder der Seitenleiste: Der neue Lauf übernimmt ihre Konfiguration.',
  transferHeading: 'Übernahme aus Lauf {run} (Checkpoint bei Schritt {step})',
  transferIntro:
    'Ein feinabgestimmtes Modell: Jede Schicht, deren Name und Tensorformen mit denen des Elternlaufs übereinstimmen, wird als Ganzes von ihm kopiert; jede andere Schicht wird nach dem Schema neu gezogen, genau wie in einem neuen Lauf mit dieser Konfiguration und diesem Seed (load_state_dict(strict=False) von PyTorch nach dem Aussortieren abweichender Formen; load_weights(by_name=True, skip_mismatch=True) von Keras). Der Optimierer beginnt leer.',
  layer: 'Schicht',
  origin: 'Beginnt mit',
  copied: 'kopiert aus Lauf {run}',
  fresh: 'neu gezogen',
  why: 'Grund',
  whyCopied: 'gleicher Name, gleiche Formen',
  freshWhy,
  transferTotals: '{copied} Parameter kopiert, {fresh} neu gezogen.',
  unused: 'Schichten aus Lauf {run}, die dieses Modell nicht verwendet: {layers}.',
};
