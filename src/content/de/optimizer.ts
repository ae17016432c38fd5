/** Texte der Gewichtsaktualisierung (src/ui/phases/UpdateView.tsx): Optimierer und ihr Zustand. */
import type { OptimizerTexts } from '../types';

export const optimizer: OptimizerTexts = {
  names: {
    adam: 'Adam (β₁ = 0,9, β₂ = 0,999, ε = 1e-7)',
    sgd: 'SGD',
    momentum: 'SGD mit Momentum (μ = 0,9)',
    rmsprop: 'RMSprop (ρ = 0,9, ε = 1e-7 unter der Wurzel)',
    adamw: 'AdamW (β₁ = 0,9, β₂ = 0,999, ε = 1e-8, entkoppelter Weight Decay)',
  },
  formulas: {
    adam: 'm ← β₁·m + (1 − β₁)·g,  v ← β₂·v + (1 − β₂)·g²,  m̂ = m/(1 − β₁ᵗ),  v̂ = v/(1 − β₂ᵗ),  θ ← θ − η·m̂/(√v̂ + ε)',
    adamw:
      'θ ← θ·(1 − η·λ), dann m ← β₁·m + (1 − β₁)·g,  v ← β₂·v + (1 − β₂)·g²,  m̂ = m/(1 − β₁ᵗ),  v̂ = v/(1 − β₂ᵗ),  θ ← θ − η·m̂/(√v̂ + ε)',
    sgd: 'θ ← θ − η·g',
    momentum: 'b ← μ·b + g,  θ ← θ − η·b',
    rmsprop: 'v ← ρ·v + (1 − ρ)·g²,  θ ← θ − η·g/√(v + ε)',
    nesterov: 'b ← μ·b + g,  θ ← θ − η·(g + μ·b)',
  },
  l2: (lambda: string) =>
    `Weight Decay addiert zuerst λ·θ zu jedem Gradienten (L2, λ = ${lambda}).`,
  decoupled: (lambda: string) =>
    `Entkoppelter Weight Decay: Jedes Gewicht schrumpft zuerst um η·λ·θ (λ = ${lambda}), außerhalb der Momente.`,
  nesterovOn:
    'Nesterov-Momentum ist an: Der Schritt ist η·(g + μ·b), der Gradient plus der Vorausblick des Puffers, nicht η·b.',
  nesterovOff: 'Nesterov-Momentum ist aus: klassisches Momentum, der Schritt ist η·b.',
  labelOptimizer: 'Optimierer',
  labelLearningRate: 'Lernrate η',
  labelStep: 'Schritt nach dieser Aktualisierung',
  hintStep: 'bis dahin erfolgte Aktualisierungen',
  labelT: 'Schritte des Optimierers t',
  hintT: 'Adams Bias-Korrektur verwendet t',
  biasCorrection: (t: string, c1: string, c2: string) =>
    `Bias-Korrektur bei t = ${t}: 1 − β₁ᵗ = ${c1}, 1 − β₂ᵗ = ${c2}. Am Anfang vergrößert sie die Momente, weil sie bei 0 beginnen; mit wachsendem t geht sie gegen 1.`,
  layer: 'Schicht',
  stateOf: (layer: string) => `Zustand des Optimierers für ${layer}`,
  sgdNoState:
    'Einfaches SGD hat außer seinem Schrittzähler keinen Zustand: Jede Aktualisierung verwendet nur den aktuellen Gradienten.',
  noState: 'Der Optimierer hat für diese Schicht keinen Zustand gemeldet.',
  quantities: {
    m: { symbol: 'm', meaning: 'erstes Moment: gleitender Mittelwert von g' },
    v: { symbol: 'v', meaning: 'zweites Moment: gleitender Mittelwert von g²' },
    mHat: { symbol: 'm̂', meaning: 'bias-korrigiertes erstes Moment m/(1 − β₁ᵗ)' },
    vHat: { symbol: 'v̂', meaning: 'bias-korrigiertes zweites Moment v/(1 − β₂ᵗ)' },
    step: {
      symbol: 'η·m̂/(√v̂ + ε)',
      meaning: 'der Schritt jedes Parameters: seine effektive Schrittweite',
    },
    buffer: { symbol: 'b', meaning: 'Momentum-Puffer: abklingende Summe früherer Gradienten' },
    squareAvg: { symbol: 'v', meaning: 'Quadratmittel: gleitender Mittelwert von g²' },
    stepSize: {
      symbol: 'η/√(v + ε)',
      meaning: 'effektive Lernrate jedes Parameters',
    },
  },
  ofParam: (param: string) => `von ${param}`,
  quantityLabel: (symbol: string, param: string) =>
    `Zustand ${symbol} des Optimierers für ${param}`,
  before: 'vorher',
  after: 'nachher',
  change: (symbol: string) => `${symbol} = nachher − vorher`,
  beforeLabel: (param: string) => `${param} vor der Aktualisierung`,
  afterLabel: (param: string) => `${param} nach der Aktualisierung`,
  changeLabel: (param: string) => `Änderung von ${param} in dieser Aktualisierung`,
  unchanged: ': diese Aktualisierung hat sie nicht verändert',
  filters: (k: string, firstChannel: boolean) =>
    `je ein ${k} × ${k}-Filter${firstChannel ? ' (sein erster Eingangskanal)' : ''}`,
  unitImages: (side: string) => `ein ${side} × ${side}-Bild pro Einheit`,
  firstOf: (shown: string, total: string) => ` · die ersten ${shown} von ${total}`,
};
