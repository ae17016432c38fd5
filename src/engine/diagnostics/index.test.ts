import { describe, expect, it } from 'vitest';
import type { ModelSummary } from '../../protocol/messages';
import { makeHistory, noisy } from './fixtures';
import { DETECTORS, detectWarnings, layersOf, mergeWarnings, WarningLog } from './index';
import type { Warning } from './series';

const MODEL: Pick<ModelSummary, 'layers'> = {
  layers: [
    { name: 'hidden 1', inputs: 2, outputs: 8, activation: 'relu', params: 24 },
    { name: 'output', inputs: 8, outputs: 2, activation: 'softmax', params: 18 },
  ],
};

const w = (kind: Warning['warning'], step: number): Warning => ({
  kind: 'warning',
  warning: kind,
  step,
  message: { id: 'plateauImproved', values: { kind, step } },
  remedy: { id: 'plateauRemedy', values: {} },
});

/** A healthy run: falling losses, steady gradients, no dead units. */
const healthy = () =>
  makeHistory({
    train: noisy(300, (i) => 0.7 * 0.995 ** i, 0.2),
    val: Array.from({ length: 30 }, (_, k) => 0.7 * 0.95 ** k),
    grads: noisy(30, 0.3, 0.3).map((x) => [x, x / 2]),
    dead: Array.from({ length: 30 }, () => [0.125]),
  });

describe('detectWarnings', () => {
  it('has a detector for every warning kind', () => {
    expect(Object.keys(DETECTORS).sort()).toEqual(
      [
        'deadRelu',
        'divergence',
        'explodingGradients',
        'lossSpike',
        'overfitting',
        'plateau',
        'vanishingGradients',
      ].sort(),
    );
  });

  it('finds nothing in a healthy run', () => {
    expect(detectWarnings({ history: healthy(), since: -1, layers: layersOf(MODEL) })).toEqual([]);
  });

  it('finds several warnings at once, oldest first', () => {
    const h = makeHistory({
      train: [0.7, 0.7, 0.7, 0.7, 0.7, ...Array(20).fill(5), NaN],
      grads: [[1e-9, 1]],
      val: [0.5],
      dead: [[0.875]],
    });
    const found = detectWarnings({ history: h, since: -1, layers: layersOf(MODEL) });
    expect(found.map((x) => x.warning)).toEqual(['deadRelu', 'vanishingGradients', 'divergence']);
    expect(found.map((x) => x.step)).toEqual([10, 10, 26]);
  });
});

describe('mergeWarnings', () => {
  it('keeps one warning per kind, the one seen last', () => {
    const merged = mergeWarnings(
      [w('plateau', 100), w('lossSpike', 40)],
      [w('lossSpike', 90), w('deadRelu', 100)],
    );
    expect(merged.map((x) => [x.warning, x.step])).toEqual([
      ['lossSpike', 90],
      ['deadRelu', 100],
      ['plateau', 100],
    ]);
  });

  it('keeps an older warning that is not seen again', () => {
    expect(mergeWarnings([w('lossSpike', 40)], [])).toEqual([w('lossSpike', 40)]);
  });
});

describe('WarningLog', () => {
  const spiky = (n: number) => [...Array(30).fill(0.5), 3, ...Array(n).fill(0.5)];

  it('keeps a warning that stopped applying, at the step it was last seen', () => {
    const log = new WarningLog();
    const first = log.update('run-a', makeHistory({ train: spiky(4) }), MODEL);
    expect(first.map((x) => [x.warning, x.step])).toEqual([['lossSpike', 31]]);
    const later = log.update('run-a', makeHistory({ train: spiky(60) }), MODEL);
    expect(later.map((x) => [x.warning, x.step])).toEqual([['lossSpike', 31]]);
  });

  it('starts again for a new run', () => {
    const log = new WarningLog();
    log.update('run-a', makeHistory({ train: spiky(4) }), MODEL);
    expect(log.update('run-b', makeHistory({ train: Array(40).fill(0.5) }), MODEL)).toEqual([]);
  });

  it('starts again when the history goes back in steps (a restored checkpoint)', () => {
    const log = new WarningLog();
    log.update('run-a', makeHistory({ train: spiky(40) }), MODEL);
    const restored = makeHistory({ train: Array(25).fill(0.5) });
    expect(log.update('run-a', restored, MODEL)).toEqual([]);
  });
});
