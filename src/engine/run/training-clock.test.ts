/**
 * The training time counts phases and run mode, not the idle time between them (the max-time
 * criterion and the status line read it).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TrainingClock } from './training-clock';

let now = 0;
afterEach(() => vi.restoreAllMocks());
const at = (ms: number) => {
  now = ms;
};

describe('TrainingClock', () => {
  it('counts run mode and phases, not the idle time between them', async () => {
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const clock = new TrainingClock();
    at(1000);
    clock.start();
    at(1300);
    expect(clock.ms()).toBe(300); // the stretch in progress counts
    clock.stop();
    at(5000); // idle
    expect(clock.ms()).toBe(300);
    await clock.time(async () => at(5040));
    expect(clock.ms()).toBe(340);
    clock.stop(); // a second stop adds nothing
    expect(clock.ms()).toBe(340);
    clock.reset();
    expect(clock.ms()).toBe(0);
  });

  it('a phase that throws still counts its time', async () => {
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const clock = new TrainingClock();
    at(0);
    await expect(
      clock.time(async () => {
        at(25);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(clock.ms()).toBe(25);
  });
});
