/**
 * Die Trainingstechniken, je ein Eintrag: was sie ist, warum ein Lauf sie verwendet, ihre
 * Formel und wann man sie einsetzt. Gezeigt von den Ansichten des Schritts (Gewichtsaktualisierung,
 * Backward Pass) und von der Seitenleiste. Formeln verwenden die Namen der Felder der
 * Seitenleiste; die Quellen stehen im jeweiligen Text.
 */
import type { TechniqueId, TechniqueText } from '../types';

export const techniques: Record<TechniqueId, TechniqueText> = {
  sgd: {
    title: 'Stochastischer Gradientenabstieg',
    what: 'Jeder Schritt bewegt jedes Gewicht ein wenig gegen seinen Gradienten, berechnet auf einem Batch.',
    why: 'Der Gradient eines Batches ist eine billige, verrauschte Schätzung des Gradienten der ganzen Trainingsmenge; viele billige Schritte schlagen wenige exakte.',
    formula: 'w ← w − η · g   (g = ∂L/∂w auf dem Batch, η die Lernrate)',
    when: 'Die Grundlinie, mit der jeder andere Optimierer verglichen wird. Er braucht eine gut gewählte und meist geplante Lernrate (hier ≈ 0,05–1) und generalisiert gut, wenn er abgestimmt ist.',
  },
  momentum: {
    title: 'SGD mit Momentum',
    what: 'Eine Geschwindigkeit v sammelt vergangene Gradienten, und die Gewichte bewegen sich entlang v statt nur entlang des letzten Gradienten.',
    why: 'Schwingungen quer zu einem engen Tal heben sich auf, während sich die stetige Richtung entlang des Tals addiert; so geht es schneller und ruhiger voran (Polyak 1964).',
    formula: 'v ← μ · v + g;  w ← w − η · v   (μ = 0,9, PyTorch SGD mit Momentum)',
    when: 'Die übliche Wahl für SGD bei größeren Modellen (ResNets werden damit trainiert); mit μ = 0,9 ist der effektive Schritt etwa 10 η, daher ist die Lernrate oft kleiner als bei reinem SGD.',
  },
  nesterov: {
    title: 'Nesterov-Momentum',
    what: 'Momentum mit Vorausschau: Die Aktualisierung verwendet den Gradienten plus den nächsten Schritt der Geschwindigkeit, als würde der Gradient dort genommen, wohin die Geschwindigkeit die Gewichte gleich tragen wird.',
    why: 'Es korrigiert ein Überschießen einen Schritt früher als klassisches Momentum, was Schwingungen dämpft (Nesterov 1983; Sutskever et al. 2013).',
    formula: 'v ← μ · v + g;  w ← w − η · (g + μ · v)   (PyTorch nesterov=True)',
    when: 'Eine fast kostenlose Verbesserung gegenüber klassischem Momentum; schalten Sie es ein, wann immer Momentum verwendet wird.',
  },
  rmsprop: {
    title: 'RMSprop',
    what: 'Teilt den Gradienten jedes Gewichts durch ein gleitendes quadratisches Mittel seiner letzten Gradienten, sodass jedes Gewicht einen Schritt von etwa η bekommt.',
    why: 'Gewichte mit großen Gradienten würden sonst riesige Schritte machen und Gewichte mit kleinen winzige; die Division gleicht sie aus (Hinton, Coursera-Vorlesung 6e).',
    formula: 's ← ρ · s + (1 − ρ) · g²;  w ← w − η · g / (√s + ε)   (ρ = 0,9)',
    when: 'Rekurrente Netze und verrauschte Probleme; ein Schritt zwischen SGD und Adam. Lernraten ≈ 0,001–0,01.',
  },
  adam: {
    title: 'Adam',
    what: 'Momentum (ein gleitendes Mittel m der Gradienten) und RMSprop (ein gleitendes Mittel v ihrer Quadrate) kombiniert, mit einer Korrektur für ihren Start bei null.',
    why: 'Er passt den Schritt jedes Gewichts an und funktioniert mit derselben Lernrate bei sehr verschiedenen Problemen (Kingma & Ba 2015).',
    formula:
      'm ← β₁m + (1 − β₁)g;  v ← β₂v + (1 − β₂)g²;  m̂ = m / (1 − β₁ᵗ);  v̂ = v / (1 − β₂ᵗ);  w ← w − η · m̂ / (√v̂ + ε)   (β₁ = 0,9, β₂ = 0,999)',
    when: 'Die robuste Voreinstellung (η ≈ 0,001–0,003 für die meisten Netze). Sein Weight Decay ist ein L2-Strafterm, der zu g addiert wird und den die Division durch √v̂ bei Gewichten mit großen Gradienten abschwächt; verwenden Sie AdamW für Decay.',
  },
  adamw: {
    title: 'AdamW',
    what: 'Adam mit entkoppeltem Weight Decay: Die Gewichte schrumpfen bei jedem Schritt um einen festen Anteil, außerhalb der adaptiven Aktualisierung.',
    why: 'Zum Gradienten addiert (L2) wird der Decay wie alles andere durch √v̂ geteilt, sodass Gewichte mit großen Gradienten kaum regularisiert werden; entkoppelt schrumpft jedes Gewicht gleich (Loshchilov & Hutter 2019).',
    formula: 'w ← w · (1 − η · λ);  dann der Adam-Schritt   (λ der Weight Decay, PyTorch AdamW)',
    when: 'Der Standard-Optimierer für Transformer und das meiste moderne Training, mit λ ≈ 0,01–0,1 und einem Zeitplan aus Warm-up und Kosinus.',
  },
  weightDecay: {
    title: 'Weight Decay',
    what: 'Jeder Schritt zieht jedes Gewicht ein wenig in Richtung 0.',
    why: 'Kleinere Gewichte ergeben eine glattere Funktion, die das Rauschen der Trainingsmenge weniger nachbildet: ein Regularisierer gegen Überanpassung.',
    formula:
      'L2 (SGD, Momentum, RMSprop, Adam): g ← g + λ · w.  Entkoppelt (AdamW): w ← w · (1 − η · λ) vor der Aktualisierung.',
    when: 'Wenn der Validierungsverlust steigt, während der Trainingsverlust fällt. Bei reinem SGD sind beide Formen gleich; bei adaptiven Optimierern lässt nur die entkoppelte alle Gewichte gleich schrumpfen.',
  },
  lrSchedule: {
    title: 'Lernraten-Zeitpläne',
    what: 'Die Lernrate ändert sich mit dem Schritt: Sie kann während eines Warm-ups steigen und fällt dann stufenweise, exponentiell, entlang eines Kosinus, in einem Zyklus oder wenn der Validierungsverlust stagniert.',
    why: 'Eine große Rate kommt früh schnell voran; nahe einem Minimum lässt sie die Gewichte darum herumspringen, und eine kleinere lässt sie zur Ruhe kommen. Ein Warm-up schützt die ersten Schritte, deren Gradienten (und Adams Statistiken) noch unzuverlässig sind.',
    formula:
      'Stufen: η · γ^⌊t / s⌋ (StepLR).  exponentiell: η · r^(t / d) (Keras).  Kosinus: η_min + ½(η − η_min)(1 + cos(π t / T)).  Warm-up-Kosinus: η (t + 1)/(w + 1) für t < w, dann Kosinus von η bis η_min (nanoGPT).  One-Cycle: von η / 25 auf η über 30 % von T, dann hinab (PyTorch OneCycleLR).  Plateau: η ← η · Faktor nach „Geduld“ Evaluierungen ohne Verbesserung (Keras ReduceLROnPlateau).',
    when: 'Fast jeder lange Lauf verwendet einen: Warm-up-Kosinus für Transformer und Adam, Stufen- oder Kosinusabfall für SGD, Plateau, wenn die Länge des Laufs vorher nicht bekannt ist. Eine Änderung des Zeitplans während des Laufs wirkt ab dem nächsten Schritt.',
  },
  lrFinder: {
    title: 'Lernraten-Finder',
    what: 'Ein kurzer Testlauf, der die Lernrate bei jedem Schritt exponentiell erhöht, von sehr klein bis sehr groß, und den Verlust aufzeichnet.',
    why: 'Der Verlust bewegt sich zuerst kaum, fällt dann und explodiert schließlich. Eine gute Lernrate liegt dort, wo er am schnellsten fällt, gefunden in hundert Schritten statt in vielen vollen Läufen (Smith 2017; fastais lr_find).',
    formula:
      'ηᵢ = η_min · (η_max / η_min)^(i / n) für die Schritte i = 0 … n − 1;  geglätteter Verlust aᵢ = 0,98 · aᵢ₋₁ + 0,02 · Lᵢ, angezeigt als aᵢ / (1 − 0,98^(i+1));  Abbruch, sobald er das 4-Fache seines kleinsten Werts übersteigt;  Vorschlag: das η, bei dem er über log η am schnellsten fällt, ohne die ersten 10 Punkte und den letzten (lr_find von PyTorch Lightning: η_min = 10⁻⁸, η_max = 1, n = 100)',
    when: 'Vor einem Lauf mit einem neuen Modell, Datensatz, Optimierer oder einer neuen Batch-Größe. Hier trainiert er eine Kopie des Modells (seine aktuellen Gewichte, einen neuen Optimierer wie bei Lightning, die Batches, die der Lauf als Nächstes nähme); der Lauf selbst ändert sich nicht. Lightning trainiert dagegen das Modell selbst und stellt es danach aus einem Checkpoint wieder her.',
  },
  accumulation: {
    title: 'Gradientenakkumulation',
    what: 'Die Gradienten von k Mikro-Batches werden vor einem Optimiererschritt aufsummiert, jeder Verlust durch k geteilt.',
    why: 'Ein Batch, der nicht in den Speicher passt, wird in Mikro-Batches aufgeteilt: Der Schritt ist derselbe wie mit dem ganzen Batch, mit dem Speicher eines Mikro-Batches.',
    formula:
      'g = Σᵢ ∇(Lᵢ / k) über k Mikro-Batches der Größe b;  eine Aktualisierung mit g;  effektiver Batch = b · k',
    when: 'Wenn der gewünschte Batch nicht in den Speicher passt (große Modelle, lange Sequenzen). Sie kostet Zeit, nicht Genauigkeit; die Lernrate gehört zum effektiven Batch. Batchabhängige Schichten wie Batch-Normalisierung sehen weiterhin nur einen Mikro-Batch.',
  },
  clipping: {
    title: 'Gradient Clipping',
    what: 'Begrenzt den Gradienten vor der Aktualisierung: nach globaler Norm skaliert es alle Gradienten gemeinsam herunter, wenn ihre Norm ein Maximum übersteigt; nach Wert schneidet es jedes Element auf [−c, c] ab.',
    why: 'Ein schlechter Batch oder eine steile Klippe im Verlust kann einen riesigen Gradienten erzeugen, der die Gewichte weit wegschleudert; Clipping begrenzt den Schaden eines einzelnen Schritts (Pascanu et al. 2013).',
    formula:
      'nach Norm: ‖g‖ = √(Σ g²) über alle Parameter;  g ← g · min(1, max / (‖g‖ + 10⁻⁶)).  nach Wert: g ← clamp(g, −c, c)',
    when: 'Rekurrente Netze und Transformer (maximale Norm 1 ist üblich) und immer dann, wenn der Verlust Spitzen zeigt. Nach Norm behält die Richtung des Gradienten bei; nach Wert nicht, und es ist seltener.',
  },
  mixedPrecision: {
    title: 'Gemischte Genauigkeit (simuliert)',
    what: 'Aktivierungen und Gradienten werden als 16-Bit-Zahlen gespeichert, während eine fp32-Hauptkopie der Gewichte die Aktualisierungen aufnimmt. fp16 hat 11 signifikante Bits und einen Bereich bis 65.504 (Werte unter etwa 6 × 10⁻⁸ werden 0); bf16 hat den Bereich von fp32, aber nur 8 signifikante Bits.',
    why: 'Halber Speicher und halbe Bandbreite pro Wert und auf GPUs mit Tensor-Cores ein Vielfaches an Rechengeschwindigkeit. Die fp32-Hauptgewichte verhindern, dass kleine Aktualisierungen weggerundet werden.',
    formula:
      'Forward/Backward in 16 Bit: x₁₆ = round₁₆(x);  Aktualisierung in fp32: w₃₂ ← w₃₂ − η · g₃₂  (g₃₂ = die 16-Bit-Gradienten, in fp32 aufsummiert)',
    when: 'Echte Läufe auf modernen GPUs trainieren standardmäßig in bf16 (oder fp16 mit Loss-Skalierung). Was hier simuliert wird: TensorFlow.js hat keine 16-Bit-Arithmetik, also werden Werte in fp32 berechnet und dort auf fp16 oder bf16 gerundet (zum nächsten, bei Gleichstand zum geraden, mit dem Bereich des Formats), wo ein echter Lauf sie in 16 Bit speichert: die Ausgabe-Aktivierungen jeder verborgenen Schicht (ihr Gradient geht unverändert durch die Rundung, straight-through), die Logits und ihr Gradient sowie jeder Parametergradient, wie der Backward Pass ihn schreibt. Die Gewichte, die der Forward Pass liest, die Gradienten zwischen den verborgenen Schichten und die Evaluierung bleiben fp32; das Training behält wie ein echter Lauf einen fp32-Optimiererzustand und arbeitet mit fp32-Hauptgewichten. Rundung, Unterlauf und Überlauf sind echt; die Einsparungen an Zeit und Speicher nicht.',
  },
  lossScaling: {
    title: 'Loss-Skalierung',
    what: 'Der Verlust wird vor dem Backward Pass mit einer großen Skala S multipliziert, sodass jeder Gradient S-mal größer ist; vor Clipping und Aktualisierung werden die Gradienten wieder durch S geteilt.',
    why: 'Viele Gradienten sind kleiner als der kleinste Wert von fp16 und würden 0; skaliert bleiben sie darstellbar. Läuft ein skalierter Gradient zu Inf oder NaN über, wird der Schritt übersprungen und S halbiert; nach einer Reihe sauberer Schritte verdoppelt es sich wieder.',
    formula:
      'Backward auf S · L;  g ← g₁₆ / S;  wenn ein g Inf oder NaN ist: Schritt überspringen, S ← S / 2;  sonst nach „Wachstumsintervall“ sauberen Schritten: S ← 2S   (S₀ = 2¹⁶, PyTorch GradScaler)',
    when: 'Immer mit fp16; bf16 braucht sie nicht (Bereich von fp32). Der Skalierer läuft hier echt mit der Semantik von GradScaler; nur die 16-Bit-Speicherung, die er schützt, ist simuliert.',
  },
};
