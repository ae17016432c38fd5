import { afterEach, describe, expect, it } from 'vitest';
import { stopReasonText, texts } from '../../content';
import type { StopReason } from '../../protocol/stopping';
import type { PhaseReport } from '../../protocol/reports';
import { setFormatLocale } from '../viz/format';
import { largestChange, phaseChange } from './phase-change';

const en = texts('en').lecture.changed;
const de = texts('de').lecture.changed;
const words = (r: StopReason) => stopReasonText(r, 'en');
const param = (values: number[]) => ({
  name: 'W',
  layer: 0,
  shape: [values.length],
  values: Float32Array.from(values),
});

afterEach(() => setFormatLocale('en'));

describe('what a phase just changed', () => {
  it('the update: the largest weight change over every parameter, at its learning rate', () => {
    const before = [param([0.5, -0.25]), param([1])];
    const after = [param([0.5, -0.5]), param([0.875])];
    expect(largestChange(before, after)).toBe(0.25);
    const report = {
      phase: 'update',
      optimizer: 'sgd',
      learningRate: 0.03,
      before,
      after,
      state: [],
      step: 1,
    } as unknown as PhaseReport; // only the fields the line reads
    expect(phaseChange(report, en, words)).toBe(
      'Moved every weight: the largest change |Δw| = 0.25 at learning rate 0.03.',
    );
    setFormatLocale('de');
    expect(phaseChange(report, de, words)).toBe(
      'Jedes Gewicht verschoben: die größte Änderung |Δw| = 0,25 bei Lernrate 0,03.',
    );
  });

  it('the data phase counts batches and epochs from 1', () => {
    const report = {
      phase: 'data',
      epoch: 0,
      batchIndex: 0,
      batchesPerEpoch: 10,
      batchSize: 32,
    } as unknown as PhaseReport; // only the fields the line reads
    expect(phaseChange(report, en, words)).toBe('Drew batch 1 of 10 of epoch 1: 32 examples.');
  });

  it('an evaluation without accuracy (a regression) names only the loss; stopping names its reason', () => {
    const evaluation = { phase: 'evaluation', valLoss: 0.5, valAccuracy: NaN } as PhaseReport;
    expect(phaseChange(evaluation, en, words)).toBe('Validation loss 0.5; the plots are redrawn.');
    const withAccuracy = { ...evaluation, valAccuracy: 0.875 } as PhaseReport;
    expect(phaseChange(withAccuracy, en, words)).toBe(
      'Validation loss 0.5, accuracy 87.5%; the plots are redrawn.',
    );
    const reason = {
      id: 'maxSteps',
      enabled: true,
      fires: true,
      facts: { step: 30, maxSteps: 30 },
      step: 30,
    };
    const stop = { phase: 'stopping', criteria: [], stop: true, reason };
    expect(phaseChange(stop as unknown as PhaseReport, en, words)).toBe(
      `The run stops: ${stopReasonText(reason as unknown as StopReason, 'en')}`,
    );
    expect(
      phaseChange({ ...stop, stop: false, reason: null } as unknown as PhaseReport, en, words),
    ).toBe(en.stopping);
  });
});
