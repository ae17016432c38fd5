/** Eine Regression auf eigenen Daten lernt ihr standardisiertes Ziel: was die Seite dazu sagt. */
import type { TargetScaleTexts } from '../types';

export const targetScale: TargetScaleTexts = {
  lossName: 'mittlerer quadratischer Fehler des standardisierten Ziels',
  note: (target, mean, std) =>
    `Das Modell lernt das standardisierte Ziel z = (y − μ) / σ, mit μ = ${mean} und σ = ${std}, dem Mittelwert und der Standardabweichung von „${target}“ über die Trainingszeilen. So ist der Verlust L = mean((ŷ − y) / σ)² etwa 1 für ein Modell, das immer den Mittelwert vorhersagt, in welchen Einheiten „${target}“ auch gemessen ist (Millionen oder Millimeter): Lernrate, Abbruchschwellen und Warnungen bedeuten für jeden Datensatz dasselbe. Vorhersagen und Kurven werden in den Einheiten von „${target}“ gezeigt, ebenso die beiden Zahlen neben diesem Hinweis.`,
  mseInUnits: (target) => `MSE in Einheiten von „${target}“² (L · σ²)`,
  rmseInUnits: (target) => `RMSE in Einheiten von „${target}“ (√L · σ)`,
  unitsHint: 'die typische Abweichung, in den eigenen Einheiten des Ziels',
};
