import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type LabConfig, taskDefaults } from '../config/schema';
import { MemoryCheckpointStore } from './checkpoint';
import { pytorchExportInput } from './pytorch-export';
import { TASKS } from './tasks/registry';
import { columnStats } from './tasks/table/data';
import { TrainingRun } from './training-run';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const SMALL: LabConfig = { ...DEFAULT_CONFIG, points: 100, batchSize: 8, units: 4 };

const newRun = (over: Partial<LabConfig> = {}, store = new MemoryCheckpointStore()) =>
  new TrainingRun({ ...SMALL, ...over }, TASKS[over.task ?? 'classify2d'], store);

async function exported(run: TrainingRun, record: Parameters<typeof pytorchExportInput>[1] = null) {
  const out = await pytorchExportInput(run, record);
  if (!out.ok) throw new Error(`refused: ${out.refusal}`);
  return out.input;
}

describe('the input of a PyTorch export', () => {
  it('before initialization holds the weights the run will draw, and leaves the run as it was', async () => {
    const run = newRun();
    const input = await exported(run);
    expect(run.initialized).toBe(false);
    expect(input.start.optimizer).toEqual([]);
    expect(input.start.step).toBe(0);
    const init = await run.runNextPhase();
    if (init.phase !== 'initialization') throw new Error('expected the initialization phase');
    expect(input.start.weights.map((w) => [...w.values])).toEqual(
      init.weights.map((w) => [...w.values]),
    );
    run.dispose();
  });

  it('between steps holds the live weights, optimizer state, data position and order', async () => {
    const run = newRun();
    await run.runNextPhase();
    for (let i = 0; i < 5; i++) run.trainStep().dispose();
    const input = await exported(run);
    expect(input.start).toMatchObject({
      step: 5,
      cursor: run.cursor,
      epoch: run.epoch,
      source: 'run',
    });
    expect([...input.start.order]).toEqual([...run.state.order]);
    expect(input.start.shuffleState).toBe(run.state.rng.shuffle);
    expect(input.start.optimizer.map((s) => s.name)).toContain('t');
    expect(input.data.trainY.length).toBe(run.data.train.n);
    expect([...input.data.trainX]).toEqual([...run.data.train.x]);
    run.dispose();
  });

  it('refuses a step-mode step half done, whose batch is partly used', async () => {
    const run = newRun();
    await run.runNextPhase(); // initialization
    await run.runNextPhase(); // data: the batch is drawn, the epoch's order shuffled
    expect(await pytorchExportInput(run, null)).toEqual({ ok: false, refusal: 'midStep' });
    run.dispose();
  });

  it('takes a checkpoint of the run, and refuses one of another run', async () => {
    const store = new MemoryCheckpointStore();
    const run = newRun({}, store);
    await run.runNextPhase();
    for (let i = 0; i < 3; i++) run.trainStep().dispose();
    const saved = await run.saveCheckpoint();
    const record = (await store.load(saved.saved.id))!;
    for (let i = 0; i < 2; i++) run.trainStep().dispose();
    const input = await exported(run, record);
    expect(input.start).toMatchObject({ step: 3, source: 'checkpoint' });
    expect([...input.start.weights[0].values]).toEqual([...record.weights[0].values]);
    const other = newRun({ seed: 9 });
    expect(await pytorchExportInput(other, record)).toEqual({ ok: false, refusal: 'otherRun' });
    run.dispose();
    other.dispose();
  });

  it('carries your own data’s standardization: the training columns’ mean and 1/σ', async () => {
    const run = newRun({ ...taskDefaults('table'), batchSize: 8 });
    const { data } = await exported(run);
    const x = columnStats(run.data.train.x, run.data.inputSize);
    expect([...data.standardize!.mean]).toEqual([...Float32Array.from(x.mean)]);
    expect([...data.standardize!.invStd]).toEqual([...Float32Array.from(x.std, (s) => 1 / s)]);
    expect(data.standardize!.target).toBeNull(); // iris: classes, no target scale
    const plain = newRun();
    expect((await exported(plain)).data.standardize).toBeUndefined();
    run.dispose();
    plain.dispose();
  });

  it('refuses the models the export does not cover', async () => {
    const run = newRun({ task: 'names', model: 'transformer' });
    expect(await pytorchExportInput(run, null)).toEqual({ ok: false, refusal: 'languageModel' });
    run.dispose();
  });
});
