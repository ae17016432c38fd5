import { describe, expect, it } from 'vitest';
import { controlState, type Controls, keyAction } from './controls';

const idle = {
  ready: true,
  running: false,
  pending: false,
  hasErrors: false,
  finished: false,
  pausing: false,
};

/** The run control a key presses, or null. */
const control = (key: string, c: Controls, running: boolean) => {
  const a = keyAction(key, c, running);
  return a?.kind === 'control' ? a.id : null;
};

describe('run controls and their keys obey one enabled state', () => {
  it('an invalid field disables Run and Next phase, and so Space, N and →', () => {
    const c = controlState({ ...idle, hasErrors: true });
    expect(c.run).toBe(false);
    expect(c.nextPhase).toBe(false);
    for (const key of [' ', 'n', 'N', 'ArrowRight', 'r']) expect(control(key, c, false)).toBeNull();
  });

  it('a finished run, a pending command or a missing engine disable Space, N and slow motion too', () => {
    for (const over of [{ finished: true }, { pending: true }, { ready: false }]) {
      const c = controlState({ ...idle, ...over });
      expect([control(' ', c, false), control('n', c, false)]).toEqual([null, null]);
      expect(keyAction('s', c, false)).toBeNull();
    }
  });

  it('Space runs when Run is enabled, and pauses while running (not twice while pausing)', () => {
    expect(control(' ', controlState(idle), false)).toBe('run');
    expect(control('n', controlState(idle), false)).toBe('nextPhase');
    expect(control('ArrowRight', controlState(idle), false)).toBe('nextPhase');
    const running = controlState({ ...idle, running: true });
    expect(control(' ', running, true)).toBe('pause');
    expect(control('n', running, true)).toBeNull();
    // Invalid fields do not stop a Pause.
    expect(control(' ', controlState({ ...idle, running: true, hasErrors: true }), true)).toBe(
      'pause',
    );
    expect(control(' ', controlState({ ...idle, running: true, pausing: true }), true)).toBeNull();
    expect(keyAction('x', controlState(idle), false)).toBeNull();
  });

  it('R resets exactly when Reset is enabled: while running too, never with invalid fields', () => {
    expect(control('r', controlState(idle), false)).toBe('reset');
    expect(control('R', controlState({ ...idle, running: true }), true)).toBe('reset');
    expect(control('r', controlState({ ...idle, hasErrors: true }), false)).toBeNull();
    expect(control('r', controlState({ ...idle, ready: false }), false)).toBeNull();
  });

  it('1–9 show the phases in order; L, F and ? are always there', () => {
    expect(keyAction('1', controlState(idle), false)).toEqual({
      kind: 'show',
      phase: 'initialization',
    });
    expect(keyAction('9', controlState({ ...idle, ready: false }), false)).toEqual({
      kind: 'show',
      phase: 'stopping',
    });
    expect(keyAction('0', controlState(idle), false)).toBeNull();
    const off = controlState({ ...idle, ready: false });
    expect(keyAction('l', off, false)).toEqual({ kind: 'language' });
    expect(keyAction('F', off, false)).toEqual({ kind: 'fullscreen' });
    expect(keyAction('?', off, false)).toEqual({ kind: 'help' });
  });

  it('S starts slow motion only when Next phase may run, and stops it at any time', () => {
    expect(keyAction('s', controlState(idle), false)).toEqual({ kind: 'slowMotion' });
    const running = controlState({ ...idle, running: true });
    expect(keyAction('s', running, true)).toBeNull();
    expect(keyAction('s', running, true, true)).toEqual({ kind: 'slowMotion' });
  });
});
