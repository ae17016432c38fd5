import { describe, expect, it } from 'vitest';
import { durationText, logTicks } from './study-view-kit';

describe('logTicks', () => {
  it('gives the powers of ten over two decades or more', () => {
    expect(logTicks(300, 2e6)).toEqual([1e3, 1e4, 1e5, 1e6]);
  });

  it('thins the powers of ten to about six', () => {
    const ticks = logTicks(1, 1e20);
    expect(ticks.length).toBeLessThanOrEqual(7);
    expect(ticks[0]).toBe(1);
  });

  it('gives 1, 2 and 5 times the powers over one decade', () => {
    expect(logTicks(320, 5120)).toEqual([500, 1000, 2000, 5000]);
  });

  it('spaces about five ticks evenly in log over less than a decade', () => {
    const ticks = logTicks(2.7, 3.9);
    expect(ticks[0]).toBe(2.7);
    expect(ticks[ticks.length - 1]).toBe(3.9);
    expect(ticks.length).toBe(5);
    expect(logTicks(0, 1)).toEqual([]);
  });
});

describe('durationText', () => {
  const units = { years: 'years', days: 'days' };
  it('writes a duration in its largest unit', () => {
    expect(durationText(42, units)).toBe('42 s');
    expect(durationText(5400, units)).toBe('1.5 h');
    expect(durationText(3 * 365.25 * 86_400, units)).toBe('3 years');
    expect(durationText(0.00357, units)).toBe('3.57 ms');
  });
});
