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
