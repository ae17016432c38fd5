/**
 * Which run controls are enabled, decided in one place: the buttons and their keyboard
 * shortcuts both read it, so a key can never do what its disabled button may not.
 */

export interface ControlInputs {
  /** The engine has a backend and a run. */
  ready: boolean;
  running: boolean;
  /** A step-mode command or a reset is being worked on. */
  pending: boolean;
  /** Some sidebar field is invalid. */
  hasErrors: boolean;
  /** A stopping criterion ended the run. */
  finished: boolean;
  /** Pause was pressed and the engine is finishing the steps already queued. */
  pausing: boolean;
  /** The run shown is another tab's, opened read-only: nothing is trained here. */
  readOnly?: boolean;
}

export interface Controls {
  run: boolean;
  pause: boolean;
  nextPhase: boolean;
  reset: boolean;
}

export type ControlId = keyof Controls;

/**
 * Run and Next phase need a ready, idle engine, valid fields and an unfinished run of this
 * tab's own (not one opened read-only); Pause a
 * run in progress that is not already pausing; Reset a ready engine and valid fields.
 */
export function controlState(i: ControlInputs): Controls {
  const canTrain =
    i.ready && !i.running && !i.pending && !i.hasErrors && !i.finished && !i.readOnly;
  return {
    run: canTrain,
    pause: i.running && !i.pausing,
    nextPhase: canTrain,
    reset: i.ready && !i.hasErrors,
  };
}

/**
 * The control a key stands for, or null when there is none or its button is disabled:
 * N = next phase, R = run, or pause while running (either case).
 */
export function shortcut(key: string, controls: Controls, running: boolean): ControlId | null {
  const k = key.toLowerCase();
  const id: ControlId | null =
    k === 'n' ? 'nextPhase' : k === 'r' ? (running ? 'pause' : 'run') : null;
  return id !== null && controls[id] ? id : null;
}
