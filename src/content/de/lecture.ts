/**
 * Vorlesungsmodus: der Schalter der Kopfleiste, die Steuerleiste, die Tasten, die Zeitlupe und
 * die Zeile, was jede Phase gerade geändert hat.
 */
import type { LectureTexts } from '../en/lecture';

export const lecture: LectureTexts = {
  toggle: 'Vorlesungsmodus',
  toggleTitle:
    'Große Schrift für den Beamer, die Seitenleiste eingeklappt, jede Aktion auf einer Taste',
  barLabel: 'Steuerung für die Vorlesung',
  keysHeading: 'Tasten',
  keysTitle: 'Die Tasten zeigen (?)',
  keysClose: 'Schließen',
  keyNames: {
    next: '→ / N',
    runPause: 'Leertaste',
    jump: '1–9',
    reset: 'R',
    slowMotion: 'S',
    language: 'L',
    fullscreen: 'F',
    help: '?',
  },
  keys: {
    next: 'nächste Phase',
    runPause: 'Lauf / Pause',
    jump: 'Phase 1–9 zeigen',
    reset: 'zurücksetzen',
    language: 'Sprache',
    fullscreen: 'Vollbild',
    slowMotion: 'Zeitlupe an / aus',
    help: 'diese Tasten',
  },
  slowMotion: 'Zeitlupe',
  slowMotionStop: 'Zeitlupe beenden',
  slowMotionPace: 'Tempo',
  slowMotionPaceOption: '{seconds} s je Phase',
  fullscreen: 'Vollbild',
  justChanged: 'Gerade geändert',
  changed: {
    initialization: 'Alle {params} Parameter aus der Initialisierung gezogen: {scheme}.',
    data: 'Batch {batch} von {batches} der Epoche {epoch} gezogen: {size} Beispiele.',
    forward: 'Die Aktivierungen jeder Schicht für {examples} Beispiele berechnet.',
    loss: 'Der mittlere Verlust des Batches ({lossName}): {mean}.',
    backward: 'Ein Gradient für jeden Parameter: Gesamtnorm ‖g‖ = {norm}.',
    update:
      'Jedes Gewicht verschoben: die größte Änderung |Δw| = {delta} bei Lernrate {learningRate}.',
    evaluation:
      'Validierungsverlust {valLoss}, Genauigkeit {valAccuracy}; die Diagramme sind neu gezeichnet.',
    evaluationNoAccuracy: 'Validierungsverlust {valLoss}; die Diagramme sind neu gezeichnet.',
    checkpoint: 'Einen Checkpoint von Schritt {step} geschrieben: {size}.',
    stopping: 'Kein Kriterium greift: Das Training geht mit dem nächsten Batch weiter.',
    stoppingFires: 'Der Lauf hält an: {reason}',
  },
};
