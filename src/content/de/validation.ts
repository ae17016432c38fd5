/** Was die Seitenleiste zu einem ungültigen Wert sagt, auf Deutsch (siehe src/config/schema.ts). */
import type { ValidationTexts } from '../types';

export const validation: ValidationTexts = {
  required: (label) => `„${label}“ muss ausgefüllt sein.`,
  notANumber: (label) => `„${label}“ muss eine Zahl sein.`,
  notation: (label) =>
    `„${label}“ muss in Dezimalziffern geschrieben werden (z. B. 16, nicht 0x10, 0o20 oder 0b10000).`,
  // Zahlen in Feldern, URL und CSV-Dateien haben einen Dezimalpunkt: „0,5“ landet hier.
  separator: (label) =>
    `„${label}“ wird mit Dezimalpunkt und ohne Zifferntrennzeichen geschrieben (z. B. 0.5 oder 1000, nicht 0,5, 1_000 oder 1,000).`,
  wholeNumber: (label) => `„${label}“ muss eine ganze Zahl sein.`,
  choose: (values) => `Wählen Sie eines von: ${values.join(', ')}.`,
  dataId:
    'Die Kennung eines Datensatzes besteht aus 16 Hexadezimalziffern: Laden Sie stattdessen eine CSV-Datei oder zeichnen Sie Punkte.',
  bounds: {
    noise: {
      min: 'Das Rauschen kann nicht negativ sein.',
      max: 'Rauschen über 1 verdeckt das Muster völlig; höchstens 1.',
    },
    points: {
      min: 'Verwenden Sie mindestens 20 Punkte.',
      max: 'Höchstens 20.000 Punkte passen bequem in einen Browser-Tab.',
    },
    validationSplit: {
      min: 'Halten Sie mindestens 5 % der Punkte für die Validierung zurück.',
      max: 'Behalten Sie mindestens die Hälfte der Punkte für das Training (höchstens 0,5).',
    },
    loadLatency: {
      min: 'Die Ladezeit kann nicht negativ sein (0 lädt sofort).',
      max: 'Höchstens 2.000 ms pro Batch.',
    },
    hiddenLayers: {
      min: 'Die Zahl der verborgenen Schichten kann nicht negativ sein.',
      max: 'Höchstens 8 verborgene Schichten.',
    },
    units: {
      min: 'Eine Schicht braucht mindestens 1 Neuron.',
      max: 'Höchstens 256 Neuronen pro Schicht.',
    },
    context: {
      min: 'Das Modell braucht mindestens 1 Zeichen Kontext.',
      max: 'Höchstens 16 Zeichen Kontext (die längsten Namen haben 15).',
    },
    embedding: {
      min: 'Verwenden Sie mindestens 2 Zahlen pro Zeichen.',
      max: 'Höchstens 128 Zahlen pro Zeichen.',
    },
    heads: {
      min: 'Attention braucht mindestens 1 Head.',
      max: 'Höchstens 8 Heads.',
    },
    blocks: {
      min: 'Der Transformer braucht mindestens 1 Block.',
      max: 'Höchstens 4 Blöcke trainieren in vertretbarer Zeit im Browser.',
    },
    temperature: {
      min: 'Verwenden Sie eine Temperatur von mindestens 0,05 (darunter ist es fast immer die erste Wahl).',
      max: 'Höchstens 5 (darüber sind die Stichproben fast gleichverteilte Buchstaben).',
    },
    learningRate: {
      min: 'Die Lernrate muss größer als 0 sein.',
      max: 'Eine Lernrate über 10 divergiert sofort; höchstens 10.',
    },
    batchSize: {
      min: 'Die Batch-Größe muss mindestens 1 sein.',
      max: 'Höchstens 4.096 Beispiele pro Batch.',
    },
    maxSteps: {
      min: 'Die maximale Schrittzahl muss mindestens 1 sein.',
      max: 'Höchstens 1.000.000 Schritte.',
    },
    maxEpochs: {
      min: 'Die maximale Epochenzahl muss mindestens 1 sein.',
      max: 'Höchstens 100.000 Epochen.',
    },
    maxTime: {
      min: 'Die maximale Trainingszeit kann nicht negativ sein (0 schaltet sie ab).',
      max: 'Höchstens 1.000.000 Sekunden (etwa 11 Tage).',
    },
    target: { min: 'Das Ziel kann nicht negativ sein (0 schaltet es ab).' },
    evalInterval: {
      min: 'Evaluieren Sie höchstens bei jedem Schritt (1).',
      max: 'Höchstens alle 100.000 Schritte.',
    },
    checkpointInterval: {
      min: 'Speichern Sie höchstens bei jedem Schritt (1).',
      max: 'Höchstens alle 1.000.000 Schritte.',
    },
    keepCheckpoints: {
      min: 'Behalten Sie mindestens 1 Checkpoint (den jüngsten).',
      max: 'Behalten Sie höchstens 50 Checkpoints.',
    },
    minDelta: {
      min: 'Min delta kann nicht negativ sein (0 zählt jede Verbesserung).',
      max: 'Bei einem min delta über 1.000 gibt es nie eine Verbesserung; höchstens 1.000.',
    },
    patience: {
      min: 'Die Geduld kann nicht negativ sein.',
      max: 'Höchstens 10.000 Evaluierungen.',
    },
    baseline: { min: 'Die Baseline kann nicht negativ sein (0 schaltet sie ab).' },
    divergenceThreshold: {
      min: 'Die Divergenzschwelle kann nicht negativ sein (0 schaltet sie ab).',
    },
    readbackInterval: {
      min: 'Lesen Sie den Verlust höchstens bei jedem Schritt zurück (1).',
      max: 'Höchstens alle 1.000 Schritte.',
    },
    seed: {
      min: 'Der Seed muss mindestens 1 sein.',
      max: 'Der Seed muss kleiner als 2^31 sein.',
    },
    weightDecay: {
      min: 'Der Weight Decay kann nicht negativ sein (0 schaltet ihn aus).',
      max: 'Ein Weight Decay über 1 löscht die Gewichte; höchstens 1 (z. B. 0,01).',
    },
    accumulation: {
      min: 'Mindestens 1 Mikro-Batch pro Schritt (1 schaltet die Akkumulation aus).',
      max: 'Höchstens 64 Mikro-Batches pro Optimiererschritt.',
    },
    workers: {
      min: 'Mindestens 1 Worker (1 trainiert ohne Datenparallelität).',
      max: 'Höchstens 8 Worker.',
    },
    warmupSteps: {
      min: 'Die Warm-up-Schritte können nicht negativ sein (0 beginnt sofort mit dem Kosinus).',
      max: 'Höchstens 1.000.000 Warm-up-Schritte.',
    },
    lrStepSize: {
      min: 'Die Lernrate kann höchstens bei jedem Schritt (1) fallen.',
      max: 'Höchstens alle 1.000.000 Schritte.',
    },
    lrGamma: {
      min: 'Gamma muss größer als 0 sein.',
      max: 'Ein Gamma über 1 lässt die Lernrate wachsen; höchstens 1.',
    },
    lrDecaySteps: {
      min: 'Die Abklingschritte müssen mindestens 1 sein.',
      max: 'Höchstens 1.000.000 Abklingschritte.',
    },
    lrDecayRate: {
      min: 'Die Abklingrate muss größer als 0 sein.',
      max: 'Eine Abklingrate über 1 lässt die Lernrate wachsen; höchstens 1.',
    },
    lrPctStart: {
      min: 'Der steigende Anteil muss größer als 0 sein.',
      max: 'Der steigende Anteil muss kleiner als 1 sein, damit die Rate wieder fallen kann.',
    },
    lrDivFactor: {
      min: 'Der Startteiler muss mindestens 1 sein (der Zyklus beginnt bei lr / Teiler).',
      max: 'Höchstens 10.000.',
    },
    plateauFactor: {
      min: 'Der Plateau-Faktor muss größer als 0 sein.',
      max: 'Der Plateau-Faktor muss kleiner als 1 sein, sonst fällt die Rate nie.',
    },
    plateauPatience: {
      min: 'Die Plateau-Geduld kann nicht negativ sein.',
      max: 'Höchstens 10.000 Evaluierungen.',
    },
    plateauCooldown: {
      min: 'Die Abkühlzeit kann nicht negativ sein (0 schaltet sie aus).',
      max: 'Höchstens 10.000 Evaluierungen.',
    },
    lrMin: { min: 'Die minimale Lernrate kann nicht negativ sein.' },
    clipNorm: {
      min: 'Die maximale Gradientennorm muss größer als 0 sein (oder schalten Sie das Clipping aus).',
      max: 'Höchstens 1.000.000.',
    },
    clipValue: {
      min: 'Der maximale Gradientenwert muss größer als 0 sein (oder schalten Sie das Clipping aus).',
      max: 'Höchstens 1.000.000.',
    },
    initScale: {
      min: 'Die anfängliche Loss-Skalierung muss größer als 0 sein.',
      max: 'Höchstens 2³² (4.294.967.296).',
    },
    growthInterval: {
      min: 'Die Skalierung kann höchstens bei jedem Schritt (1) wachsen.',
      max: 'Höchstens alle 1.000.000 Schritte.',
    },
  },
  batchTooLarge: (batchSize, examples) =>
    `Die Batch-Größe (${batchSize}) ist größer als die Trainingsmenge (${examples} Beispiele).`,
  effectiveBatchTooLarge: (batchSize, accumulation, effective, examples, most) =>
    `Der effektive Batch (Batch-Größe ${batchSize} × ${accumulation} Mikro-Batches = ${effective}) ist größer als die Trainingsmenge (${examples} Beispiele): Akkumulieren Sie höchstens ${most}.`,
  workersSplit: (batchSize, workers, below, above) =>
    `Die Batch-Größe (${batchSize}) lässt sich nicht gleichmäßig auf ${workers} Worker aufteilen: Jeder Worker erhält Batch-Größe ÷ Worker Beispiele. Verwenden Sie eine Batch-Größe von ${below ? `${below} oder ` : ''}${above} oder eine Worker-Zahl, die ${batchSize} teilt.`,
  warmupTooLong: (warmupSteps, total) =>
    `Das Warm-up (${warmupSteps} Schritte) ist nicht kürzer als der Lauf (${total} geplante Schritte): Verwenden Sie weniger Warm-up-Schritte oder mehr Schritte.`,
  lrMinAboveRate: (lrMin, learningRate) =>
    `Die minimale Lernrate (${lrMin}) liegt über der Lernrate (${learningRate}): Der Zeitplan würde sie anheben. Höchstens die Lernrate.`,
  riseUnderOneStep: (pctStart, total) =>
    `Der Anstieg dauert ${pctStart} × ${total} geplante Schritte, weniger als einen Schritt: Verwenden Sie einen größeren Anteil oder mehr Schritte.`,
  decayErases: (factor, limit) =>
    `AdamW multipliziert die Gewichte bei jedem Schritt mit 1 − Lernrate × Weight Decay = ${factor} und löscht sie damit: Verwenden Sie einen Weight Decay unter ${limit}.`,
  modelNotOffered: (models) => `Diese Aufgabe bietet: ${models.join(', ')}.`,
  checkpointMlpOnly:
    'Gradient Checkpointing gibt es nur für das MLP, nicht für das CNN, den Transformer oder das Zeichenmodell der Namen: Schalten Sie es für dieses Modell aus.',
  headsSplit: (embedding) =>
    `Die Embedding-Größe (${embedding}) muss sich gleichmäßig auf die Heads aufteilen: Verwenden Sie einen Teiler davon.`,
  noAccuracy: 'Eine Regression hat keine Genauigkeit: Verwenden Sie val_loss.',
  accuracyTarget: 'Ein Genauigkeitsziel ist ein Anteil: höchstens 1 (z. B. 0,95).',
  accuracyBaseline: 'Eine Genauigkeits-Baseline ist ein Anteil: höchstens 1 (z. B. 0,8).',
  accuracyDivergence:
    'Bei überwachter val_accuracy endet der Lauf, wenn die Genauigkeit unter diesen Wert fällt: höchstens 1.',
};
