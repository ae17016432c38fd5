/**
 * Learning-rate schedules: the learning rate as a pure function of the step.
 *
 * `step` is the 0-based index of the optimizer step about to be taken (PyTorch's scheduler
 * `last_epoch` when stepped once per optimizer step, nanoGPT's `it`), so `lrAt(s, 0, …)` is
 * the rate of the very first update. `totalSteps` (T) is the planned number of optimizer
 * steps (e.g. max steps). Past the end (step ≥ T) every decaying schedule holds its final
 * value, where PyTorch's closed-form cosine would rise again and OneCycleLR would throw.
 *
 * Reduce-on-plateau is not a function of the step: its rate lives in a {@link PlateauState}
 * updated by `onEvaluation` (plateau.ts), and `lrAt` returns that state's rate.
 */
import { type PlateauConfig, type PlateauState, validatePlateau } from './plateau';

/** Every schedule with its parameters (learning rates in the optimizer's units). */
export type Schedule =
  | { kind: 'constant' }
  /** PyTorch StepLR: `baseLr · gamma^⌊step / stepSize⌋`. */
  | { kind: 'step'; stepSize: number; gamma: number }
  /** Keras ExponentialDecay: `baseLr · decayRate^(step / decaySteps)`, floored when staircase. */
  | { kind: 'exponential'; decayRate: number; decaySteps: number; staircase: boolean }
  /** PyTorch CosineAnnealingLR with T_max = totalSteps: `minLr + ½(baseLr − minLr)(1 + cos(π·step/T))`. */
  | { kind: 'cosine'; minLr: number }
  /**
   * nanoGPT's `get_lr`: linear warm-up `baseLr·(step+1)/(warmupSteps+1)` for step < warmupSteps,
   * then cosine from baseLr to minLr until `decaySteps` (default totalSteps), minLr after.
   */
  | { kind: 'warmupCosine'; warmupSteps: number; decaySteps: number | null; minLr: number }
  /**
   * PyTorch OneCycleLR (two phases, cosine annealing), with baseLr as max_lr: from
   * baseLr/divFactor up to baseLr over the first pctStart of the steps, then down to
   * baseLr/(divFactor·finalDivFactor); the momentum goes maxMomentum → baseMomentum → maxMomentum.
   */
  | {
      kind: 'oneCycle';
      pctStart: number;
      divFactor: number;
      finalDivFactor: number;
      baseMomentum: number;
      maxMomentum: number;
    }
  /** Keras ReduceLROnPlateau; see plateau.ts. */
  | ({ kind: 'plateau' } & PlateauConfig);

/** The schedules' names. */
export type ScheduleKind = Schedule['kind'];

/** Each schedule with the defaults of the library it follows. */
export const DEFAULT_SCHEDULES: { [K in ScheduleKind]: Extract<Schedule, { kind: K }> } = {
  constant: { kind: 'constant' },
  step: { kind: 'step', stepSize: 100, gamma: 0.1 },
  exponential: { kind: 'exponential', decayRate: 0.96, decaySteps: 100, staircase: false },
  cosine: { kind: 'cosine', minLr: 0 },
  warmupCosine: { kind: 'warmupCosine', warmupSteps: 100, decaySteps: null, minLr: 0 },
  oneCycle: {
    kind: 'oneCycle',
    pctStart: 0.3,
    divFactor: 25,
    finalDivFactor: 1e4,
    baseMomentum: 0.85,
    maxMomentum: 0.95,
  },
  plateau: {
    kind: 'plateau',
    monitor: 'val_loss',
    mode: 'auto',
    factor: 0.1,
    patience: 10,
    minDelta: 1e-4,
    cooldown: 0,
    minLr: 0,
  },
};

const rangeError = (field: string, rule: string, value: unknown) =>
  new RangeError(`${field} must be ${rule}, got ${value}`);

function checkInteger(field: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min)
    throw rangeError(field, `an integer ≥ ${min}`, value);
}

function checkFinite(field: string, value: number, min: number, strict = false): void {
  if (!Number.isFinite(value) || value < min || (strict && value === min)) {
    throw rangeError(field, `a finite number ${strict ? '>' : '≥'} ${min}`, value);
  }
}

/**
 * Checks a schedule's parameters.
 * @throws RangeError naming the field (e.g. "oneCycle.pctStart must be in (0, 1), got 1")
 */
export function validateSchedule(s: Schedule): void {
  switch (s.kind) {
    case 'constant':
      return;
    case 'step':
      checkInteger('step.stepSize', s.stepSize, 1);
      checkFinite('step.gamma', s.gamma, 0, true);
      return;
    case 'exponential':
      checkInteger('exponential.decaySteps', s.decaySteps, 1);
      checkFinite('exponential.decayRate', s.decayRate, 0, true);
      return;
    case 'cosine':
      checkFinite('cosine.minLr', s.minLr, 0);
      return;
    case 'warmupCosine':
      checkInteger('warmupCosine.warmupSteps', s.warmupSteps, 0);
      if (s.decaySteps !== null) checkInteger('warmupCosine.decaySteps', s.decaySteps, 1);
      checkFinite('warmupCosine.minLr', s.minLr, 0);
      return;
    case 'oneCycle':
      if (!(s.pctStart > 0 && s.pctStart < 1))
        throw rangeError('oneCycle.pctStart', 'in (0, 1)', s.pctStart);
      checkFinite('oneCycle.divFactor', s.divFactor, 0, true);
      checkFinite('oneCycle.finalDivFactor', s.finalDivFactor, 0, true);
      checkFinite('oneCycle.baseMomentum', s.baseMomentum, 0);
      checkFinite('oneCycle.maxMomentum', s.maxMomentum, 0);
      return;
    case 'plateau':
      validatePlateau(s);
      return;
  }
}

/** Cosine interpolation from `start` (pct 0) to `end` (pct 1), PyTorch's `_annealing_cos`. */
export function annealCos(start: number, end: number, pct: number): number {
  return end + ((start - end) / 2) * (Math.cos(Math.PI * pct) + 1);
}

/**
 * Where a step lies in OneCycleLR's two phases: PyTorch's phase ends are
 * `pctStart·T − 1` and `T − 1` (floats); a phase of zero length counts as finished.
 */
function oneCyclePhase(
  pctStart: number,
  step: number,
  totalSteps: number,
): { phase: 0 | 1; pct: number } {
  const end0 = pctStart * totalSteps - 1;
  const end1 = totalSteps - 1;
  const s = Math.min(step, end1);
  if (s <= end0) return { phase: 0, pct: end0 > 0 ? s / end0 : 1 };
  return { phase: 1, pct: end1 > end0 ? (s - end0) / (end1 - end0) : 1 };
}

/**
 * The learning rate of optimizer step `step` (see the file comment for the conventions).
 * @param step 0-based step, integer ≥ 0
 * @param totalSteps planned optimizer steps T, integer ≥ 1 (read by cosine, warmupCosine, oneCycle)
 * @param baseLr the configured learning rate (one-cycle: its maximum), finite and > 0
 * @param plateau the reduce-on-plateau state; required for kind 'plateau'
 * @throws RangeError for a bad step, totalSteps, baseLr or schedule parameter, or a missing
 * plateau state; warmupCosine also when warmupSteps ≥ its decay end
 */
export function lrAt(
  schedule: Schedule,
  step: number,
  totalSteps: number,
  baseLr: number,
  plateau?: PlateauState,
): number {
  validateSchedule(schedule);
  checkInteger('step', step, 0);
  checkInteger('totalSteps', totalSteps, 1);
  checkFinite('baseLr', baseLr, 0, true);
  switch (schedule.kind) {
    case 'constant':
      return baseLr;
    case 'step':
      return baseLr * schedule.gamma ** Math.floor(step / schedule.stepSize);
    case 'exponential': {
      const p = step / schedule.decaySteps;
      return baseLr * schedule.decayRate ** (schedule.staircase ? Math.floor(p) : p);
    }
    case 'cosine':
      return annealCos(baseLr, schedule.minLr, Math.min(step, totalSteps) / totalSteps);
    case 'warmupCosine': {
      const { warmupSteps, minLr } = schedule;
      const decayEnd = schedule.decaySteps ?? totalSteps;
      if (warmupSteps >= decayEnd) {
        throw rangeError(
          'warmupCosine.warmupSteps',
          `less than the decay end (${decayEnd})`,
          warmupSteps,
        );
      }
      if (step < warmupSteps) return (baseLr * (step + 1)) / (warmupSteps + 1);
      if (step > decayEnd) return minLr;
      return annealCos(baseLr, minLr, (step - warmupSteps) / (decayEnd - warmupSteps));
    }
    case 'oneCycle': {
      const initial = baseLr / schedule.divFactor;
      const final = initial / schedule.finalDivFactor;
      const { phase, pct } = oneCyclePhase(schedule.pctStart, step, totalSteps);
      return phase === 0 ? annealCos(initial, baseLr, pct) : annealCos(baseLr, final, pct);
    }
    case 'plateau':
      if (plateau === undefined)
        throw new RangeError('the plateau schedule needs its PlateauState');
      return plateau.lr;
  }
}

/**
 * The momentum one-cycle sets for step `step` (PyTorch OneCycleLR's `cycle_momentum`: μ for
 * SGD and RMSprop, β₁ for Adam), or null for every other schedule.
 * @throws RangeError as {@link lrAt}
 */
export function momentumAt(schedule: Schedule, step: number, totalSteps: number): number | null {
  validateSchedule(schedule);
  checkInteger('step', step, 0);
  checkInteger('totalSteps', totalSteps, 1);
  if (schedule.kind !== 'oneCycle') return null;
  const { phase, pct } = oneCyclePhase(schedule.pctStart, step, totalSteps);
  return phase === 0
    ? annealCos(schedule.maxMomentum, schedule.baseMomentum, pct)
    : annealCos(schedule.baseMomentum, schedule.maxMomentum, pct);
}
