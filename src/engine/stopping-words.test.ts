/**
 * The engine sends a stop reason and the criteria as ids and numbers; the page words them in
 * its language, with the language's decimal separator.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../config/schema';
import { checkStopping, INITIAL_EARLY_STOPPING, type StoppingInput } from './stopping';
import { criterionDetail, criterionLabel, stopReasonText } from '../content';

const input = (over: Partial<StoppingInput> = {}): StoppingInput => ({
  config: { ...DEFAULT_CONFIG, target: 0.1, targetMetric: 'val_loss' },
  step: 40,
  epoch: 1,
  elapsedMs: 2500,
  trainLoss: 0.5,
  valLoss: 0.05,
  valAccuracy: 0.8,
  earlyStopping: { ...INITIAL_EARLY_STOPPING, evaluations: 1 },
  bestWeightsStep: null,
  ...over,
});

describe('stop reasons and criteria in the page language', () => {
  const report = checkStopping(input());

  it('are data: the reason carries no sentence', () => {
    expect(report.reason).toMatchObject({ id: 'target', step: 40 });
    expect(JSON.stringify(report)).not.toMatch(/reached|erreicht/i);
  });

  it('are worded in German with a decimal comma', () => {
    expect(stopReasonText(report.reason!, 'de')).toBe(
      'Validierungsverlust 0,0500 hat den Zielwert 0,1 erreicht.',
    );
    const time = report.criteria.find((c) => c.id === 'maxTime')!;
    expect(criterionLabel(time, 'de')).toBe('Max. Trainingszeit');
    expect(criterionDetail(time, 'de')).toBe('aus (0) · 2,5 s trainiert');
  });

  it('are worded in English with a decimal point', () => {
    expect(stopReasonText(report.reason!, 'en')).toBe(
      'Validation loss 0.0500 reached the target 0.1.',
    );
  });
});
