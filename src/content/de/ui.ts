/** Kurze Texte der Oberfläche: Hinweise zu den Modi, ehrliche Vereinfachungen, Hinweise der Ansichten. */
import type { UiKey } from '../en/ui';
import { chartExport } from './chart-export';
import { lrFind } from './lr-find';
import { topBar } from './top-bar';
import { timelineUi } from './ui-timeline';
import { charts } from './ui-charts';
import { panelsUi } from './ui-panels';
import { ownDataUi } from './ui-own-data';
import { phaseViews } from './ui-phase-views';
import { dataPipelineUi } from './ui-data-pipeline';

export const ui: Record<UiKey, string> = {
  stepModeNote:
    '„Nächste Phase“ führt genau eine Phase aus und zeigt, was sie tatsächlich berechnet hat. Jeder Zyklus durchläuft alle neun Phasen der Reihe nach (die Initialisierung nur einmal, zu Beginn eines Laufs), sodass Evaluierung, Checkpoint-Speicherung und die Prüfung der Abbruchkriterien in jedem Zyklus stattfinden.',
  runModeNote:
    'Datenverarbeitung → Forward Pass → Verlustberechnung → Backward Pass → Gewichtsaktualisierung sind zu einem GPU-Schritt ohne Zurücklesen verschmolzen. Der Verlust wird alle k Schritte zurückgelesen (das Rücklese-Intervall des Verlusts); Evaluierung und Checkpoints finden in ihren Intervallen statt; die Abbruchkriterien werden bei jedem Zurücklesen geprüft (eine Zeitgrenze mindestens jede Viertelsekunde), sodass ein NaN-Verlust oder ein erreichter Zielverlust beim nächsten Zurücklesen bemerkt wird. Der Laufmodus liest aus den verschmolzenen Phasen nichts zurück: Ihre Ansichten sagen, bei welchem Schritt sie berechnet wurden, und nach Pause oder einem Stopp wird jede beim aktuellen Schritt neu berechnet, wenn Sie sie öffnen.',
  simplifications: [
    'Wo dieser Simulator vereinfacht:',
    '• Der Backward Pass führt den Forward Pass erneut aus: tfjs zeichnet Operationen nur dann auf seinem Gradientenband auf, während es Gradienten berechnet. Gewichte und Batch sind dieselben, also stimmen die Zahlen überein; ein echter Trainingsschritt führt den Forward Pass nur einmal aus.',
    '• Die Ansicht der Verlustberechnung umfasst den ganzen Batch; die des Forward Pass zeigt nur seine ersten Beispiele.',
    '• Die Geduld des Early Stopping zählt Evaluierungen (wie in PyTorch Lightning), nicht Epochen (wie in Keras). Mit „beste Gewichte wiederherstellen“ werden die besten Gewichte zurückgeladen, wenn Early Stopping den Lauf beendet; Keras 3 tut das auch, wenn das Training aus einem anderen Grund endet.',
    '• Der letzte Batch einer Epoche enthält die übrigen Beispiele und kann kleiner sein (drop_last = False in PyTorch).',
    '• Im Schrittmodus laufen Evaluierung, Checkpoint-Speicherung und die Prüfung der Abbruchkriterien in jedem Zyklus; im Laufmodus folgen sie ihren Intervallen.',
  ].join('\n'),
  smoothing:
    'Die Glättung verwendet den bias-korrigierten exponentiell gleitenden Mittelwert von TensorBoard: last ← w·last + (1 − w)·y, angezeigt = last / (1 − wⁿ) nach n Punkten, sodass die ersten Punkte nicht zu 0 gezogen werden. w = 0 zeigt die Rohwerte; NaN und unendliche Werte werden unverändert gezeigt.',
  notRunYet: 'Noch nicht ausgeführt: Drücken Sie „Nächste Phase“.',
  howItWorks: 'So funktioniert es',
  whatHeading: 'Was passiert',
  whyHeading: 'Warum',
  formulaHeading: 'Formel',
  modesHeading: 'Schrittmodus und Laufmodus',
  symmetryWarning:
    'Symmetrieproblem: Alle Neuronen dieser Schichten beginnen mit identischen Gewichten. Identische Neuronen berechnen dieselbe Ausgabe, erhalten denselben Gradienten und dieselbe Aktualisierung, also bleiben sie für immer identisch: Die Schicht wirkt wie ein einziges Neuron. Eine zufällige Initialisierung bricht diese Symmetrie.',
  checkpointStorage:
    'Checkpoints werden in der IndexedDB dieses Browsers gespeichert: Sie überstehen ein Neuladen der Seite, bleiben aber in diesem Browser auf diesem Gerät.',
  gradientSign:
    'Blau bedeutet einen negativen Gradienten: Diesen Parameter zu erhöhen würde den Verlust senken, also erhöht ihn die Aktualisierung. Orange bedeutet das Gegenteil.',
  noStop: 'Kein Kriterium greift: Das Training geht mit dem nächsten Batch weiter.',
  language: 'Sprache',
  languageName: 'Deutsch',
  panelErrorTitle: 'Dieser Teil der Seite konnte nicht gezeichnet werden.',
  panelErrorHint:
    'Der Rest der Seite arbeitet weiter, und der Trainingslauf ist nicht betroffen. Die Ansicht wird neu gezeichnet, sobald neue Ergebnisse eintreffen.',
  panelErrorRetry: 'Erneut versuchen',
  panelPage: 'Training Run Lab',
  panelPhase: 'Phasenansicht',
  panelCheckpoints: 'Checkpoints',
  panelLossCharts: 'Verlustkurven',
  panelTimeline: 'Zeitleiste',
  panelModel: 'Modell',
  panelSidebar: 'Hyperparameter',
  panelDataSet: 'Datensatz',
  panelStatus: 'Status',
  panelPhaseRail: 'Phasen',
  skipToPhases: 'Zu den Phasen springen',
  otherTabRun:
    'Ein anderer Tab dieses Browsers trainiert einen Lauf (Schritt {step}). Er wird hier nicht fortgesetzt, damit nie zwei Tabs denselben Lauf trainieren oder seine Checkpoints schreiben.',
  openReadOnly: 'Schreibgeschützt öffnen',
  startNewRun: 'Hier einen neuen Lauf starten',
  readOnlyNote:
    'Schreibgeschützt: der Lauf, den ein anderer Tab trainiert, Stand seines Checkpoints bei Schritt {step}. Hier wird nichts trainiert oder gespeichert; Reset startet in diesem Tab einen neuen Lauf.',
  nonFiniteHint:
    'Versuchen Sie eine kleinere Lernrate (ein Zehntel davon) oder schneiden Sie die Gradienten ab (Clipping). Die automatische Fortsetzung startet diesen Lauf nicht neu: Vom Checkpoint aus erneut gestartet, divergiert ein deterministischer Lauf auf dieselbe Weise.',
  chartLearningRate: 'Lernrate jeder Gewichtsaktualisierung',
  chartClipFactor: 'Clip-Faktor (1: nicht begrenzt)',
  chartSeriesEmpty: 'Erscheint nach der ersten Gewichtsaktualisierung.',
  chartSeriesLabel:
    '{name} über {count} aufgezeichnete Schritte: {first} bei Schritt {firstStep}, höchstens {peak} bei Schritt {peakStep}, {last} bei Schritt {lastStep}.',
  whenHeading: 'Wann einsetzen',
  techMicroBatch: 'Mikro-Batch {i} von {k}',
  techEffectiveBatchLabel: 'Effektive Batch-Größe',
  techEffectiveBatch: '= {k} × {b} Beispiele pro Aktualisierung',
  techDataNote:
    'Gradientenakkumulation: Dieser Batch ist Mikro-Batch {i} von {k}. Sein Gradient wird zur Summe des Schritts addiert; die Gewichtsaktualisierung folgt, sobald alle {k} da sind.',
  techSumHeading: 'Laufende Gradientensumme über die Mikro-Batches',
  techSumAfter: 'nach Mikro-Batch {j}',
  techSumNorm: '‖Σ g‖₂',
  techSumNote:
    'Jeder Mikro-Batch addiert den Gradienten seines Verlusts ÷ {k}; nach allen {k} ist die Summe der Gradient des mittleren Verlusts über {n} Beispiele.',
  techUpdateSum:
    'Diese Aktualisierung nutzte die Summe der Gradienten von {i} Mikro-Batches (effektive Batch-Größe {n}).',
  techLearningRate: 'Lernrate dieser Aktualisierung',
  techSchedule: 'Zeitplan',
  techScheduleNote: 'η = {lr} bei Schritt {step}, aus dem Zeitplan „{schedule}“.',
  techClipHeading: 'Gradienten-Clipping',
  techNormBefore: 'Globale Norm vor dem Clipping',
  techNormAfter: 'Globale Norm nach dem Clipping',
  techClipFactor: 'Clip-Faktor',
  techClippedShare: 'Begrenzte Einträge',
  techClipNone:
    'Die Gradienten lagen innerhalb der Grenze ({max}): Das Clipping änderte nichts (Faktor 1).',
  techClipNorm:
    'Die globale Norm {before} überschritt die Grenze {max}: Jeder Gradient wurde mit {factor} skaliert, seine Richtung bleibt.',
  techClipValue:
    '{share} der Gradienteneinträge lagen über ±{max} und wurden darauf begrenzt; die globale Norm sank von {before} auf {after}.',
  statusMicroBatch: 'Mikro-Batch',
  statusEffectiveBatch: 'Eff. Batch',
  schedulePlotTitle: 'Lernrate über die geplanten Schritte',
  schedulePlotX: 'Optimiererschritt',
  schedulePlotY: 'Lernrate',
  ...lrFind,
  schedulePlannedSteps:
    '{total} geplante Schritte: max. Schritte oder, wenn weniger, max. Epochen × Schritte pro Epoche (geschätzt aus der eingestellten Datengröße).',
  scheduleNow: 'Die orange Linie ist der nächste Schritt, {step}: Eine Änderung wirkt ab dort.',
  scheduleRecorded:
    'Die dünne dunkle Linie ist die Lernrate, die jede Aktualisierung des Laufs wirklich nutzte.',
  scheduleChangedAt:
    'Der Zeitplan wurde bei Schritt {step} geändert (gestrichelte Linie): Er gilt ab dort; davor folgte der Lauf dem alten.',
  schedulePlateauNote:
    'Gestrichelt: die Basisrate. Sie fällt um den Plateau-Faktor, sobald der Validierungsverlust für „Plateau-Geduld“ Evaluierungen stagniert.',
  modelCardExportMarkdown: 'Modellkarte exportieren (Markdown)',
  modelCardExportHtml: 'Modellkarte exportieren (HTML)',
  modelCardExportTitle:
    'Eine Modellkarte (Mitchell et al. 2019) des angezeigten Laufs, vorerst auf Englisch: Modell, Daten, bisherige Metriken, Trainingsverfahren, Rechenaufwand und Emissionen (mit den Annahmen von „Kosten dieses Laufs“), vorgesehene Verwendung und Einschränkungen',
  railNext: 'Läuft beim nächsten „Nächste Phase“',
  railLast: 'Lief zuletzt',
  railFused: 'Laufmodus: zu einem GPU-Schritt verschmolzen',
  railInterval: 'Laufmodus: läuft in ihrem Intervall',
  stampInitialization:
    'Berechnet bei Schritt 0: die Anfangsgewichte, einmal beim Start des Laufs gezogen.',
  stampStep:
    'Berechnet bei Schritt {step}, auf dem Batch von Aktualisierung {next} (Schritt {step} → {next}).',
  stampStepView:
    'Berechnet bei Schritt {step} auf dem Batch der nächsten Aktualisierung ({next}), wie der Schrittmodus sie berechnen würde; nichts wurde trainiert oder aufgezeichnet.',
  stampUpdate:
    'Berechnet bei Schritt {step}: die Aktualisierung, die den Lauf von Schritt {prev} zu {step} gebracht hat.',
  stampUpdateView:
    'Berechnet bei Schritt {step}: die Aktualisierung, die der nächste Schritt machen wird (zu Schritt {next}), angewandt auf Kopien der Gewichte und des Optimiererzustands; das Modell bleibt unverändert.',
  stampAt: 'Berechnet bei Schritt {step}.',
  stampStoppingView: 'Geprüft bei Schritt {step}; nichts wurde verändert.',
  lagRunning:
    'Der Lauf ist bei Schritt {now}: Der Laufmodus verschmilzt diese Phase zu einem GPU-Schritt und liest nichts davon zurück. Pausieren Sie, um sie beim aktuellen Schritt zu sehen.',
  lagInterval:
    'Der Lauf ist bei Schritt {now}, {ago} Schritte später: Diese Phase läuft im Schrittmodus einmal pro Zyklus und im Laufmodus nur in ihrem Intervall.',
  lagStopping:
    'Der Lauf ist bei Schritt {now}: Der Laufmodus prüft die Kriterien bei jedem Zurücklesen und zeigt sie hier nach jeder Evaluierung.',
  lagRefreshing:
    'Der Lauf ist bei Schritt {now}: Diese Phase wird beim aktuellen Schritt berechnet …',
  lagMidStep:
    'Der Lauf ist bei Schritt {now}: Diese Ansicht stammt von einem früheren Schritt und läuft später in diesem Zyklus erneut (Nächste Phase).',
  runRail:
    'Laufmodus: Datenverarbeitung → Forward Pass → Verlustberechnung → Backward Pass → Gewichtsaktualisierung laufen verschmolzen, ein GPU-Schritt nach dem anderen; Evaluierung alle {evalInterval} Schritte, ein Checkpoint alle {checkpointInterval}, die Abbruchkriterien bei jedem Zurücklesen (alle {readbackInterval} Schritte).',
  pausing:
    'Pausieren: Die GPU beendet die bereits eingereihten Schritte (bis zu {readbackInterval}, das Rücklese-Intervall), bevor der Lauf anhält; bei einem langsamen Modell dauert das einige Sekunden.',
  pausingButton: 'Pausiere …',
  stepHint:
    'abgeschlossene Optimiereraktualisierungen; der Verlust der Aktualisierung, die Schritt s ergibt, wird bei s eingetragen',
  epochHint:
    'Epoche e ist der e-te Durchgang durch die Trainingsmenge (ab 1 gezählt); Batch b/B: der Batch der letzten Aktualisierung',
  chartSteps:
    'x: Schritt (abgeschlossene Optimiereraktualisierungen); ein Trainingsverlust wird bei dem Schritt eingetragen, den seine Aktualisierung ergibt.',
  liveChanges: 'Änderungen im Lauf',
  smoothingHint: 'entzerrter EMA, wie in TensorBoard',
  statusAria: 'Status des Laufs',
  lossChartAria:
    'Trainingsverlust über {steps} Schritte{train, , zuletzt {train} bei Schritt {trainStep}}; Validierungsverlust über {evals} Evaluierungen{val, , zuletzt {val}, am niedrigsten {best} bei Schritt {bestStep}}.',
  accuracyChartAria:
    'Validierungsgenauigkeit über {evals} Evaluierungen{last, , zuletzt {last}, am höchsten {best} bei Schritt {bestStep}}.',
  statusStep: 'Schritt',
  statusEpoch: 'Epoche',
  statusBatch: 'Batch',
  statusTrainLoss: 'Trainingsverlust',
  statusValLoss: 'Val.-Verlust',
  statusValAcc: 'Val.-Genauigkeit',
  statusStepsPerSecond: 'Schritte/s',
  statusSamplesPerSecond: 'Beispiele/s',
  statusCompiling: 'Kernels werden kompiliert …',
  statusTime: 'Zeit',
  statusLearningRate: 'LR',
  statusTensors: 'Tensoren',
  statusBytes: 'Bytes',
  ...topBar,
  ...timelineUi,
  ...charts,
  ...panelsUi,
  ...ownDataUi,
  ...phaseViews,
  ...chartExport,
  ...dataPipelineUi,
};
