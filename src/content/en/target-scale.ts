/** A regression on the user's data learns its standardized target: what the page says about it. */
import type { TargetScaleTexts } from '../types';

export const targetScale: TargetScaleTexts = {
  lossName: 'mean squared error of the standardized target',
  note: (target, mean, std) =>
    `The model learns the standardized target z = (y − μ) / σ, with μ = ${mean} and σ = ${std} the mean and standard deviation of '${target}' over the training rows, so the loss L = mean((ŷ − y) / σ)² is about 1 for a model that always predicts the mean, whatever the units of '${target}' (millions or millimetres): the learning rate, the stopping thresholds and the warnings mean the same for every data set. Predictions and curves are shown in the units of '${target}'; so are the two numbers beside this note.`,
  mseInUnits: (target) => `MSE in units of '${target}'² (L · σ²)`,
  rmseInUnits: (target) => `RMSE in units of '${target}' (√L · σ)`,
  unitsHint: 'the typical miss, in the target’s own units',
};
