/** Number formatting for the panels: one place decides how a loss, a size or a count reads. */

const MINUS = '\u2212';

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
    return `${signed(mantissa)}e${signed(exponent.replace('+', ''))}`;
  }
  if (a >= 10 ** digits) return signed(Math.round(x).toLocaleString('en-US'));
  const text = x.toPrecision(digits);
  // Drop trailing zeros of the fraction: 0.05000 → 0.05, 2.000 → 2.
  const trimmed = text.includes('.') ? text.replace(/\.?0+$/, '') : text;
  return signed(trimmed);
}

/**
 * A number with a fixed number of decimals, for table columns that should line up;
 * falls back to {@link fmt} for values too small or too large for that.
 */
export function fmtFixed(x: number | null | undefined, decimals = 3): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return fmt(x);
  const a = Math.abs(x);
  if ((a > 0 && a < 10 ** -decimals) || a >= 1e6) return fmt(x, decimals + 1);
  return signed(x.toFixed(decimals));
}

/** A whole number with thousands separators: 12,345. */
export function fmtInt(n: number): string {
  if (!Number.isFinite(n)) return fmt(n);
  return signed(Math.round(n).toLocaleString('en-US'));
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
  return u === 0 ? `${fmtInt(v)} B` : `${v.toFixed(v < 10 ? 2 : 1)} ${units[u]}`;
}

/** A fraction in [0, 1] as a percentage: 0.9375 → 93.8%. */
export function fmtPct(x: number | null | undefined, decimals = 1): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return fmt(x);
  return `${(x * 100).toFixed(decimals)}%`;
}

/** How long ago a moment was, roughly: "just now", "42 s ago", "5 min ago", "2 h ago". */
export function fmtAge(then: number, now: number): string {
  const s = Math.max(0, Math.round((now - then) / 1000));
  if (s < 5) return 'just now';
  if (s < 60) return `${s} s ago`;
  const min = Math.floor(s / 60);
  if (min < 60) return `${min} min ago`;
  const h = Math.floor(min / 60);
  if (h < 48) return `${h} h ago`;
  return `${Math.floor(h / 24)} days ago`;
}

/** A tensor shape as "8 × 16". */
export function fmtShape(shape: readonly number[]): string {
  return shape.length === 0 ? 'scalar' : shape.join(' × ');
}

// Ticks live with the ranges they are drawn over; kept importable from here.
export { niceStep, niceTicks } from './ranges';
