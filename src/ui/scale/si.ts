/**
 * The Scale view's quantities with SI prefixes and in scientific notation, written with the
 * page's decimal separator (12,3 TFLOP in German): `src/data/compute-cost.ts` writes them the
 * English way, as documents and files keep them.
 */
import { fmtSci as sciEn, fmtSi as siEn } from '../../data/compute-cost';
import { localizeNumber } from '../viz/format';

/** `fmtSi` (3 significant digits and an SI prefix) with the page's separators. */
export function fmtSi(value: number, unit: string): string {
  return localizeNumber(siEn(value, unit));
}

/** `fmtSci` ("3.14 × 10²³") with the page's separators. */
export function fmtSci(value: number): string {
  return localizeNumber(sciEn(value));
}
