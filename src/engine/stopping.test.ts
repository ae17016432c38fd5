import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type LabConfig } from '../config/schema';
import { Rng } from './rng';
import {
  checkStopping,
  type EarlyStoppingState,
  INITIAL_EARLY_STOPPING,
  isImprovement,
  recordEvaluation,
  type StoppingInput,
} from './stopping';

const config = (over: Partial<LabConfig> = {}): LabConfig => ({
  ...DEFAULT_CONFIG,
  earlyStopping: 'off',
  ...over,
});

const input = (over: Partial<StoppingInput> = {}): StoppingInput => ({
  config: config(),
  step: 10,
  epoch: 1,
  trainLoss: 0.5,
  valLoss: 0.5,
  earlyStopping: INITIAL_EARLY_STOPPING,
  ...over,
});

const firing = (i: StoppingInput) =>
  checkStopping(i)
    .criteria.filter((c) => c.fires)
    .map((c) => c.id);

/**
 * Keras 3's EarlyStopping.on_epoch_end for mode 'min' with no baseline, written out as the
 * reference: best starts at +inf, min_delta is negated for 'min', wait counts every
 * evaluation and is reset by an improvement; stop when wait ≥ patience after the first.
 */
function kerasStops(losses: number[], patience: number, minDelta = 0): number | null {
  const delta = -Math.abs(minDelta);
  let best = Infinity;
  let wait = 0;
  for (let epoch = 0; epoch < losses.length; epoch++) {
    wait += 1;
    if (losses[epoch] - delta < best) {
      best = losses[epoch];
      wait = 0;
      continue;
    }
    if (wait >= patience && epoch > 0) return epoch;
  }
  return null;
}

/** Feeds losses to the engine one evaluation at a time; returns the index where it stops. */
function engineStops(losses: number[], patience: number, minDelta = 0): number | null {
  let es: EarlyStoppingState = INITIAL_EARLY_STOPPING;
  const cfg = config({ earlyStopping: 'on', patience });
  for (let k = 0; k < losses.length; k++) {
    es = recordEvaluation(es, losses[k], (k + 1) * 25, minDelta);
    const r = checkStopping(input({ config: cfg, valLoss: losses[k], earlyStopping: es }));
    if (r.stop) {
      expect(r.criteria.find((c) => c.fires)?.id).toBe('earlyStopping');
      return k;
    }
  }
  return null;
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

  it('never counts NaN or +Inf as an improvement', () => {
    expect(isImprovement(NaN, 0.6)).toBe(false);
    expect(isImprovement(NaN, null)).toBe(false);
    expect(isImprovement(Infinity, null)).toBe(false);
  });
});

describe('recordEvaluation', () => {
  it('counts evaluations, increments wait without improvement and resets it on improvement', () => {
    let s = recordEvaluation(INITIAL_EARLY_STOPPING, 1.0, 25);
    expect(s).toEqual({ best: 1.0, bestStep: 25, wait: 0, evaluations: 1 });
    s = recordEvaluation(s, 1.2, 50);
    expect(s).toEqual({ best: 1.0, bestStep: 25, wait: 1, evaluations: 2 });
    s = recordEvaluation(s, 1.0, 75);
    expect(s).toEqual({ best: 1.0, bestStep: 25, wait: 2, evaluations: 3 });
    s = recordEvaluation(s, 0.9, 100);
    expect(s).toEqual({ best: 0.9, bestStep: 100, wait: 0, evaluations: 4 });
  });

  it('does not change the state it is given', () => {
    const s = recordEvaluation(INITIAL_EARLY_STOPPING, 1.0, 25);
    recordEvaluation(s, 2.0, 50);
    expect(s.wait).toBe(0);
    expect(INITIAL_EARLY_STOPPING).toEqual({ best: null, bestStep: null, wait: 0, evaluations: 0 });
  });
});

describe('early stopping', () => {
  it('stops after `patience` evaluations without improvement', () => {
    // improvement, improvement, then 3 worse: with patience 3 stop at the 3rd worse one.
    expect(engineStops([1.0, 0.9, 0.95, 0.91, 0.92, 0.5], 3)).toBe(4);
    expect(engineStops([1.0, 0.9, 0.95, 0.91, 0.85, 0.86, 0.87], 3)).toBe(null);
  });

  it('never stops on the first evaluation, even with patience 0', () => {
    expect(engineStops([1.0], 0)).toBe(null);
    expect(engineStops([1.0, 0.9], 0)).toBe(null); // improving: wait stays 0
    expect(engineStops([1.0, 1.1], 0)).toBe(1);
  });

  it('does not stop when it is off', () => {
    let es: EarlyStoppingState = INITIAL_EARLY_STOPPING;
    for (let k = 0; k < 20; k++) es = recordEvaluation(es, 1 + k, k);
    const r = checkStopping(input({ config: config({ patience: 2 }), earlyStopping: es }));
    expect(r.stop).toBe(false);
    expect(r.criteria.find((c) => c.id === 'earlyStopping')?.enabled).toBe(false);
  });

  it('agrees with the Keras reference on random loss sequences', () => {
    const rng = new Rng(2024);
    for (let trial = 0; trial < 400; trial++) {
      const n = 1 + rng.int(25);
      let level = 1;
      // A noisy, mostly decreasing curve with plateaus and exact repeats.
      const losses = Array.from({ length: n }, () => {
        level *= rng.uniform(0.9, 1.08);
        return rng.next() < 0.1 ? 1 : Math.round(level * 100) / 100;
      });
      const patience = rng.int(5);
      const minDelta = rng.next() < 0.5 ? 0 : 0.02;
      expect(engineStops(losses, patience, minDelta), `${losses} p=${patience} d=${minDelta}`).toBe(
        kerasStops(losses, patience, minDelta),
      );
    }
  });

  it('names the patience and the best loss in its reason', () => {
    let es = recordEvaluation(INITIAL_EARLY_STOPPING, 0.3, 100);
    es = recordEvaluation(es, 0.4, 200);
    es = recordEvaluation(es, 0.4, 300);
    const r = checkStopping(
      input({ config: config({ earlyStopping: 'on', patience: 2 }), earlyStopping: es }),
    );
    expect(r.stop).toBe(true);
    expect(r.reason).toMatch(/early stopping/i);
    expect(r.reason).toContain('patience 2');
    expect(r.reason).toContain('step 100');
  });
});

describe('checkStopping', () => {
  it('fires nothing for a run in progress', () => {
    const r = checkStopping(input());
    expect(r).toMatchObject({ phase: 'stopping', stop: false, reason: null });
    expect(r.criteria.map((c) => c.id).sort()).toEqual(
      ['earlyStopping', 'maxEpochs', 'maxSteps', 'nonFinite', 'targetValLoss'].sort(),
    );
  });

  it('stops at max steps exactly', () => {
    const cfg = config({ maxSteps: 100 });
    expect(firing(input({ config: cfg, step: 99 }))).toEqual([]);
    const r = checkStopping(input({ config: cfg, step: 100 }));
    expect(r.stop).toBe(true);
    expect(firing(input({ config: cfg, step: 100 }))).toEqual(['maxSteps']);
    expect(r.reason).toMatch(/max steps/i);
    expect(r.reason).toContain('100');
  });

  it('stops at max epochs exactly', () => {
    const cfg = config({ maxEpochs: 5 });
    expect(firing(input({ config: cfg, epoch: 4 }))).toEqual([]);
    const r = checkStopping(input({ config: cfg, epoch: 5 }));
    expect(firing(input({ config: cfg, epoch: 5 }))).toEqual(['maxEpochs']);
    expect(r.reason).toMatch(/max epochs/i);
  });

  it('stops when the validation loss reaches the target, and never when the target is 0', () => {
    const cfg = config({ targetValLoss: 0.1 });
    expect(firing(input({ config: cfg, valLoss: 0.1001 }))).toEqual([]);
    expect(firing(input({ config: cfg, valLoss: null }))).toEqual([]);
    expect(firing(input({ config: cfg, valLoss: 0.1 }))).toEqual(['targetValLoss']);
    const r = checkStopping(input({ config: cfg, valLoss: 0.05 }));
    expect(r.stop).toBe(true);
    expect(r.reason).toMatch(/target/i);
    const off = config({ targetValLoss: 0 });
    expect(firing(input({ config: off, valLoss: 0 }))).toEqual([]);
    expect(
      checkStopping(input({ config: off })).criteria.find((c) => c.id === 'targetValLoss')?.enabled,
    ).toBe(false);
  });

  it('stops on a NaN or infinite training loss', () => {
    for (const loss of [NaN, Infinity, -Infinity]) {
      const r = checkStopping(input({ trainLoss: loss }));
      expect(r.stop).toBe(true);
      expect(firing(input({ trainLoss: loss }))).toEqual(['nonFinite']);
      expect(r.reason).toContain(String(loss));
      expect(r.reason).toMatch(/NaN\/Inf/);
    }
    expect(firing(input({ trainLoss: null }))).toEqual([]);
    expect(firing(input({ trainLoss: 1e30 }))).toEqual([]);
  });

  it('gives the divergence as the reason when several criteria fire at once', () => {
    const r = checkStopping(input({ config: config({ maxSteps: 10 }), step: 10, trainLoss: NaN }));
    expect(r.criteria.filter((c) => c.fires).length).toBe(2);
    expect(r.reason).toMatch(/diverged/);
  });
});
