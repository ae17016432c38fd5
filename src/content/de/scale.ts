/** Texte der Ansicht „Skalierung“ (src/ui/scale/): Hardware, Speicher und Datenparallelität. */
import type { ScaleTexts } from '../types';

export const scale: ScaleTexts = {
  heading: 'Skalierung: Hardware, Speicher, viele Geräte',
  intro:
    'Was dieser Lauf auf anderer Hardware kosten würde, wohin der Speicher eines Trainingsschritts geht und was geschieht, wenn sich viele Geräte die Arbeit teilen. Alles hier ist eine Schätzung aus Formeln und Datenblattwerten, berechnet aus der Zusammenfassung dieses Modells (Parameter, Ausgabeformen der Schichten, FLOPs pro Schritt) und der Batch-Größe und dem Optimierer der Seitenleiste; gemessen ist auf dieser Ansicht nur der Wert von tf.memory() und die FLOPs des Laufs selbst.',
  estimated: 'Geschätzt, nicht gemessen',
  assumptions: 'Annahmen',
  device: 'Gerät',
  precision: 'Genauigkeit',
  precisionFp32: 'fp32',
  precisionTf32: 'tf32 (Tensor-Cores, Speicherung in fp32)',
  precisionMixed: 'gemischt fp16/bf16 (fp32-Hauptgewichte)',
  mfu: 'MFU (%)',
  workers: 'Worker N',
  link: 'Verbindung',
  zero: 'ZeRO-Stufe',
  zeroNames: [
    '0: alles repliziert',
    '1: Optimiererzustand aufteilen',
    '2: + Gradienten',
    '3: + Gewichte',
  ],
  checkpointing: 'Gradient Checkpointing',
  overlap: 'All-Reduce mit dem Backward Pass überlappen',
  modelScale: 'Modell skaliert um',
  deadline: 'Frist (Tage)',
  invalidDeadline: 'Frist: Geben Sie eine Zahl von Tagen über 0 und höchstens 3650 ein.',
  invalidMfu: 'MFU: Geben Sie einen Prozentsatz über 0 und höchstens 100 ein.',
  invalidWorkers: 'Worker: Geben Sie eine ganze Zahl von 1 bis 4096 ein.',
  sources: 'Quellen',

  // Speicher
  memoryHeading: 'Wohin der Speicher eines Schritts geht (pro Worker)',
  memoryWhat:
    'Ein Trainingsschritt hält die Gewichte, ihre Gradienten, den Zustand des Optimierers und jede Aktivierung, die der Backward Pass brauchen wird. Bytes pro Parameter: fp32 hält Gewichte 4 + Gradienten 4 + Optimiererzustand 4 pro Zustandstensor (SGD keinen, Momentum und RMSprop einen, Adam zwei). Gemischte Genauigkeit hält fp16/bf16-Gewichte 2 + Gradienten 2 + fp32-Hauptgewichte 4 + den fp32-Optimiererzustand: 16 Bytes pro Parameter für Adam (Rajbhandari et al. 2020, ZeRO). Aktivierungen wachsen mit der Batch-Größe.',
  memoryFormula: (params, perParam, states, values, batch, bytes, acts) =>
    `Zustände vor dem ZeRO-Sharding = ${params} Parameter × ${perParam} B = ${states};  Aktivierungen = ${values} Werte/Beispiel × Batch ${batch} × ${bytes} B = ${acts}`,
  activationsApprox:
    'Genähert: Die Ausgabe jeder Schicht (die Ausgabeform der Modellkarte) wird einmal pro Beispiel gehalten. Nicht gezählt: der Eingabe-Batch, Werte, die manche Schichten neben ihrer Ausgabe halten (Summen vor der Aktivierung, Pooling-Indizes, Dropout-Masken), der Arbeitsspeicher der Kernels und die Fragmentierung des Speicherverwalters.',
  kinds: {
    weights: 'Gewichte',
    grads: 'Gradienten',
    optimizer: 'Optimiererzustand',
    activations: 'Aktivierungen',
  },
  total: 'Summe',
  checkpointingWhat:
    'Gradient Checkpointing (Chen et al. 2016) behält nur die Ausgabe jeder √L-ten Schicht und berechnet den Rest im Backward Pass Abschnitt für Abschnitt neu: Der Aktivierungsspeicher fällt auf etwa die Abschnittsgrenzen plus einen Abschnitt, für etwa einen zusätzlichen Forward Pass (≈ 8N statt 6N FLOPs pro Beispiel).',
  zeroWhat:
    'ZeRO (Rajbhandari et al. 2020) verhindert, dass N datenparallele Worker jeweils eine volle Kopie halten: Stufe 1 teilt den Optimiererzustand (mit den Hauptgewichten) in N Teile, Stufe 2 auch die Gradienten, Stufe 3 auch die Gewichte, um den Preis von mehr Kommunikation (Stufe 3 sammelt die Gewichte für jede Schicht ein).',
  measuredHeading: 'Verglichen mit dem, was TensorFlow.js hält',
  measured: (measured, estimate, diff) =>
    `tf.memory() meldet jetzt ${measured} auf der GPU; die Schätzung dessen, was zwischen den Schritten bleibt (fp32-Gewichte + Optimiererzustand, dieser Lauf), ist ${estimate}. Unterschied: ${diff}.`,
  measuredWhy:
    'Der Unterschied ist kein Fehler der Formel: Zwischen den Schritten hält TensorFlow.js auch die Tensoren des Datensatzes (Trainings- und Validierungsbeispiele und ihre Labels), die Skalare des Optimierers (Lernrate, Schrittzähler, β-Potenzen), Konstanten und Arbeitspuffer der Kernels, während es Gradienten und Aktivierungen freigibt, sobald ein Schritt endet; die Spitze eines Schritts liegt daher höher als der zwischen den Schritten gelesene Wert.',
  noMeasurement: 'tf.memory() wird gelesen, sobald die Engine ihren Status gemeldet hat.',
  fitHeading: (device, gb) => `Passt es in ${device} (${gb})?`,
  fitWhat:
    'Mit den Einstellungen oben (ZeRO-Stufe und N Worker eingeschlossen): der größte Batch pro Worker für dieses Modell, die meisten Parameter, die neben den Aktivierungen dieses Batches passen, und das breiteste Mitglied einer Familie von MLPs mit so vielen Schichten wie dieses Modell (Parameter = Tiefe × (Breite² + Breite)).',
  fitColumns: ['Einstellung', 'Größter Batch', 'Größte Parameterzahl', 'Breitestes MLP'],
  fitRows: {
    plain: (p) => `${p}, alle Aktivierungen behalten`,
    checkpointed: (p) => `${p}, mit Checkpointing`,
  },
  fitNone: 'passt nicht',

  // Hardware
  hardwareHeading: 'Derselbe Lauf auf anderer Hardware',
  hardwareWhat:
    'Zeit = Trainings-FLOPs ÷ (Spitze × MFU). MFU, die Auslastung durch Modell-FLOPs, ist der Anteil der Spitze, den ein echter Lauf erreicht: PaLM 540B erreichte 46,2 % auf TPU v4 (Chowdhery et al. 2022), Megatron-LM etwa 52 % der A100-Spitze (Narayanan et al. 2021). Geräte für die Frist (30 Tage, wenn Sie sie nicht ändern) = ceil(Zeit auf einem ÷ Frist), bei perfekter Skalierung (warum sie es nicht ist, steht unten). Energie = Leistung × Zeit, gleich, wie viele Geräte sie sich teilen (PUE 1).',
  hardwareSpecsHeading: 'Hardware-Generationen (dichte Spitzenwerte, ohne Sparsity)',
  specColumns: ['Gerät', 'fp32', 'tf32', 'fp16/bf16', 'Speicher', 'Bandbreite', 'Leistung'],
  notPublished: 'n. v.',
  notPublishedNote:
    'n. v.: vom Hersteller nicht veröffentlicht (TPUs rechnen fp32-Matrixarbeit als mehrere bf16-Durchgänge; Google veröffentlicht keine Leistungsaufnahme für v5e/v5p). Ein Gerät ohne TF32 rechnet tf32-Arbeit mit seiner fp32-Rate.',
  ladderHeading: (precision, mfu, days) =>
    `Zeit auf einem Gerät (und nötige Geräte für ${days} Tage), ${precision} bei ${mfu} MFU`,
  ladderRun: 'Dieser Lauf',
  ladderScaled: (factor) => `× ${factor}`,
  ladderFlops: 'Trainings-FLOPs',
  energyOn: (device) => `Energie auf ${device}`,
  devicesFor: (n, days) => `${n} für ${days} Tage`,
  gpt3Row: 'GPT-3 (175 Mrd.)',
  noRunYet:
    'Dieser Lauf hat noch keine Trainings-FLOPs: Machen Sie einen Schritt oder starten Sie den Lauf; die Zeilen unten skalieren einen Schritt.',

  // Datenparallelität
  parallelHeading: 'Viele Geräte: Datenparallelität',
  parallelWhat:
    'N Worker berechnen jeweils die Gradienten von 1/N des globalen Batches; ein Ring-All-Reduce summiert sie (jeder Worker sendet und empfängt 2 (N − 1)/N × die Gradienten-Bytes), und jeder Worker wendet dieselbe Aktualisierung an. Zeit im Alpha-Beta-Modell (Thakur, Rabenseifner & Gropp 2005): 2 (N − 1) × Latenz + Bytes ÷ Bandbreite. PyTorch DDP überlappt das All-Reduce Bucket für Bucket mit dem Backward Pass (Li et al. 2020) und verbirgt es so bis zu den ≈ 2/3 der Rechnung, die der Backward Pass ausmacht.',
  parallelFormula: (n, compute, comm, exposed, step, speedup, eff) =>
    `N = ${n}: Rechnen ${compute} + sichtbare Kommunikation ${exposed} (von ${comm}) = Schritt ${step}; Beschleunigung ${speedup}, Effizienz ${eff}`,
  gradBytes: (bytes) => `Gradienten-Bytes pro All-Reduce: ${bytes}`,
  speedupAxis: 'Beschleunigung',
  efficiencyAxis: 'Effizienz (%)',
  workersAxis: 'Worker N',
  ideal: 'Ideale Beschleunigung',
  parallelNote:
    'Starke Skalierung: Der globale Batch bleibt gleich und wird N-fach geteilt, also schrumpft die Rechnung jedes Workers, das All-Reduce aber nicht. Ein winziges Modell ist durch die Latenz begrenzt und gewinnt nichts durch mehr Geräte; skalieren Sie das Modell hoch, um zu sehen, ab wann die Kommunikation nicht mehr dominiert. Mit Gradient Checkpointing ist die Rechnung jedes Schritts 8/6 des einfachen Schritts. Nicht modelliert: der Austausch des letzten Buckets (nie überlappt), Konkurrenz um die Verbindung, Nachzügler, die Eingabe-Pipeline.',
  chartLabel: (n) =>
    `Beschleunigung und Skalierungseffizienz für 1 bis ${n} Worker (geschätzt, Alpha-Beta-Modell).`,
  memoryChartLabel: 'Speicher pro Worker nach Art (geschätzt).',
};
