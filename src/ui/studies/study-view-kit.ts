/**
 * Small helpers the study result views share: how a setting and a run's settings read, and
 * the colour of a run by how good its metric is.
 */
import type { FieldKey } from '../../config/schema';
import { FIELD_BY_KEY } from '../../config/schema';
import type { Content } from '../../content';
import { sequential } from '../viz/colors';
import { fmtSi } from '../viz/si';
import { fmt } from '../viz/format';

/** A setting's value as the page writes it: a number in the page's language, a choice by its label. */
export function settingText(t: Content, key: string, value: string | number): string {
  const field = FIELD_BY_KEY[key as FieldKey];
  if (field?.kind === 'select') {
    const options = (t.sidebar.fields[key as FieldKey] as { options?: Record<string, string> })
      .options;
    return options?.[String(value)] ?? String(value);
  }
  return typeof value === 'number' ? fmt(value, 4) : String(value);
}

/** A field's label in the page's language (the key itself for an unknown one). */
export function fieldName(t: Content, key: string): string {
  return t.sidebar.fields[key as FieldKey]?.label ?? key;
}

/** "Learning rate = 0.01, Batch size = 32". */
export function settingsText(
  t: Content,
  settings: Readonly<Record<string, string | number>>,
): string {
  return Object.entries(settings)
    .map(([k, v]) => `${fieldName(t, k)} = ${settingText(t, k, v)}`)
    .join(', ');
}

/** A CSS colour for quality q in [0, 1] (1: the best run): light for poor, dark teal for good. */
export function qualityColor(q: number): string {
  const [r, g, b] = sequential(0.25 + 0.75 * (Number.isFinite(q) ? q : 0));
  return `rgb(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)})`;
}

/** Axis ticks' font, as the other charts of the page use it. */
export const TICK = { fontSize: 11 };

/** The colour of the best run and of highlighted marks. */
export const BEST_COLOR = '#be185d';

/**
 * A duration in s in the largest fitting unit with 3 significant digits: "42 s", "1.5 h",
 * "79.3 years" ("79,3 Jahre"); the words of years and days from the catalogue, h, min and s
 * being SI symbols.
 */
export function durationText(seconds: number, units: { years: string; days: string }): string {
  if (!Number.isFinite(seconds)) return fmt(seconds);
  const steps: [number, string][] = [
    [365.25 * 86_400, units.years],
    [86_400, units.days],
    [3600, 'h'],
    [60, 'min'],
    [1, 's'],
  ];
  for (const [size, unit] of steps) if (seconds >= size) return `${fmt(seconds / size, 3)} ${unit}`;
  return fmtSi(seconds, 's');
}

/**
 * Ticks for a log axis from `lo` to `hi` (both > 0): the powers of ten inside when the range
 * spans two decades or more; 1, 2 and 5 times them when it spans one; else about `count`
 * values evenly spaced in log, rounded to 2 significant digits. Never empty: at least lo and hi.
 */
export function logTicks(lo: number, hi: number, count = 5): number[] {
  if (!(lo > 0 && hi >= lo)) return [];
  const decades = Math.log10(hi / lo);
  const from = Math.floor(Math.log10(lo));
  const to = Math.ceil(Math.log10(hi));
  const inside = (xs: number[]) => xs.filter((x) => x >= lo * (1 - 1e-9) && x <= hi * (1 + 1e-9));
  const powers = (mantissas: number[]) =>
    inside(
      Array.from({ length: to - from + 1 }, (_, i) =>
        mantissas.map((m) => Number((m * 10 ** (from + i)).toPrecision(6))),
      ).flat(),
    );
  if (decades >= 2) {
    const p = powers([1]);
    // Every k-th power, so that at most about 6 are drawn.
    const k = Math.ceil(p.length / 6);
    return p.filter((_, i) => i % k === 0);
  }
  if (decades >= 1) return powers([1, 2, 5]);
  const ticks = Array.from({ length: count }, (_, i) =>
    Number((lo * (hi / lo) ** (i / (count - 1))).toPrecision(2)),
  );
  return [...new Set(ticks)];
}
