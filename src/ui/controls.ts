/**
 * Which run controls are enabled, decided in one place: the buttons and their keyboard
 * shortcuts both read it, so a key can never do what its disabled button may not.
 */
import { PHASES, type PhaseId } from '../protocol/phases';

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

/** What a key asks for: a run control, a phase panel to show, or an action of the page. */
export type KeyAction =
  | { kind: 'control'; id: ControlId }
  | { kind: 'show'; phase: PhaseId }
  | { kind: 'slowMotion' }
  | { kind: 'language' }
  | { kind: 'fullscreen' }
  | { kind: 'help' };

/**
 * The keys, in the order the page lists them; `keys` as `KeyboardEvent.key` spells them (their
 * names on screen are in the catalogue, `lecture.keyNames`).
 */
export const KEY_MAP = [
  { id: 'next', keys: ['ArrowRight', 'n', 'N'] },
  { id: 'runPause', keys: [' '] },
  { id: 'jump', keys: ['1', '2', '3', '4', '5', '6', '7', '8', '9'] },
  { id: 'reset', keys: ['r', 'R'] },
  { id: 'slowMotion', keys: ['s', 'S'] },
  { id: 'language', keys: ['l', 'L'] },
  { id: 'fullscreen', keys: ['f', 'F'] },
  { id: 'help', keys: ['?'] },
] as const;

export type KeyId = (typeof KEY_MAP)[number]['id'];

/**
 * The action a key stands for, or null when there is none or its button is disabled:
 * → or N next phase, Space run (or pause while running), R reset, 1–9 show that phase's
 * panel, S slow motion on or off, L the other language, F full screen, ? the list of keys.
 * Slow motion starts only when Next phase is enabled (it presses Next phase on a timer) and
 * stops at any time; showing a panel, the language, full screen and the list are always allowed.
 */
export function keyAction(
  key: string,
  controls: Controls,
  running: boolean,
  slowMotionOn = false,
): KeyAction | null {
  const id = KEY_MAP.find((k) => (k.keys as readonly string[]).includes(key))?.id;
  const control = (c: ControlId): KeyAction | null =>
    controls[c] ? { kind: 'control', id: c } : null;
  switch (id) {
    case 'next':
      return control('nextPhase');
    case 'runPause':
      return control(running ? 'pause' : 'run');
    case 'reset':
      return control('reset');
    case 'jump':
      return { kind: 'show', phase: PHASES[Number(key) - 1] };
    case 'slowMotion':
      return slowMotionOn || controls.nextPhase ? { kind: 'slowMotion' } : null;
    case 'language':
    case 'fullscreen':
    case 'help':
      return { kind: id };
    default:
      return null;
  }
}
