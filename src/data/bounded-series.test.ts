import { describe, expect, it } from 'vitest';
import { BoundedSeries, DEFAULT_SERIES_LIMIT } from './bounded-series';

/** A smooth decaying loss with a few spikes. */
const loss = (step: number) => 2 * Math.exp(-step / 5000) + 0.01 * Math.sin(step);

describe('bounded metric series', () => {
  it('keeps every point up to the limit', () => {
    const s = new BoundedSeries();
    for (let i = 1; i <= DEFAULT_SERIES_LIMIT; i++) s.append(i, loss(i));
    const p = s.points();
    expect(p.steps).toEqual(Array.from({ length: DEFAULT_SERIES_LIMIT }, (_, i) => i + 1));
    expect(p.values[41]).toBe(loss(42));
  });

  it('stays bounded over a long run, and the spikes, the minimum and the last point survive', () => {
    const s = new BoundedSeries(200);
    const spikes = new Map([
      [12_345, 50],
      [77_777, NaN],
      [150_001, Infinity],
    ]);
    let min = { step: 0, value: Infinity };
    let maxLength = 0;
    for (let i = 1; i <= 200_000; i++) {
      const v = spikes.get(i) ?? loss(i);
      if (v < min.value) min = { step: i, value: v };
      s.append(i, v);
      maxLength = Math.max(maxLength, s.length);
    }
    expect(maxLength).toBeLessThanOrEqual(201);
    const { steps, values } = s.points();
    for (const [step, v] of spikes) expect(values[steps.indexOf(step)], String(step)).toBe(v);
    expect(values[steps.indexOf(min.step)]).toBe(min.value);
    expect(steps[steps.length - 1]).toBe(200_000);
    expect(values[values.length - 1]).toBe(loss(200_000));
    // Ascending steps, no duplicates.
    for (let i = 1; i < steps.length; i++) expect(steps[i]).toBeGreaterThan(steps[i - 1]);
  });

  it('keeps the low and high of each bucket of its stride', () => {
    const s = new BoundedSeries(4);
    // Five points: the merge at the fifth doubles the stride until ≤ 2 points are left.
    [5, 1, 9, 3, 4].forEach((v, i) => s.append(i, v));
    const d = s.toData();
    expect(d.stride).toBe(8); // steps 0..4 in one bucket
    expect(d.steps).toEqual([1, 2]);
    expect(d.values).toEqual([1, 9]);
    expect(s.points()).toEqual({ steps: [1, 2, 4], values: [1, 9, 4] });
  });

  it('goes on from its stored form as if never stored', () => {
    const a = new BoundedSeries(50);
    const b = new BoundedSeries(50);
    for (let i = 0; i < 500; i++) a.append(i, loss(i * 37));
    let c = BoundedSeries.from(structuredClone(a.toData()));
    for (let i = 0; i < 1000; i++) {
      b.append(i, loss(i * 37));
      if (i >= 500) c.append(i, loss(i * 37));
      if (i === 700) c = BoundedSeries.from(JSON.parse(JSON.stringify(c.toData())));
    }
    expect(c.toData()).toEqual(b.toData());
  });

  it('refuses a step that does not grow, and a limit below 4', () => {
    const s = new BoundedSeries();
    s.append(10, 1);
    expect(() => s.append(10, 2)).toThrow(RangeError);
    expect(() => s.append(3, 2)).toThrow(/Steps must grow: 3 after 10/);
    expect(() => s.append(11.5, 2)).toThrow(RangeError);
    expect(() => new BoundedSeries(3)).toThrow(RangeError);
  });
});
