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

/**
 * A number as typed in a field of a page in `locale`: German writes a decimal comma ("0,5"),
 * English a decimal point. Returns the text in the one syntax above, which the config, the URL
 * and config files keep: "0,5" → "0.5", " -1,5e-3 " → " -1.5e-3 ". A decimal point is accepted in
 * every language (a value copied from a URL or a paper). Any other text is returned as it is, so
 * validation reports it ("1.000,5" mixes both separators: a digit-separator issue).
 */
export function fromLocalNumberText(typed: string, locale: 'en' | 'de'): string {
  if (locale !== 'de') return typed;
  return /^\s*[+-]?(\d+,\d*|,\d+)([eE][+-]?\d+)?\s*$/.test(typed) ? typed.replace(',', '.') : typed;
}

/**
 * A field's text in the one syntax above, as a page in `locale` shows it: "0.5" → "0,5" in
 * German. Text that is not a plain decimal number (a value being typed, or one with an issue)
 * is shown as it is, so nothing the user typed changes under their cursor.
 */
export function toLocalNumberText(text: string, locale: 'en' | 'de'): string {
  if (locale !== 'de') return text;
  const trimmed = text.trim();
  return isNumberText(trimmed) || /^[+-]?\d+\.$/.test(trimmed) ? text.replace('.', ',') : text;
}
