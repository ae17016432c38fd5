/**
 * Warum ein Checkpoint abgelehnt wird und wie eine geladene Datei übernommen wurde. `{name}`
 * steht für einen Wert, den die Engine mit der Id des Problems schickt
 * (siehe src/protocol/checkpoint-problems.ts).
 */
import type { CheckpointTexts } from '../types';

export const checkpoint: CheckpointTexts = {
  problems: {
    nonFinite:
      'die {part} enthalten einen nicht endlichen Wert ({value} in {tensor}, Eintrag {index}); ein Lauf kann nicht mit NaN- oder unendlichen Werten fortgesetzt werden.',
    stepBeyondLimit:
      'sein Schritt {step} liegt jenseits des längsten Laufs, den dieses Labor trainiert ({limit} Schritte).',
    epochBeyondLimit:
      'seine Epoche {epoch} liegt jenseits der meisten Epochen, die ein Lauf haben darf ({limit}).',
    epochMismatch: 'er nennt Epoche {epoch}, aber seine Datenposition nennt Epoche {dataEpoch}.',
    stepPosition:
      'sein Schritt {step} liegt nicht dort, wo seine Datenposition ihn hinstellt (Epoche {epoch}, Batch {batch}, {batchesPerEpoch} Batches pro Epoche).',
    optimizerStateMissing:
      'der Zustand des Optimierers {optimizer} ist unvollständig ({found} von {expected} Tensoren{missing, , es fehlt „{missing}“}); der Lauf könnte nicht exakt fortgesetzt werden.',
    optimizerStateShape:
      'der Zustand {name} des Optimierers {optimizer} hat die Form {shape}, nicht {expected}.',
    optimizerIterations:
      'der Optimierer {optimizer} hat {iterations} Schritte gezählt, aber der Checkpoint steht bei Schritt {step}.',
    orderOutOfRange:
      'seine Datenreihenfolge nennt Beispiel {index} an Position {position}, aber der Datensatz hat {examples} Trainingsbeispiele (0 bis {examples} − 1).',
    orderRepeated:
      'seine Datenreihenfolge nennt Beispiel {index} zweimal (erneut an Position {position}): Sie ist keine Mischung des Datensatzes.',
    seriesLengths:
      'seine Metriken passen nicht zusammen: {series} hat {length} Einträge, {other} aber {otherLength}.',
    bestWeightsShape:
      'die aufbewahrten besten Gewichte passen nicht zum Modell ({tensors} Tensoren für {expected} Gewichte).',
    tensorName:
      'Gewicht {position} heißt „{name}“, aber Gewicht {position} des Modells ist „{expected}“: Der Checkpoint gehört zu einem anderen Modell.',
  },
  refused: 'Der Checkpoint kann nicht verwendet werden: {reason} Nichts wurde verändert.',
  imported: {
    new: 'Geladen und als Checkpoint bei Schritt {step} gespeichert.',
    same: 'Geladen: Es ist der hier bereits gespeicherte Checkpoint bei Schritt {step}, also wurde nichts Neues gespeichert.',
    renamed:
      'Als neuer Lauf geladen: Hier ist ein anderer Checkpoint mit derselben Id gespeichert, und eine geladene Datei ersetzt nie einen gespeicherten.',
    trainedElsewhere:
      'Als neuer Lauf geladen: Ein anderer Tab trainiert den Lauf, aus dem er stammt, und ein Lauf wird nur in einem Tab trainiert.',
  },
  parts: {
    weights: 'Gewichte',
    optimizerState: 'Optimizer-Zustand',
    dataPosition: 'Datenreihenfolge und -position',
    rngState: 'Zustand des Zufallsgenerators',
    earlyStopping: 'Zustand von Early Stopping',
    bestWeights: 'beste Gewichte (wiederherstellen)',
    config: 'Konfiguration',
    metrics: 'Metrikverlauf',
  },
};
