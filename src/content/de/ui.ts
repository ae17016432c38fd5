/** Kurze Texte der Oberfläche: Hinweise zu den Modi, ehrliche Vereinfachungen, Hinweise der Ansichten. */
import type { UiKey } from '../en/ui';

export const ui: Record<UiKey, string> = {
  stepModeNote:
    '„Nächste Phase“ führt genau eine Phase aus und zeigt, was sie tatsächlich berechnet hat. Jeder Zyklus durchläuft alle neun Phasen der Reihe nach (die Initialisierung nur einmal, zu Beginn eines Laufs), sodass Evaluierung, Checkpoint-Speicherung und die Prüfung der Abbruchkriterien in jedem Zyklus stattfinden.',
  runModeNote:
    'Datenverarbeitung → Forward Pass → Verlustberechnung → Backward Pass → Gewichtsaktualisierung sind zu einem GPU-Schritt ohne Zurücklesen verschmolzen. Der Verlust wird alle k Schritte zurückgelesen (das Rücklese-Intervall des Verlusts); Evaluierung und Checkpoints finden in ihren Intervallen statt; die Abbruchkriterien werden bei jedem Zurücklesen geprüft (eine Zeitgrenze mindestens jede Viertelsekunde), sodass ein NaN-Verlust oder ein erreichter Zielverlust beim nächsten Zurücklesen bemerkt wird. Die Ansichten von Forward Pass, Verlustberechnung, Backward Pass und Gewichtsaktualisierung zeigen weiter ihre letzten Werte aus dem Schrittmodus.',
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
};
