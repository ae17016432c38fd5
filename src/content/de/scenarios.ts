/** Die Szenarien für die Vorlesung (src/config/scenarios.ts): Titel, worauf zu achten ist, Vergleich. */
import type { ScenarioTexts } from '../types';

export const scenarios: ScenarioTexts = {
  menu: 'Szenarien',
  menuTitle:
    'Voreinstellungen für die Vorlesung mit einem Klick: jede lädt eine Konfiguration und sagt, worauf zu achten ist',
  watchHeading: 'Worauf achten',
  load: 'Laden',
  loadContrast: 'Vergleich',
  link: 'Link',
  close: 'Schließen',
  items: {
    lrTooHigh: {
      title: 'Lernrate zu hoch',
      watch:
        'Einfaches SGD mit Lernrate 5 schießt bei jedem Schritt weiter über das Minimum hinaus: Der Verlust wächst um Größenordnungen, wird ∞ und dann NaN, und das binnen eines Dutzends Schritte. Der Lauf hält von selbst über „Stopp bei NaN oder Inf“ an, und die Ansicht der Abbruchkriterien nennt den Schritt.',
    },
    lrTooLow: {
      title: 'Lernrate zu niedrig',
      watch:
        'Bei Lernrate 0,0005 ist die Verlustkurve fast flach: Nach Hunderten Schritten ist der Verlust noch, wo er begann, bei etwa 0,7, und die Entscheidungsgrenze bewegt sich kaum. „Vergleich“ lädt Lernrate 0,5, deren Verlust in denselben Schritten unter die Hälfte fällt.',
      contrast: 'LR 0,5',
    },
    zerosInit: {
      title: 'Initialisierung mit Nullen',
      watch:
        'Jedes Gewicht beginnt bei 0, also rechnen alle verborgenen Einheiten dasselbe, erhalten denselben Gradienten und bleiben gleich, wovor die Ansicht der Initialisierung warnt. Wegen tanh(0) = 0 erreicht sie nicht einmal ein Gradient, und der Verlust bleibt bei ln 2 ≈ 0,69.',
    },
    deepSigmoid: {
      title: 'Tiefes Sigmoid-Netz (verschwindende Gradienten)',
      watch:
        'Acht Sigmoid-Schichten: σ′ ist höchstens 0,25, also schrumpft der Gradient auf dem Rückweg von Schicht zu Schicht, und der der ersten Schicht beträgt etwa 10⁻⁶ des letzten (Ansicht des Backward Pass, Gradientennormen). „Vergleich“ lädt dieselbe Tiefe mit ReLU und He-Initialisierung, deren Gradienten gleich groß bleiben.',
      contrast: 'ReLU + He',
    },
    overfitting: {
      title: 'Wenig Daten, großes Modell (Überanpassung)',
      watch:
        'Vierzig verrauschte Punkte und drei Schichten mit 64 Einheiten: Der Trainingsverlust fällt weiter, während der Validierungsverlust umkehrt und steigt – das Modell lernt das Rauschen. Early Stopping beendet den Lauf nach 10 Evaluierungen ohne Verbesserung und stellt die Gewichte der besten wieder her.',
    },
    batchNoise: {
      title: 'Batch-Größe 1 gegen den ganzen Batch',
      watch:
        'Mit einem Beispiel pro Schritt ist jeder Gradient eine verrauschte Schätzung: Der Verlust springt von Schritt zu Schritt, und die Grenze zittert. „Vergleich“ lädt den ganzen Batch (alle 320 Trainingspunkte), dessen Verlustkurve glatt ist, bei 320-mal so viel Rechenaufwand pro Schritt.',
      contrast: 'ganzer Batch',
    },
    faultResume: {
      title: 'Ein Fehler mitten im Lauf, mit automatischer Wiederaufnahme',
      watch:
        'Drücken Sie „Run“, lassen Sie einen Checkpoint vorbeiziehen (alle 50 Schritte), wählen Sie dann unter „Fehler simulieren“ einen Fehler und lösen Sie ihn aus. Der Lauf kehrt von selbst zum letzten Checkpoint zurück und trainiert weiter; die Zeitleiste verzeichnet den Vorfall, die wiederholten Schritte und die verlorene Zeit.',
    },
    spiralCapacity: {
      title: 'Die Spirale braucht mehr Kapazität',
      watch:
        'Eine Schicht mit zwei Einheiten kann nur eine gebogene Linie durch zwei verschlungene Spiralen ziehen: Die Genauigkeit bleibt nahe am Zufall, wie lange sie auch trainiert. „Vergleich“ lädt drei ReLU-Schichten mit 32 Einheiten, die die Grenze binnen weniger hundert Schritte um beide Arme winden.',
      contrast: '3 × 32 ReLU',
    },
  },
};
