/** Der Abschnitt zur Daten-Pipeline im Datenpanel: ihre Stufen, gemessenen Zeiten und Leerlaufanteil. */
import type { dataPipelineUi as en } from '../en/ui-data-pipeline';

export const dataPipelineUi: Record<keyof typeof en, string> = {
  dpHeading: 'Daten-Pipeline: Laden → Vorverarbeiten → Mischen → Batch bilden → Prefetch',
  dpStage: 'Stufe',
  dpWhat: 'Was sie hier tut',
  dpStepMode: 'Schrittmodus (dieser Batch)',
  dpRunMode: 'Laufmodus (Mittel aus {n} Schritten)',
  dpLoad: 'Laden',
  dpLoadWhat:
    'Die Beispiele des Batches aus dem Speicher lesen: hier eine simulierte Ladezeit von {latency} ms pro Batch (eine langsame Festplatte oder ein langsames Netz), die der Worker wirklich abwartet.',
  dpPreprocess: 'Vorverarbeiten',
  dpPreprocessWhat:
    'Die Beispiele dekodieren und normieren. Geschieht einmal, als der Datensatz erzeugt wurde (etwa die Pixel der Ziffern auf [0, 1] skaliert), sodass kein Batch darauf wartet: Pro Batch wird nichts gemessen.',
  dpShuffle: 'Mischen',
  dpShuffleWhat:
    'Die Reihenfolge der Trainingsmenge zu Beginn jeder Epoche mit dem geseedeten Zufallsgenerator des Laufs neu mischen (0 innerhalb einer Epoche).',
  dpBatch: 'Batch bilden',
  dpBatchWhat:
    'Die Zeilen des Batches zu einem Tensor auf dem Gerät zusammenführen (die Zeit, es anzustoßen; das Gerät führt es mit dem Schritt aus).',
  dpPrefetch: 'Prefetch',
  dpPrefetchOff:
    'Aus: Nichts wird im Voraus geladen, also wartet jeder Schritt auf seinen Batch; das Gerät steht so lange still.',
  dpPrefetchOn:
    'An, {depth} im Voraus: Die nächsten Batches werden geladen, während der aktuelle Schritt rechnet (Laufmodus); der Schritt wartet nur auf den Rest des Ladens.',
  dpWaitColumn: 'Wartezeit des Schritts auf Daten',
  dpNotMeasured: '—',
  dpIdleShare: 'Leerlaufanteil eines Schritts',
  dpIdleHint: 'Wartezeit auf Daten ÷ Schrittzeit',
  dpDataWait: 'Warten auf Daten',
  dpStepTime: 'Schrittzeit',
  dpPerStep: 'pro Schritt, Mittel der letzten {n}',
  dpOffNote:
    'Der Laufmodus misst die Wartezeit jedes Schritts auf Daten und seinen Leerlaufanteil, solange eine Ladezeit oder Prefetching eingestellt ist (Datenfelder in der Seitenleiste); dann liest er den Verlust jedes Schritts zurück, sodass die Schrittzeit seine Arbeit auf dem Gerät einschließt.',
  dpHowNote:
    'Gemessen mit der Uhr des Workers (performance.now()), nicht gezeichnet: Ohne Prefetching dauert ein Schritt etwa die Ladezeit plus seine Rechenzeit, mit Prefetching etwa die längere der beiden, also sinkt der Leerlaufanteil – auf 0, sobald ein Schritt länger rechnet, als ein Batch zum Laden braucht. Die Batches und ihre Reihenfolge sind in beiden Fällen dieselben: Die Verluste ändern sich nicht.',
  dpStepModeNote:
    'Im Schrittmodus läuft zwischen zwei Klicks auf „Nächste Phase“ nichts, also kann kein Batch im Voraus geladen werden: Jede Datenphase wartet die ganze Ladezeit ab.',
  chartIdleShare: 'Leerlaufanteil pro Schritt (Warten auf Daten ÷ Schrittzeit)',
};
