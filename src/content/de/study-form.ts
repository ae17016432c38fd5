/** Texte des Formulars einer Studie (src/ui/studies/StudyDefinitionForm.tsx); siehe den englischen Katalog. */
import type { StudyFormTexts } from '../types';

export const studyForm: StudyFormTexts = {
  heading: 'Eine Studie planen',
  kind: 'Art der Studie',
  kinds: {
    grid: 'Sweep: Gittersuche',
    random: 'Sweep: Zufallssuche',
    ablation: 'Ablation',
    scaling: 'Skalierungsgesetz',
  },
  kindHelp: {
    grid: 'Jede Kombination der genannten Werte ist ein Lauf (wie die Methode grid von W&B).',
    random:
      'Jeder Lauf zieht jeden Parameter zufällig: aus seinen Werten oder aus seinem Bereich (Lernrate und Weight Decay log-uniform, wie log_uniform_values bei W&B und log=True bei Optuna).',
    ablation:
      'Die Basiskonfiguration und jede Komponente einzeln abgeschaltet oder ersetzt, jede Variante mit denselben Seeds, um zu sehen, welche Komponenten über das Rauschen der Seeds hinaus zählen.',
    scaling:
      'Modellgrößen × Datengrößen, um anzupassen, wie der Validierungsverlust mit Parametern, Daten und Rechenaufwand fällt (Kaplan et al. 2020; Hoffmann et al. 2022).',
  },
  base: 'Basiskonfiguration',
  baseHelp:
    'Die aktuellen Einstellungen der Seitenleiste; eine Studie ändert nur, was sie variiert.',
  baseNone: 'die Voreinstellungen der Aufgabe',
  task: 'Aufgabe',
  parameters: 'Variierte Parameter',
  addParameter: 'Parameter hinzufügen',
  addParameterNone: 'Feld wählen …',
  remove: 'Entfernen',
  removeName: '{name} entfernen',
  values: 'Werte',
  valuesHelp: 'durch Leerzeichen oder Semikolons getrennt',
  range: 'Bereich',
  useRange: 'Aus einem Bereich ziehen',
  min: 'Min.',
  max: 'Max.',
  logUniform: 'log-uniform',
  budget: 'Budget (Läufe)',
  budgetHelpGrid: 'Die meisten Läufe, die das Gitter haben darf.',
  budgetHelpRandom: 'Die Zahl der zufälligen Ziehungen.',
  drawSeed: 'Seed der Ziehungen',
  stepsPerRun: 'Schritte pro Lauf',
  halving: 'Successive Halving (schlechte Versuche früh beenden)',
  halvingHelp:
    'Alle Versuche trainieren wenige Schritte, das beste Drittel macht mit dreimal so vielen Schritten weiter, und so fort (Jamieson & Talwalkar 2016, die innere Schleife von Hyperband; SuccessiveHalvingPruner von Optuna).',
  components: 'Komponenten, die abgeschaltet oder ersetzt werden',
  presets: {
    momentum: 'ohne Momentum (einfaches SGD)',
    schedule: 'konstante Lernrate (ohne Zeitplan)',
    weightDecay: 'ohne Weight Decay',
    clipping: 'ohne Gradient Clipping',
    hiddenLayer: 'eine verborgene Schicht weniger',
    block: 'ein Transformer-Block weniger',
    noise: 'ohne Rauschen in den Daten',
  },
  presetChanges: 'setzt {changes}',
  custom: 'Eigene Komponente',
  customName: 'Name',
  customField: 'Feld',
  customValue: 'Wert',
  addCustom: 'Eigene Komponente hinzufügen',
  seeds: 'Seeds',
  seedsHelp:
    '3 bis 5, durch Leerzeichen oder Semikolons getrennt; jede Variante trainiert mit jedem',
  modelSizes: 'Modellgrößen',
  dataSizes: 'Datengrößen',
  sizeField: 'variiert als',
  planned: '{runs} Läufe geplant, je {steps} Schritte.',
  plannedRuns: '{runs} Läufe geplant, jeder so lang wie seine Datengröße.',
  plannedRefused:
    '{runs} Läufe geplant; {refused} Kombinationen lehnen die Prüfungen der Seitenleiste ab:',
  refusedRun: 'Lauf {index} ({settings}): {reason}',
  notANumber: '„{text}“ ist keine Zahl.',
  start: 'Studie starten',
  startBlocked: 'Korrigiere die markierten Eingaben, um zu starten.',
};
