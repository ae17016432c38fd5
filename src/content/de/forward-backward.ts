/**
 * Forward Pass und Backward Pass, auf Deutsch: was sie berechnen, hängt vom Netz ab
 * (Dense-Schichten, Faltungen, Embeddings, Attention) und von seiner Ausgabe (Softmax über
 * Klassen oder eine lineare Ausgabe für eine Regression).
 */
import type { PhaseTextSource } from '../types';

const lines = (...l: string[]) => l.join('\n');

const SOFTMAX = 'p_c = exp(z_c) / Σⱼ exp(z_j)  Softmax';
const HIDDEN = 'hₗ = act(hₗ₋₁·Wₗ + bₗ)        verborgene Schichten';

/** Die Rückwärtsregel einer Dense-Schicht, gemeinsam für jedes Netz, das eine hat. */
const DENSE_BACKWARD = [
  'jede Dense-Schicht z = h·W + b, von der Ausgabe abwärts:',
  '  ∂L/∂W = hᵀ·∂L/∂z,    ∂L/∂b = Σ_Batch ∂L/∂z',
  '  ∂L/∂h = ∂L/∂z·Wᵀ     an die Schicht darunter,',
  '  darunter, wo h = act(z′):  ∂L/∂z′ = ∂L/∂h ⊙ act′(z′)',
];
const GRADIENT = 'g = ∇θL = ∂L/∂θ';
const NORM = '‖g‖₂ = √(Σ g²) über alle Parameter';
const SOFTMAX_BACKWARD = 'Ausgabeschicht:  ∂L/∂z = (p − onehot(y)) / B';
const MSE_BACKWARD = 'Ausgabeschicht (linear):  ∂L/∂ŷ = 2(ŷ − y) / B';

export const forward: PhaseTextSource = {
  title: 'Forward Pass',
  what: {
    byModel: {
      mlp: {
        byTask: {
          mnist:
            'Die 28 × 28 Pixel jeder Ziffer werden zu einem Vektor aus 784 Zahlen ausgerollt, der durch die Dense-Schichten fließt: Jede multipliziert ihre Eingabe mit einer Gewichtsmatrix, addiert einen Bias und wendet ihre Aktivierungsfunktion an. Die Ausgabeschicht liefert einen Wert (Logit) pro Ziffer, und Softmax macht aus den zehn Werten Wahrscheinlichkeiten.',
          table: {
            byLoss: {
              crossEntropy:
                'Die standardisierten Spalten des Batches fließen durch die Dense-Schichten: Jede multipliziert ihre Eingabe mit einer Gewichtsmatrix, addiert einen Bias und wendet ihre Aktivierungsfunktion an. Die Ausgabeschicht liefert einen Wert (Logit) pro Klasse, und Softmax macht aus den Werten Wahrscheinlichkeiten.',
              mse: 'Die standardisierten Spalten des Batches fließen durch die Dense-Schichten: Jede verborgene Schicht multipliziert ihre Eingabe mit einer Gewichtsmatrix, addiert einen Bias und wendet ihre Aktivierungsfunktion an. Die Ausgabeschicht ist linear und hat ein Neuron; ihr Wert wird in die Einheiten des Ziels zurückskaliert, und diese Zahl ist die Vorhersage ŷ.',
            },
          },
          other: {
            byLoss: {
              crossEntropy:
                'Der Batch fließt Schicht für Schicht durch das Netz: Jede Schicht multipliziert ihre Eingabe mit einer Gewichtsmatrix, addiert einen Bias und wendet ihre Aktivierungsfunktion an. Die Ausgabeschicht liefert einen Wert (Logit) pro Klasse, und Softmax macht aus den Werten Wahrscheinlichkeiten.',
              mse: 'Der Batch fließt Schicht für Schicht durch das Netz: Jede verborgene Schicht multipliziert ihre Eingabe mit einer Gewichtsmatrix, addiert einen Bias und wendet ihre Aktivierungsfunktion an. Die Ausgabeschicht ist linear und hat ein Neuron: Ihr Wert ist die Vorhersage ŷ selbst, eine Zahl in den Einheiten von y.',
            },
          },
        },
      },
      cnn: 'Der Batch von Ziffern fließt Schicht für Schicht durch das Netz. Eine Faltung schiebt jeden ihrer kleinen 5 × 5-Filter über das Bild und liefert eine Feature-Map pro Filter (dieselben Gewichte suchen überall dasselbe Muster), gefolgt von der Aktivierungsfunktion; Max-Pooling behält die stärkste Antwort in jedem 2 × 2-Fenster und halbiert die Seitenlänge. Die letzten Feature-Maps werden zu einem Vektor ausgerollt, und eine Dense-Ausgabeschicht liefert einen Wert (Logit) pro Ziffer; Softmax macht aus den zehn Werten Wahrscheinlichkeiten.',
      charMlp:
        'Jedes Kontextzeichen wird in der Embedding-Tabelle nachgeschlagen (ein gelernter Vektor pro Zeichen). Die k Vektoren werden aneinandergehängt und durchlaufen die Dense-Schichten, die jeweils mit einer Gewichtsmatrix multiplizieren, einen Bias addieren und ihre Aktivierungsfunktion anwenden. Die Ausgabeschicht liefert einen Wert (Logit) pro Zeichen, und Softmax macht aus den 27 Werten Wahrscheinlichkeiten für das nächste Zeichen.',
      transformer:
        'Jedes Kontextzeichen wird in der Token-Embedding-Tabelle nachgeschlagen, und ein gelernter Positionsvektor wird addiert. In jedem Block lässt kausale Self-Attention jede Position Information von sich selbst und den früheren Positionen sammeln (jeder Head mit eigenen Queries, Keys und Values), danach transformiert ein MLP jede Position für sich; beide addieren ihr Ergebnis zum Residualstrom, jeweils nach einer LayerNorm. Eine abschließende LayerNorm und eine Dense-Schicht liefern an der letzten Position einen Wert (Logit) pro Zeichen, und Softmax macht aus den 27 Werten Wahrscheinlichkeiten für das nächste Zeichen.',
    },
  },
  why: 'Der Forward Pass ist die Vorhersage des Modells, und aus ihr wird der Verlust berechnet. Seine Zwischenaktivierungen braucht außerdem die Backpropagation. Die Ansicht zeigt die ersten Beispiele des Batches.',
  formula: {
    byModel: {
      mlp: {
        byTask: {
          mnist: lines(
            'h₀ = x                        784 Pixel in [0, 1]',
            HIDDEN,
            'z = h_L·W_out + b_out         Logits, eines pro Ziffer',
            SOFTMAX,
          ),
          table: {
            byLoss: {
              crossEntropy: lines(
                'h₀ = (x − μ) / σ              standardisierte Spalten',
                HIDDEN,
                'z = h_L·W_out + b_out         Logits, eines pro Klasse',
                SOFTMAX,
              ),
              mse: lines(
                'h₀ = (x − μ) / σ              standardisierte Spalten',
                HIDDEN,
                'out = h_L·W_out + b_out       linear, eine Zahl',
                'ŷ = μ_y + σ_y·out             in den Einheiten des Ziels',
              ),
            },
          },
          other: {
            byLoss: {
              crossEntropy: lines(
                'h₀ = x',
                HIDDEN,
                'z = h_L·W_out + b_out         Logits, eines pro Klasse',
                SOFTMAX,
              ),
              mse: lines(
                'h₀ = x',
                HIDDEN,
                'ŷ = h_L·W_out + b_out         lineare Ausgabe, eine Zahl',
              ),
            },
          },
        },
      },
      cnn: lines(
        'h₀ = x                         Bild 28 × 28 × 1',
        'Faltung, ein k × k × C_in-Filter pro Kanal c:',
        '  z[i,j,c] = b_c + Σ_{u,v,c′} W[u,v,c′,c]·h[i+u, j+v, c′]',
        '  a = act(z)',
        'Max-Pooling 2 × 2:  h[i,j,c] = max(a[2i..2i+1, 2j..2j+1, c])',
        'z = flatten(h)·W_out + b_out   Logits, eines pro Ziffer',
        SOFTMAX,
      ),
      charMlp: lines(
        'e = [C[c₁], …, C[c_k]]         Embeddings, aneinandergehängt',
        'h₁ = act(e·W₁ + b₁), …          verborgene Schichten',
        'z = h_L·W_out + b_out          Logits, eines pro Zeichen',
        'p(nächstes | Kontext) = softmax(z)',
      ),
      transformer: lines(
        'h_t = E[c_t] + P[t]            Token- + Positions-Embedding',
        'pro Head: Q = LN(h)·W_Q,  K = LN(h)·W_K,  V = LN(h)·W_V',
        'attention(Q,K,V) = softmax(QKᵀ/√d_h + M)·V',
        'M = −∞ oberhalb der Diagonale (kausal)',
        'h ← h + [Heads]·W_O,   h ← h + MLP(LN(h))',
        'z = LN(h_T)·W_out + b_out      Logits, eines pro Zeichen',
        'p(nächstes | Kontext) = softmax(z)',
      ),
    },
  },
  modes:
    'Der Schrittmodus liest die Aktivierungen der ersten Beispiele vom Gerät zurück, um sie zu zeigen. Der Laufmodus berechnet den Forward Pass im fusionierten Trainingsschritt und liest nichts zurück.',
};

export const backward: PhaseTextSource = {
  title: 'Backward Pass',
  what: {
    byModel: {
      cnn: 'Die Backpropagation berechnet den Gradienten des mittleren Verlusts nach jedem Filter, Gewicht und Bias, indem sie die Kettenregel vom Verlust zurück durch jede Schicht anwendet: die Dense-Ausgabeschicht, jedes Max-Pooling (das einen Gradienten nur an die Position weitergibt, die das Maximum hielt) und jede Faltung. Noch ändert sich kein Parameter.',
      charMlp:
        'Die Backpropagation berechnet den Gradienten des mittleren Verlusts nach jedem Gewicht, jedem Bias und jedem Zeichen-Embedding, indem sie die Kettenregel vom Verlust zurück durch jede Schicht bis zur Embedding-Tabelle anwendet. Noch ändert sich kein Parameter.',
      transformer:
        'Die Backpropagation berechnet den Gradienten des mittleren Verlusts nach jedem Gewicht, jedem Bias, jeder LayerNorm-Skalierung und jedem Embedding, indem sie die Kettenregel vom Verlust zurück durch jeden Block anwendet. Der Residualstrom reicht den Gradienten direkt an jedem Block vorbei nach unten, und jeder Block fügt seinen eigenen Anteil hinzu. Noch ändert sich kein Parameter.',
      other:
        'Die Backpropagation berechnet den Gradienten des mittleren Verlusts nach jedem Gewicht und jedem Bias, indem sie die Kettenregel vom Verlust zurück durch jede Schicht anwendet. Noch ändert sich kein Parameter.',
    },
  },
  why: 'Der Gradient sagt für jeden Parameter, in welche Richtung und wie stark sich der Verlust ändert, wenn dieser Parameter sich bewegt. Seine Norm zeigt, wie steil der Verlust dort ist, wo das Modell steht: winzige Normen in frühen Schichten bedeuten verschwindende Gradienten, riesige explodierende. Der Schritt von SGD ist proportional zum Gradienten; Adam skaliert ihn pro Parameter um.',
  formula: {
    byModel: {
      mlp: {
        byLoss: {
          crossEntropy: lines(GRADIENT, SOFTMAX_BACKWARD, ...DENSE_BACKWARD, NORM),
          mse: {
            byTask: {
              table: lines(
                GRADIENT,
                MSE_BACKWARD,
                'ŷ = μ_y + σ_y·out:  ∂L/∂out = σ_y·∂L/∂ŷ',
                ...DENSE_BACKWARD,
                NORM,
              ),
              other: lines(GRADIENT, MSE_BACKWARD, ...DENSE_BACKWARD, NORM),
            },
          },
        },
      },
      cnn: lines(
        GRADIENT,
        SOFTMAX_BACKWARD,
        'Dense z = h·W + b:  ∂L/∂W = hᵀ·∂L/∂z,  ∂L/∂h = ∂L/∂z·Wᵀ',
        'Max-Pooling: ∂L/∂a = ∂L/∂h am Maximum jedes Fensters, sonst 0',
        'Aktivierung a = act(z):  ∂L/∂z = ∂L/∂a ⊙ act′(z)',
        'Faltung, pro Filtergewicht und Bias:',
        '  ∂L/∂W[u,v,c′,c] = Σ_{n,i,j} h[n, i+u, j+v, c′]·∂L/∂z[n,i,j,c]',
        '  ∂L/∂b_c = Σ_{n,i,j} ∂L/∂z[n,i,j,c]',
        '  ∂L/∂h = ∂L/∂z gefaltet mit den gespiegelten Filtern',
        NORM,
      ),
      charMlp: lines(
        GRADIENT,
        SOFTMAX_BACKWARD,
        ...DENSE_BACKWARD,
        'Embeddings e = [C[c₁], …, C[c_k]]:',
        '  ∂L/∂C[c] = Σ von ∂L/∂e über die Positionen, die c enthalten',
        NORM,
      ),
      transformer: lines(
        GRADIENT,
        SOFTMAX_BACKWARD,
        'Residual h′ = h + f(LN(h)):',
        '  ∂L/∂h = ∂L/∂h′ + (∂L/∂h′ zurück durch f und LN)',
        'Dense-Schichten in f: ∂L/∂W = hᵀ·∂L/∂z,  ∂L/∂h = ∂L/∂z·Wᵀ',
        'Attention-Gewichte A = softmax(S):',
        '  ∂L/∂S = A ⊙ (∂L/∂A − Σ_Zeile(∂L/∂A ⊙ A)),  maskierte Einträge erhalten 0',
        'Embeddings: ∂L/∂E[c], ∂L/∂P[t] summiert über ihre Verwendungen',
        NORM,
      ),
    },
  },
  modes:
    'Der Schrittmodus berechnet die Gradienten, liest sie zurück und hält sie für die Gewichtsaktualisierung bereit. Der Laufmodus berechnet und wendet sie in einem fusionierten Schritt an, ohne sie zurückzulesen.',
};
