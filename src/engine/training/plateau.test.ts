import { describe, expect, it } from 'vitest';
/* The policy lives in src/config/plateau.ts (pure, shared with the page); this test draws on the engine's seeded generator. */
import { Rng } from '../rng';
import {
  DEFAULT_PLATEAU,
  initialPlateauState,
  onEvaluation,
  type PlateauConfig,
} from '../../config/plateau';

/**
 * Keras 3's ReduceLROnPlateau (keras/src/callbacks/reduce_lr_on_plateau.py), transcribed with
 * its ±inf best and mode rule, as the reference.
 */
class KerasReduceLROnPlateau {
  best: number;
  wait = 0;
  cooldownCounter = 0;
  private readonly less: boolean;
  constructor(
    private readonly c: PlateauConfig,
    public lr: number,
  ) {
    this.less = c.mode === 'min' || (c.mode === 'auto' && !c.monitor.includes('acc'));
    this.best = this.less ? Infinity : -Infinity;
  }
  private monitorOp(a: number, b: number) {
    return this.less ? a < b - this.c.minDelta : a > b + this.c.minDelta;
  }
  private inCooldown() {
    return this.cooldownCounter > 0;
  }
  onEpochEnd(current: number) {
    if (this.inCooldown()) {
      this.cooldownCounter -= 1;
      this.wait = 0;
    }
    if (this.monitorOp(current, this.best)) {
      this.best = current;
      this.wait = 0;
    } else if (!this.inCooldown()) {
      this.wait += 1;
      if (this.wait >= this.c.patience) {
        const oldLr = this.lr;
        if (oldLr > this.c.minLr) {
          this.lr = Math.max(oldLr * this.c.factor, this.c.minLr);
          this.cooldownCounter = this.c.cooldown;
          this.wait = 0;
        }
      }
    }
  }
}

function run(config: PlateauConfig, metrics: number[], baseLr = 1) {
  let state = initialPlateauState(baseLr);
  const lrs: number[] = [];
  const reduced: boolean[] = [];
  for (const m of metrics) {
    const out = onEvaluation(config, state, m);
    state = out.state;
    lrs.push(state.lr);
    reduced.push(out.reduced);
    // The state is plain data: it survives a JSON round trip (a checkpoint) unchanged.
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  }
  return { lrs, reduced, state };
}

describe('reduce on plateau (Keras semantics)', () => {
  const config: PlateauConfig = {
    ...DEFAULT_PLATEAU,
    factor: 0.5,
    patience: 2,
    minDelta: 0,
    cooldown: 0,
    minLr: 0.1,
  };

  it('a scripted val_loss sequence: reductions, the floor at minLr, wait growing past it', () => {
    const metrics = [1.0, 0.9, 0.95, 0.92, 0.91, 0.93, 0.94, 0.95, 0.96, 0.97, 0.98, 0.99, 1.0];
    const { lrs, reduced, state } = run(config, metrics);
    expect(lrs).toEqual([1, 1, 1, 0.5, 0.5, 0.25, 0.25, 0.125, 0.125, 0.1, 0.1, 0.1, 0.1]);
    expect(reduced.map((r, i) => (r ? i : -1)).filter((i) => i >= 0)).toEqual([3, 5, 7, 9]);
    expect(state.best).toBe(0.9);
    expect(state.wait).toBe(3); // at minLr nothing resets wait (Keras)
  });

  it('cooldown 1 suppresses nothing, cooldown 2 one evaluation (the decrement comes first)', () => {
    const flat = Array.from({ length: 9 }, () => 1);
    expect(run({ ...config, minLr: 0, cooldown: 0 }, flat).lrs).toEqual(
      run({ ...config, minLr: 0, cooldown: 1 }, flat).lrs,
    );
    expect(run({ ...config, minLr: 0, cooldown: 2 }, flat).lrs).toEqual([
      1, 1, 0.5, 0.5, 0.5, 0.25, 0.25, 0.25, 0.125,
    ]);
  });

  it('minDelta: a smaller gain is no improvement; NaN never improves', () => {
    const strict = { ...config, minDelta: 0.05, minLr: 0 };
    expect(run(strict, [1, 0.97, 0.96]).lrs).toEqual([1, 1, 0.5]);
    expect(run({ ...config, minLr: 0 }, [NaN, NaN]).lrs).toEqual([1, 0.5]);
  });

  it("mode auto maximises a name containing 'acc'", () => {
    const acc = { ...config, monitor: 'val_accuracy', minLr: 0 };
    expect(run(acc, [0.5, 0.6, 0.7, 0.8]).lrs).toEqual([1, 1, 1, 1]);
    expect(run({ ...acc, monitor: 'val_loss' }, [0.5, 0.6, 0.7, 0.8]).lrs).toEqual([
      1, 1, 0.5, 0.5,
    ]);
  });

  it('equals the transcribed Keras callback on random metric sequences and settings', () => {
    const rng = new Rng(5);
    for (let trial = 0; trial < 200; trial++) {
      const c: PlateauConfig = {
        monitor: rng.next() < 0.5 ? 'val_loss' : 'val_acc',
        mode: (['min', 'max', 'auto'] as const)[rng.int(3)],
        factor: 0.1 + 0.8 * rng.next(),
        patience: rng.int(5),
        minDelta: rng.next() < 0.5 ? 0 : 0.01 * rng.next(),
        cooldown: rng.int(4),
        minLr: rng.next() < 0.5 ? 0 : 0.01,
      };
      const keras = new KerasReduceLROnPlateau(c, 0.5);
      let state = initialPlateauState(0.5);
      let level = 1;
      for (let e = 0; e < 60; e++) {
        level += rng.normal(0, 0.02) + (rng.next() < 0.5 ? 0.005 : -0.005);
        keras.onEpochEnd(level);
        state = onEvaluation(c, state, level).state;
        expect(state.lr).toBe(keras.lr);
        expect(state.wait).toBe(keras.wait);
        expect(state.cooldownCounter).toBe(keras.cooldownCounter);
        expect(state.best).toBe(keras.best);
      }
    }
  });

  it('refuses bad settings and a bad base rate, naming them', () => {
    expect(() => onEvaluation({ ...config, factor: 1 }, initialPlateauState(1), 0)).toThrow(
      'plateau.factor must be in (0, 1), got 1',
    );
    expect(() => onEvaluation({ ...config, patience: 1.5 }, initialPlateauState(1), 0)).toThrow(
      /plateau.patience/,
    );
    expect(() => onEvaluation({ ...config, minLr: -1 }, initialPlateauState(1), 0)).toThrow(
      /plateau.minLr/,
    );
    expect(() => initialPlateauState(0)).toThrow(/baseLr/);
  });
});
