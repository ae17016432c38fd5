/** Texte des Backend-Menüs und der Backend-Kalibrierung (src/ui/calibration/). */
import type { CalibrationTexts } from '../types';

export const calibration: CalibrationTexts = {
  menuLabel: 'Backend',
  menuTitle:
    'Welches tfjs-Backend das Modell trainiert. Standard: zuerst WebGPU, dann WebGL, wasm und cpu. Auto misst das aktuelle Modell auf jedem Backend und trainiert auf dem schnellsten; ein genanntes Backend wird erzwungen (mit den üblichen Ausweichmöglichkeiten, wenn es nicht startet).',
  /** The menu's short option names (the long ones above are for sentences and the table). */
  menuOptions: {
    default: 'Standard',
    auto: 'Auto',
    webgpu: 'WebGPU',
    webgl: 'WebGL',
    wasm: 'wasm',
    cpu: 'cpu',
  },
  requests: {
    default: 'WebGPU zuerst (Standard)',
    auto: 'Auto (das schnellste, gemessen)',
    webgpu: 'WebGPU',
    webgl: 'WebGL',
    wasm: 'WebAssembly (wasm)',
    cpu: 'JavaScript (cpu)',
  },
  heading: 'Backends, gemessen',
  intro:
    'Derselbe Trainingsschritt kann auf vier tfjs-Backends laufen: WebGPU und WebGL auf dem Grafikprozessor, WebAssembly und reines JavaScript auf dem Prozessor. „Kalibrieren“ misst den Schritt des aktuellen Modells auf jedem (einige Aufwärmschritte, dann gemessene, auf einer Kopie des Modells: der Lauf bleibt unverändert) und trainiert auf dem schnellsten. Ein kleines Modell ist meist durch die festen Kosten des Starts jedes Kernels begrenzt, ein großes durch die Rechenarbeit; was für dieses gilt, wird gemessen: Derselbe Schritt mit einem einzigen Beispiel hat dieselben Kernels und fast keine Rechenarbeit, seine Zeit ist also, was der Start der Kernels kostet.',
  calibrate: 'Kalibrieren',
  calibrating: 'Messe…',
  calibrateTitle:
    'Misst den Trainingsschritt dieses Modells auf jedem Backend und trainiert auf dem schnellsten. Vorher den Lauf anhalten.',
  notYet: (backend: string) =>
    `Nicht kalibriert: Der Lauf trainiert auf ${backend}, dem ersten Backend der üblichen Reihenfolge (WebGPU, WebGL, WebAssembly, JavaScript), das startete. „Kalibrieren“ misst, welches für dieses Modell am schnellsten ist.`,
  progress: (done: number, total: number) => `Messe Backend ${done + 1} von ${total}…`,
  caption: (step: number) => `Gemessen an einer Kopie des Laufs bei Schritt ${step}`,
  columns: {
    backend: 'Backend',
    stepsPerSecond: 'Schritte/s',
    kernels: 'Kernels/Schritt',
    flops: 'FLOPs/Schritt',
    overhead: 'Pro Kernel-Start',
    achieved: 'Erreichte FLOP/s',
  },
  chosen: 'gewählt',
  assumed: '(angenommen)',
  stepsTimed: (n: number) => `${n} gemessene Schritte`,
  problems: {
    notInBrowser: 'in diesem Browser nicht vorhanden',
    noAdapter: 'kein GPU-Adapter',
    failedToStart: 'startete nicht',
    noConvKernels:
      'kann keine Faltungen trainieren (tfjs-backend-wasm hat keinen Conv2DBackpropFilter-Kernel)',
    stepFailed: 'der Trainingsschritt schlug fehl',
  },
  reasonDispatch: (f) =>
    `${f.backend} war am schnellsten${f.margin ? ` (${f.margin} das nächste)` : ''}. Der Schritt dieses Modells besteht aus ${f.kernels} kleinen Kernels mit zusammen ${f.flops}, und ein Kernel-Start kostet etwa ${f.overhead}: Die Starts sind ${f.share} des Schritts. Der Schritt ist durch den Start der einzelnen Kernels begrenzt, nicht durch die Rechenarbeit; es gewinnt das Backend, das Kernels am billigsten startet, gleich wie viele FLOP/s die anderen schaffen könnten.`,
  reasonCompute: (f) =>
    `${f.backend} war am schnellsten${f.margin ? ` (${f.margin} das nächste)` : ''}. Der Schritt dieses Modells rechnet ${f.flops} in ${f.kernels} Kernels; ihr Start (etwa ${f.overhead} je Kernel) ist nur ${f.share} des Schritts. Der Schritt ist durch die Rechenarbeit begrenzt (die Arbeit, die mit der Batch-Größe wächst), also gewinnt das Backend, das am schnellsten rechnet.`,
  marginFaster: (times: string) => `${times}-mal so schnell wie`,
  trainsOn: (backend: string) => `Der Lauf trainiert jetzt auf ${backend}.`,
  failed: 'Kein Backend konnte dieses Modell hier trainieren; der Lauf bleibt, wo er war.',
};
