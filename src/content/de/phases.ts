/**
 * Was jede Phase tut, warum ein Trainingslauf sie braucht, und ihre Mathematik, auf Deutsch.
 * Die Phasen, deren Texte vom Netz und seiner Verlustfunktion abhängen, stehen in eigenen
 * Modulen. Formeln bleiben wie im englischen Katalog; nur ihre Erläuterungen sind übersetzt.
 * Lange Titel tragen weiche Trennstriche (U+00AD), damit die Phasenleiste sie umbrechen kann.
 */
import type { PhaseId } from '../../protocol/phases';
import type { PhaseTextSource } from '../types';
import { backward, forward } from './forward-backward';
import { evaluation, loss } from './loss-evaluation';

/** Die Initialisierungsverfahren der Gewichte, für jedes Netz. */
const INIT_SCHEMES = [
  'Glorot uniform:  W ~ U(−a, a),  a = √(6/(fan_in + fan_out))',
  '                 std = √(2/(fan_in + fan_out))',
  'He normal:       std = √(2/fan_in)   (gestutzt)',
  'Klein normal:    W ~ N(0; 0,01²)',
];

export const phases: Record<PhaseId, PhaseTextSource> = {
  initialization: {
    title: 'Initialisierung',
    what: {
      byModel: {
        cnn: 'Jeder Faltungsfilter und jedes Gewicht der Dense-Schichten wird mit dem gewählten Verfahren zufällig gezogen, jeder Bias auf 0 gesetzt. Der Optimierer startet mit leerem Zustand (bei Adam: Momente null, Schrittzähler 0).',
        charMlp:
          'Die Embedding-Tabelle und jede Gewichtsmatrix werden mit dem gewählten Verfahren zufällig gezogen, jeder Bias auf 0 gesetzt. Der Optimierer startet mit leerem Zustand (bei Adam: Momente null, Schrittzähler 0).',
        transformer:
          'Token- und Positions-Embeddings und jede Gewichtsmatrix werden mit dem gewählten Verfahren zufällig gezogen; jeder Bias beginnt bei 0, jede LayerNorm-Skalierung bei 1 und ihre Verschiebung bei 0. Der Optimierer startet mit leerem Zustand (bei Adam: Momente null, Schrittzähler 0).',
        other:
          'Jedes Gewicht wird mit dem gewählten Verfahren zufällig gezogen, jeder Bias auf 0 gesetzt. Der Optimierer startet mit leerem Zustand (bei Adam: Momente null, Schrittzähler 0).',
      },
    },
    why: 'Irgendwo muss das Training beginnen. Zufällige Gewichte brechen die Symmetrie zwischen den Neuronen: Neuronen, die gleich beginnen, berechnen dasselbe, erhalten denselben Gradienten und bleiben gleich. Auch die Streuung zählt: zu klein, und die Signale verblassen von Schicht zu Schicht; zu groß, und tanh- oder Sigmoid-Neuronen sättigen. Glorot und He wählen die Standardabweichung aus Fan-in und Fan-out der Schicht, damit die Signale auf gleichbleibender Größenordnung bleiben.',
    formula: {
      byModel: {
        cnn: [
          ...INIT_SCHEMES,
          'Filter k × k × C_in → C_out:  fan_in = k·k·C_in,  fan_out = C_out',
          'Biases:          b = 0',
        ].join('\n'),
        transformer: [
          ...INIT_SCHEMES,
          'Biases:          b = 0',
          'LayerNorm:       γ = 1,  β = 0',
        ].join('\n'),
        other: [...INIT_SCHEMES, 'Biases:          b = 0'].join('\n'),
      },
    },
    modes:
      'Läuft einmal zu Beginn eines Laufs (und erneut nach einem Reset), in beiden Modi. Der Laufmodus trainiert von den hier gezogenen Gewichten aus.',
  },
  data: {
    title: 'Daten\u00adverarbeitung',
    what: {
      byTask: {
        names:
          'Jedes Trainingsbeispiel ist ein Fenster der letzten k Zeichen eines Namens und das Zeichen, das darauf folgt; ‚.‘ füllt den Anfang auf und markiert das Ende. Der Batch wird aus allen solchen Paaren der Trainingsnamen gezogen, in jeder Epoche mit dem geseedeten Zufallsgenerator neu gemischt.',
        table:
          'Jedes Beispiel ist eine Zeile Ihrer Tabelle: die Eingabespalten und die vorherzusagende Spalte. Die Zeilen wurden einmal mit dem Seed des Laufs gemischt und in Training und Validierung geteilt; in jeder Epoche werden die Trainingszeilen neu gemischt und in Batches zerlegt.',
        other:
          'Der nächste Mini-Batch aus B Beispielen wird der Trainingsmenge entnommen, in einer Reihenfolge, die zu Beginn jeder Epoche neu gemischt wird. Eine Epoche ist ein Durchlauf durch alle Trainingsbeispiele.',
      },
    },
    why: {
      byTask: {
        table:
          'Die Spalten einer Tabelle haben eigene Einheiten (Zentimeter, Euro, Jahre), oft tausendfach verschieden. Das Modell standardisiert deshalb jede Eingabespalte mit Mittelwert und Standardabweichung der Trainingszeilen, damit keine Spalte nur wegen größerer Zahlen dominiert und eine Lernrate für alle Daten passt.',
        other:
          'Ein Gradient aus einem kleinen zufälligen Batch ist weit billiger als einer aus dem ganzen Datensatz, und sein Rauschen hilft dem Training (stochastischer Gradientenabstieg). Das Mischen in jeder Epoche macht die Batches von Epoche zu Epoche verschieden, sodass das Modell die Beispiele nie in fester Reihenfolge sieht.',
      },
    },
    formula: {
      byTask: {
        table: {
          byLoss: {
            crossEntropy: 'x̃ⱼ = (xⱼ − μⱼ) / σⱼ     μⱼ, σⱼ der Spalte j über die Trainingszeilen',
            mse: [
              'x̃ⱼ = (xⱼ − μⱼ) / σⱼ     μⱼ, σⱼ der Spalte j über die Trainingszeilen',
              'ŷ = μ_y + σ_y · out     die Vorhersage, in den Einheiten des Ziels',
            ].join('\n'),
          },
        },
        other: [
          'Batches pro Epoche = ⌈N_train / B⌉',
          'Batch k = order[k·B … (k+1)·B − 1]',
          '          (der letzte Batch einer Epoche kann kleiner sein)',
          'neue Epoche → order ← shuffle(order)',
        ].join('\n'),
      },
    },
    modes: {
      byTask: {
        mnist:
          'Der Schrittmodus zeigt die Ziffern, die den Batch bilden. Der Laufmodus stellt jeden Batch auf dem Gerät zusammen und liest ihn nie zurück.',
        names:
          'Der Schrittmodus zeigt die Kontextfenster des Batches und die Zeichen, die ihnen folgen. Der Laufmodus stellt jeden Batch auf dem Gerät zusammen und liest ihn nie zurück.',
        table:
          'Der Schrittmodus zeigt die Zeilen, die den Batch bilden. Der Laufmodus stellt jeden Batch auf dem Gerät zusammen und liest ihn nie zurück.',
        other:
          'Der Schrittmodus zeigt, welche Punkte den Batch bilden. Der Laufmodus stellt jeden Batch auf dem Gerät zusammen und liest ihn nie zurück.',
      },
    },
  },
  forward,
  loss,
  backward,
  update: {
    title: 'Gewichts\u00adaktualisierung',
    what: 'Der Optimierer ändert jeden Parameter anhand seines Gradienten und der Lernrate η. Einfaches SGD geht direkt entlang des negativen Gradienten; Momentum, RMSprop und Adam führen zusätzlich laufende Statistiken vergangener Gradienten (den Optimiererzustand), um jeden Schritt zu glätten und zu skalieren.',
    why: 'Hier lernt das Modell: eine Aktualisierung ist ein Trainingsschritt. Die Lernrate bestimmt die Schrittweite: zu klein, und das Training kriecht; zu groß, und der Verlust springt umher oder divergiert.',
    formula: [
      'SGD:       θ ← θ − η·g',
      'Momentum:  b ← μ·b + g;   θ ← θ − η·b',
      'RMSprop:   v ← ρ·v + (1 − ρ)·g²',
      '           θ ← θ − η·g / √(v + ε)',
      'Adam:      m ← β₁·m + (1 − β₁)·g',
      '           v ← β₂·v + (1 − β₂)·g²',
      '           m̂ = m / (1 − β₁ᵗ),   v̂ = v / (1 − β₂ᵗ)',
      '           θ ← θ − η·m̂ / (√v̂ + ε)',
    ].join('\n'),
    modes:
      'Der Schrittmodus liest jeden Parameter vor und nach der Aktualisierung zurück, um die Änderung zu zeigen. Der Laufmodus wendet die Aktualisierung auf dem Gerät an und liest nichts zurück.',
  },
  evaluation,
  checkpoint: {
    title: 'Checkpoint-Speicherung',
    what: 'Der vollständige Zustand des Laufs wird gespeichert: Gewichte, Optimiererzustand, Schritt- und Epochenzähler, die Position in der gemischten Datenreihenfolge, der Zustand des Zufallsgenerators, der Zustand des Early Stopping, die Konfiguration und die bisherigen Metriken.',
    why: 'Ein Checkpoint lässt einen Lauf nach einem Absturz oder einem geschlossenen Tab genau dort weitergehen, wo er war, und bewahrt frühere, vielleicht bessere Modelle auf. Die Gewichte allein reichen zum Fortsetzen nicht: ohne die Momente des Optimierers und die Datenreihenfolge ginge das Training anders weiter.',
    formula: [
      'Bytes ≈ 4·(Parameter)',
      '      + 4·(Werte des Optimiererzustands)',
      '      + 4·(Trainingsbeispiele)     die Datenreihenfolge',
      '      + 8·(protokollierte Metrikwerte)',
      '      + Konfiguration und Zähler',
      'Adam hält m und v je Parameter: Zustand = 2 × Gewichte',
    ].join('\n'),
    modes:
      'Der Schrittmodus speichert in jedem Zyklus. Der Laufmodus speichert alle „Checkpoint-Intervall“ Schritte. Checkpoints liegen in der IndexedDB dieses Browsers; die ältesten eines Laufs werden automatisch gelöscht.',
  },
  stopping: {
    title: 'Abbruch\u00adkriterien',
    what: 'Jedes Abbruchkriterium wird geprüft, in fester Reihenfolge: ein Verlust, der NaN oder unendlich wurde, eine erreichte Zielmetrik, eine überschrittene Divergenzschwelle, Early Stopping (keine Verbesserung der überwachten Metrik seit „Geduld“ Evaluierungen), maximale Schritte, maximale Epochen und maximale Trainingszeit. Das erste Kriterium, das greift, beendet den Lauf und nennt den Grund.',
    why: 'Training hat kein natürliches Ende. Grenzen beschränken seine Kosten; Early Stopping beendet den Lauf, sobald das Modell auf den Validierungsdaten nicht mehr besser wird, bevor Überanpassung einsetzt; ein NaN-Verlust oder eine divergierende Metrik heißt, dass weitere Schritte verschwendet sind.',
    formula: [
      'jede Evaluierung: wait ← wait + 1',
      'verbessert ⇔ m + δ < best (min) oder m − δ > best (max)',
      'verbessert: best ← m; wait ← 0, falls m die Baseline schlägt',
      'Stopp ⇔ Verlust NaN oder ±∞  ∨  Ziel erreicht',
      '     ∨ m schlechter als die Divergenzschwelle',
      '     ∨ (nicht verbessert ∧ wait ≥ patience)',
      '     ∨ Schritt ≥ max. Schritte ∨ Epoche ≥ max. Epochen',
      '     ∨ Trainingszeit ≥ max. Zeit',
      'm: überwachte Metrik, δ: min delta (Keras 3)',
    ].join('\n'),
    modes:
      'Der Schrittmodus prüft einmal pro Zyklus. Der Laufmodus prüft, wenn der Verlust zurückgelesen wird (alle k Schritte), denn erst dann kann ein neuer Verlust, ein NaN oder eine Schrittgrenze auftreten, und eine Zeitgrenze mindestens jede Viertelsekunde.',
  },
};
