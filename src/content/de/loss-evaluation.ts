/**
 * Verlustberechnung und Evaluierung, auf Deutsch: Softmax-Kreuzentropie über Klassen oder der
 * mittlere quadratische Fehler einer Regression, und was die Evaluierung jeder Aufgabe misst
 * und zeichnet.
 */
import type { PhaseTextSource } from '../types';

const lines = (...l: string[]) => l.join('\n');

const MSE_WHAT =
  'Der Verlust misst, wie weit die Vorhersagen von den Zielwerten entfernt sind. Der mittlere quadratische Fehler quadriert jede Abweichung ŷᵢ − yᵢ und mittelt über den Batch: Die Ausgabe ist die Vorhersage selbst, eine Zahl in den Einheiten von y.';

export const loss: PhaseTextSource = {
  title: 'Verlust\u00adberechnung',
  what: {
    byLoss: {
      crossEntropy: {
        byTask: {
          names:
            'Der Verlust misst, wie falsch die Vorhersagen sind. Die Softmax-Kreuzentropie ist der negative Logarithmus der Wahrscheinlichkeit, die das Modell dem tatsächlich folgenden Zeichen gab; sie wird für jedes Beispiel des Batches berechnet und gemittelt.',
          other:
            'Der Verlust misst, wie falsch die Vorhersagen sind. Die Softmax-Kreuzentropie ist der negative Logarithmus der Wahrscheinlichkeit, die das Modell der richtigen Klasse gab; sie wird für jedes Beispiel des Batches berechnet und gemittelt.',
        },
      },
      mse: MSE_WHAT,
    },
  },
  why: {
    byLoss: {
      crossEntropy: {
        byTask: {
          mnist:
            'Das Training minimiert diese eine Zahl. Eine sichere richtige Vorhersage (p_y nahe 1) kostet fast 0, eine sichere falsche kostet viel (p_y → 0 ergibt ℓ → ∞). Gleichverteiltes Raten unter den zehn Ziffern kostet ln 10 ≈ 2,30 pro Beispiel.',
          names:
            'Das Training minimiert diese eine Zahl. Eine sichere richtige Vorhersage (p_y nahe 1) kostet fast 0, eine sichere falsche kostet viel (p_y → 0 ergibt ℓ → ∞). Gleichverteiltes Raten unter den 27 Zeichen kostet ln 27 ≈ 3,30 pro Beispiel.',
          table:
            'Das Training minimiert diese eine Zahl. Eine sichere richtige Vorhersage (p_y nahe 1) kostet fast 0, eine sichere falsche kostet viel (p_y → 0 ergibt ℓ → ∞). Gleichverteiltes Raten unter K Klassen kostet ln K pro Beispiel (ln 3 ≈ 1,10 für die drei Iris-Arten).',
          other:
            'Das Training minimiert diese eine Zahl. Eine sichere richtige Vorhersage (p_y nahe 1) kostet fast 0, eine sichere falsche kostet viel (p_y → 0 ergibt ℓ → ∞). Raten mit 50:50 zwischen zwei Klassen kostet ln 2 ≈ 0,693 pro Beispiel.',
        },
      },
      mse: 'Das Training minimiert diese eine Zahl. Durch das Quadrieren kosten große Abweichungen weit mehr als kleine, und der Gradient 2(ŷᵢ − yᵢ) ist glatt und zieht jede Vorhersage zu ihrem Zielwert. Wer für jede Eingabe den Mittelwert von y vorhersagt, zahlt die Varianz von y.',
    },
  },
  formula: {
    byLoss: {
      crossEntropy: lines(
        'ℓᵢ = −log p_yᵢ(xᵢ)      Verlust von Beispiel i',
        'L = (1/B)·Σᵢ ℓᵢ         Mittel über den Batch',
      ),
      mse: lines(
        'ℓᵢ = (ŷᵢ − yᵢ)²          Verlust von Beispiel i',
        'L = (1/B)·Σᵢ ℓᵢ         mittlerer quadratischer Fehler',
      ),
    },
  },
  modes:
    'Der Schrittmodus liest jeden Verlust pro Beispiel zurück. Der Laufmodus hält den Verlust auf dem Gerät und liest ihn nur alle k Schritte zurück (das Rücklese-Intervall des Verlusts), weil jedes Zurücklesen die CPU auf die GPU warten lässt.',
};

export const evaluation: PhaseTextSource = {
  title: 'Evaluierung',
  what: {
    byTask: {
      mnist:
        'Das unveränderte Modell läuft auf den Validierungsziffern (auf denen nie trainiert wird), um Verlust und Genauigkeit zu messen. Die Konfusionsmatrix zählt, welche Ziffer als welche gelesen wurde, und die am sichersten falsch erkannten Ziffern zeigen, wo das Modell sich sicher ist und irrt.',
      names:
        'Das unveränderte Modell sagt jedes nächste Zeichen der Validierungsnamen voraus (auf denen nie trainiert wird). Ihre mittlere Kreuzentropie in Nats, in Bits pro Zeichen und als Perplexität sagt, wie überrascht es ist; ein Modell, das nichts weiß, rät gleichverteilt und erreicht ln 27. Dann werden Namen aus ihm gezogen: Beginne bei ‚.‘, ziehe ein Zeichen aus p(nächstes | Kontext), durch die Temperatur geschärft oder abgeflacht, hänge es an und wiederhole, bis es ‚.‘ zieht.',
      regress1d:
        'Das unveränderte Modell läuft auf den Validierungspunkten (auf denen nie trainiert wird), um den mittleren quadratischen Fehler zu messen, und auf gleichmäßig verteilten x, um die angepasste Kurve über die Daten zu zeichnen.',
      table: {
        byLoss: {
          crossEntropy:
            'Das unveränderte Modell läuft auf den Validierungszeilen (auf denen nie trainiert wird), um Verlust und Genauigkeit zu messen. Bei zwei Eingabespalten und zwei Klassen zeichnet es außerdem seine Entscheidungsregionen über die Ebene; bei mehr Spalten zeigt die Konfusionsmatrix, welche Klasse für welche gehalten wurde, und die Zeilen, bei denen es sich am sichersten irrte, werden aufgelistet.',
          mse: 'Das unveränderte Modell läuft auf den Validierungszeilen (auf denen nie trainiert wird), um den mittleren quadratischen Fehler zu messen. Bei einer Eingabespalte zeichnet es außerdem die angepasste Kurve über die Daten; bei mehr Spalten wird die Vorhersage jeder Zeile ihrem wahren Wert gegenübergestellt.',
        },
      },
      other:
        'Das unveränderte Modell läuft auf der Validierungsmenge (Beispielen, auf denen es nie trainiert), um Verlust und Genauigkeit zu messen. Auch die Genauigkeit auf der Trainingsmenge und die Vorhersage des Modells über die ganze Ebene werden berechnet.',
    },
  },
  why: 'Der Trainingsverlust sagt nur, wie gut das Modell die Beispiele trifft, aus denen es lernt; der Validierungsverlust schätzt, wie es auf neuen Daten abschneidet. Fällt der Trainingsverlust weiter, während der Validierungsverlust steigt, liegt Überanpassung vor. Early Stopping und der Zielverlust beobachten diese Zahl.',
  formula: {
    byTask: {
      names: lines(
        'val loss = −(1/N)·Σ ln p(cᵢ | Kontext)   Nats',
        'Bits pro Zeichen = loss / ln 2',
        'Perplexität = e^loss',
        'gleichverteilte Basislinie = ln 27 ≈ 3,30 Nats',
      ),
      other: {
        byLoss: {
          crossEntropy: lines(
            'val loss = (1/N_val)·Σᵢ −log p_yᵢ(xᵢ)',
            'Genauigkeit = (1/N)·Σᵢ [argmax_c p_c(xᵢ) = yᵢ]',
          ),
          mse: lines('val MSE = (1/N_val)·Σᵢ (ŷ(xᵢ) − yᵢ)²', 'RMSE = √MSE   (in Einheiten von y)'),
        },
      },
    },
  },
  modes:
    'Der Schrittmodus evaluiert in jedem Zyklus. Der Laufmodus evaluiert alle „Evaluierungsintervall“ Schritte.',
};
