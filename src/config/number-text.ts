/**
 * The one syntax of numbers typed or read as text: sidebar fields, the page URL and CSV
 * cells. A plain decimal number as a spreadsheet writes it ("1", "-0.5", ".5", "1e-3"),
 * with spaces around it ignored. JavaScript's `Number()` would also take hexadecimal,
 * octal and binary ("0x10"), "Infinity", "1e400" (as Infinity) and an empty text (as 0);
 * none of them is a number a person means in a hyperparameter or a data cell, so all are
 * refused.
 */

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Whether a text (already trimmed) is a plain decimal number of finite size (not "1e400"). */
export function isNumberText(text: string): boolean {
  return DECIMAL.test(text) && Number.isFinite(Number(text));
}

/** Why a text that is not a plain decimal number is refused: the notation it uses. */
export type NumberTextProblem = 'empty' | 'notation' | 'separator' | 'notANumber';

/**
 * Reads a decimal number from text, ignoring spaces around it.
 * Returns the finite value, or the kind of problem: nothing written, another base's notation
 * ("0x10", "0o17", "0b101"), digit separators ("1_000", "1,000"), or no number at all.
 */
export function parseNumberText(
  raw: string,
): { ok: true; value: number } | { ok: false; problem: NumberTextProblem } {
  const text = raw.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  if (isNumberText(text)) return { ok: true, value: Number(text) };
  if (/^[+-]?0[xob]/i.test(text)) return { ok: false, problem: 'notation' };
  if (/^[+-]?\d+([_,']\d+)+(\.\d*)?$/.test(text)) return { ok: false, problem: 'separator' };
  return { ok: false, problem: 'notANumber' };
}
