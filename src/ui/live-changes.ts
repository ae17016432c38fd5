/**
 * Marks on the curves where a live field (learning rate, intervals, stopping criteria)
 * changed while a run went on: without them a bend in the loss has no visible cause.
 */
import { FIELDS, type LabConfig } from '../config/schema';
import { fieldLabel } from '../content';
import { formatLocale, localizeNumber } from './viz/format';

/** A live change: the step it took effect at (updates completed then), and what changed. */
export interface LiveChange {
  step: number;
  /** e.g. "Learning rate 0.01 → 0.1". */
  text: string;
}

/** A mark with the config it changed from (so later changes at its step merge into it). */
export type LiveMark = LiveChange & { from: LabConfig };

/** The live fields that differ between two configs, as "Label old → new"; '' if none. */
export function liveChangeText(previous: LabConfig, next: LabConfig): string {
  return FIELDS.filter((f) => f.applies === 'live' && previous[f.key] !== next[f.key])
    .map((f) => {
      // Words and numbers in the page's language (the config keeps the decimal point).
      const value = (v: number | string) => (typeof v === 'number' ? localizeNumber(String(v)) : v);
      return `${fieldLabel(f.key, formatLocale())} ${value(previous[f.key])} → ${value(next[f.key])}`;
    })
    .join('; ');
}

/**
 * The run's marks with one more change at `step`: changes at the same step merge into one
 * mark, so typing "0.1" digit by digit leaves one mark, from the first value to the last.
 */
export function addLiveChange(
  marks: readonly LiveMark[],
  step: number,
  previous: LabConfig,
  next: LabConfig,
): LiveMark[] {
  const last = marks.at(-1);
  const from = last && last.step === step ? last.from : previous;
  const text = liveChangeText(from, next);
  const kept = last && last.step === step ? marks.slice(0, -1) : [...marks];
  return text === '' ? kept : [...kept, { step, text, from }];
}

/**
 * The step of the last live change of any of `keys` (e.g. the schedule's fields), or null.
 * A mark holds the config it changed from; what it changed to is the next mark's `from`, or
 * `current` (the config the run goes on with) for the last mark.
 */
export function lastChangeOf(
  marks: readonly LiveMark[],
  keys: readonly (keyof LabConfig)[],
  current: LabConfig,
): number | null {
  for (let i = marks.length - 1; i >= 0; i--) {
    const to = marks[i + 1]?.from ?? current;
    if (keys.some((k) => marks[i].from[k] !== to[k])) return marks[i].step;
  }
  return null;
}

/** The fields that shape the learning-rate schedule: the base rate and the Schedule group. */
export const SCHEDULE_KEYS: readonly (keyof LabConfig)[] = [
  'learningRate',
  ...FIELDS.filter((f) => f.group === 'Schedule').map((f) => f.key),
];
