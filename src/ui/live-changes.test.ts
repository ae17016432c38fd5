import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../config/schema';
import { addLiveChange, lastChangeOf, liveChangeText, SCHEDULE_KEYS } from './live-changes';
import { setFormatLocale } from './viz/format';

describe('live changes are marked on the curves', () => {
  it('names each live field that changed, with its old and new value', () => {
    const next = { ...DEFAULT_CONFIG, learningRate: 0.5, patience: 7 };
    const text = liveChangeText(DEFAULT_CONFIG, next);
    expect(text).toContain(`Learning rate ${DEFAULT_CONFIG.learningRate} → 0.5`);
    expect(text).toMatch(/Early-stopping patience \d+ → 7/);
  });

  it('ignores fields that wait for a reset, and configs without a live change', () => {
    expect(liveChangeText(DEFAULT_CONFIG, { ...DEFAULT_CONFIG, seed: 99 })).toBe('');
    expect(addLiveChange([], 3, DEFAULT_CONFIG, { ...DEFAULT_CONFIG, seed: 99 })).toEqual([]);
  });

  it('merges changes at one step into one mark from the first value to the last', () => {
    const a = { ...DEFAULT_CONFIG, learningRate: 0.1 };
    const b = { ...DEFAULT_CONFIG, learningRate: 0.15 };
    let marks = addLiveChange([], 40, DEFAULT_CONFIG, a);
    marks = addLiveChange(marks, 40, a, b);
    expect(marks).toHaveLength(1);
    expect(marks[0].text).toBe(`Learning rate ${DEFAULT_CONFIG.learningRate} → 0.15`);
    // Back to where it was at that step: no mark.
    expect(addLiveChange(marks, 40, b, DEFAULT_CONFIG)).toEqual([]);
    // A later step gets its own mark.
    expect(addLiveChange(marks, 90, b, a).map((m) => m.step)).toEqual([40, 90]);
  });
});

describe('the step from which a changed schedule applies', () => {
  it('is the step of the last live change of a schedule field, not of other fields', () => {
    const cosine = { ...DEFAULT_CONFIG, lrSchedule: 'cosine' as const };
    const patience = { ...cosine, patience: 9 };
    let marks = addLiveChange([], 12, DEFAULT_CONFIG, cosine);
    marks = addLiveChange(marks, 20, cosine, patience);
    expect(lastChangeOf(marks, SCHEDULE_KEYS, patience)).toBe(12);
    const warm = { ...patience, lrSchedule: 'warmupCosine' as const, warmupSteps: 5 };
    marks = addLiveChange(marks, 30, patience, warm);
    expect(lastChangeOf(marks, SCHEDULE_KEYS, warm)).toBe(30);
    expect(lastChangeOf([], SCHEDULE_KEYS, warm)).toBeNull();
    expect(SCHEDULE_KEYS).toContain('warmupSteps');
  });
});

describe('a live change in the page language', () => {
  afterEach(() => setFormatLocale('en'));

  it('names the field and writes its numbers the German way on a German page', () => {
    setFormatLocale('de');
    const text = liveChangeText(DEFAULT_CONFIG, { ...DEFAULT_CONFIG, learningRate: 0.25 });
    expect(text).toBe(`Lernrate ${String(DEFAULT_CONFIG.learningRate).replace('.', ',')} → 0,25`);
  });
});
