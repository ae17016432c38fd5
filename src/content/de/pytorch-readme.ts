/**
 * Das README eines exportierten PyTorch-Projekts, auf Deutsch: was es enthält, wie man es
 * startet, was mit dem Browser übereinstimmt und was nicht übernommen wird. Code, Pfade und
 * Bezeichner bleiben wie in jeder Sprache; die Kommentare in train.py sind englisch.
 */
import type { TrainingSpec } from '../../data/pytorch-export/training-config';
import { textNumbers } from '../numbers';

const n = textNumbers('de').value;

const OPTIMIZER_TEXT: Record<TrainingSpec['optimizer']['kind'], string> = {
  sgd: '`torch.optim.SGD`',
  momentum: '`torch.optim.SGD` mit Momentum 0,9',
  rmsprop:
    '`TfjsRMSprop` in train.py: die Regel von tfjs, ρ = 0,9, ε = 1e-7 unter der Wurzel (θ ← θ − lr·g/√(v + ε)); `torch.optim.RMSprop` rechnet √v + ε',
  adam: '`torch.optim.Adam`, β = (0,9; 0,999), ε = 1e-7 (der Standardwert von tfjs; der von PyTorch ist 1e-8)',
  adamw: '`torch.optim.AdamW`, β = (0,9; 0,999), ε = 1e-8, entkoppelter Weight Decay',
};

/** Das Markdown des README für das Projekt, das `spec` beschreibt. */
export function pytorchReadme(spec: TrainingSpec): string {
  const { start, model } = spec;
  const layers = model.sizes.join('-');
  const from =
    start.source === 'checkpoint'
      ? `seinem Checkpoint bei Schritt ${start.step}`
      : start.step === 0
        ? 'seinen Anfangsgewichten (Schritt 0)'
        : `dem Stand bei Schritt ${start.step}`;
  const clip =
    spec.clip === null
      ? 'keines'
      : spec.clip.kind === 'norm'
        ? `\`clip_grad_norm_(max_norm=${spec.clip.max})\``
        : `\`clip_grad_value_(${spec.clip.max})\``;
  const decay =
    spec.optimizer.weightDecay === 0
      ? 'keiner'
      : spec.optimizer.kind === 'adamw'
        ? `${n(spec.optimizer.weightDecay)}, entkoppelt`
        : `${n(spec.optimizer.weightDecay)}, L2 (zum begrenzten Gradienten addiert)`;
  const target = model.standardize?.target;
  const standardization = model.standardize
    ? `- **Standardisierung.** Wie im Browser standardisiert das Modell seine Eingaben mit den
  Spaltenmittelwerten und Standardabweichungen des Trainingsanteils (\`data/standardize_mean\`,
  \`data/standardize_inv_std\`)${
    target
      ? ` und sagt die Zielgröße in ihren eigenen Einheiten vorher, ŷ = out · ${n(target.std)} + ${n(target.mean)}; der
  Verlust ist der quadratische Fehler der standardisierten Zielgröße, ((ŷ − y) / ${n(target.std)})²`
      : ''
  }.
`
    : '';
  return `# Training Run Lab, Lauf ${start.runId}, in PyTorch

Dieser Ordner setzt den Lauf des Browsers ab ${from} fort: ein ${layers}-MLP (${model.activation})
für die Aufgabe \`${spec.task}\`, mit denselben Daten, denselben Batches in derselben Reihenfolge,
demselben Optimizer-Zustand und denselben Einstellungen, als PyTorch-Programm, das mit
\`DistributedDataParallel\` auf vielen Prozessen trainiert.

## Starten

Benötigt Python 3 und PyTorch 1.13 oder neuer (\`pip install torch\` oder Debians \`python3-torch\`).

\`\`\`sh
torchrun --nproc_per_node=2 train.py              # 2 Worker auf der CPU (gloo)
torchrun --nproc_per_node=8 train.py              # auf einer Maschine mit 8 GPUs (nccl), eine pro Worker
python3 train.py                                  # ein einzelner Prozess, ohne DDP
torchrun --nproc_per_node=2 train.py --steps 50 --log losses.jsonl
\`\`\`

Mit PyTorch 1.13 aus Debian 12 unter Python 3.11 scheitert \`torchrun\` selbst schon vor dem Start
(\`AttributeError: 'NoneType' object has no attribute 'get'\`: eine Änderung an Enums in Python 3.11,
behoben in PyTorch 2.0); dort nach \`torchrun\` \`--redirects 1 --tee 1\` ergänzen.

Jeder Schritt gibt eine JSON-Zeile aus (\`step\`, \`loss\`, \`lr\`, \`epoch\`), jede Evaluierung ihren
\`valLoss\` (und \`valAccuracy\`); \`--log DATEI\` schreibt dieselben Zeilen in eine Datei. Am Ende
enthält \`checkpoint.pt\` das \`state_dict\` von Modell und Optimizer, den Schritt, die Epoche und die
Datenposition; \`--resume checkpoint.pt\` setzt von dort fort (mit denselben Verlusten wie ein längerer
Aufruf).

## Was mit dem Browser übereinstimmt

- **Verlust.** Hier gestartet ist der Verlust des ersten Schritts der Verlust, den der Browser für
  Schritt ${start.step + 1} berechnet (bis auf etwa 1e-6: float32-Summen in anderer Reihenfolge), und die
  folgenden Schritte folgen seiner Kurve eng (die Kernels unterscheiden sich, daher laufen die
  letzten Bits auseinander).
- **Batches.** Die Trainingsbeispiele werden in der Reihenfolge des Browsers besucht:
  \`data/order.i32\` ist die Reihenfolge der Epoche, und zu Beginn jeder Epoche mischt train.py sie
  mit dem Zufallsgenerator des Browsers (mulberry32, Zustand \`start.shuffleState\`) und dem
  Fisher-Yates-Verfahren neu. Die Batch-Größe ${spec.batchSize} ist der **globale** Batch: Jeder der
  N Worker nimmt jedes N-te Beispiel daraus, skaliert seinen summierten Verlust mit
  N / (Batch × Micro-Batches), und das All-Reduce von DDP mittelt die Gradienten; das ergibt den
  Gradienten des mittleren Verlusts des Batches, was immer N ist (und wie ungleich sich der Batch
  auch aufteilt). Mehr Worker ergeben denselben Lauf (bis auf die Reihenfolge der float-Summen),
  bei größeren Modellen schneller.
- **Optimizer.** ${OPTIMIZER_TEXT[spec.optimizer.kind]}; Weight Decay: ${decay}. Sein Zustand
  (Momente, Momentum-Puffer, Schrittzähler ${start.optimizerStep}) kommt aus dem Browser.
- **Lernrate.** Zeitplan \`${spec.schedule.kind}\` ab ${n(spec.learningRate)} über
  ${spec.totalSteps} geplante Schritte, pro Schritt berechnet wie im Browser und vor jedem Schritt
  am Optimizer gesetzt (das Vorgehen von nanoGPT), nicht über \`torch.optim.lr_scheduler\`.
- **Gradientenakkumulation.** ${spec.accumulation} Micro-Batch(es) pro Optimizer-Schritt, jeder
  Verlust geteilt durch ${spec.accumulation}; DDP synchronisiert nur beim letzten (\`no_sync\`); der
  letzte Schritt einer Epoche kann weniger nehmen, wie \`accumulate_grad_batches\` in Lightning.
- **Gradient Clipping.** ${clip}, auf den akkumulierten Gradienten, vor dem Optimizer-Schritt.
${standardization}- **Evaluierung.** Alle ${spec.evalInterval} Schritte auf dem Validierungsanteil.
- **Grenzen.** Das Training endet bei Schritt ${spec.maxSteps} oder nach ${spec.maxEpochs} Epoche(n).

## Was nicht übernommen wird

- Early Stopping, eine Zielmetrik, das Zeitlimit, die Divergenzschwelle und der Abbruch bei NaN:
  Die übrigen Abbruchkriterien des Browsers werden hier nicht geschrieben.
- Genauigkeit: ${
    spec.precision === 'fp32'
      ? 'Der Browser trainiert in float32, und train.py ebenso.'
      : `Der Browser-Lauf simulierte ${spec.precision} (seine versteckten Aktivierungen, Logits und Gradienten in float32-Tensoren auf ${spec.precision} gerundet${spec.precision === 'fp16' ? ', mit seinem Loss-Scaler' : ''}); train.py trainiert in float32, daher weichen seine Verluste leicht von denen des Browsers ab.`
  } \`--amp\` führt den Forward
  Pass auf einer GPU unter \`torch.autocast(dtype=torch.bfloat16)\` aus (bf16 braucht kein Loss
  Scaling, da es den Exponentenbereich von float32 hat; auf der CPU ignoriert); seine Verluste
  entfernen sich dann von denen des Browsers, da bf16 8 Bit Mantisse behält.
- Die Ansichten des Browsers (Entscheidungsgrenze, Beispiele, Warnungen) und seine Checkpoints in
  IndexedDB.

## Speicherlayouts

tfjs speichert den Kernel einer Dense-Schicht als [in, out] und rechnet x·W + b; \`torch.nn.Linear\`
speichert sein Gewicht als [out, in] und rechnet x·Wᵀ + b. Die Gewichte und jeder gleich geformte
Slot des Optimizers sind transponiert gespeichert, im Layout von PyTorch, unter ihren Namen im
\`state_dict\`.

## Dateien

- \`config.json\`: die Einstellungen (\`${spec.format}\`), der Stand des Laufs (\`start\`), die Datei jedes
  Tensors mit Datentyp und Form (\`files\`) und die gesamte Konfiguration des Browsers (\`labConfig\`).
- \`data/\`: \`train_x\`, \`train_y\`, \`val_x\`, \`val_y\` und die Daten-\`order\`.
- \`state/\`: die Parameter (\`layers.<l>.weight\`, \`layers.<l>.bias\`) und die Slots des Optimizers.

Tensoren sind rohe Little-Endian-Werte in float32 (\`.f32\`) oder int32 (\`.i32\`), zeilenweise:
\`torch.frombuffer(bytearray(open(path, 'rb').read()), dtype=torch.float32).reshape(shape)\`
liest einen (numpy: \`np.fromfile(path, '<f4').reshape(shape)\`).
`;
}
