/** Die Wörter der Seitenleiste auf Deutsch: Felder, Optionen, Gruppen und Einheiten. */
import type { SidebarTexts } from '../types';

export const sidebar: SidebarTexts = {
  heading: 'Hyperparameter',
  fields: {
    task: {
      label: 'Aufgabe',
      options: {
        classify2d: 'Punkte in der Ebene (2 Klassen)',
        mnist: 'Handgeschriebene Ziffern (MNIST)',
        regress1d: 'Kurvenanpassung (Regression)',
        names: 'Namen (Sprachmodell auf Zeichenebene)',
        table: 'Eigene Daten (CSV oder gezeichnete Punkte)',
      },
    },
    dataset: {
      label: 'Datensatz',
      options: {
        circles: 'Zwei Kreise',
        spiral: 'Spirale',
        xor: 'XOR',
        gaussians: 'Zwei Gauß-Wolken',
      },
    },
    function: {
      label: 'Funktion',
      options: {
        sine: 'Verrauschter Sinus: sin(3x)',
        step: 'Stufe: sign(x)',
        polynomial: 'Polynom: x³ − x',
      },
    },
    digits: {
      label: 'Ziffern',
      options: {
        all: 'Alle zehn (0–9)',
        lower: 'Nur 0–4',
      },
    },
    dataId: { label: 'Datensatz' },
    noise: { label: 'Rauschen' },
    points: { label: 'Punkte' },
    validationSplit: { label: 'Validierungsanteil' },
    loadLatency: { label: 'Ladezeit pro Batch' },
    prefetch: {
      label: 'Prefetch',
      options: {
        off: 'Aus: Jeder Schritt wartet auf seinen Batch',
        '1': 'An: 1 Batch im Voraus',
        '2': 'An: 2 Batches im Voraus',
      },
    },
    model: {
      label: 'Modell',
      options: {
        mlp: 'MLP (Dense-Schichten)',
        cnn: 'CNN (zwei 5×5-Faltungen)',
        transformer: 'Transformer (kausale Self-Attention)',
      },
    },
    hiddenLayers: { label: 'Verborgene Schichten' },
    units: { label: 'Neuronen pro Schicht' },
    context: { label: 'Kontext (Zeichen)' },
    embedding: { label: 'Embedding-Größe' },
    heads: { label: 'Attention-Heads' },
    blocks: { label: 'Transformer-Blöcke' },
    temperature: { label: 'Sampling-Temperatur' },
    activation: {
      label: 'Aktivierungsfunktion',
      options: { tanh: 'tanh', relu: 'ReLU', sigmoid: 'Sigmoid', linear: 'linear' },
    },
    initializer: {
      label: 'Initialisierung',
      options: {
        glorot: 'Glorot / Xavier uniform',
        he: 'He normal',
        normal: 'Kleine Normalverteilung (σ = 0,01)',
        zeros: 'Nullen',
      },
    },
    optimizer: {
      label: 'Optimierer',
      options: {
        adam: 'Adam',
        sgd: 'SGD',
        momentum: 'SGD mit Momentum (0,9)',
        rmsprop: 'RMSprop',
        adamw: 'AdamW (entkoppelter Weight Decay)',
      },
    },
    nesterov: {
      label: 'Nesterov-Momentum',
      options: {
        off: 'Aus: klassisches Momentum',
        on: 'An: Nesterov (Vorausschau)',
      },
    },
    weightDecay: { label: 'Weight Decay' },
    // A soft hyphen: the narrow sidebar breaks the compound there.
    accumulation: { label: 'Gradienten\u00adakkumulation' },
    workers: { label: 'Worker (datenparallel)' },
    gradCheckpoint: {
      label: 'Gradient Checkpointing',
      options: {
        off: 'Aus: alle Aktivierungen behalten',
        on: 'An: im Rückwärtsdurchlauf neu berechnen',
      },
    },
    lrSchedule: {
      label: 'Lernraten-Zeitplan',
      options: {
        constant: 'Konstant',
        step: 'Stufenabfall (StepLR)',
        exponential: 'Exponentieller Abfall',
        cosine: 'Kosinus-Annealing',
        warmupCosine: 'Lineares Warm-up, dann Kosinus',
        oneCycle: 'One-Cycle',
        plateau: 'Senken bei Plateau',
      },
    },
    warmupSteps: { label: 'Warm-up-Schritte' },
    lrStepSize: { label: 'Schrittweite' },
    lrGamma: { label: 'Gamma (Faktor pro Schrittweite)' },
    lrDecaySteps: { label: 'Abklingschritte' },
    lrDecayRate: { label: 'Abklingrate (pro Abklingschritte)' },
    lrPctStart: { label: 'Steigender Anteil des Zyklus' },
    lrDivFactor: { label: 'Startteiler' },
    plateauFactor: { label: 'Plateau-Faktor' },
    plateauPatience: { label: 'Plateau-Geduld' },
    plateauCooldown: { label: 'Plateau-Abkühlzeit' },
    lrMin: { label: 'Minimale Lernrate' },
    clipping: {
      label: 'Gradient Clipping',
      options: {
        off: 'Aus',
        norm: 'Nach globaler Norm',
        value: 'Nach Wert (jedes Element)',
      },
    },
    clipNorm: { label: 'Maximale Gradientennorm' },
    clipValue: { label: 'Maximaler Gradientenwert' },
    precision: {
      label: 'Genauigkeit',
      options: {
        fp32: 'fp32 (volle Genauigkeit)',
        fp16: 'fp16 gemischte Genauigkeit (simuliert)',
        bf16: 'bf16 gemischte Genauigkeit (simuliert)',
      },
    },
    lossScaling: {
      label: 'Loss-Skalierung',
      options: {
        dynamic: 'Dynamisch (GradScaler)',
        off: 'Aus',
      },
    },
    initScale: { label: 'Anfängliche Loss-Skala' },
    growthInterval: { label: 'Wachstumsintervall der Skala' },
    learningRate: { label: 'Lernrate' },
    batchSize: { label: 'Batch-Größe' },
    maxSteps: { label: 'Max. Schritte' },
    maxEpochs: { label: 'Max. Epochen' },
    maxTime: { label: 'Max. Zeit' },
    targetMetric: {
      label: 'Zielmetrik',
      options: {
        val_loss: 'val_loss: Stopp bei oder unter dem Ziel',
        val_accuracy: 'val_accuracy: Stopp bei oder über dem Ziel',
      },
    },
    target: { label: 'Ziel' },
    evalInterval: { label: 'Evaluierungsintervall' },
    checkpointInterval: { label: 'Checkpoint-Intervall' },
    keepCheckpoints: { label: 'Behaltene Checkpoints' },
    autoResume: {
      label: 'Nach einem Fehler automatisch fortsetzen',
      options: { on: 'An: vom letzten Checkpoint neu starten', off: 'Aus: anhalten' },
    },
    earlyStopping: { label: 'Early Stopping', options: { on: 'An', off: 'Aus' } },
    monitor: {
      label: 'Early Stopping: überwachte Metrik',
      options: { val_loss: 'val_loss', val_accuracy: 'val_accuracy' },
    },
    mode: {
      label: 'Early Stopping: Modus',
      options: {
        auto: 'auto (Verlust: min, Genauigkeit: max)',
        min: 'min: niedriger ist besser',
        max: 'max: höher ist besser',
      },
    },
    minDelta: { label: 'Early Stopping: min delta' },
    patience: { label: 'Early Stopping: Geduld' },
    baseline: { label: 'Early Stopping: Baseline' },
    restoreBest: {
      label: 'Beste Gewichte wiederherstellen',
      options: {
        on: 'An: Early Stopping kehrt zur besten Evaluierung zurück',
        off: 'Aus: die letzten Gewichte behalten',
      },
    },
    divergenceThreshold: { label: 'Divergenzschwelle' },
    stopOnNonFinite: {
      label: 'Stopp bei NaN oder Inf',
      options: { on: 'An: Stopp, wenn der Verlust NaN oder ±∞ ist', off: 'Aus: weitermachen' },
    },
    readbackInterval: { label: 'Rücklese-Intervall des Verlusts' },
    seed: { label: 'Seed' },
  },
  groups: {
    Data: 'Daten',
    Model: 'Modell',
    Optimizer: 'Optimierer',
    Schedule: 'Zeitplan',
    Gradients: 'Gradienten',
    Run: 'Lauf',
  },
  units: {
    seconds: 'Sekunden',
    ms: 'ms',
    steps: 'Schritte',
    evaluations: 'Evaluierungen',
    'micro-batches': 'Mikro-Batches',
  },
  live: 'sofort',
  liveTitle: 'Wirkt sofort, während des Trainings',
  reset: 'Reset',
  resetTitle: 'Braucht ein neues Modell: wirkt beim Reset',
  pending: {
    before: (labels) => `Geändert: ${labels}. Dafür ist ein neues Modell nötig. Drücken Sie`,
    // The top bar's button keeps its English name until the top bar is translated.
    button: 'Reset',
    after: ', um die Änderung zu übernehmen.',
  },
};
