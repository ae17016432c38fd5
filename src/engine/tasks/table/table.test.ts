/** The "Your own data" task: loading by id, the split, standardization, and training. */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type LabConfig, taskDefaults } from '../../../config/schema';
import { parseCsv } from '../../../data/csv';
import { contentId, fromDrawnPoints, type OwnData, toOwnData } from '../../../data/own-data';
import { layerRows } from '../../../protocol/metric-log';
import type { PhaseReport } from '../../../protocol/reports';
import { MemoryCheckpointStore } from '../../checkpoint';
import { detectWarnings, layersOf } from '../../diagnostics';
import { MemoryDatasetStore } from '../../dataset-store';
import { Rng } from '../../rng';
import { TrainingRun } from '../../training-run';
import { columnStats, kindOf, requireOwnData } from './data';
import { table } from './index';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

function own(r: ReturnType<typeof toOwnData>): OwnData {
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.data;
}

/** Two classes on either side of the line x1 + x2 = 0, drawn in [−1, 1]². */
function drawn(n = 120): OwnData {
  const rng = new Rng(7);
  return own(
    fromDrawnPoints(
      Array.from({ length: n }, () => {
        const x = rng.uniform(-1, 1);
        const y = rng.uniform(-1, 1);
        return { x, y, label: x + y > 0 ? (1 as const) : (0 as const) };
      }),
    ),
  );
}

/**
 * y = 3·a − 2·b + 50 on a table of 200 rows, in large units; the target in units `scale`
 * times smaller and moved by `offset` (e.g. prices in cents, or populations).
 */
function linearTable(scale = 1, offset = 0): OwnData {
  const rng = new Rng(3);
  const rows = Array.from({ length: 200 }, () => {
    const a = rng.uniform(0, 100);
    const b = rng.uniform(-10, 10);
    return `${a},${b},${(3 * a - 2 * b + 50) * scale + offset}`;
  });
  const parsed = parseCsv(['a,b,y', ...rows].join('\n'));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return own(toOwnData(parsed.table, { target: 2, kind: 'regression' }, 'linear.csv'));
}

async function stored(data: OwnData): Promise<LabConfig> {
  const store = new MemoryDatasetStore();
  await store.saveDataset(data);
  const config = { ...taskDefaults('table'), dataId: data.id, maxSteps: 10_000 };
  await table.prepare!(config, store);
  return config;
}

async function cycle(run: TrainingRun) {
  const reports: Record<string, PhaseReport> = {};
  for (let i = 0; i < 9; i++) {
    const r = await run.runNextPhase();
    reports[r.phase] = r;
  }
  return reports;
}

describe('loading', () => {
  it('trains on the iris example while no data set is chosen', () => {
    const data = table.makeData(taskDefaults('table'), new Rng(1));
    expect([data.kind, data.inputSize, data.classes]).toEqual(['table', 4, 3]);
    expect(data.train.n + data.validation.n).toBe(150);
    expect(data.source?.name).toMatch(/iris/);
  });

  it('refuses a data set the store does not hold, naming what to do', async () => {
    const config = { ...taskDefaults('table'), dataId: 'ffffffffffffffff' };
    await expect(table.prepare!(config, new MemoryDatasetStore())).rejects.toThrow(
      /not stored in this browser: load its CSV file again/,
    );
  });

  it('refuses a stored data set holding numbers the checks now refuse, and keeps it stored', async () => {
    // An older version accepted 1e39 in a file and stored it as Infinity (binary32).
    const good = linearTable();
    const x = good.x.slice();
    x[5] = Math.fround(1e39);
    const content = { ...good, x };
    const damaged = { ...content, id: contentId(content) };
    const store = new MemoryDatasetStore();
    await store.saveDataset(damaged);
    const config = { ...taskDefaults('table'), dataId: damaged.id };
    await expect(table.prepare!(config, store)).rejects.toThrow(
      /cannot be used .*row 3, column 'b'.*left in storage as it is/,
    );
    expect(await store.loadDataset(damaged.id)).toBe(damaged);
  });

  it('draws 2 inputs with classes on the plane, 1 input with a number as a curve', () => {
    expect(kindOf(drawn())).toBe('points2d');
    const one = own(
      toOwnData(
        {
          columns: ['x', 'y'],
          rows: Array.from({ length: 12 }, (_, i) => [`${i}`, `${i * i}`]),
          lines: [],
        },
        { target: 1, kind: 'regression' },
        'curve.csv',
      ),
    );
    expect(kindOf(one)).toBe('curve1d');
    expect(kindOf(linearTable())).toBe('table');
  });

  it('splits the same way for the same seed', async () => {
    const config = await stored(drawn());
    const a = table.makeData(config, new Rng(5));
    const b = table.makeData(config, new Rng(5));
    expect(a.validation.y).toEqual(b.validation.y);
    expect(a.validation.n).toBe(24);
    expect(requireOwnData(config.dataId).n).toBe(120);
  });
});

describe('columnStats', () => {
  it('gives each column its mean and standard deviation (1 for a constant column)', () => {
    const { mean, std } = columnStats(Float32Array.from([1, 5, 3, 5]), 2);
    expect(mean).toEqual([2, 5]);
    expect(std).toEqual([1, 1]);
  });
});

describe('training', () => {
  it('separates drawn points, with the decision regions', async () => {
    const before = tf.memory().numTensors;
    const config = await stored(drawn());
    const run = new TrainingRun(config, table, new MemoryCheckpointStore());
    const r = await cycle(run);
    if (r.evaluation.phase !== 'evaluation' || r.loss.phase !== 'loss') throw new Error('order');
    expect(r.loss.lossName).toBe('crossEntropy');
    expect(r.evaluation.grid?.size).toBeGreaterThan(0);
    for (let i = 0; i < 300; i++) run.trainStep().dispose();
    expect((await run.evaluate()).valAccuracy).toBeGreaterThan(0.85);
    run.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('fits a regression in the target’s own units', async () => {
    const config = await stored(linearTable());
    const run = new TrainingRun(config, table, new MemoryCheckpointStore());
    const r = await cycle(run);
    if (r.evaluation.phase !== 'evaluation' || r.loss.phase !== 'loss') throw new Error('order');
    expect(r.loss.lossName).toBe('mseStandardized');
    expect(r.evaluation.predictions?.actual).toHaveLength(40);
    const start = r.evaluation.valLoss;
    for (let i = 0; i < 400; i++) run.trainStep().dispose();
    const end = await run.evaluate();
    expect(end.valLoss).toBeLessThan(0.05 * start);
    // Predictions come out in the target's units (y spans about 0 to 370).
    const mean = end.predictions!.predicted.reduce((s, v) => s + v, 0) / 40;
    expect(mean).toBeGreaterThan(100);
    run.dispose();
  });

  it('learns the standardized target: the same losses for a target in units or in millions', async () => {
    const losses = async (data: OwnData) => {
      const config = await stored(data);
      const run = new TrainingRun(config, table, new MemoryCheckpointStore());
      const r = await cycle(run);
      if (r.evaluation.phase !== 'evaluation' || r.loss.phase !== 'loss') throw new Error('order');
      const out = [r.loss.mean, r.evaluation.valLoss];
      for (let i = 0; i < 100; i++) run.trainStep().dispose();
      const end = await run.evaluate();
      out.push(end.valLoss);
      const source = run.data.source;
      run.dispose();
      return { out, predictions: end.predictions!, source };
    };
    const units = await losses(linearTable());
    // A model that predicts the mean has loss 1 on the standardized scale.
    expect(units.out[0]).toBeGreaterThan(0.05);
    expect(units.out[0]).toBeLessThan(20);
    for (const [scale, offset] of [
      [1e5, 1e7],
      [1e18, 1e20],
    ]) {
      const big = await losses(linearTable(scale, offset));
      big.out.forEach((v, i) => expect(v).toBeCloseTo(units.out[i], 2));
      // Predictions and the scale come back in the target's own units.
      expect(big.source?.targetScale?.std).toBeCloseTo(
        scale * units.source!.targetScale!.std,
        -Math.log10(scale) + 2,
      );
      const i = 7;
      expect(big.predictions.predicted[i]).toBeCloseTo(
        units.predictions.predicted[i] * scale + offset,
        -Math.log10(scale) + 1,
      );
    }
  });

  it('gives the early warnings the same gradients and losses whatever the target’s units', async () => {
    const record = async (data: OwnData) => {
      const config = await stored(data);
      const run = new TrainingRun(config, table, new MemoryCheckpointStore());
      await run.runNextPhase(); // initialization
      for (let step = 1; step <= 60; step++) {
        const out = run.trainStepWithGradNorms();
        const [loss, ...norms] = await out.data();
        out.dispose();
        run.recordTrainLosses(step, [loss]);
        run.recordGradNorms(step, norms);
        if (step % 10 === 0) await run.evaluate();
      }
      const warnings = detectWarnings({
        history: { series: run.history },
        since: -1,
        layers: layersOf(run.modelSummary),
      });
      const norms = layerRows(run.history, 'layerGradNorm').rows[0];
      run.dispose();
      return { warnings: warnings.map((w) => w.kind), norms };
    };
    const units = await record(linearTable());
    const millions = await record(linearTable(1e5, 1e7));
    millions.norms.forEach((g, l) => expect(g).toBeCloseTo(units.norms[l], 2));
    expect(millions.warnings).not.toContain('divergence');
    expect(millions.warnings).not.toContain('explodingGradients');
    expect(millions.warnings).toEqual(units.warnings);
  });

  it('lists the model’s standardization before its dense layers', async () => {
    const config = await stored(linearTable());
    const summary = table.describeModel(config, table.makeData(config, new Rng(1)));
    expect(summary.table[0]).toMatchObject({ name: 'standardize', params: 0 });
    expect(summary.layers.at(-1)).toMatchObject({ outputs: 1, activation: 'linear' });
  });
});
