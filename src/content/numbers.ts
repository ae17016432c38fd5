/**
 * How texts built from engine data (stop reasons, criteria, warnings) write their numbers in
 * a language: the engine sends numbers, the page writes them with the locale's decimal
 * separator (0.0300 in English, 0,0300 in German). Pure (`Intl` only), so the catalogue and
 * its tests can use it without the page.
 */
import type { Locale } from '../config/locale';

/** The number writers a text of engine data is given. */
export interface TextNumbers {
  /** A measured metric (loss, accuracy): 4 decimals, exponent notation below 0.001; NaN, Infinity spelled out. */
  metric: (x: number) => string;
  /** A setting as configured (a target, a threshold, a min delta): its shortest decimal form. */
  value: (x: number) => string;
  /** A duration given in ms, in seconds: one decimal under 10 s ("2.5 s"), else whole ("12 s"). */
  seconds: (ms: number) => string;
}

const decimalOf = new Map<Locale, string>();

/** The locale's decimal separator, as `Intl.NumberFormat` writes it. */
function decimal(locale: Locale): string {
  let d = decimalOf.get(locale);
  if (d === undefined) {
    d = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')!.value;
    decimalOf.set(locale, d);
  }
  return d;
}

/** The number writers of a language. */
export function textNumbers(locale: Locale): TextNumbers {
  const sep = decimal(locale);
  const local = (text: string) => (sep === '.' ? text : text.replace('.', sep));
  return {
    metric: (x) =>
      !Number.isFinite(x)
        ? String(x)
        : local(Math.abs(x) >= 0.001 || x === 0 ? x.toFixed(4) : x.toExponential(2)),
    value: (x) => local(String(x)),
    seconds: (ms) => `${local((ms / 1000).toFixed(ms < 10_000 ? 1 : 0))} s`,
  };
}
