/**
 * Number formatting for the panels: one place decides how a loss, a size or a count reads, in
 * the page's language. The separators come from `Intl` for that locale (0.03 in English, 0,03
 * in German; 12,345 and 12.345); the words (ages, "scalar") from the catalogue (src/content).
 * The language is set by the locale provider (src/ui/locale.tsx) before anything renders.
 */
import { DEFAULT_LOCALE, type Locale } from '../../config/locale';
import { texts } from '../../content';

const MINUS = '\u2212';

let current: Locale = DEFAULT_LOCALE;

/** Sets the language every formatter below uses from now on (the locale provider calls it). */
export function setFormatLocale(locale: Locale): void {
  current = locale;
}

/** The language the formatters use. */
export function formatLocale(): Locale {
  return current;
}

const separators = new Map<Locale, { decimal: string; group: string }>();

/** The locale's decimal and grouping separators, as `Intl.NumberFormat` writes them. */
function separatorsOf(locale: Locale): { decimal: string; group: string } {
  let s = separators.get(locale);
  if (!s) {
    const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
    s = {
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
    };
    separators.set(locale, s);
  }
  return s;
}

/**
 * A number written the English way ("−1,234.5", "2.5e−4") with the separators of `locale`
 * ("−1.234,5", "2,5e−4" in German). Exponents stay as in the field's notation.
 */
export function localizeNumber(text: string, locale: Locale = current): string {
  if (locale === 'en') return text;
  const { decimal, group } = separatorsOf(locale);
  return text.replace(/[.,]/g, (c) => (c === '.' ? decimal : group));
}

function signed(text: string): string {
  return text.startsWith('-') ? MINUS + text.slice(1) : text;
}

/**
 * A number with `digits` significant digits. NaN and ±Infinity are spelled out; very small
 * and very large magnitudes use exponent notation (1.2e−5) so they never round to a
 * misleading 0.000.
 */
export function fmt(x: number | null | undefined, digits = 4): string {
  if (x === null || x === undefined) return '—';
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '∞';
  if (x === -Infinity) return `${MINUS}∞`;
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a < 1e-3 || a >= 1e6) {
    const [mantissa, exponent] = x.toExponential(Math.max(0, digits - 2)).split('e');
    return `${signed(localizeNumber(mantissa))}e${signed(exponent.replace('+', ''))}`;
  }
  if (a >= 10 ** digits) return fmtInt(x);
  const text = x.toPrecision(digits);
  // Drop trailing zeros of the fraction: 0.05000 → 0.05, 2.000 → 2.
  const trimmed = text.includes('.') ? text.replace(/\.?0+$/, '') : text;
  return signed(localizeNumber(trimmed));
}

/**
 * A number with a fixed number of decimals, for table columns that should line up;
 * falls back to {@link fmt} for values too small or too large for that.
 */
export function fmtFixed(x: number | null | undefined, decimals = 3): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return fmt(x);
  const a = Math.abs(x);
  if ((a > 0 && a < 10 ** -decimals) || a >= 1e6) return fmt(x, decimals + 1);
  return signed(localizeNumber(x.toFixed(decimals)));
}

/** A whole number with the locale's thousands separators: 12,345 (English), 12.345 (German). */
export function fmtInt(n: number): string {
  if (!Number.isFinite(n)) return fmt(n);
  return signed(new Intl.NumberFormat(current).format(Math.round(n)));
}

/**
 * A number a validation message names (a batch size, a learning rate): whole numbers with
 * the locale's thousands separators, others with up to 6 significant digits.
 */
export function fmtIssueNumber(n: number): string {
  return Number.isInteger(n) ? fmtInt(n) : fmt(n, 6);
}

/** A count in the locale's short form for axis ticks: 1.2K, 3M (English); 1200, 3 Mio. (German). */
export function fmtCompact(n: number): string {
  return new Intl.NumberFormat(current, { notation: 'compact', maximumFractionDigits: 1 }).format(
    n,
  );
}

/** A size in bytes with binary units: 812 B, 3.2 KiB, 1.5 MiB. */
export function fmtBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return fmt(bytes);
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let v = bytes;
  let u = 0;
  while (Math.abs(v) >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return u === 0 ? `${fmtInt(v)} B` : `${localizeNumber(v.toFixed(v < 10 ? 2 : 1))} ${units[u]}`;
}

/** A fraction in [0, 1] as a percentage: 0.9375 → 93.8% (English), 93,8 % (German). */
export function fmtPct(x: number | null | undefined, decimals = 1): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return fmt(x);
  return new Intl.NumberFormat(current, {
    style: 'percent',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(x);
}

/** How long ago a moment was, roughly: "just now", "42 s ago", "5 min ago", "2 h ago". */
export function fmtAge(then: number, now: number): string {
  const t = texts(current).format;
  const s = Math.max(0, Math.round((now - then) / 1000));
  if (s < 5) return t.justNow;
  if (s < 60) return t.ago(fmtInt(s), 's');
  const min = Math.floor(s / 60);
  if (min < 60) return t.ago(fmtInt(min), 'min');
  const h = Math.floor(min / 60);
  if (h < 48) return t.ago(fmtInt(h), 'h');
  return t.ago(fmtInt(Math.floor(h / 24)), 'days');
}

/** A tensor shape as "8 × 16". */
export function fmtShape(shape: readonly number[]): string {
  return shape.length === 0 ? texts(current).format.scalar : shape.join(' × ');
}

// Ticks live with the ranges they are drawn over; kept importable from here.
export { niceStep, niceTicks } from './ranges';
