import { describe, expect, it } from 'vitest';
import { DownsampledSeries, HISTORY_BUCKETS } from './history';

/** An array whose element and length reads and writes are counted in `counter.n`. */
function counted<T>(counter: { n: number }): T[] {
  return new Proxy<T[]>([], {
    get(target, key, receiver) {
      if (typeof key === 'string' && (key === 'length' || /^\d+$/.test(key))) counter.n++;
      return Reflect.get(target, key, receiver);
    },
    set(target, key, value, receiver) {
      if (typeof key === 'string' && (key === 'length' || /^\d+$/.test(key))) counter.n++;
      return Reflect.set(target, key, value, receiver);
    },
  });
}

/** A loss-like series: falling, with a deterministic wobble. */
const lossAt = (step: number) => 1 / Math.sqrt(step) + 0.01 * Math.sin(step * 2.399);

function lossSeries(maxBuckets = HISTORY_BUCKETS) {
  const steps: number[] = [];
  const losses: number[] = [];
  const series = new DownsampledSeries(steps, [losses], (r) => r[0] as number, maxBuckets);
  return { steps, losses, series };
}

describe('DownsampledSeries', () => {
  it('keeps every point while the series spans at most maxBuckets steps', () => {
    const { steps, losses, series } = lossSeries(100);
    for (let s = 1; s <= 99; s++) series.append(s, [lossAt(s)]);
    expect(steps).toEqual(Array.from({ length: 99 }, (_, i) => i + 1));
    expect(losses).toEqual(steps.map(lossAt));
  });

  it('replaces the last point when the same step is measured again', () => {
    const { steps, losses, series } = lossSeries();
    series.append(1, [0.9]);
    series.append(2, [0.8]);
    series.append(2, [0.7]);
    expect(steps).toEqual([1, 2]);
    expect(losses).toEqual([0.9, 0.7]);
  });

  it('stays bounded on a long run and keeps the first and last point, a spike and a NaN', () => {
    const { steps, losses, series } = lossSeries();
    for (let s = 1; s <= 300_000; s++) {
      const loss = s === 123_457 ? 50 : s === 250_001 ? NaN : lossAt(s);
      series.append(s, [loss]);
    }
    expect(steps.length).toBeLessThanOrEqual(4 * HISTORY_BUCKETS);
    expect(steps.length).toBeGreaterThanOrEqual(HISTORY_BUCKETS);
    expect(steps[0]).toBe(1);
    expect(steps.at(-1)).toBe(300_000);
    expect(losses.at(-1)).toBe(lossAt(300_000));
    // Every kept point is a recorded one, in order.
    for (let i = 0; i < steps.length; i++) {
      if (i > 0) expect(steps[i]).toBeGreaterThan(steps[i - 1]);
      if (steps[i] !== 123_457 && steps[i] !== 250_001) expect(losses[i]).toBe(lossAt(steps[i]));
    }
    expect(losses[steps.indexOf(123_457)]).toBe(50);
    expect(losses[steps.indexOf(250_001)]).toBeNaN();
    // The lowest point of the run is kept too.
    let lowest = Infinity;
    for (let s = 1; s <= 300_000; s++) lowest = Math.min(lowest, lossAt(s));
    expect(losses.filter(Number.isFinite).reduce((a, b) => Math.min(a, b))).toBe(lowest);
    expect(series.length).toBe(steps.length);
  });

  it('keeps the first `pinned` rows as they are', () => {
    const steps: number[] = [];
    const losses: number[] = [];
    const series = new DownsampledSeries(steps, [losses], (r) => r[0] as number, 100, 5);
    series.append(1, [0.5]);
    series.append(1, [0.9]); // measured again
    for (let s = 2; s <= 50_000; s++) series.append(s, [lossAt(s)]);
    expect(steps.slice(0, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(losses.slice(0, 5)).toEqual([0.9, 2, 3, 4, 5].map((s, i) => (i === 0 ? s : lossAt(s))));
    expect(steps.length).toBeLessThanOrEqual(5 + 400);
  });

  it('downsamples rows already in the arrays (a long history from an older checkpoint)', () => {
    const steps = Array.from({ length: 10_000 }, (_, i) => i + 1);
    const losses = steps.map(lossAt);
    new DownsampledSeries(steps, [losses], (r) => r[0] as number, 100);
    expect(steps.length).toBeLessThanOrEqual(400);
    expect(losses.length).toBe(steps.length);
    expect(steps[0]).toBe(1);
    expect(steps.at(-1)).toBe(10_000);
  });

  it('reads and writes no more array elements per append at 100,000 recorded steps than a bound', () => {
    // Counted by the arrays themselves, not timed: 1,000 appends after `recorded` steps.
    const workOfNextAppends = (recorded: number) => {
      const counter = { n: 0 };
      const steps = counted<number>(counter);
      const losses = counted<number>(counter);
      const series = new DownsampledSeries(steps, [losses], (r) => r[0] as number);
      for (let s = 1; s <= recorded; s++) series.append(s, [lossAt(s)]);
      counter.n = 0;
      for (let s = recorded + 1; s <= recorded + 1000; s++) series.append(s, [lossAt(s)]);
      return counter.n / 1000;
    };
    const early = workOfNextAppends(1_000);
    const mid = workOfNextAppends(10_000);
    const late = workOfNextAppends(100_000);
    // Merging buckets costs up to 4 × maxBuckets elements once per maxBuckets / 2 new buckets,
    // so a window of 1,000 appends may or may not hold one: a bound, not an equality.
    expect(late).toBeLessThan(100);
    expect(mid).toBeLessThan(100);
    expect(early).toBeLessThan(100);
  });
});
