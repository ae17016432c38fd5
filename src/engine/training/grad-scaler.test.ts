import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_GRAD_SCALER,
  type GradScalerConfig,
  initialScalerState,
  scaleLoss,
  unscaleGrads,
  updateScale,
} from './grad-scaler';
import { roundToPrecision } from './precision';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

function replay(config: GradScalerConfig, foundInf: boolean[]) {
  let state = initialScalerState(config);
  return foundInf.map((inf) => {
    const out = updateScale(config, state, inf);
    state = out.state;
    return [state.scale, state.growthTracker, out.skipped] as const;
  });
}

describe('grad scaler (PyTorch GradScaler)', () => {
  it("starts at PyTorch's defaults", () => {
    expect(initialScalerState()).toEqual({ scale: 65536, growthTracker: 0 });
    expect(DEFAULT_GRAD_SCALER).toEqual({
      initScale: 2 ** 16,
      growthFactor: 2,
      backoffFactor: 0.5,
      growthInterval: 2000,
    });
  });

  it('a scripted sequence of clean and non-finite steps (growth interval 3)', () => {
    const config = { ...DEFAULT_GRAD_SCALER, growthInterval: 3 };
    const F = false;
    const T = true;
    expect(replay(config, [F, F, F, T, F, F, T, T, F, F, F, F])).toEqual([
      [65536, 1, false],
      [65536, 2, false],
      [131072, 0, false], // third clean step in a row: grow
      [65536, 0, true], // non-finite: back off, skip the step
      [65536, 1, false],
      [65536, 2, false],
      [32768, 0, true], // the tracker restarts: no growth after 2 clean steps
      [16384, 0, true],
      [16384, 1, false],
      [16384, 2, false],
      [32768, 0, false],
      [32768, 1, false],
    ]);
  });

  it('with the defaults the scale doubles exactly at the 2000th clean step', () => {
    const steps = replay(DEFAULT_GRAD_SCALER, Array(2001).fill(false));
    expect(steps[1998]).toEqual([65536, 1999, false]);
    expect(steps[1999]).toEqual([131072, 0, false]);
    expect(steps[2000]).toEqual([131072, 1, false]);
  });

  it('does not grow into Inf (float32), and the state survives JSON', () => {
    const config = { ...DEFAULT_GRAD_SCALER, initScale: 2 ** 127, growthInterval: 1 };
    expect(replay(config, [false, false])).toEqual([
      [2 ** 127, 0, false],
      [2 ** 127, 0, false],
    ]);
    const state = updateScale(DEFAULT_GRAD_SCALER, initialScalerState(), true).state;
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });

  it('refuses bad settings, naming them', () => {
    expect(() => initialScalerState({ ...DEFAULT_GRAD_SCALER, growthFactor: 1 })).toThrow(
      /gradScaler.growthFactor/,
    );
    expect(() => initialScalerState({ ...DEFAULT_GRAD_SCALER, backoffFactor: 1 })).toThrow(
      /gradScaler.backoffFactor/,
    );
    expect(() => initialScalerState({ ...DEFAULT_GRAD_SCALER, growthInterval: 0 })).toThrow(
      'gradScaler.growthInterval must be an integer ≥ 1, got 0',
    );
    expect(() => initialScalerState({ ...DEFAULT_GRAD_SCALER, initScale: Infinity })).toThrow(
      /initScale/,
    );
  });

  it('unscales gradients and finds non-finite ones', () => {
    const ok = new Map([
      ['a', tf.tensor([65536, -131072])],
      ['b', tf.tensor([3])],
    ]);
    const r = unscaleGrads(ok, 65536);
    expect(Array.from(r.grads.get('a')!.dataSync())).toEqual([1, -2]);
    expect(r.grads.get('b')!.dataSync()[0]).toBe(3 / 65536);
    expect(r.foundInf.dataSync()[0]).toBe(0);
    const bad = new Map([
      ['a', tf.tensor([1])],
      ['b', tf.tensor([NaN, 2])],
    ]);
    const s = unscaleGrads(bad, 2);
    expect(s.foundInf.dataSync()[0]).toBe(1);
    tf.dispose([
      ...ok.values(),
      ...bad.values(),
      ...r.grads.values(),
      ...s.grads.values(),
      r.foundInf,
      s.foundInf,
    ]);
  });

  it('scaling keeps a small gradient alive through fp16 that would underflow without it', () => {
    const loss = tf.scalar(1e-8); // stands for a gradient of that size
    const plain = roundToPrecision(loss, 'fp16');
    expect(plain.dataSync()[0]).toBe(0);
    const scaled = roundToPrecision(scaleLoss(loss, 65536), 'fp16');
    const back = unscaleGrads(new Map([['g', scaled]]), 65536);
    expect(back.grads.get('g')!.dataSync()[0]).toBeCloseTo(1e-8, 10);
    tf.dispose([loss, plain, scaled, back.grads.get('g')!, back.foundInf]);
  });
});
