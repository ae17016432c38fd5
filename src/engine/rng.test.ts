import { describe, expect, it } from 'vitest';
import { Rng } from './rng';

const draw = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.next());

describe('Rng', () => {
  it('gives the same sequence for the same seed', () => {
    expect(draw(new Rng(123), 1000)).toEqual(draw(new Rng(123), 1000));
  });

  it('gives different sequences for different seeds', () => {
    const a = draw(new Rng(1), 100);
    const b = draw(new Rng(2), 100);
    expect(a.filter((v, i) => v === b[i]).length).toBeLessThan(3);
  });

  it('draws floats in [0, 1) that are spread evenly over 10 bins', () => {
    const rng = new Rng(7);
    const n = 50_000;
    const counts = new Array(10).fill(0);
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const v = rng.next();
      if (!(v >= 0 && v < 1)) outside++;
      else counts[Math.floor(v * 10)]++;
    }
    expect(outside).toBe(0);
    // Each bin expects 5000 ± 67 (binomial σ); 5σ bounds.
    for (const c of counts) expect(Math.abs(c - n / 10)).toBeLessThan(340);
  });

  it('continues identically after getState / setState', () => {
    const a = new Rng(99);
    draw(a, 37);
    const state = a.getState();
    const rest = draw(a, 200);
    const b = new Rng(5);
    b.setState(state);
    expect(draw(b, 200)).toEqual(rest);
  });

  it('keeps uniform and int within their ranges', () => {
    const rng = new Rng(3);
    const seen = new Set<number>();
    let bad = 0;
    for (let i = 0; i < 5000; i++) {
      const u = rng.uniform(-2, 3);
      if (!(u >= -2 && u < 3)) bad++;
      const k = rng.int(7);
      if (!(Number.isInteger(k) && k >= 0 && k < 7)) bad++;
      seen.add(k);
    }
    expect(bad).toBe(0);
    expect(seen.size).toBe(7);
  });

  it('draws normals with the requested mean and standard deviation', () => {
    const rng = new Rng(11);
    const n = 40_000;
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < n; i++) {
      const v = rng.normal(2, 0.5);
      s += v;
      s2 += v * v;
    }
    const mean = s / n;
    const sd = Math.sqrt(s2 / n - mean * mean);
    // Standard error of the mean 0.5/200 = 0.0025; of the std ≈ 0.0018.
    expect(Math.abs(mean - 2)).toBeLessThan(0.0125);
    expect(Math.abs(sd - 0.5)).toBeLessThan(0.01);
  });

  it('truncates normals at two standard deviations', () => {
    const rng = new Rng(12);
    let s2 = 0;
    let maxAbs = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      const v = rng.truncatedNormal(3);
      maxAbs = Math.max(maxAbs, Math.abs(v));
      s2 += v * v;
    }
    expect(maxAbs).toBeLessThanOrEqual(6);
    expect(maxAbs).toBeGreaterThan(5.9);
    // A standard normal truncated to [-2, 2] has variance 1 − 4φ(2)/(2Φ(2) − 1), std 0.8796257;
    // the standard error of the sample std is ≈ 0.0011 here.
    expect(Math.abs(Math.sqrt(s2 / n) / 3 - 0.8796257)).toBeLessThan(0.006);
  });

  it('shuffles into a permutation of the input, deterministically for a seed', () => {
    const base = Int32Array.from({ length: 100 }, (_, i) => i);
    const a = new Rng(8).shuffle(base.slice());
    const b = new Rng(8).shuffle(base.slice());
    const c = new Rng(9).shuffle(base.slice());
    expect([...a].sort((p, q) => p - q)).toEqual([...base]);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(a).not.toEqual(base);
  });

  it('puts every element in every position about equally often when shuffling', () => {
    const rng = new Rng(21);
    const trials = 6000;
    const counts = Array.from({ length: 4 }, () => new Array(4).fill(0));
    for (let t = 0; t < trials; t++) {
      const p = rng.shuffle([0, 1, 2, 3]);
      p.forEach((v, pos) => counts[v][pos]++);
    }
    // 1500 expected per cell, binomial σ ≈ 33.5.
    for (const row of counts)
      for (const c of row) expect(Math.abs(c - trials / 4)).toBeLessThan(170);
  });

  it('forks independent streams', () => {
    const root = new Rng(42);
    const a = draw(root.fork(), 50);
    const b = draw(root.fork(), 50);
    expect(a).not.toEqual(b);
    const again = new Rng(42);
    expect(draw(again.fork(), 50)).toEqual(a);
  });
});
