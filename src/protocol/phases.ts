/**
 * The nine phases of a training run, declared once. Engine reports, UI panels, teaching
 * texts and URLs are all keyed by these ids.
 */
export const PHASES = [
  'initialization',
  'data',
  'forward',
  'loss',
  'backward',
  'update',
  'evaluation',
  'checkpoint',
  'stopping',
] as const;

export type PhaseId = (typeof PHASES)[number];

export function isPhaseId(value: string): value is PhaseId {
  return (PHASES as readonly string[]).includes(value);
}

/** The phase that follows `phase` in step mode; initialization runs once per run. */
export function phaseAfter(phase: PhaseId | null): PhaseId {
  if (phase === null || phase === 'stopping') return phase === null ? 'initialization' : 'data';
  return PHASES[PHASES.indexOf(phase) + 1];
}

/**
 * The phases a paused run can show at its current step without changing anything: the
 * batch, forward pass, loss, gradients and update of the step it will take next, and the
 * stopping criteria now. Initialization happens once, at step 0; evaluation and checkpoint
 * are recorded events (the curves, early stopping and the checkpoint list hold them), so
 * they show the step at which they last ran.
 */
export const VIEWABLE_PHASES = [
  'data',
  'forward',
  'loss',
  'backward',
  'update',
  'stopping',
] as const;

export type ViewablePhase = (typeof VIEWABLE_PHASES)[number];

export function isViewablePhase(phase: PhaseId): phase is ViewablePhase {
  return (VIEWABLE_PHASES as readonly string[]).includes(phase);
}
