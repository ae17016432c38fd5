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
  /** A measured number in a warning: 3 significant digits, exponent notation when tiny or huge. */
  num: (x: number) => string;
  /** A ratio: "15×", "2.4×". */
  times: (x: number) => string;
  /** A fraction as a percentage: "38%", "0.4%" (German "38 %", "0,4 %"). */
  pct: (x: number) => string;
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
  const num = (x: number) => {
    if (!Number.isFinite(x)) return String(x);
    const a = Math.abs(x);
    if (a !== 0 && (a < 1e-3 || a >= 1e5)) return local(x.toExponential(1));
    return local(Number(x.toPrecision(3)).toString());
  };
  const percentSign = locale === 'de' ? '\u202f%' : '%';
  return {
    num,
    times: (x) => `${x >= 100 ? num(Math.round(x)) : num(x)}×`,
    pct: (x) => {
      const p = 100 * x;
      return `${local(String(Math.abs(p) >= 10 ? Math.round(p) : Number(p.toPrecision(2))))}${percentSign}`;
    },
    metric: (x) =>
      !Number.isFinite(x)
        ? String(x)
        : local(Math.abs(x) >= 0.001 || x === 0 ? x.toFixed(4) : x.toExponential(2)),
    value: (x) => local(String(x)),
    seconds: (ms) => `${local((ms / 1000).toFixed(ms < 10_000 ? 1 : 0))} s`,
  };
}

/** The number formats a template can ask for: `{loss|num}`, `{ratio|times}`, `{share|pct}`. */
type NumberFormat = 'num' | 'times' | 'pct';

/**
 * Fills a template with values: `{name|num}`, `{name|times}` and `{name|pct}` write the number
 * `values.name` with that writer of `n`; `{name}` gives the value as it is (steps, counts and
 * names). Used for the texts of engine data, whose numbers arrive unformatted.
 * @throws Error on a placeholder without a value or with a value that is not a number.
 */
export function fillNumbers(
  template: string,
  values: Record<string, number | string>,
  n: TextNumbers,
): string {
  return template.replace(
    /\{(\w+)(?:\|(num|times|pct))?\}/g,
    (_, name: string, format?: NumberFormat) => {
      const v = values[name];
      if (v === undefined) throw new Error(`No value for {${name}} in “${template}”.`);
      if (!format) return String(v);
      if (typeof v !== 'number') throw new Error(`{${name}|${format}} needs a number, not “${v}”.`);
      return n[format](v);
    },
  );
}
