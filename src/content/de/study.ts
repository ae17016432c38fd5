/** Texte der Studien (src/data/study/); siehe den englischen Katalog. */
import type { StudyTexts } from '../types';

export const study: StudyTexts = {
  issues: {
    invalid: '{path}: Hier braucht eine Studiendefinition einen anderen Wert.',
    unknownField: '{path}: „{field}“ ist kein Feld der Seitenleiste und keiner Studiendefinition.',
    notSweepable:
      '{path}: Eine Studie variiert „{field}“ nicht (die Länge eines Laufs legt stepsPerRun fest, Textfelder setzt die Seite).',
    emptyGrid: '{path}: Die Liste ist leer; gib mindestens einen Wert an.',
    minAboveMax: '{path}: Das Minimum {min} liegt über dem Maximum {max}.',
    logMinNotPositive:
      '{path}: Ein log-uniformer Bereich braucht ein Minimum über 0 (den Logarithmus von {min} gibt es nicht).',
    choiceNeedsValues: '{path}: „{field}“ ist eine Auswahl; nenne ihre Werte statt eines Bereichs.',
    tooManyRuns: '{path}: Die Studie würde {runs} Läufe planen, mehr als die erlaubten {max}.',
    badValue: '{path}: {value} ist kein gültiger Wert für „{field}“.',
    seedCount: '{path}: {count} Seeds; eine Ablation braucht {min} bis {max}.',
    duplicateSeed: '{path}: Seed {seed} steht doppelt in der Liste.',
    queueDamaged:
      '{path}: Die gespeicherte Warteschlange der Studie ist beschädigt und wurde nicht fortgesetzt.',
  },
  noiseRule:
    'Ein Effekt gilt als größer als das Rauschen der Seeds, wenn |mittleres Δ| > 2 × der gepoolte Standardfehler der beiden Mittelwerte über die Seeds.',
  tokensPerParameter:
    '{ratio} Trainings-Tokens pro Parameter bei diesem Budget (Hoffmann et al. 2022 fanden etwa 20).',
};
