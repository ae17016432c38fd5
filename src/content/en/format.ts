/** The words around formatted numbers, in English. */
import type { FormatTexts } from '../types';

export const format: FormatTexts = {
  scalar: 'scalar',
  justNow: 'just now',
  ago: (amount, unit) => `${amount} ${unit} ago`,
};
