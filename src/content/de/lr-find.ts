/** Die Texte des Lernraten-Finders in der Seitenleiste, mit `{name}`-Platzhaltern (siehe fill). */
import type { lrFind as en } from '../en/lr-find';

export const lrFind: Record<keyof typeof en, string> = {
  lrFindButton: 'Lernrate finden',
  lrFindCancel: 'Abbrechen',
  lrFindUse: 'Diese Lernrate verwenden',
  lrFindHeading: 'Lernraten-Finder',
  lrFindIntro:
    'Trainiert eine Kopie des Modells bis zu {steps} Schritte lang, während die Lernrate von {min} auf {max} wächst, und zeichnet den geglätteten Verlust. Der Lauf selbst ändert sich nicht: Er macht mit denselben Gewichten, demselben Optimiererzustand und demselben Batch weiter.',
  lrFindHowToRead:
    'Lesen Sie die Kurve von links nach rechts: flach, wo die Lernrate zu klein zum Lernen ist, fallend, wo das Modell lernt, steil steigend, wo sie zu groß ist. Der Vorschlag ist die steilste Stelle des Abfalls (die Regel von PyTorch Lightning); viele wählen eine etwas kleinere Lernrate.',
  lrFindNotReady: 'Wartet, bis die Engine gestartet ist.',
  lrFindWhileRunning:
    'Pausieren Sie zuerst den Lauf (Pause): Der Finder beginnt dort, wo der Lauf steht.',
  lrFindStarting: 'Startet: Der erste Schritt kompiliert seine Kernels …',
  lrFindCancelNote: 'Run, „Nächste Phase“ oder Reset brechen sie ab.',
  lrFindProgress: 'Schritt {step} von höchstens {steps}: Lernrate {lr}.',
  lrFindFromStep: 'Von den Gewichten bei Schritt {step}, mit einem neuen Optimierer.',
  lrFindFromInitial:
    'Von den Anfangsgewichten, die dieser Lauf ziehen wird, mit einem neuen Optimierer.',
  lrFindMovedOn:
    'Der Lauf ist seitdem weitergegangen (Schritt {step}): Suchen Sie erneut für seine aktuellen Gewichte.',
  lrFindSuggested: 'Vorgeschlagene Lernrate: {lr}',
  lrFindNoSuggestion:
    'Zu wenige Punkte für einen Vorschlag: Es braucht mindestens 12 (die ersten 10 und der letzte werden übersprungen).',
  lrFindStopDone: 'Nach allen {count} Schritten beendet.',
  lrFindStopDiverged:
    'Nach {count} Schritten beendet: Der geglättete Verlust überstieg das 4-Fache seines kleinsten Werts.',
  lrFindStopNonFinite: 'Nach {count} Schritten beendet: Der Verlust wurde NaN oder unendlich.',
  lrFindStopCancelled: 'Nach {count} Schritten abgebrochen.',
  lrFindStopFailed: 'Der Finder ist fehlgeschlagen; der Lauf ist unverändert.',
  lrFindChartTitle: 'Geglätteter Verlust über der Lernrate',
  lrFindChartX: 'Lernrate (logarithmisch)',
  lrFindChartY: 'geglätteter Verlust',
  lrFindSettings: 'Einstellungen der Suche',
  lrFindMin: 'Von',
  lrFindMax: 'Bis',
  lrFindSteps: 'Schritte',
  lrFindBadMin: 'Geben Sie eine Lernrate größer als 0 ein, etwa 1e-8.',
  lrFindBadMax: 'Geben Sie eine Lernrate größer als den Anfang ({min}) ein.',
  lrFindBadSteps: 'Geben Sie eine ganze Zahl von Schritten von 12 bis 1.000 ein.',
  lrFindHowItWorks: 'So funktioniert es',
};
