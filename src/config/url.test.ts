import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type LabConfig, validate } from './schema';
import { backendFromSearch, rawFromSearch, searchFromConfig } from './url';

const roundTrip = (config: LabConfig) => validate(rawFromSearch(searchFromConfig(config)));

describe('URL round trip', () => {
  it('gives an empty query for the defaults and reads it back as the defaults', () => {
    expect(searchFromConfig(DEFAULT_CONFIG)).toBe('');
    expect(roundTrip(DEFAULT_CONFIG)).toEqual({ config: DEFAULT_CONFIG, errors: {} });
  });

  it('keeps a config with every field changed', () => {
    const config: LabConfig = {
      // Not the regression task: it has no accuracy for the stopping criteria to watch.
      task: 'mnist',
      dataset: 'spiral',
      function: 'step',
      dataId: '0123456789abcdef',
      model: 'cnn',
      noise: 0.35,
      points: 1234,
      validationSplit: 0.15,
      hiddenLayers: 3,
      units: 17,
      context: 7,
      embedding: 12,
      heads: 3,
      blocks: 2,
      temperature: 0.7,
      activation: 'relu',
      initializer: 'he',
      optimizer: 'momentum',
      learningRate: 0.000123,
      batchSize: 7,
      maxSteps: 999,
      maxEpochs: 12,
      maxTime: 90,
      targetMetric: 'val_accuracy',
      target: 0.97,
      evalInterval: 3,
      checkpointInterval: 11,
      keepCheckpoints: 7,
      autoResume: 'off',
      earlyStopping: 'off',
      monitor: 'val_accuracy',
      mode: 'max',
      minDelta: 0.002,
      patience: 0,
      baseline: 0.5,
      restoreBest: 'on',
      divergenceThreshold: 0.2,
      stopOnNonFinite: 'off',
      readbackInterval: 1,
      seed: 2_147_483_647,
    };
    for (const k of Object.keys(config) as (keyof LabConfig)[]) {
      expect(config[k], k).not.toBe(DEFAULT_CONFIG[k]);
    }
    expect(roundTrip(config)).toEqual({ config, errors: {} });
    const search = searchFromConfig(config);
    expect(search.startsWith('?')).toBe(true);
    expect(new URLSearchParams(search).get('lr')).toBe('0.000123');
  });

  it('writes only the fields that differ from the defaults', () => {
    const config: LabConfig = { ...DEFAULT_CONFIG, learningRate: 0.1, dataset: 'xor' };
    const params = new URLSearchParams(searchFromConfig(config, 'wasm'));
    expect([...params.keys()].sort()).toEqual(['backend', 'data', 'lr']);
    expect(roundTrip(config).config).toEqual(config);
  });

  it('round-trips floating-point values exactly', () => {
    for (const lr of [0.1 + 0.2, 1 / 3, 1e-7, 9.999999]) {
      const config: LabConfig = { ...DEFAULT_CONFIG, learningRate: lr };
      expect(roundTrip(config).config?.learningRate).toBe(lr);
    }
  });
});

describe('reading the URL', () => {
  it('reports bad values from a hand-edited URL on their fields', () => {
    const r = validate(rawFromSearch('?lr=abc&bs=0&data=moons'));
    expect(r.config).toBeNull();
    expect(Object.keys(r.errors).sort()).toEqual(['batchSize', 'dataset', 'learningRate']);
  });

  it('ignores unknown keys', () => {
    expect(validate(rawFromSearch('?foo=1&lr=0.5')).config).toEqual({
      ...DEFAULT_CONFIG,
      learningRate: 0.5,
    });
  });

  it('reads a known backend and ignores an unknown one', () => {
    expect(backendFromSearch('?backend=cpu')).toBe('cpu');
    expect(backendFromSearch('?backend=webgpu&lr=1')).toBe('webgpu');
    expect(backendFromSearch('?backend=cuda')).toBeUndefined();
    expect(backendFromSearch('')).toBeUndefined();
  });
});
