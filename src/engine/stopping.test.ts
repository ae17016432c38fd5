import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type LabConfig } from '../config/schema';
import { Rng } from './rng';
import { criterionDetail, criterionLabel, stopReasonText } from '../content';
import {
  checkStopping as checkStoppingData,
  type Direction,
  directionOf,
  type EarlyStoppingState,
  INITIAL_EARLY_STOPPING,
  isImprovement,
  keepsBestWeights,
  recordEvaluation,
  type StoppingInput,
} from './stopping';

/**
 * The stopping check with its reason and criteria worded in English, as the page words them
 * (the engine sends ids and numbers only).
 */
const checkStopping = (i: StoppingInput) => {
  const r = checkStoppingData(i);
  return {
    ...r,
    reason: r.reason && stopReasonText(r.reason, 'en'),
    criteria: r.criteria.map((c) => ({
      ...c,
      label: criterionLabel(c, 'en'),
      detail: criterionDetail(c, 'en'),
    })),
  };
};

const config = (over: Partial<LabConfig> = {}): LabConfig => ({
  ...DEFAULT_CONFIG,
  earlyStopping: 'off',
  ...over,
});

const input = (over: Partial<StoppingInput> = {}): StoppingInput => ({
  config: config(),
  step: 10,
  epoch: 1,
  elapsedMs: 1000,
  trainLoss: 0.5,
  valLoss: 0.5,
  valAccuracy: 0.8,
  earlyStopping: INITIAL_EARLY_STOPPING,
  bestWeightsStep: null,
  ...over,
});

const firing = (i: StoppingInput) =>
  checkStopping(i)
    .criteria.filter((c) => c.fires)
    .map((c) => c.id);

const criterion = (i: StoppingInput, id: string) =>
  checkStopping(i).criteria.find((c) => c.id === id)!;

interface Rule {
  patience: number;
  minDelta?: number;
  direction?: Direction;
  baseline?: number | null;
}

/**
 * Keras 3's EarlyStopping (keras/src/callbacks/early_stopping.py), written out as the
 * reference: `best` starts at ±inf, min_delta is negated when minimising, `wait` grows at
 * every epoch and is reset by an improvement that also beats the baseline; the patience
 * check runs only after an epoch that did not improve, and never at epoch 0. With
 * restore_best_weights, the weights are kept at the first epoch and at every improvement.
 * Returns the epoch it stops at and the epoch whose weights it would restore.
 */
function kerasStops(values: number[], r: Rule): { stop: number | null; bestEpoch: number | null } {
  const less = (r.direction ?? 'min') === 'min';
  const minDelta = less ? -Math.abs(r.minDelta ?? 0) : Math.abs(r.minDelta ?? 0);
  const op = (a: number, b: number) => (less ? a < b : a > b);
  const isImprovement = (v: number, ref: number) => op(v - minDelta, ref);
  const baseline = r.baseline ?? null;
  let best = less ? Infinity : -Infinity;
  let wait = 0;
  let bestEpoch: number | null = null;
  for (let epoch = 0; epoch < values.length; epoch++) {
    const current = values[epoch];
    if (bestEpoch === null) bestEpoch = epoch;
    wait += 1;
    if (isImprovement(current, best)) {
      best = current;
      bestEpoch = epoch;
      if (baseline === null || isImprovement(current, baseline)) wait = 0;
      continue;
    }
    if (wait >= r.patience && epoch > 0) return { stop: epoch, bestEpoch };
  }
  return { stop: null, bestEpoch };
}

/**
 * Feeds values to the engine one evaluation at a time (evaluation k at step 25(k+1)) and keeps
 * the best weights' step as the training run does; returns where it stops and the step of
 * the weights it restores, as evaluation indices.
 */
function engineStops(values: number[], r: Rule): { stop: number | null; bestEpoch: number | null } {
  const direction = r.direction ?? 'min';
  const cfg = config({
    earlyStopping: 'on',
    patience: r.patience,
    monitor: direction === 'min' ? 'val_loss' : 'val_accuracy',
    minDelta: r.minDelta ?? 0,
    baseline: r.baseline ?? 0,
    restoreBest: 'on',
  });
  const rule = { direction, minDelta: r.minDelta ?? 0, baseline: r.baseline ?? null };
  let es: EarlyStoppingState = INITIAL_EARLY_STOPPING;
  let kept: number | null = null;
  const stepToEpoch = (step: number | null) => (step === null ? null : step / 25 - 1);
  for (let k = 0; k < values.length; k++) {
    const step = (k + 1) * 25;
    es = recordEvaluation(es, values[k], step, rule);
    if (keepsBestWeights(es, kept !== null)) kept = step;
    const metrics =
      direction === 'min'
        ? { valLoss: values[k], valAccuracy: 0.5 }
        : { valLoss: 0.5, valAccuracy: values[k] };
    const report = checkStopping(
      input({ config: cfg, ...metrics, earlyStopping: es, bestWeightsStep: kept }),
    );
    if (report.stop) {
      expect(report.criteria.find((c) => c.fires)?.id).toBe('earlyStopping');
      expect(report.reason).toContain(`from step ${kept}`);
      return { stop: k, bestEpoch: stepToEpoch(kept) };
    }
  }
  return { stop: null, bestEpoch: stepToEpoch(kept) };
}

describe('isImprovement', () => {
  it('treats the first value as an improvement and then needs a strictly lower value', () => {
    expect(isImprovement(0.7, null)).toBe(true);
    expect(isImprovement(0.5, 0.6)).toBe(true);
    expect(isImprovement(0.6, 0.6)).toBe(false);
    expect(isImprovement(0.61, 0.6)).toBe(false);
  });

  it('needs a decrease of more than minDelta (Keras negates min_delta for a loss)', () => {
    expect(isImprovement(0.55, 0.6, 0.1)).toBe(false); // better, but by less than 0.1
    expect(isImprovement(0.65, 0.6, 0.1)).toBe(false); // worse
    expect(isImprovement(0.49, 0.6, 0.1)).toBe(true);
    expect(isImprovement(0.49, 0.6, -0.1)).toBe(true); // Keras uses |min_delta|
    expect(isImprovement(0.55, 0.6, -0.1)).toBe(false);
  });

  it('needs an increase of more than minDelta when maximising', () => {
    expect(isImprovement(0.1, null, 0, 'max')).toBe(true);
    expect(isImprovement(0.9, 0.8, 0, 'max')).toBe(true);
    expect(isImprovement(0.8, 0.8, 0, 'max')).toBe(false);
    expect(isImprovement(0.7, 0.8, 0, 'max')).toBe(false);
    expect(isImprovement(0.85, 0.8, 0.1, 'max')).toBe(false);
    expect(isImprovement(0.91, 0.8, 0.1, 'max')).toBe(true);
  });

  it('never counts NaN or +Inf as an improvement', () => {
    expect(isImprovement(NaN, 0.6)).toBe(false);
    expect(isImprovement(NaN, null)).toBe(false);
    expect(isImprovement(Infinity, null)).toBe(false);
    expect(isImprovement(NaN, null, 0, 'max')).toBe(false);
  });
});

describe('directionOf', () => {
  it("infers the direction from the monitor's name in mode auto, as Keras does", () => {
    expect(directionOf('val_loss', 'auto')).toBe('min');
    expect(directionOf('val_accuracy', 'auto')).toBe('max');
    expect(directionOf('val_loss', 'max')).toBe('max');
    expect(directionOf('val_accuracy', 'min')).toBe('min');
  });
});

describe('recordEvaluation', () => {
  it('counts evaluations, increments wait without improvement and resets it on improvement', () => {
    let s = recordEvaluation(INITIAL_EARLY_STOPPING, 1.0, 25);
    expect(s).toEqual({ best: 1.0, bestStep: 25, wait: 0, evaluations: 1, improved: true });
    s = recordEvaluation(s, 1.2, 50);
    expect(s).toEqual({ best: 1.0, bestStep: 25, wait: 1, evaluations: 2, improved: false });
    s = recordEvaluation(s, 1.0, 75);
    expect(s).toEqual({ best: 1.0, bestStep: 25, wait: 2, evaluations: 3, improved: false });
    s = recordEvaluation(s, 0.9, 100);
    expect(s).toEqual({ best: 0.9, bestStep: 100, wait: 0, evaluations: 4, improved: true });
  });

  it('maximises in mode max', () => {
    const rule = { direction: 'max', minDelta: 0, baseline: null } as const;
    let s = recordEvaluation(INITIAL_EARLY_STOPPING, 0.6, 25, rule);
    s = recordEvaluation(s, 0.5, 50, rule);
    expect(s).toMatchObject({ best: 0.6, bestStep: 25, wait: 1, improved: false });
    s = recordEvaluation(s, 0.7, 75, rule);
    expect(s).toMatchObject({ best: 0.7, bestStep: 75, wait: 0, improved: true });
  });

  it('resets wait only for an improvement that also beats the baseline (Keras 3)', () => {
    const rule = { direction: 'min', minDelta: 0, baseline: 0.5 } as const;
    let s = recordEvaluation(INITIAL_EARLY_STOPPING, 0.8, 25, rule);
    expect(s).toMatchObject({ best: 0.8, bestStep: 25, wait: 1, improved: true });
    s = recordEvaluation(s, 0.6, 50, rule);
    expect(s).toMatchObject({ best: 0.6, bestStep: 50, wait: 2, improved: true });
    s = recordEvaluation(s, 0.4, 75, rule);
    expect(s).toMatchObject({ best: 0.4, bestStep: 75, wait: 0, improved: true });
  });

  it('does not change the state it is given', () => {
    const s = recordEvaluation(INITIAL_EARLY_STOPPING, 1.0, 25);
    recordEvaluation(s, 2.0, 50);
    expect(s.wait).toBe(0);
    expect(INITIAL_EARLY_STOPPING).toEqual({
      best: null,
      bestStep: null,
      wait: 0,
      evaluations: 0,
      improved: false,
    });
  });
});

describe('early stopping', () => {
  it('stops after `patience` evaluations without improvement', () => {
    // improvement, improvement, then 3 worse: with patience 3 stop at the 3rd worse one.
    expect(engineStops([1.0, 0.9, 0.95, 0.91, 0.92, 0.5], { patience: 3 }).stop).toBe(4);
    expect(engineStops([1.0, 0.9, 0.95, 0.91, 0.85, 0.86, 0.87], { patience: 3 }).stop).toBe(null);
  });

  it('never stops on the first evaluation, even with patience 0', () => {
    expect(engineStops([1.0], { patience: 0 }).stop).toBe(null);
    expect(engineStops([1.0, 0.9], { patience: 0 }).stop).toBe(null); // improving: wait stays 0
    expect(engineStops([1.0, 1.1], { patience: 0 }).stop).toBe(1);
  });

  it('does not stop right after an improvement, even one that misses the baseline', () => {
    // Keras skips the patience check after an improvement; wait runs on below the baseline.
    const r = engineStops([0.9, 0.8, 0.7, 0.75], { patience: 2, baseline: 0.5 });
    expect(r.stop).toBe(3);
  });

  it('does not stop when it is off', () => {
    let es: EarlyStoppingState = INITIAL_EARLY_STOPPING;
    for (let k = 0; k < 20; k++) es = recordEvaluation(es, 1 + k, k);
    const r = checkStopping(input({ config: config({ patience: 2 }), earlyStopping: es }));
    expect(r.stop).toBe(false);
    expect(r.criteria.find((c) => c.id === 'earlyStopping')?.enabled).toBe(false);
  });

  it('agrees with the Keras reference on random sequences: where it stops, which weights', () => {
    const rng = new Rng(2024);
    for (let trial = 0; trial < 1000; trial++) {
      const n = 1 + rng.int(25);
      const direction: Direction = rng.next() < 0.5 ? 'min' : 'max';
      let level = direction === 'min' ? 1 : 0.5;
      // A noisy, mostly improving curve with plateaus and exact repeats.
      const values = Array.from({ length: n }, () => {
        level *= direction === 'min' ? rng.uniform(0.9, 1.08) : rng.uniform(0.95, 1.07);
        return rng.next() < 0.1 ? 0.5 : Math.round(level * 100) / 100;
      });
      const rule: Rule = {
        patience: rng.int(5),
        minDelta: rng.next() < 0.5 ? 0 : 0.02,
        direction,
        baseline: rng.next() < 0.7 ? null : direction === 'min' ? 0.8 : 0.7,
      };
      expect(engineStops(values, rule), `${values} ${JSON.stringify(rule)}`).toEqual(
        kerasStops(values, rule),
      );
    }
  });

  it('names the monitor, the patience and the best value in its reason', () => {
    let es = recordEvaluation(INITIAL_EARLY_STOPPING, 0.3, 100);
    es = recordEvaluation(es, 0.4, 200);
    es = recordEvaluation(es, 0.4, 300);
    const r = checkStopping(
      input({ config: config({ earlyStopping: 'on', patience: 2 }), earlyStopping: es }),
    );
    expect(r.stop).toBe(true);
    expect(r.reason).toMatch(/^Early stopping: val_loss has not improved for 2 evaluations/);
    expect(r.reason).toContain('patience 2');
    expect(r.reason).toContain('best 0.3000 at step 100');
    expect(r.reason).not.toMatch(/restored/i);
  });

  it('says when it restores the best weights, and from which step', () => {
    let es = recordEvaluation(INITIAL_EARLY_STOPPING, 0.3, 100);
    es = recordEvaluation(es, 0.4, 200);
    const cfg = config({ earlyStopping: 'on', patience: 1, restoreBest: 'on', minDelta: 0.01 });
    const r = checkStopping(input({ config: cfg, earlyStopping: es, bestWeightsStep: 100 }));
    expect(r.reason).toContain('has not improved by more than 0.01');
    expect(r.reason).toContain('Restored the best weights, from step 100.');
  });

  it('says so when the weights it restores are not those of the best step', () => {
    let es = recordEvaluation(INITIAL_EARLY_STOPPING, 0.3, 100);
    es = recordEvaluation(es, 0.4, 200);
    const cfg = config({ earlyStopping: 'on', patience: 1, restoreBest: 'on' });
    const r = checkStopping(input({ config: cfg, earlyStopping: es, bestWeightsStep: 200 }));
    expect(r.reason).toContain(
      'Restored the weights kept at step 200 (those of the best step, 100, were not kept).',
    );
  });

  it('shows its live state: patience, best, and what it keeps', () => {
    let es = recordEvaluation(INITIAL_EARLY_STOPPING, 0.214, 800);
    for (const step of [825, 850, 875]) es = recordEvaluation(es, 0.3, step);
    const cfg = config({ earlyStopping: 'on', patience: 5, restoreBest: 'on' });
    const c = criterion(
      input({ config: cfg, earlyStopping: es, bestWeightsStep: 800 }),
      'earlyStopping',
    );
    expect(c.detail).toBe('patience 3/5, best 0.2140 at step 800, weights of step 800 kept');
    expect(c.progress).toBeCloseTo(0.6);
    expect(c.label).toBe('Early stopping on val_loss (min)');
    const off = criterion(input({ earlyStopping: es }), 'earlyStopping');
    expect(off.detail).toMatch(/^off · patience 3\/20/);
  });

  it('keeps the best weights at an improvement, or when none are kept yet', () => {
    const first = recordEvaluation(INITIAL_EARLY_STOPPING, NaN, 25);
    expect(first.improved).toBe(false);
    expect(keepsBestWeights(first, false)).toBe(true); // Keras: the first weights are the best
    expect(keepsBestWeights(first, true)).toBe(false);
    expect(keepsBestWeights(recordEvaluation(first, 0.5, 50), true)).toBe(true);
  });
});

describe('checkStopping', () => {
  it('fires nothing for a run in progress, and checks in a fixed order', () => {
    const r = checkStopping(input());
    expect(r).toMatchObject({ phase: 'stopping', stop: false, reason: null });
    expect(r.criteria.map((c) => c.id)).toEqual([
      'nonFinite',
      'target',
      'divergence',
      'earlyStopping',
      'maxSteps',
      'maxEpochs',
      'maxTime',
    ]);
  });

  it('stops at max steps exactly', () => {
    const cfg = config({ maxSteps: 100 });
    expect(firing(input({ config: cfg, step: 99 }))).toEqual([]);
    const r = checkStopping(input({ config: cfg, step: 100 }));
    expect(r.stop).toBe(true);
    expect(firing(input({ config: cfg, step: 100 }))).toEqual(['maxSteps']);
    expect(r.reason).toMatch(/max steps/i);
    expect(r.reason).toContain('100');
    expect(criterion(input({ config: cfg, step: 25 }), 'maxSteps').progress).toBe(0.25);
  });

  it('stops at max epochs exactly', () => {
    const cfg = config({ maxEpochs: 5 });
    expect(firing(input({ config: cfg, epoch: 4 }))).toEqual([]);
    const r = checkStopping(input({ config: cfg, epoch: 5 }));
    expect(firing(input({ config: cfg, epoch: 5 }))).toEqual(['maxEpochs']);
    expect(r.reason).toMatch(/max epochs/i);
  });

  it('counts completed epochs in words that cannot be read as a 0-based epoch number', () => {
    const cfg = config({ maxEpochs: 5 });
    // Before the first epoch ends: none completed (not "epoch 0").
    expect(criterion(input({ config: cfg, epoch: 0 }), 'maxEpochs').detail).toBe(
      '0 of 5 epochs completed',
    );
  });

  it('stops at the max training time, and never when it is 0', () => {
    const cfg = config({ maxTime: 30 });
    expect(firing(input({ config: cfg, elapsedMs: 29_999 }))).toEqual([]);
    const r = checkStopping(input({ config: cfg, elapsedMs: 30_000, step: 321 }));
    expect(firing(input({ config: cfg, elapsedMs: 30_000 }))).toEqual(['maxTime']);
    expect(r.reason).toBe(
      'Reached the max training time (30 s) after 30 s of training, at step 321.',
    );
    expect(criterion(input({ config: cfg, elapsedMs: 12_300 }), 'maxTime')).toMatchObject({
      enabled: true,
      detail: '12 s of 30 s trained',
      progress: 0.41,
    });
    const off = config({ maxTime: 0 });
    expect(firing(input({ config: off, elapsedMs: 1e9 }))).toEqual([]);
    expect(criterion(input({ config: off }), 'maxTime').enabled).toBe(false);
  });

  it('stops when the validation loss reaches the target, and never when the target is 0', () => {
    const cfg = config({ target: 0.1 });
    expect(firing(input({ config: cfg, valLoss: 0.1001 }))).toEqual([]);
    expect(firing(input({ config: cfg, valLoss: null }))).toEqual([]);
    expect(firing(input({ config: cfg, valLoss: 0.1 }))).toEqual(['target']);
    const r = checkStopping(input({ config: cfg, valLoss: 0.05 }));
    expect(r.stop).toBe(true);
    expect(r.reason).toBe('Validation loss 0.0500 reached the target 0.1.');
    const off = config({ target: 0 });
    expect(firing(input({ config: off, valLoss: 0 }))).toEqual([]);
    expect(criterion(input({ config: off }), 'target').enabled).toBe(false);
  });

  it('stops when the validation accuracy rises to its target', () => {
    const cfg = config({ targetMetric: 'val_accuracy', target: 0.95 });
    expect(firing(input({ config: cfg, valAccuracy: 0.9499 }))).toEqual([]);
    expect(firing(input({ config: cfg, valAccuracy: null }))).toEqual([]);
    expect(firing(input({ config: cfg, valAccuracy: 0.95 }))).toEqual(['target']);
    expect(checkStopping(input({ config: cfg, valAccuracy: 0.975 })).reason).toBe(
      'Validation accuracy 0.9750 reached the target 0.95.',
    );
    expect(criterion(input({ config: cfg, valAccuracy: 0.9 }), 'target').detail).toBe(
      'val_accuracy 0.9000 (target ≥ 0.95)',
    );
  });

  it('stops when the monitored metric is strictly worse than the divergence threshold', () => {
    const loss = config({ divergenceThreshold: 5 });
    expect(firing(input({ config: loss, valLoss: 5 }))).toEqual([]);
    expect(firing(input({ config: loss, valLoss: 5.01 }))).toEqual(['divergence']);
    expect(checkStopping(input({ config: loss, valLoss: 7 })).reason).toMatch(
      /^Divergence threshold: val_loss 7\.0000 is above 5/,
    );
    const acc = config({ divergenceThreshold: 0.6, monitor: 'val_accuracy' });
    expect(firing(input({ config: acc, valAccuracy: 0.6 }))).toEqual([]);
    expect(firing(input({ config: acc, valAccuracy: 0.55 }))).toEqual(['divergence']);
    expect(criterion(input({ config: acc }), 'divergence').detail).toBe(
      'val_accuracy 0.8000 (stops below 0.6)',
    );
    expect(firing(input({ config: config({ divergenceThreshold: 0 }), valLoss: 1e9 }))).toEqual([]);
  });

  it('stops on a NaN or infinite training or validation loss', () => {
    for (const loss of [NaN, Infinity, -Infinity]) {
      const r = checkStopping(input({ trainLoss: loss }));
      expect(r.stop).toBe(true);
      expect(firing(input({ trainLoss: loss }))).toEqual(['nonFinite']);
      expect(r.reason).toContain(String(loss));
      expect(r.reason).toMatch(/NaN\/Inf/);
    }
    expect(checkStopping(input({ valLoss: NaN })).reason).toMatch(
      /^The validation loss became NaN/,
    );
    expect(firing(input({ trainLoss: null }))).toEqual([]);
    expect(firing(input({ trainLoss: 1e30 }))).toEqual([]);
  });

  it('keeps going on NaN when stop on NaN/Inf is off', () => {
    const cfg = config({ stopOnNonFinite: 'off' });
    expect(firing(input({ config: cfg, trainLoss: NaN }))).toEqual([]);
    expect(criterion(input({ config: cfg }), 'nonFinite').enabled).toBe(false);
  });

  it('gives the divergence as the reason when several criteria fire at once', () => {
    const r = checkStopping(input({ config: config({ maxSteps: 10 }), step: 10, trainLoss: NaN }));
    expect(r.criteria.filter((c) => c.fires).length).toBe(2);
    expect(r.reason).toMatch(/diverged/);
  });
});
