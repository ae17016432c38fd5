import { describe, expect, it } from 'vitest';
import { taskDefaults } from '../../config/schema';
import { confusionMetrics, modelCardMarkdown } from '../../data/model-card';
import type { DatasetView, EngineStatus, ModelSummary } from '../../protocol/messages';
import { cardInput } from './ModelCardExport';

const model: ModelSummary = {
  layers: [],
  table: [
    {
      name: 'output',
      kind: 'dense',
      outputShape: [3],
      params: 15,
      forwardFlops: 24,
      trainFlops: 1152,
    },
  ],
  totalParams: 15,
  flopsPerStep: 1152,
};

const status = {
  step: 1000,
  epoch: 7,
  elapsedMs: 30_000,
  trainLoss: 0.3,
  valLoss: 0.25,
  valAccuracy: 0.9,
  finished: {
    reason: {
      id: 'maxSteps',
      enabled: true,
      fires: true,
      step: 1000,
      facts: { step: 1000, maxSteps: 1000 },
    },
  },
} as EngineStatus;

/** The iris example: 4 input columns, 120 training and 30 validation rows. */
const iris = {
  kind: 'table',
  title: 'Iris',
  inputSize: 4,
  classes: 3,
  classNames: ['setosa', 'versicolor', 'virginica'],
  source: {
    id: '',
    name: 'Iris',
    features: ['a', 'b', 'c', 'd'],
    target: 'species',
    kind: 'classification',
    rows: 150,
  },
  trainX: new Float32Array(120 * 4),
  trainY: new Int32Array(120),
  valX: new Float32Array(30 * 4),
  valY: new Int32Array(30),
  testSize: 0,
  extent: [0, 1, 0, 1],
} as unknown as DatasetView;

const backend = { name: 'webgpu', adapter: { vendor: 'google', description: 'SwiftShader' } };
const laptop = { device: 'Laptop', powerW: 28, peakFlops: 2e12, pue: 1, gramsPerKWh: 475 };
const when = new Date('2026-01-30T15:12:00Z');

describe('the model card of the run on screen', () => {
  it('takes sizes, metrics, procedure and compute from the page’s state', () => {
    const input = cardInput(taskDefaults('table'), model, iris, status, backend, laptop, when);
    expect(input.data.sizes).toEqual({ train: 120, validation: 30, test: 0, unit: 'rows' });
    expect(input.metrics).toMatchObject({ kind: 'classifier', validation: { accuracy: 0.9 } });
    expect(input.data.description).toMatch(/Fisher 1936/);
    expect(input.training).toMatchObject({ steps: 1000, adapter: 'SwiftShader' });
    // 1,152 FLOPs × 1,000 steps; 28 W × 30 s = 233 mWh; × 475 g/kWh = 111 mg.
    expect(input.compute).toMatchObject({ flops: 1_152_000, powerW: 28 });
    expect(input.compute?.co2Grams).toBeCloseTo(0.110833, 6);
    const md = modelCardMarkdown(input);
    expect(md).toContain('Stopped: Reached max steps (1000).');
    expect(md).toContain('| validation | accuracy | 90.0% |');
  });

  it('counts a language model’s names, and leaves compute out without assumptions', () => {
    const names = {
      ...iris,
      kind: 'chars',
      source: undefined,
      words: { train: 6800, validation: 760, test: 843, sample: [] },
    } as unknown as DatasetView;
    const input = cardInput(taskDefaults('names'), model, names, status, backend, null, when);
    expect(input.data.sizes).toEqual({ train: 6800, validation: 760, test: 843, unit: 'names' });
    expect(input.metrics.kind).toBe('language');
    expect(input.modelName).toBe('MLP (dense layers)');
    expect(input.compute).toBeUndefined();
  });
});

describe('the test measurement on the card', () => {
  const runId = 'r1';
  const ofRun = { ...status, runId };
  it('joins the card when it is of the run and step on screen, and only then', () => {
    const measured = { runId, step: 1000, loss: 0.31, accuracy: 0.875 };
    const card = (test: typeof measured | null) =>
      cardInput(taskDefaults('table'), model, iris, ofRun, backend, null, when, test);
    expect(card(measured).metrics.test).toEqual({ loss: 0.31, accuracy: 0.875 });
    expect(modelCardMarkdown(card(measured))).toContain('| test | accuracy | 87.5% |');
    expect(card({ ...measured, step: 999 }).metrics.test).toBeUndefined();
    expect(card({ ...measured, runId: 'another' }).metrics.test).toBeUndefined();
    expect(modelCardMarkdown(card(null))).toContain('Test-set metrics are not measured yet.');
  });
});

describe('the card in the page’s language', () => {
  it('names the task, model, data and stop reason in German on a German page', () => {
    const test = { runId: 'r1', step: 1000, loss: 0.31, accuracy: 0.875 };
    const ofRun = { ...status, runId: 'r1' };
    const input = cardInput(
      taskDefaults('table'),
      model,
      iris,
      ofRun,
      backend,
      laptop,
      when,
      test,
      'de',
    );
    expect(input.locale).toBe('de');
    expect(input.data.sizes.unit).toBe('Zeilen');
    expect(input.data.description).toMatch(/^Fishers Iris-Blüten/);
    const md = modelCardMarkdown(input);
    expect(md).toContain('# Modellkarte: MLP für Eigene Daten (CSV oder gezeichnete Punkte)');
    expect(md).toContain('Gestoppt: ');
    expect(md).not.toContain('Stopped: ');
    expect(md).toContain('| Validierung | Genauigkeit | 90,0\u202f% |');
    expect(md).toContain('| Test | Genauigkeit | 87,5\u202f% |');
  });
});

describe('per-class accuracy and the confusion matrix on the card', () => {
  // 3 iris classes; rows are the true class: 10 setosa all right, versicolor 8 of 10, virginica none.
  const counts = Int32Array.from([10, 0, 0, 1, 8, 1, 0, 0, 0]);
  const evaluation = { step: 900, confusion: { classes: 3, counts } };

  it('come from the last evaluation’s confusion counts, of a classifier', () => {
    const input = cardInput(
      taskDefaults('table'),
      model,
      iris,
      status,
      backend,
      null,
      when,
      null,
      'en',
      evaluation,
    );
    expect(input.metrics.confusion).toEqual([
      [10, 0, 0],
      [1, 8, 1],
      [0, 0, 0],
    ]);
    expect(input.metrics.perClassAccuracy).toEqual([1, 0.8, NaN]);
    const md = modelCardMarkdown(input);
    expect(md).toContain('On the validation split, at the evaluation of step 900.');
    expect(md).toContain('| versicolor | 80.0% |');
    expect(md).toContain('| virginica | — |');
    expect(md).toContain('| versicolor | 1 | 8 | 1 |');
  });

  it('stay off the card of a regression, of an evaluation after the step shown, or without one', () => {
    const regression = { ...iris, classes: 0, classNames: undefined } as unknown as DatasetView;
    const of = (d: DatasetView, e: typeof evaluation | null) =>
      cardInput(taskDefaults('table'), model, d, status, backend, null, when, null, 'en', e)
        .metrics;
    expect(of(regression, evaluation).confusion).toBeUndefined();
    expect(of(iris, { ...evaluation, step: 1001 }).confusion).toBeUndefined();
    expect(of(iris, null).perClassAccuracy).toBeUndefined();
    expect(
      modelCardMarkdown(cardInput(taskDefaults('table'), model, iris, status, backend, null, when)),
    ).not.toContain('Accuracy per class');
  });

  it('refuses counts that are not classes × classes', () => {
    expect(() => confusionMetrics(3, [1, 2, 3])).toThrow(/3 classes needs 9 counts, not 3/);
  });
});
