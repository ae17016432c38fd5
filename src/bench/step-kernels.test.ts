/**
 * The app's run-mode step does no more device work than the bare loop it is benchmarked
 * against: tf.profile counts the kernels one fused step dispatches, and the bare step of the
 * same model must dispatch at least as many. On a GPU each kernel is a dispatch, so this is
 * the machine-independent side of the benchmark's app/bare ratio (which on a shared machine
 * moves with load). The read-back step also measures the per-layer gradient norms; its extra
 * kernels are printed, and bounded by a few per parameter tensor.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type LabConfig, taskDefaults } from '../config/schema';
import { MemoryCheckpointStore } from '../engine/checkpoint';
import { TASKS } from '../engine/tasks/registry';
import { TrainingRun } from '../engine/training-run';
import type { BareModel } from './bare-models';
import { bareStep, mulberry32, PROBLEMS, SEED } from './bare-problems';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

async function kernels(f: () => void): Promise<number> {
  f(); // the first call may create the optimizer's slots
  return (await tf.profile(f)).kernels.length;
}

const CASES: { bare: BareModel; config: LabConfig }[] = [
  { bare: 'classify2d-mlp', config: DEFAULT_CONFIG },
  { bare: 'names-mlp', config: { ...taskDefaults('names'), model: 'mlp', batchSize: 64 } },
  {
    bare: 'names-transformer',
    config: { ...taskDefaults('names'), model: 'transformer', batchSize: 64 },
  },
];

describe('kernels per training step, app against bare loop', () => {
  for (const { bare, config } of CASES) {
    it(bare, async () => {
      const run = new TrainingRun(config, TASKS[config.task], new MemoryCheckpointStore());
      await run.runNextPhase(); // initialization
      const app = await kernels(() => run.trainStep().dispose());
      const readBack = await kernels(() => run.trainStepWithGradNorms().dispose());

      const problem = await PROBLEMS[bare](mulberry32(SEED), config.batchSize);
      const optimizer = tf.train.adam(problem.learningRate);
      const batch = Int32Array.from({ length: config.batchSize }, (_, i) => i);
      const reference = await kernels(() => bareStep(problem, optimizer, batch, false));
      console.log(`${bare}: app ${app} (read-back step ${readBack}), bare ${reference}`);

      expect(app).toBeLessThanOrEqual(reference);
      expect(readBack - app).toBeLessThanOrEqual(8 * problem.variables.length);
      tf.dispose([problem.x, problem.y, ...problem.variables]);
      optimizer.dispose();
      run.dispose();
    });
  }
});
