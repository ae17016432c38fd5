import { describe, expect, it } from 'vitest';
import { DATASETS, DEFAULT_CONFIG } from '../../../config/schema';
import { Rng } from '../../rng';
import type { Examples } from '../types';
import { DATASET_GENERATORS, splitExamples } from './datasets';
import { classify2d } from './index';

const points = (e: Examples) =>
  Array.from({ length: e.n }, (_, i) => [e.x[2 * i], e.x[2 * i + 1], e.y[i]] as const);

const sortedKeys = (e: Examples) =>
  points(e)
    .map((p) => p.join(','))
    .sort();

describe.each(DATASETS)('dataset %s', (id) => {
  const gen = DATASET_GENERATORS[id];

  it('gives n points with finite coordinates and labels in {0, 1}, roughly balanced', () => {
    for (const n of [20, 101, 1000]) {
      const d = gen(n, 0.1, new Rng(5));
      expect(d.n).toBe(n);
      expect(d.x).toHaveLength(2 * n);
      expect(d.y).toHaveLength(n);
      expect(d.x.every(Number.isFinite)).toBe(true);
      expect(d.y.every((v) => v === 0 || v === 1)).toBe(true);
      const ones = d.y.reduce((s, v) => s + v, 0);
      // Alternating generators are balanced to within one point; xor's label comes from a
      // random quadrant (binomial σ = √n / 2), so allow 4σ there.
      const slack = id === 'xor' ? Math.max(1, 2 * Math.sqrt(n)) : 1;
      expect(Math.abs(ones - n / 2)).toBeLessThanOrEqual(slack);
    }
  });

  it('is deterministic for a seed and different for another seed', () => {
    const a = gen(300, 0.2, new Rng(17));
    const b = gen(300, 0.2, new Rng(17));
    const c = gen(300, 0.2, new Rng(18));
    expect(a).toEqual(b);
    expect(a.x).not.toEqual(c.x);
  });

  it('keeps points near the [-1, 1]² square when there is no noise', () => {
    const d = gen(500, 0, new Rng(3));
    const bound = id === 'gaussians' ? 0.45 + 5 * 0.2 : 1.05;
    expect(d.x.every((v) => Math.abs(v) <= bound)).toBe(true);
  });
});

describe('dataset shapes without noise', () => {
  const radius = (x: number, y: number) => Math.hypot(x, y);

  it('circles: class 0 is the inner disc, class 1 the outer ring', () => {
    for (const [x, y, label] of points(DATASET_GENERATORS.circles(400, 0, new Rng(1)))) {
      const r = radius(x, y);
      if (label === 0) expect(r).toBeLessThanOrEqual(0.45 + 1e-6);
      else expect(r >= 0.65 - 1e-6 && r <= 1 + 1e-6).toBe(true);
    }
  });

  it('xor: the label is 1 exactly in the quadrants where x·y < 0', () => {
    for (const [x, y, label] of points(DATASET_GENERATORS.xor(400, 0, new Rng(1)))) {
      expect(label).toBe(x * y < 0 ? 1 : 0);
      expect(Math.min(Math.abs(x), Math.abs(y))).toBeGreaterThanOrEqual(0.05 - 1e-6);
    }
  });

  it('spiral: the two arms are point reflections of each other', () => {
    const d = points(DATASET_GENERATORS.spiral(400, 0, new Rng(1)));
    for (let i = 0; i + 1 < d.length; i += 2) {
      const [x0, y0, l0] = d[i];
      const [x1, y1, l1] = d[i + 1];
      expect([l0, l1]).toEqual([0, 1]);
      expect(x1).toBeCloseTo(-x0, 5);
      expect(y1).toBeCloseTo(-y0, 5);
      const r = radius(x0, y0);
      expect(r >= 0.05 - 1e-6 && r <= 1 + 1e-6).toBe(true);
    }
  });

  it('gaussians: the class means lie at (0.45, 0.45) and (−0.45, −0.45)', () => {
    const d = points(DATASET_GENERATORS.gaussians(4000, 0, new Rng(1)));
    for (const [label, c] of [
      [0, 0.45],
      [1, -0.45],
    ] as const) {
      const cls = d.filter((p) => p[2] === label);
      const mx = cls.reduce((s, p) => s + p[0], 0) / cls.length;
      const my = cls.reduce((s, p) => s + p[1], 0) / cls.length;
      // Standard error 0.2 / √2000 ≈ 0.0045.
      expect(Math.abs(mx - c)).toBeLessThan(0.025);
      expect(Math.abs(my - c)).toBeLessThan(0.025);
    }
  });
});

describe('splitExamples', () => {
  const all = DATASET_GENERATORS.circles(250, 0.1, new Rng(9));

  it('keeps every point exactly once and sizes validation as round(n × split)', () => {
    for (const split of [0.05, 0.2, 0.333, 0.5]) {
      const { train, validation } = splitExamples(all, split, new Rng(4));
      expect(validation.n).toBe(Math.round(250 * split));
      expect(train.n + validation.n).toBe(250);
      const merged: Examples = {
        n: 250,
        x: Float32Array.from([...validation.x, ...train.x]),
        y: Int32Array.from([...validation.y, ...train.y]),
      };
      expect(sortedKeys(merged)).toEqual(sortedKeys(all));
    }
  });

  it('is deterministic for a seed and shuffles differently for another seed', () => {
    const a = splitExamples(all, 0.2, new Rng(4));
    const b = splitExamples(all, 0.2, new Rng(4));
    const c = splitExamples(all, 0.2, new Rng(5));
    expect(a).toEqual(b);
    expect(a.validation.x).not.toEqual(c.validation.x);
  });

  it('shuffles: the validation split is not just the first points', () => {
    const { validation } = splitExamples(all, 0.2, new Rng(4));
    expect(validation.x).not.toEqual(all.x.slice(0, 2 * validation.n));
  });
});

describe('classify2d.makeData', () => {
  it('splits the configured number of points and is deterministic for a seed', () => {
    const config = {
      ...DEFAULT_CONFIG,
      dataset: 'spiral' as const,
      points: 300,
      validationSplit: 0.3,
    };
    const a = classify2d.makeData(config, new Rng(1));
    const b = classify2d.makeData(config, new Rng(1));
    expect(a.train.n).toBe(210);
    expect(a.validation.n).toBe(90);
    expect(a).toEqual(b);
    const [x0, x1, y0, y1] = a.extent;
    const inside = (v: number, lo: number, hi: number) => v >= lo && v <= hi;
    const xs = [...a.train.x, ...a.validation.x];
    // Every point lies within the plotted extent (noise 0.1 is far below the margin).
    for (let i = 0; i < xs.length; i += 2) {
      expect(inside(xs[i], x0, x1) && inside(xs[i + 1], y0, y1)).toBe(true);
    }
  });
});
