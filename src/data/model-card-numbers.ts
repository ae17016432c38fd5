/**
 * How the model card (./model-card.ts) writes its numbers in a language: counts with the
 * locale's thousands separator, metrics, percentages, FLOPs and durations with its decimal
 * separator, as `Intl.NumberFormat` writes them ("12,345", "97.3%"; German "12.345", "97,3 %"),
 * and the per-class numbers of a classifier from the engine's confusion counts.
 */
import { DEFAULT_LOCALE, type Locale } from '../config/locale';
import { fmtSci } from './compute-cost';

const decimalOf = new Map<Locale, string>();
/**
 * A number written in JavaScript's form ("0.25", "1.2 × 10⁶", "1e-7") with the locale's
 * decimal separator, as `Intl.NumberFormat` writes it ("0,25" in German).
 */
export function localDecimal(text: string, locale: Locale = DEFAULT_LOCALE): string {
  let d = decimalOf.get(locale);
  if (d === undefined) {
    d = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')!.value;
    decimalOf.set(locale, d);
  }
  return d === '.' ? text : text.replace(/\./g, d);
}
/** A count with the locale's thousands separators: 12345 → "12,345" (German "12.345"). */
export const fmtCount = (n: number, locale: Locale = DEFAULT_LOCALE) =>
  n.toLocaleString(locale === 'en' ? 'en-US' : locale);
/** A metric with 4 significant digits; "—" when absent, "NaN" when not a number. */
export const fmtMetric = (x: number | null | undefined, locale: Locale = DEFAULT_LOCALE) =>
  x === null || x === undefined
    ? '—'
    : Number.isFinite(x)
      ? localDecimal(String(Number(x.toPrecision(4))), locale)
      : String(x);
/** A fraction as a percentage with one decimal: 0.9734 → "97.3%" (German "97,3 %"). */
export const fmtPercent = (x: number | null | undefined, locale: Locale = DEFAULT_LOCALE) =>
  x === null || x === undefined || !Number.isFinite(x)
    ? '—'
    : `${localDecimal((x * 100).toFixed(1), locale)}${locale === 'de' ? '\u202f%' : '%'}`;
/** FLOPs: a count below 10,000 (48), scientific notation above (1.2 × 10⁶). */
export const fmtFlops = (n: number, locale: Locale) =>
  Math.abs(n) < 1e4 ? fmtCount(n, locale) : localDecimal(fmtSci(n), locale);
/** Milliseconds as "1 h 02 min 05 s", "2 min 05 s" or "4.2 s" (German "4,2 s"). */
export function fmtDuration(ms: number, locale: Locale = DEFAULT_LOCALE): string {
  const s = ms / 1000;
  if (s < 60) return `${localDecimal(String(Number(s.toFixed(1))), locale)} s`;
  const total = Math.round(s);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const sec = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h} h ${String(m).padStart(2, '0')} min ${sec} s` : `${m} min ${sec} s`;
}

/**
 * Per-class accuracy and the confusion matrix as rows from the engine's flat counts
 * (`counts[true × classes + predicted]`, an evaluation's validation examples). A class with
 * no examples has accuracy NaN (written "—"), as torchmetrics' per-class accuracy leaves it
 * undefined.
 * @throws Error when `counts` does not hold classes × classes entries.
 */
export function confusionMetrics(
  classes: number,
  counts: ArrayLike<number>,
): { perClassAccuracy: number[]; confusion: number[][] } {
  if (counts.length !== classes * classes)
    throw new Error(
      `A confusion matrix of ${classes} classes needs ${classes * classes} counts, not ${counts.length}.`,
    );
  const confusion = Array.from({ length: classes }, (_, t) =>
    Array.from({ length: classes }, (_, p) => counts[t * classes + p]),
  );
  const perClassAccuracy = confusion.map((row, t) => {
    const n = row.reduce((a, b) => a + b, 0);
    return n > 0 ? row[t] / n : NaN;
  });
  return { perClassAccuracy, confusion };
}
