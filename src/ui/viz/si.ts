/**
 * Quantities with SI prefixes, in scientific notation and as long durations, written in the
 * page's language (12,3 TFLOP and 3,5 Tage in German): `src/data/compute-cost.ts` writes them
 * the English way, as documents and files keep them. The page uses these, never those (lint).
 */
import { texts } from '../../content';
import { fmtDuration as durationEn, fmtSci as sciEn, fmtSi as siEn } from '../../data/compute-cost';
import { formatLocale, localizeNumber } from './format';

/** `fmtSi` (3 significant digits and an SI prefix) with the page's separators. */
export function fmtSi(value: number, unit: string): string {
  return localizeNumber(siEn(value, unit));
}

/** `fmtSci` ("3.14 × 10²³") with the page's separators. */
export function fmtSci(value: number): string {
  return localizeNumber(sciEn(value));
}

/** `fmtDuration` (seconds as "3.5 days", "2 h") with the page's separators and unit words. */
export function fmtDuration(seconds: number): string {
  return localizeNumber(durationEn(seconds, texts(formatLocale()).format.durationUnits));
}
