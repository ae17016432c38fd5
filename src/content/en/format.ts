/** The words around formatted numbers, in English. */
import type { FormatTexts } from '../types';

export const format: FormatTexts = {
  scalar: 'scalar',
  justNow: 'just now',
  /** Long durations' units (shorter ones are h, min, s in both languages). */
  durationUnits: { years: 'years', days: 'days' },
  ago: (amount, unit) => `${amount} ${unit} ago`,
};
