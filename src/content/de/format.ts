/** Die Wörter um formatierte Zahlen, auf Deutsch. */
import type { AgeUnit, FormatTexts } from '../types';

const UNIT: Record<AgeUnit, string> = { s: 's', min: 'min', h: 'h', days: 'Tagen' };

export const format: FormatTexts = {
  scalar: 'Skalar',
  justNow: 'gerade eben',
  /** Long durations' units (shorter ones are h, min, s in both languages). */
  durationUnits: { years: 'Jahre', days: 'Tage' },
  ago: (amount, unit) => `vor ${amount} ${UNIT[unit]}`,
};
