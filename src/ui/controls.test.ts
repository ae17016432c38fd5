import { describe, expect, it } from 'vitest';
import { controlState, shortcut } from './controls';

const idle = {
  ready: true,
  running: false,
  pending: false,
  hasErrors: false,
  finished: false,
  pausing: false,
};

describe('run controls and their shortcuts obey one enabled state', () => {
  it('an invalid field disables Run and Next phase, and so R and N', () => {
    const c = controlState({ ...idle, hasErrors: true });
    expect(c.run).toBe(false);
    expect(c.nextPhase).toBe(false);
    expect(shortcut('r', c, false)).toBeNull();
    expect(shortcut('R', c, false)).toBeNull();
    expect(shortcut('n', c, false)).toBeNull();
  });

  it('a finished run, a pending command or a missing engine disable R and N too', () => {
    for (const over of [{ finished: true }, { pending: true }, { ready: false }]) {
      const c = controlState({ ...idle, ...over });
      expect([shortcut('r', c, false), shortcut('n', c, false)]).toEqual([null, null]);
    }
  });

  it('R runs when Run is enabled, and pauses while running (not twice while pausing)', () => {
    expect(shortcut('r', controlState(idle), false)).toBe('run');
    expect(shortcut('n', controlState(idle), false)).toBe('nextPhase');
    const running = controlState({ ...idle, running: true });
    expect(shortcut('r', running, true)).toBe('pause');
    expect(shortcut('n', running, true)).toBeNull();
    // Invalid fields do not stop a Pause.
    expect(shortcut('r', controlState({ ...idle, running: true, hasErrors: true }), true)).toBe(
      'pause',
    );
    expect(shortcut('r', controlState({ ...idle, running: true, pausing: true }), true)).toBeNull();
    expect(shortcut('x', controlState(idle), false)).toBeNull();
  });
});
