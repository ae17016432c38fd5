/** Token ids back to characters, for the views of a character-level language model. */

/** Characters of example `i`'s context: `k` token ids starting at `i · k`. */
export function contextText(
  tokens: ArrayLike<number>,
  i: number,
  k: number,
  vocab: readonly string[],
): string {
  let s = '';
  for (let j = 0; j < k; j++) s += vocab[tokens[i * k + j]] ?? '?';
  return s;
}

/** The `n` most probable tokens of row `i` of a rows × vocab probability matrix, best first. */
export function topTokens(
  probabilities: ArrayLike<number>,
  i: number,
  vocab: number,
  n: number,
): { token: number; p: number }[] {
  return Array.from({ length: vocab }, (_, t) => ({ token: t, p: probabilities[i * vocab + t] }))
    .sort((a, b) => b.p - a.p)
    .slice(0, n);
}
