/**
 * Die Texte der Abschnitte zur gemischten Genauigkeit in den Panels Backward und
 * Aktualisierung. Zahlen kommen für die Sprache der Seite formatiert an.
 */
import type { PrecisionTexts } from '../types';

export const precision: PrecisionTexts = {
  heading: 'Zahlenformate (gemischte Genauigkeit)',
  format: 'Format',
  formats: {
    fp32: 'fp32 (keine 16-Bit-Werte)',
    fp16: 'fp16 gemischte Genauigkeit',
    bf16: 'bf16 gemischte Genauigkeit',
  },
  lossScale: 'Loss-Skala S',
  lossScaleOff: 'aus',
  lossScaleOffHint: 'keine Loss-Skalierung',
  underflowUnscaled: 'fp16-Unterlauf ohne Skalierung',
  underflowScaled: (scale) => `fp16-Unterlauf mit S = ${scale}`,
  underflowHint: 'der von 0 verschiedenen Gradientenwerte',
  underflowNote:
    'Der Anteil der Gradientenwerte dieses Mikro-Batches (alle Parameter), die in fp32 nicht 0 sind, in fp16 aber 0 wären, dort, wo der Backward Pass sie schreibt: Werte unter etwa 6 × 10⁻⁸ laufen unter. Den Verlust mit S zu multiplizieren multipliziert jeden Gradienten mit S und hebt ihn in den Bereich von fp16; die Division durch S danach geschieht in fp32.',
  shownUnscaled: 'Die Gradienten unten sind unskaliert dargestellt (durch S geteilt).',
  simulated:
    'Simuliert: Die Werte sind float32-Tensoren, die dort auf das Format gerundet werden (zum nächsten, bei Gleichstand zum geraden, mit dem Bereich des Formats: fp16 läuft über 65.504 zu Inf über und hat subnormale Zahlen bis 6 × 10⁻⁸; bf16 hat den Bereich von fp32 und 8 signifikante Bits), wo ein echter Lauf sie in 16 Bit speichert: die Ausgabe-Aktivierungen jeder verborgenen Schicht im Forward Pass (ihr Gradient geht unverändert durch die Rundung, straight-through), die Logits und ihr Gradient sowie jeder Parametergradient, wie der Backward Pass ihn schreibt. Die Gewichte, die der Forward Pass liest (die fp32-Hauptgewichte), die Gradienten zwischen den verborgenen Schichten und die Evaluierung bleiben fp32. Es läuft kein 16-Bit-Kernel, also wird nichts schneller oder kleiner.',
  real: 'Echt: die fp32-Hauptgewichte und der Optimiererzustand, die Loss-Skala, die Prüfung auf Inf/NaN, die übersprungenen Schritte, das Halbieren und Verdoppeln der Skala (PyTorch GradScaler) und die Zählung des Unterlaufs.',
  skipped: 'Übersprungen',
  skippedYes: 'ja: ein Gradient war Inf oder NaN',
  skippedNo: 'nein',
  skippedNote:
    'Ein skalierter Gradient ist in fp16 zu Inf oder NaN übergelaufen, deshalb wurde der Optimiererschritt übersprungen: Gewichte und Optimiererzustand sind unverändert, und S wurde halbiert. Der Schritt zählt trotzdem (sein Batch ist verbraucht).',
  scaleNext: 'S für den nächsten Schritt',
  scaleChange: (before, after) => `${before} → ${after}`,
  skippedSteps: 'Bisher übersprungene Schritte',
  scaleSeries: 'Loss-Skala pro Schritt (log₂ S)',
  skippedSeries: 'Bisher übersprungene Schritte, pro Schritt',
  growth: 'Saubere Schritte in Folge',
  growthHint: (interval) => `S verdoppelt sich bei ${interval}`,
  readBackNote:
    'Der Laufmodus liest mit Loss-Skalierung pro Schritt einen Wert zurück, um über das Überspringen zu entscheiden (scaler.step() in PyTorch wartet genauso darauf); ohne Loss-Skalierung wird nichts zurückgelesen.',
  bytesHeading: 'Trainingsspeicher pro Parameter',
  bytesNote:
    'Bytes pro Parameter mit diesem Optimierer, ohne Aktivierungen, gezählt wie im ZeRO-Paper (Rajbhandari et al. 2020): Gewichte und Gradienten im Arbeitsformat, bei gemischter Genauigkeit dazu eine fp32-Hauptkopie der Gewichte mit 4 Bytes, dazu 4 Bytes pro Wert des Optimiererzustands (Adam: m und v).',
  bytesColumns: {
    format: 'Format',
    weights: 'Gewichte',
    grads: 'Gradienten',
    master: 'fp32-Hauptkopie',
    optimizer: 'Optimiererzustand',
    total: 'gesamt',
  },
  thisRun: 'dieser Lauf',
};
