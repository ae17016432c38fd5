/**
 * The learning-rate schedule a config describes, as the pure schedule of schedules.ts, and its
 * curve over the planned steps (for the sidebar's plot). The step reads the same mapping, so
 * the plot and the run agree.
 */
import type { PlateauConfig } from './plateau';
import { DEFAULT_SCHEDULES, lrAt, type Schedule } from './schedules';
import { type LabConfig, plannedSteps } from './schema';

/**
 * Reduce-on-plateau's settings from a config: it watches val_loss (Keras's default monitor)
 * with Keras's min_delta of 1e-4; factor, patience (in evaluations), cooldown and the minimum
 * learning rate come from the sidebar.
 */
export function plateauOf(c: LabConfig): PlateauConfig {
  return {
    monitor: 'val_loss',
    mode: 'min',
    factor: c.plateauFactor,
    patience: c.plateauPatience,
    minDelta: 1e-4,
    cooldown: c.plateauCooldown,
    minLr: c.lrMin,
  };
}

/**
 * The schedule of a config, with the library defaults of schedules.ts for what the sidebar
 * does not offer (exponential decay is smooth, not staircase; warm-up-cosine decays until the
 * planned end; one-cycle's final divisor is 10⁴ and its momentum cycles 0.95 → 0.85 → 0.95).
 */
export function scheduleOf(c: LabConfig): Schedule {
  switch (c.lrSchedule) {
    case 'constant':
      return DEFAULT_SCHEDULES.constant;
    case 'step':
      return { kind: 'step', stepSize: c.lrStepSize, gamma: c.lrGamma };
    case 'exponential':
      return {
        kind: 'exponential',
        decayRate: c.lrDecayRate,
        decaySteps: c.lrDecaySteps,
        staircase: false,
      };
    case 'cosine':
      return { kind: 'cosine', minLr: c.lrMin };
    case 'warmupCosine':
      return { kind: 'warmupCosine', warmupSteps: c.warmupSteps, decaySteps: null, minLr: c.lrMin };
    case 'oneCycle':
      return {
        ...DEFAULT_SCHEDULES.oneCycle,
        pctStart: c.lrPctStart,
        divFactor: c.lrDivFactor,
      };
    case 'plateau':
      return { kind: 'plateau', ...plateauOf(c) };
  }
}

/** One point of a schedule's curve: the 0-based optimizer step and its learning rate. */
export interface LrPoint {
  step: number;
  lr: number;
}

/**
 * The learning rate over the planned steps T ({@link plannedSteps}), at most `samples` + 1
 * points from step 0 to T − 1 (the steps a warm-up or a step decay changes at are included,
 * so a sampled curve keeps its corners). Reduce-on-plateau, which depends on the validation
 * loss, is drawn at its base rate.
 * @throws RangeError from {@link lrAt} for a config that validation would refuse
 */
export function scheduleCurve(c: LabConfig, samples = 120): { total: number; points: LrPoint[] } {
  const total = plannedSteps(c);
  const schedule = scheduleOf(c);
  const steps = new Set<number>();
  for (let i = 0; i <= samples; i++) steps.add(Math.round((i / samples) * (total - 1)));
  if (schedule.kind === 'warmupCosine') steps.add(Math.min(schedule.warmupSteps, total - 1));
  if (schedule.kind === 'step')
    for (let s = schedule.stepSize; s < total && steps.size < 4 * samples; s += schedule.stepSize) {
      steps.add(s - 1);
      steps.add(s);
    }
  const plateau = { lr: c.learningRate, best: null, wait: 0, cooldownCounter: 0 };
  const points = [...steps]
    .sort((a, b) => a - b)
    .map((step) => ({ step, lr: lrAt(schedule, step, total, c.learningRate, plateau) }));
  return { total, points };
}
