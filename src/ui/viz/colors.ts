/**
 * Colours shared by the canvas visualisations. Canvas cannot read CSS variables directly,
 * so the class colours are read from the element's computed style, with these fallbacks.
 */

export type Rgb = [number, number, number];

/** Class 0 and class 1: blue and orange stay distinct for the common colour-vision deficiencies. */
export const CLASS_COLORS: readonly [string, string] = ['#2563eb', '#f97316'];

const WHITE: Rgb = [255, 255, 255];
const BLUE: Rgb = [37, 99, 235];
const BLUE_DARK: Rgb = [23, 37, 84];
const ORANGE: Rgb = [249, 115, 22];
const ORANGE_DARK: Rgb = [124, 45, 18];
/** NaN and infinite values: a grey that no finite value maps to. */
export const NAN_RGB: Rgb = [140, 140, 140];

function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

/**
 * Diverging scale for t in [−1, 1]: blue for negative, white at 0, orange for positive,
 * darkening towards the ends so large magnitudes stand out.
 */
export function diverging(t: number): Rgb {
  if (!Number.isFinite(t)) return NAN_RGB;
  const a = Math.min(1, Math.abs(t));
  const [base, dark] = t < 0 ? [BLUE, BLUE_DARK] : [ORANGE, ORANGE_DARK];
  return a <= 0.75 ? mix(WHITE, base, a / 0.75) : mix(base, dark, (a - 0.75) / 0.25);
}

/** Sequential scale for t in [0, 1]: white at 0, through teal to a dark blue-green at 1. */
const TEAL: Rgb = [13, 148, 136];
const TEAL_DARK: Rgb = [19, 78, 74];
export function sequential(t: number): Rgb {
  if (!Number.isFinite(t)) return NAN_RGB;
  const a = Math.min(1, Math.max(0, t));
  return a <= 0.75 ? mix(WHITE, TEAL, a / 0.75) : mix(TEAL, TEAL_DARK, (a - 0.75) / 0.25);
}

export function rgbCss([r, g, b]: Rgb): string {
  return `rgb(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)})`;
}

export function hexToRgb(hex: string): Rgb {
  const h = hex.trim().replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  const n = Number.parseInt(full, 16);
  if (full.length !== 6 || Number.isNaN(n)) return [128, 128, 128];
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** The class colours as set by the app's CSS variables (--class0, --class1), or the defaults. */
export function classColors(el: Element | null): [string, string] {
  const style = el ? getComputedStyle(el) : null;
  const read = (name: string, fallback: string) => {
    const v = style?.getPropertyValue(name).trim();
    return v && v.startsWith('#') ? v : fallback;
  };
  return [read('--class0', CLASS_COLORS[0]), read('--class1', CLASS_COLORS[1])];
}

/** A CSS gradient matching {@link diverging}, for legends. */
export const DIVERGING_GRADIENT = `linear-gradient(to right, ${[
  -1, -0.75, -0.375, 0, 0.375, 0.75, 1,
]
  .map((t) => rgbCss(diverging(t)))
  .join(', ')})`;

/** A CSS gradient matching {@link sequential}, for legends. */
export const SEQUENTIAL_GRADIENT = `linear-gradient(to right, ${[0, 0.375, 0.75, 1]
  .map((t) => rgbCss(sequential(t)))
  .join(', ')})`;
