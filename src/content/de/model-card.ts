/** Der Hinweis der Modellkarte, wie ihre FLOPs gezählt werden, für die Schichten des Modells. */
import type { Varies } from '../types';

const STEP =
  'ein Trainingsschritt ≈ 3 × der Forward Pass des Batches (Backward Pass ≈ 2 × Forward Pass).';

export const modelCard: { flops: Varies } = {
  flops: {
    byModel: {
      mlp: {
        byTask: {
          table: `FLOPs: 2 pro Multiplikation-Addition (eine Dense-Schicht 2·in·out pro Beispiel; Standardisieren 2 pro Eingabespalte); ${STEP}`,
          other: `FLOPs: 2 pro Multiplikation-Addition (eine Dense-Schicht 2·in·out pro Beispiel); ${STEP}`,
        },
      },
      cnn: `FLOPs: 2 pro Multiplikation-Addition (Dense 2·in·out, Faltung 2·H·W·C_out·k²·C_in pro Beispiel; Max-Pooling 3 Vergleiche pro Ausgabe); ${STEP}`,
      charMlp: `FLOPs: 2 pro Multiplikation-Addition (Dense 2·in·out pro Beispiel; das Nachschlagen im Embedding gezählt als das One-Hot-Produkt, das es berechnet, 2·k·V·d); ${STEP}`,
      transformer: `FLOPs: 2 pro Multiplikation-Addition (Dense 2·in·out pro Position; Scores und gewichtete Summe der Attention je 2·T²·d pro Block; das Nachschlagen im Embedding gezählt als das One-Hot-Produkt, das es berechnet, 2·T·V·d); ${STEP}`,
    },
  },
};
