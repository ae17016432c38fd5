/**
 * Die Texte des datenparallelen Abschnitts im Rückwärts-Panel: der Shard jedes Workers, sein
 * lokaler Verlust und seine lokale Gradientennorm, und das Ring-All-Reduce.
 */
import type { DataParallelTexts } from '../types';

export const dataParallel: DataParallelTexts = {
  heading: (workers) => `Datenparallelität: ${workers} Worker (simuliertes DDP)`,
  what: 'Jeder Worker ist eine Replik mit denselben Gewichten. Er hat Vorwärts- und Rückwärtsdurchlauf allein auf seinem Shard des Batches gerechnet; dann hat das All-Reduce die Gradienten der Worker gemittelt, nach Shard-Größe gewichtet, sodass das Ergebnis der Gradient des mittleren Verlusts des ganzen Batches ist. Die Gradienten unten sind dieser Mittelwert; die Gewichtsaktualisierung wendet ihn einmal an, auf jeder Replik gleich. Der lokale Verlust eines Workers ist der mittlere Verlust über seinen Shard, seine lokale ‖g‖₂ die Norm des Gradienten dieses Verlusts über alle Parameter.',
  caption: 'Shard jedes Workers (Positionen im Batch) und lokale Ergebnisse',
  worker: 'Worker',
  shard: 'Shard',
  shardRange: (from, to) => `${from}–${to}`,
  examples: 'Größe',
  localLoss: 'Lokaler Verlust',
  localNorm: 'Lokale ‖g‖₂',
  empty: 'leer',
  allReduce: (bytesPerWorker, gradBytes, workers) =>
    `All-Reduce (Ring): Jeder Worker sendet und empfängt ${bytesPerWorker} = 2 (N − 1) / N × ${gradBytes} float32-Gradienten, N = ${workers}.`,
  simulated:
    'Simuliert: Die Worker rechnen nacheinander auf diesem Gerät, daher wird nichts schneller und keine Bytes werden übertragen. Echt: die Shards, Verlust und Gradient jedes Workers und der gemittelte Gradient, den die Aktualisierung verwendet.',
};
