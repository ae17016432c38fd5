/** Texte von „Als PyTorch exportieren“ (src/ui/records/PyTorchExport.tsx und die Checkpoint-Liste). */
import type { PyTorchExportTexts } from '../types';

export const pytorchExport: PyTorchExportTexts = {
  heading: 'Auf einer echten verteilten Engine weitertrainieren',
  intro:
    'Als PyTorch exportieren lädt ein Zip herunter: das Modell aus torch.nn.Linear-Schichten, den Datensatz und die Reihenfolge seiner Batches, die Konfiguration, die Gewichte und den Zustand des Optimierers sowie train.py, das mit DistributedDataParallel unter torchrun weitertrainiert (gloo auf CPUs, nccl auf GPUs), mit demselben Optimierer, Lernraten-Zeitplan, derselben Gradientenakkumulation und demselben Clipping. Der Verlust seines ersten Schritts ist der Verlust, den dieser Lauf als Nächstes berechnet. Unterstützt: das MLP der Aufgaben 2-D-Punkte, Regression, MNIST und eigene Daten.',
  button: 'Als PyTorch exportieren',
  checkpointButton: 'PyTorch',
  checkpointButtonLabel: 'Checkpoint bei Schritt {step} als PyTorch exportieren',
  preparing: 'Das PyTorch-Projekt wird vorbereitet …',
  done: '{fileName} ({size}) heruntergeladen: entpacken und „torchrun --nproc_per_node=2 train.py“ ausführen (mehr in README.md).',
  failed: 'Der PyTorch-Export ist fehlgeschlagen: {message}',
  refusals: {
    cnn: 'Das MNIST-CNN lässt sich noch nicht als PyTorch exportieren: Der Export schreibt nur das MLP. Wählen Sie das MLP, um zu exportieren.',
    languageModel:
      'Die Modelle der Namen (das Zeichen-MLP über Einbettungen und der Transformer) lassen sich noch nicht als PyTorch exportieren: Der Export schreibt das MLP der Aufgaben 2-D-Punkte, Regression, MNIST und eigene Daten.',
    midStep:
      'Ein Schritt im Einzelschrittmodus ist halb fertig (ein Teil seines Batches ist verbraucht): Gehen Sie mit „Nächste Phase“ bis zum Ende des Schritts, oder exportieren Sie einen Checkpoint.',
    otherRun:
      'Dieser Checkpoint gehört zu einem anderen Lauf, dessen Datensatz diese Seite nicht hat: Stellen Sie ihn zuerst wieder her und exportieren Sie ihn dann.',
    missing: 'Dieser Checkpoint ist nicht mehr gespeichert.',
  },
};
