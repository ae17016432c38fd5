/**
 * Ein oder zwei Sätze pro Hyperparameter: was er bewirkt, ein sinnvoller Bereich und wann er
 * greift. Wo Aufgabe, Modell oder Verlustfunktion die Bedeutung oder die sinnvollen Werte
 * ändern, variiert der Text mit ihnen; ein sinnvoller Bereich enthält den Standardwert der
 * Aufgabe.
 */
import type { FieldKey } from '../../config/schema';
import type { Varies } from '../types';

/** Die Wahl der Aufgabe, einmal nach der Beschreibung jeder Aufgabe gesagt. */
const TASK_CHOICE =
  'Eine andere Aufgabe startet einen neuen Lauf mit ihren eigenen Standardwerten. Erfordert einen Reset.';

export const params: Record<FieldKey, Varies> = {
  task: {
    byTask: {
      classify2d: `Punkte in der Ebene: Das Modell lernt, zwei Klassen von 2-D-Punkten zu trennen (Kreise, Spirale, XOR oder zwei Gauß-Wolken), und zeichnet seine Entscheidungsgrenze über die Ebene. ${TASK_CHOICE}`,
      mnist: `Handgeschriebene Ziffern: Das Modell lernt, 28 × 28-Bilder der Ziffern 0–9 zu erkennen (10.000 echte MNIST-Bilder). ${TASK_CHOICE}`,
      regress1d: `Kurvenanpassung: Das Modell lernt eine Zahl y aus einer Zahl x anhand verrauschter Punkte einer Funktion (eine Regression mit dem mittleren quadratischen Fehler als Verlustfunktion) und zeichnet die angepasste Kurve. ${TASK_CHOICE}`,
      names: `Namen: Ein winziges Sprachmodell lernt, Vornamen Zeichen für Zeichen zu schreiben, indem es jedes nächste Zeichen aus den vorherigen vorhersagt. ${TASK_CHOICE}`,
      other: `Eigene Daten: Das Modell lernt die gewählte Spalte einer CSV-Datei oder selbst gezeichneter Punkte, als Klassen oder als Zahl. ${TASK_CHOICE}`,
    },
  },
  dataset:
    'Welches 2-D-Muster das Modell lernt: zwei Kreise, eine Spirale, XOR (gegenüberliegende Quadranten) oder zwei Gauß-Wolken; die Spirale ist am schwersten. Erfordert einen Reset.',
  dataId:
    'Auf welchem Ihrer Datensätze der Lauf trainiert: der Inhalts-Hash der Tabelle (16 Hexadezimalziffern), sodass ein Link, ein Checkpoint und ein Neuladen dieselben Daten meinen. Er wird gesetzt, wenn Sie unten eine CSV-Datei laden oder Punkte zeichnen; leer bedeutet das Iris-Beispiel. Erfordert einen Reset.',
  digits:
    'Mit welchen MNIST-Ziffern der Lauf trainiert und bewertet wird: allen zehn oder nur 0 bis 4 (das Modell behält seine zehn Ausgaben). Ein 0–4-Lauf, der aus einem Checkpoint eines Laufs mit zehn Ziffern startet (Feinabstimmen in der Checkpoint-Liste), ist Feinabstimmung (Fine-Tuning): Jede Schicht passt und wird kopiert, er beginnt also mit dem, was der Elternlauf gelernt hat. Erfordert einen Reset.',
  function:
    'Die Kurve, die das Regressionsmodell anpasst: eine Sinuswelle, eine Stufe (ein Sprung bei x = 0, schwer für ein glattes Netz) oder das Polynom x³ − x. Erfordert einen Reset.',
  model: {
    byModel: {
      mlp: 'MLP: Jedes Pixel speist jedes Neuron einer Dense-Schicht; schnell und ≈ 97 % auf MNIST. Die andere Wahl ist das CNN: weniger Parameter, aber weit mehr Rechenarbeit pro Beispiel. Erfordert einen Reset.',
      cnn: 'CNN: 5×5-Filter gleiten über das Bild, sodass derselbe Kantendetektor überall wirkt; weniger Parameter als das MLP, aber weit mehr Rechenarbeit pro Beispiel. Die andere Wahl ist das MLP, bei dem jedes Pixel jedes Neuron einer Dense-Schicht speist. Erfordert einen Reset.',
      charMlp:
        'MLP: Die aneinandergehängten Embeddings der letzten k Zeichen speisen Dense-Schichten (Bengio et al. 2003). Die andere Wahl ist ein Transformer, die Architektur von GPT im Kleinen. Erfordert einen Reset.',
      transformer:
        'Transformer: Jede Position richtet ihre Aufmerksamkeit auf die früheren (kausale Self-Attention), die Architektur von GPT im Kleinen. Die andere Wahl ist das MLP von Bengio et al. über die aneinandergehängten Embeddings der letzten k Zeichen. Erfordert einen Reset.',
    },
  },
  noise: {
    byTask: {
      regress1d:
        'Standardabweichung des Gaußschen Rauschens, das zu jedem y addiert wird; 0–0,2 lässt die Kurve klar erkennen, größere Werte verstecken sie zwischen den Punkten. Erfordert einen Reset.',
      other:
        'Standardabweichung des Gaußschen Rauschens, das zu jeder Koordinate addiert wird; 0–0,2 lässt das Muster klar erkennen, größere Werte verwischen die Klassen ineinander. Erfordert einen Reset.',
    },
  },
  points:
    'Wie viele Punkte insgesamt erzeugt werden, Training und Validierung zusammen; 200–1.000 genügen, mehr verlängern jede Epoche. Erfordert einen Reset.',
  validationSplit: {
    byTask: {
      mnist:
        'Anteil der 9.000 Ziffern, der für die Validierung zurückgehalten und nie trainiert wird; weitere feste 1.000 bilden die Testmenge. Üblich sind 0,1–0,3. Erfordert einen Reset.',
      names:
        'Anteil der Namen (nicht der Paare), der für die Validierung zurückgehalten wird, sodass kein Validierungsname halb im Training gesehen wird; weitere feste 10 % bilden die Testmenge. Üblich sind 0,1–0,3. Erfordert einen Reset.',
      table:
        'Anteil der Zeilen, der für die Validierung zurückgehalten und nie trainiert wird; üblich sind 0,1–0,3. Erfordert einen Reset.',
      other:
        'Anteil der Punkte, der für die Validierung zurückgehalten und nie trainiert wird; üblich sind 0,1–0,3. Erfordert einen Reset.',
    },
  },
  loadLatency:
    'Eine simulierte Ladezeit pro Batch in Millisekunden: Der Worker wartet wirklich so lange, während er jeden Batch erzeugt, als kämen die Daten von einer langsamen Festplatte oder über ein langsames Netz. Das Datenpanel zeigt jede Stufe der Pipeline mit ihrer gemessenen Zeit und welchen Anteil jedes Schritts das Gerät auf Daten wartet (seinen Leerlaufanteil). 0 lädt sofort. Ändert, wann Batches ankommen, nie welche: Die Verluste bleiben gleich. Wirkt sofort.',
  prefetch:
    'Prefetching (prefetch in tf.data, prefetch_factor im DataLoader von PyTorch): Ausgeschaltet wartet jeder Schritt, bis sein Batch geladen ist, und das Gerät steht so lange still. Eingeschaltet werden die nächsten 1 oder 2 Batches geladen, während der aktuelle Schritt rechnet, sodass Laden und Rechnen sich überlappen und der Leerlaufanteil sinkt (auf 0, wenn ein Schritt länger dauert als das Laden eines Batches). Die Batches und ihre Reihenfolge bleiben genau gleich. Wirkt sofort.',
  hiddenLayers: {
    byTask: {
      classify2d:
        'Anzahl der verborgenen Schichten zwischen Eingabe und Ausgabe; 0 ergibt einen linearen Klassifikator (eine gerade Grenze), 1–3 genügen für diese Muster. Erfordert einen Reset.',
      mnist:
        'Anzahl der verborgenen Schichten zwischen den 784 Pixeln und der Ausgabe; 0 ergibt einen linearen Klassifikator, 1–2 genügen für Ziffern. Erfordert einen Reset.',
      regress1d:
        'Anzahl der verborgenen Schichten zwischen x und der Ausgabe; 0 passt eine Gerade an (lineare Regression), 1–3 können diesen Kurven folgen. Erfordert einen Reset.',
      names:
        'Dense-Schichten zwischen den aneinandergehängten Embeddings und der Ausgabe; 1 ist Bengios Modell, mehr hilft bei Namen selten. Erfordert einen Reset.',
      other: {
        byLoss: {
          crossEntropy:
            'Anzahl der verborgenen Schichten zwischen den Eingabespalten und der Ausgabe; 0 ergibt einen linearen Klassifikator, 1–3 passen zu den meisten kleinen Tabellen. Erfordert einen Reset.',
          mse: 'Anzahl der verborgenen Schichten zwischen den Eingabespalten und der Ausgabe; 0 ergibt eine lineare Regression, 1–3 passen zu den meisten kleinen Tabellen. Erfordert einen Reset.',
        },
      },
    },
  },
  context:
    'Wie viele vorherige Zeichen das Modell sieht, wenn es das nächste vorhersagt (k, die Blockgröße); üblich sind hier 3–8. Namen, die kürzer als der Kontext sind, werden mit dem Start-Token ‚.‘ aufgefüllt. Erfordert einen Reset.',
  embedding: {
    byModel: {
      transformer:
        'Wie viele Zahlen jedes Zeichen darstellen (d): die Zeilen der Embedding-Tabelle, gelernt wie jedes Gewicht. Zugleich die Breite des Residualstroms, den alle Schichten teilen. Erfordert einen Reset.',
      other:
        'Wie viele Zahlen jedes Zeichen darstellen (d): die Zeilen der Embedding-Tabelle, gelernt wie jedes Gewicht. Die Dense-Schichten sehen die k · d Zahlen des Kontexts. Erfordert einen Reset.',
    },
  },
  heads:
    'Attention-Heads jedes Transformer-Blocks: Jeder Head richtet seine Aufmerksamkeit mit eigenen Queries und Keys über d / Heads Dimensionen, daher muss die Embedding-Größe ein Vielfaches davon sein. Erfordert einen Reset.',
  blocks:
    'Wie viele Blöcke aus Attention + MLP der Transformer stapelt; 1–2 trainieren im Browser in unter einer Minute. Erfordert einen Reset.',
  temperature:
    'Teilt die Logits vor der Softmax, wenn bei jeder Evaluierung Namen gezogen werden: unter 1 werden die wahrscheinlichen Buchstaben bevorzugt (sicherere, eintönigere Namen), über 1 wird die Verteilung flacher (überraschendere, öfter falsch geschriebene Namen). Ändert das Training nicht. Wirkt sofort.',
  units: {
    byTask: {
      classify2d:
        'Neuronen in jeder verborgenen Schicht; 4–16 genügen hier, mehr Neuronen können komplexere Grenzen anpassen, trainieren aber langsamer. Erfordert einen Reset.',
      mnist:
        'Neuronen in jeder verborgenen Schicht; 64–256 sind für Ziffern üblich, weniger kosten Genauigkeit, mehr trainieren langsamer. Erfordert einen Reset.',
      regress1d:
        'Neuronen in jeder verborgenen Schicht; 8–32 können diesen Kurven folgen, mehr Neuronen passen mehr Schlenker an (auch das Rauschen), trainieren aber langsamer. Erfordert einen Reset.',
      names:
        'Neuronen in jeder verborgenen Schicht; 64–200 sind für Namen üblich. Mehr Neuronen passen die Trainingsnamen besser an und können sich ihnen überanpassen. Erfordert einen Reset.',
      other:
        'Neuronen in jeder verborgenen Schicht; 8–64 passen zu den meisten kleinen Tabellen, mehr können komplexere Zusammenhänge anpassen, trainieren aber langsamer und passen sich früher über. Erfordert einen Reset.',
    },
  },
  activation: {
    byModel: {
      cnn: 'Die Nichtlinearität nach jeder Faltung: ReLU ist die übliche Wahl für Bilder, tanh funktioniert auch, Sigmoid sättigt leicht, und linear macht das ganze Netz linear. Erfordert einen Reset.',
      charMlp:
        'Die Nichtlinearität der verborgenen Schichten: tanh wie in Bengios Modell; ReLU ist billig, aber Neuronen können bei 0 „sterben“; Sigmoid sättigt leicht, und linear macht das Netz linear. Erfordert einen Reset.',
      transformer:
        'Die Nichtlinearität des MLP in jedem Transformer-Block: ReLU wie in den meisten Transformern, oder tanh; Sigmoid sättigt leicht, und linear lässt die Attention als einzige Nichtlinearität übrig. Erfordert einen Reset.',
      other:
        'Die Nichtlinearität nach jeder verborgenen Schicht: tanh ist ein guter Standard; ReLU ist billig, aber Neuronen können bei 0 „sterben“; Sigmoid sättigt leicht, und linear macht das ganze Netz linear. Erfordert einen Reset.',
    },
  },
  initializer:
    'Wie die Anfangsgewichte gezogen werden: Glorot passt zu tanh und Sigmoid, He zu ReLU; eine kleine Normalverteilung lässt tiefe Netze mit verblassenden Signalen starten, und Nullen lassen alle Neuronen gleich (das Symmetrieproblem). Erfordert einen Reset.',
  optimizer:
    'Die Aktualisierungsregel: Adam passt die Schrittweite pro Parameter an und ist ein robuster Standard (η ≈ 0,001–0,03); AdamW ist Adam mit entkoppeltem Weight Decay; einfaches SGD braucht ein größeres η (≈ 0,05–1); Momentum (wahlweise nach Nesterov) und RMSprop liegen dazwischen. Erfordert einen Reset, der den Optimiererzustand löscht.',
  nesterov:
    'Nesterov-Momentum nimmt den Gradienten dort, wohin die Geschwindigkeit die Gewichte gleich tragen wird (nesterov=True in PyTorch: w ← w − η(g + μv) mit v ← μv + g), was Überschießen dämpft. Aus ist klassisches Momentum. Erfordert einen Reset, der den Optimiererzustand löscht.',
  weightDecay:
    'Zieht jedes Gewicht bei jedem Schritt in Richtung 0. Mit SGD, Momentum, RMSprop und Adam ist es ein L2-Strafterm, der zum Gradienten addiert wird (g + λw); mit AdamW ist es entkoppelt (w ← w(1 − ηλ)), was es erst mit Adam wirksam macht. 0 schaltet es ab; 0,01 ist der Standard von AdamW. Wirkt sofort, ab dem nächsten Schritt.',
  accumulation:
    'Gradientenakkumulation: Jeder Optimiererschritt summiert die Gradienten so vieler Mikro-Batches (jeder Verlust durch ihre Zahl geteilt) vor einer Aktualisierung, sodass der effektive Batch Batch-Größe × Mikro-Batches ist, mit dem Speicher eines Mikro-Batches. 1 schaltet sie ab; max. Schritte zählt Optimiererschritte. Erfordert einen Reset, wie die Batch-Größe.',
  workers:
    'Datenparallelität, simuliert (PyTorch DistributedDataParallel): Der Batch wird in so viele gleich große Teile (Shards) geteilt, einer pro Worker. Jeder Worker ist eine Replik mit denselben Gewichten: Er rechnet Vorwärts- und Rückwärtsdurchlauf allein auf seinem Shard; dann mittelt ein All-Reduce die Gradienten der Worker (nach Shard-Größe gewichtet, sodass das Ergebnis der Gradient des ganzen Batches ist), und eine Gewichtsaktualisierung gilt für alle. Die Batch-Größe ist der globale Batch und muss durch die Worker-Zahl teilbar sein. 1 schaltet sie ab. Erfordert einen Reset, wie die Batch-Größe.',
  gradCheckpoint:
    'Gradient Checkpointing (PyTorch torch.utils.checkpoint): Der Trainingsdurchlauf behält nur die Ausgaben von Gruppen aus ⌈√L⌉ verborgenen Schichten, nicht die Aktivierungen darin; der Rückwärtsdurchlauf rechnet den Vorwärtsdurchlauf jeder Gruppe von ihrer gespeicherten Eingabe aus noch einmal, um sie zurückzugewinnen. Die Gradienten bleiben gleich; der Speicher für Aktivierungen schrumpft, und jeder Schritt kostet etwa einen Vorwärtsdurchlauf mehr. Nur das MLP aus Dense-Schichten hat es; bei einem anderen Modell sagt das Feld es. Erfordert einen Reset.',
  lrSchedule:
    'Wie sich die Lernrate über den Lauf ändert: konstant, Stufenabfall, exponentieller Abfall, Kosinus-Annealing, lineares Warm-up und dann Kosinus, One-Cycle oder Senken bei Plateau (verringert, wenn der Validierungsverlust stagniert). Das Diagramm darunter zeigt den Verlauf über die geplanten Schritte. Wirkt sofort: Ein neuer Zeitplan übernimmt ab dem nächsten Schritt, mit der Rate, die er für diesen Schritt ergibt.',
  warmupSteps:
    'Schritte des linearen Warm-ups von fast 0 bis zur Lernrate, vor dem Kosinusabfall zur minimalen Lernrate; es verhindert, dass die ersten, großen und verrauschten Gradienten die Gewichte weit wegwerfen (Adams zweite Momente sind dann noch unzuverlässig). Muss kleiner sein als die geplanten Schritte. Wirkt sofort.',
  lrStepSize:
    'Der Stufenabfall multipliziert die Lernrate alle so viele Schritte mit Gamma (step_size von PyTorch StepLR). Wirkt sofort.',
  lrGamma:
    'Der Faktor, mit dem der Stufenabfall die Lernrate nach jeder Schrittweite multipliziert (gamma von PyTorch StepLR), z. B. 0,1 oder 0,5. Wirkt sofort.',
  lrDecaySteps:
    'Der exponentielle Abfall multipliziert die Lernrate einmal pro so viele Schritte mit der Abklingrate, dazwischen gleitend: η · rate^(Schritt / Abklingschritte) (Keras ExponentialDecay). Wirkt sofort.',
  lrDecayRate:
    'Der Faktor pro Abklingschritte des exponentiellen Abfalls, z. B. 0,96; 1 hält die Rate konstant. Wirkt sofort.',
  lrPctStart:
    'One-Cycle steigt über diesen Anteil der geplanten Schritte von η / Startteiler bis zur Lernrate (seinem Gipfel) und fällt für den Rest weit unter den Start, während sich das Momentum gegenläufig bewegt (pct_start von PyTorch OneCycleLR, Standard 0,3). Wirkt sofort.',
  lrDivFactor:
    'One-Cycle beginnt bei der Lernrate geteilt durch diesen Wert (div_factor von PyTorch OneCycleLR, Standard 25) und endet noch 10.000-mal tiefer. Wirkt sofort.',
  plateauFactor:
    'Senken bei Plateau multipliziert die Lernrate mit diesem Faktor, wenn sich der Validierungsverlust „Plateau-Geduld“ Evaluierungen lang nicht verbessert hat (Keras ReduceLROnPlateau, Standard 0,1). Wirkt sofort.',
  plateauPatience:
    'Wie viele Evaluierungen ohne Verbesserung des Validierungsverlusts (um mehr als 0,0001) Senken bei Plateau abwartet, bevor es die Lernrate senkt; in Evaluierungen gezählt, hängt also vom Evaluierungsintervall ab. Wirkt sofort.',
  plateauCooldown:
    'Evaluierungen nach einer Senkung, in denen Senken bei Plateau keine Stagnation zählt, damit die gesenkte Rate Zeit zum Wirken bekommt (cooldown in Keras); 0 schaltet es ab. Wirkt sofort.',
  lrMin:
    'Die niedrigste Lernrate, zu der der Zeitplan geht: wo das Kosinus-Annealing endet, und die Untergrenze von Senken bei Plateau. Darf die Lernrate nicht übersteigen; 0 ist der übliche Standard. Wirkt sofort.',
  clipping:
    'Gradient Clipping begrenzt die Aktualisierung, wenn ein Gradient explodiert: nach globaler Norm skaliert es alle Gradienten gemeinsam, wenn ‖g‖ die maximale Norm übersteigt, sodass ihre Richtung erhalten bleibt (PyTorch clip_grad_norm_); nach Wert schneidet es jedes Element auf [−c, c] ab, was die Richtung drehen kann. Wirkt sofort, ab dem nächsten Schritt.',
  clipNorm:
    'Die größte globale Gradientennorm ‖g‖₂ (über alle Parameter), die ein Schritt verwenden darf; größere Gradienten werden mit max. Norm / ‖g‖ skaliert. 1 ist üblich (Training im GPT-Stil); beobachten Sie die Gradientennorm, um den Wert zu wählen. Wirkt sofort.',
  clipValue:
    'Jedes Element des Gradienten wird auf [−Wert, Wert] begrenzt (PyTorch clip_grad_value_, Keras clipvalue); z. B. 1. Wirkt sofort.',
  precision:
    'Gemischte Genauigkeit speichert Aktivierungen und Gradienten in 16 Bit und behält fp32-Hauptgewichte: fp16 hat einen engen Bereich (kleine Gradienten werden zu 0, daher braucht es Loss-Skalierung), bf16 hat den Bereich von fp32, aber nur 8 signifikante Bits. Hier simuliert: Der Browser rechnet in fp32, und Werte werden dort auf fp16 oder bf16 gerundet, wo ein echter Lauf sie speichern würde. Erfordert einen Reset.',
  lossScaling:
    'Nur fp16: Dynamische Loss-Skalierung multipliziert den Verlust vor dem Backward Pass mit einer großen Skala, damit kleine Gradienten darstellbar bleiben, teilt die Gradienten vor Clipping und Aktualisierung wieder dadurch und überspringt einen Schritt (und halbiert die Skala), wenn ein Gradient zu Inf oder NaN überläuft, wie GradScaler in PyTorch. Aus zeigt, was Unterlauf bewirkt. Erfordert einen Reset.',
  initScale:
    'Die Loss-Skala des ersten Schritts (init_scale von PyTorch GradScaler, 65.536 = 2¹⁶); zu groß kostet einige übersprungene Schritte, während sie sich halbiert, zu klein lässt Gradienten unterlaufen. Erfordert einen Reset.',
  growthInterval:
    'Nach so vielen Schritten in Folge ohne Überlauf verdoppelt sich die Loss-Skala (growth_interval von GradScaler, Standard 2.000), sodass sie nach der größten sicheren Skala tastet. Erfordert einen Reset.',
  learningRate:
    'Schrittweite η jeder Aktualisierung: 0,001–0,05 mit Adam oder RMSprop und 0,05–1 mit SGD; eine zu große Lernrate lässt den Verlust springen oder zu NaN divergieren. Wirkt sofort, ab dem nächsten Schritt.',
  batchSize:
    'Beispiele pro Trainingsschritt (Batch-Größe); kleine Batches (8–32) geben verrauschte, aber häufige Aktualisierungen, große (64–512) glattere, aber weniger Aktualisierungen pro Epoche. Erfordert einen Reset.',
  maxSteps:
    'Der Lauf endet nach so vielen Optimiererschritten (Aktualisierungen); 1.000–5.000 genügen für diese Datensätze. Wirkt sofort.',
  maxEpochs:
    'Der Lauf endet nach so vielen Durchläufen durch die Trainingsmenge; was von maximalen Schritten und maximalen Epochen zuerst erreicht wird, beendet den Lauf. Wirkt sofort.',
  maxTime:
    'Der Lauf endet nach so vielen Sekunden Training (Zeit in Phasen und im Laufmodus, keine Leerlaufzeit), wie max_time in Lightning; 0 schaltet diese Grenze ab. Wirkt sofort.',
  targetMetric: {
    byLoss: {
      crossEntropy:
        'Welche Metrik das Ziel beobachtet: val_loss beendet den Lauf, sobald sie auf das Ziel oder darunter fällt, val_accuracy, sobald sie auf das Ziel oder darüber steigt. Wirkt sofort.',
      mse: 'Welche Metrik das Ziel beobachtet: val_loss, der mittlere quadratische Fehler auf den Validierungsdaten, beendet den Lauf, sobald er auf das Ziel oder darunter fällt. Wirkt sofort.',
    },
  },
  target: {
    byLoss: {
      crossEntropy:
        'Beendet den Lauf, sobald die Zielmetrik diesen Wert erreicht (z. B. 0,05 für val_loss, 0,95 für val_accuracy), wie stopping_threshold in Lightning; 0 schaltet dieses Kriterium ab. Wirkt sofort.',
      mse: 'Beendet den Lauf, sobald val_loss, der mittlere quadratische Fehler auf den Validierungsdaten, auf diesen Wert fällt (in Einheiten von y zum Quadrat, z. B. 0,02), wie stopping_threshold in Lightning; 0 schaltet dieses Kriterium ab. Wirkt sofort.',
    },
  },
  evalInterval:
    'Im Laufmodus wird alle so viele Schritte auf der Validierungsmenge evaluiert; 10–100 ist typisch, denn jede Evaluierung kostet einen Durchlauf durch die Validierungsmenge und ein Zurücklesen. Wirkt sofort.',
  checkpointInterval:
    'Im Laufmodus wird alle so viele Schritte ein Checkpoint gespeichert; 100–1.000 ist typisch. Wirkt sofort.',
  earlyStopping:
    'Beendet den Lauf, wenn sich die überwachte Metrik seit „Geduld“ Evaluierungen in Folge nicht verbessert hat, wie EarlyStopping in Keras. Wirkt sofort.',
  monitor: {
    byLoss: {
      crossEntropy:
        'Die Metrik, die Early Stopping und die Divergenzschwelle beobachten, mit dem Namen aus Keras: val_loss (Validierungsverlust) oder val_accuracy. Ein Wechsel beginnt die Zählung des Early Stopping von vorn. Wirkt sofort.',
      mse: 'Die Metrik, die Early Stopping und die Divergenzschwelle beobachten, mit dem Namen aus Keras: val_loss, der mittlere quadratische Fehler auf den Validierungsdaten. Ein Wechsel beginnt die Zählung des Early Stopping von vorn. Wirkt sofort.',
    },
  },
  mode: {
    byLoss: {
      crossEntropy:
        'Ob niedrigere (min) oder höhere (max) Werte der überwachten Metrik besser sind; auto minimiert wie in Keras einen Verlust und maximiert eine Genauigkeit. Wirkt sofort.',
      mse: 'Ob niedrigere (min) oder höhere (max) Werte der überwachten Metrik besser sind; auto minimiert wie in Keras einen Verlust wie val_loss. Wirkt sofort.',
    },
  },
  minDelta:
    'Eine Evaluierung zählt nur dann als Verbesserung, wenn sie den besten Wert um mehr als diesen Betrag schlägt (min_delta in Keras), z. B. 0,001; 0 zählt jede Verbesserung. Wirkt sofort.',
  patience:
    'Wie viele Evaluierungen ohne Verbesserung Early Stopping duldet (Geduld), gezählt in Evaluierungen (wie in Lightning), nicht in Epochen; 5–20 ist typisch. Wirkt sofort.',
  baseline:
    'Die Baseline aus Keras: Die Zählung der Evaluierungen ohne Verbesserung wird nur durch einen Wert zurückgesetzt, der auch diesen schlägt, sodass ein Lauf, der nie besser wird, nach „Geduld“ Evaluierungen endet; 0 schaltet sie ab. Wirkt sofort.',
  restoreBest:
    'restore_best_weights aus Keras: Hält eine Kopie der Gewichte der besten Evaluierung und stellt sie wieder her, wenn Early Stopping den Lauf beendet (Keras 3 tut das auch, wenn das Training aus einem anderen Grund endet; hier nur Early Stopping). Wirkt sofort.',
  divergenceThreshold: {
    byLoss: {
      crossEntropy:
        'divergence_threshold aus Lightning: Beendet den Lauf, sobald die überwachte Metrik schlechter als dieser Wert ist (ein val_loss darüber oder eine val_accuracy darunter), z. B. 5; 0 schaltet sie ab. Wirkt sofort.',
      mse: {
        byTask: {
          table:
            'divergence_threshold aus Lightning: Beendet den Lauf, sobald der überwachte val_loss über diesen Wert steigt; 0 schaltet sie ab. Für eine vorherzusagende Zahl ist val_loss der mittlere quadratische Fehler des standardisierten Ziels, etwa 1 für ein Modell, das immer den Mittelwert vorhersagt, in welchen Einheiten das Ziel auch gemessen ist: z. B. 5. Wirkt sofort.',
          other:
            'divergence_threshold aus Lightning: Beendet den Lauf, sobald der überwachte val_loss (der mittlere quadratische Fehler auf den Validierungsdaten) über diesen Wert steigt, z. B. 5; 0 schaltet sie ab. Wirkt sofort.',
        },
      },
    },
  },
  stopOnNonFinite:
    'Beendet den Lauf, wenn der Trainings- oder Validierungsverlust NaN oder ±∞ wird, wie TerminateOnNaN in Keras und check_finite in Lightning: danach ist jeder Schritt verschwendet. Wirkt sofort.',
  keepCheckpoints:
    'Aufbewahrung: wie viele der jüngsten Checkpoints eines Laufs behalten werden; der mit dem besten Validierungsverlust bleibt zusätzlich erhalten. Ältere werden gelöscht. Wirkt sofort.',
  autoResume:
    'Wenn der Worker abstürzt, das GPU-Gerät verloren geht, die Seite neu lädt oder die Gewichte NaN werden, startet die Engine vom letzten guten Checkpoint neu und macht weiter. Aus: Der Lauf endet und nennt den Grund. Wirkt sofort.',
  readbackInterval:
    'Im Laufmodus wird der Trainingsverlust alle so viele Schritte von der GPU auf die Seite kopiert; jedes Zurücklesen lässt die CPU auf die GPU warten, daher läuft 10–50 schneller als 1, und ein NaN-Verlust fällt erst beim Zurücklesen auf. Wirkt sofort.',
  seed: 'Startwert des Zufallsgenerators hinter den Daten, den Anfangsgewichten und dem Mischen: Derselbe Seed mit denselben Einstellungen wiederholt denselben Lauf. Erfordert einen Reset.',
};
