import { describe, expect, it } from 'vitest';
import { initialPlateauState } from './plateau';
import { DEFAULT_SCHEDULES, lrAt, momentumAt, type Schedule } from './schedules';

const close = (a: number, b: number) => expect(a).toBeCloseTo(b, 12);

/** nanoGPT's train.py `get_lr`, transcribed as the reference. */
function nanoGptLr(it: number, lr: number, warmup: number, decayIters: number, minLr: number) {
  if (it < warmup) return (lr * (it + 1)) / (warmup + 1);
  if (it > decayIters) return minLr;
  const decayRatio = (it - warmup) / (decayIters - warmup);
  const coeff = 0.5 * (1.0 + Math.cos(Math.PI * decayRatio));
  return minLr + coeff * (lr - minLr);
}

/** PyTorch OneCycleLR.get_lr (two phases, cos), transcribed; throws past total_steps as it does. */
function pytorchOneCycle(stepNum: number, total: number, maxLr: number, pct = 0.3) {
  const initial = maxLr / 25;
  const min = initial / 1e4;
  if (stepNum > total) throw new Error('Tried to step too many times');
  const phases = [
    { end: pct * total - 1, start_lr: initial, end_lr: maxLr, start_m: 0.95, end_m: 0.85 },
    { end: total - 1, start_lr: maxLr, end_lr: min, start_m: 0.85, end_m: 0.95 },
  ];
  const cos = (s: number, e: number, p: number) => e + ((s - e) / 2) * (Math.cos(Math.PI * p) + 1);
  let startStep = 0;
  for (let i = 0; i < phases.length; i++) {
    const ph = phases[i];
    if (stepNum <= ph.end || i === phases.length - 1) {
      const p = (stepNum - startStep) / (ph.end - startStep);
      return { lr: cos(ph.start_lr, ph.end_lr, p), momentum: cos(ph.start_m, ph.end_m, p) };
    }
    startStep = ph.end;
  }
  throw new Error('unreachable');
}

describe('lrAt', () => {
  it('constant: the base rate at every step, also past the end', () => {
    for (const step of [0, 1, 99, 100, 5000])
      expect(lrAt({ kind: 'constant' }, step, 100, 0.3)).toBe(0.3);
  });

  it('step decay: multiplies by gamma exactly at multiples of stepSize (PyTorch StepLR)', () => {
    const s: Schedule = { kind: 'step', stepSize: 30, gamma: 0.1 };
    close(lrAt(s, 0, 100, 1), 1);
    close(lrAt(s, 29, 100, 1), 1);
    close(lrAt(s, 30, 100, 1), 0.1);
    close(lrAt(s, 59, 100, 1), 0.1);
    close(lrAt(s, 60, 100, 1), 0.01);
    close(lrAt(s, 250, 100, 1), 1e-8);
  });

  it('exponential: continuous or staircase (Keras ExponentialDecay)', () => {
    const smooth: Schedule = {
      kind: 'exponential',
      decayRate: 0.5,
      decaySteps: 10,
      staircase: false,
    };
    const stairs: Schedule = { ...smooth, staircase: true };
    close(lrAt(smooth, 0, 100, 2), 2);
    close(lrAt(smooth, 5, 100, 2), 2 * 0.5 ** 0.5);
    close(lrAt(smooth, 10, 100, 2), 1);
    close(lrAt(stairs, 9, 100, 2), 2);
    close(lrAt(stairs, 10, 100, 2), 1);
    close(lrAt(stairs, 15, 100, 2), 1);
    close(lrAt(stairs, 20, 100, 2), 0.5);
  });

  it('cosine: base at the first step, the midpoint halfway, minLr at and past the last step', () => {
    const s: Schedule = { kind: 'cosine', minLr: 0.1 };
    close(lrAt(s, 0, 100, 1.1), 1.1);
    close(lrAt(s, 50, 100, 1.1), 0.6);
    close(lrAt(s, 99, 100, 1.1), 0.1 + 0.5 * (1 + Math.cos((Math.PI * 99) / 100)));
    close(lrAt(s, 100, 100, 1.1), 0.1);
    close(lrAt(s, 170, 100, 1.1), 0.1); // PyTorch's closed form would rise again here
  });

  it("warm-up then cosine equals nanoGPT's get_lr at every step, with its boundaries", () => {
    const s: Schedule = { kind: 'warmupCosine', warmupSteps: 10, decaySteps: 100, minLr: 6e-5 };
    for (let it = 0; it <= 130; it++)
      close(lrAt(s, it, 200, 6e-4), nanoGptLr(it, 6e-4, 10, 100, 6e-5));
    close(lrAt(s, 0, 200, 6e-4), 6e-4 / 11); // first step: not zero
    close(lrAt(s, 9, 200, 6e-4), (6e-4 * 10) / 11); // last warm-up step
    close(lrAt(s, 10, 200, 6e-4), 6e-4); // end of warm-up: the peak
    close(lrAt(s, 55, 200, 6e-4), (6e-4 + 6e-5) / 2);
    close(lrAt(s, 100, 200, 6e-4), 6e-5); // decay end
    close(lrAt(s, 1000, 200, 6e-4), 6e-5); // past the end
    // decaySteps null: the decay ends at totalSteps
    const toEnd: Schedule = { ...s, decaySteps: null };
    close(lrAt(toEnd, 200, 200, 6e-4), 6e-5);
    close(lrAt(toEnd, 105, 200, 6e-4), nanoGptLr(105, 6e-4, 10, 200, 6e-5));
    expect(() => lrAt({ ...s, warmupSteps: 100 }, 0, 200, 6e-4)).toThrow(/less than the decay end/);
  });

  it("one-cycle equals PyTorch OneCycleLR's lr and momentum at every step, and holds past the end", () => {
    const s = DEFAULT_SCHEDULES.oneCycle;
    for (const total of [100, 7, 1000]) {
      for (let step = 0; step < total; step++) {
        const ref = pytorchOneCycle(step, total, 0.1);
        close(lrAt(s, step, total, 0.1), ref.lr);
        close(momentumAt(s, step, total)!, ref.momentum);
      }
    }
    close(lrAt(s, 0, 100, 0.1), 0.004); // max_lr / div_factor
    close(lrAt(s, 29, 100, 0.1), 0.1); // end of the rise: pct_start·T − 1
    close(lrAt(s, 99, 100, 0.1), 4e-7); // initial / final_div_factor
    close(lrAt(s, 150, 100, 0.1), 4e-7);
    close(momentumAt(s, 0, 100)!, 0.95);
    close(momentumAt(s, 29, 100)!, 0.85);
    close(momentumAt(s, 99, 100)!, 0.95);
    close(momentumAt(s, 150, 100)!, 0.95);
    expect(momentumAt({ kind: 'constant' }, 3, 100)).toBeNull();
  });

  it("plateau: the rate is the state's", () => {
    const s = DEFAULT_SCHEDULES.plateau;
    expect(lrAt(s, 12, 100, 0.5, { ...initialPlateauState(0.5), lr: 0.05 })).toBe(0.05);
    expect(() => lrAt(s, 12, 100, 0.5)).toThrow(/PlateauState/);
  });

  it('refuses bad steps, totals, rates and parameters, naming them', () => {
    const c: Schedule = { kind: 'constant' };
    expect(() => lrAt(c, -1, 100, 0.1)).toThrow('step must be an integer ≥ 0, got -1');
    expect(() => lrAt(c, 1.5, 100, 0.1)).toThrow(/step must be an integer/);
    expect(() => lrAt(c, 0, 0, 0.1)).toThrow('totalSteps must be an integer ≥ 1, got 0');
    expect(() => lrAt(c, 0, 10, 0)).toThrow('baseLr must be a finite number > 0, got 0');
    expect(() => lrAt(c, 0, 10, Infinity)).toThrow(/baseLr/);
    expect(() => lrAt({ kind: 'step', stepSize: 0, gamma: 0.1 }, 0, 10, 0.1)).toThrow(
      /step.stepSize/,
    );
    expect(() => lrAt({ ...DEFAULT_SCHEDULES.oneCycle, pctStart: 1 }, 0, 10, 0.1)).toThrow(
      'oneCycle.pctStart must be in (0, 1), got 1',
    );
    expect(() => lrAt({ ...DEFAULT_SCHEDULES.plateau, factor: 1 }, 0, 10, 0.1)).toThrow(
      /plateau.factor/,
    );
  });
});
