/**
 * A live change that lifts the criterion a run stopped on lets the paused run go on; in run
 * mode the loop checks the criteria itself.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type LabConfig } from '../config/schema';
import { MemoryCheckpointStore } from './checkpoint';
import { TASKS } from './tasks/registry';
import { TrainingRun } from './training-run';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const SMALL: LabConfig = { ...DEFAULT_CONFIG, points: 100, batchSize: 8, maxSteps: 2 };

/** A run stopped by its step limit (2 steps, in step mode). */
async function stoppedRun(): Promise<TrainingRun> {
  const run = new TrainingRun(SMALL, TASKS.classify2d, new MemoryCheckpointStore());
  while (!run.finished) await run.runNextPhase();
  return run;
}

describe('TrainingRun.changeLive', () => {
  it('a paused run stopped by max steps goes on once the limit is raised, and says what it was', async () => {
    const run = await stoppedRun();
    expect(run.step).toBe(2);
    const previous = run.changeLive({ ...SMALL, maxSteps: 5 }, false);
    expect(previous.maxSteps).toBe(2);
    expect(run.currentConfig.maxSteps).toBe(5);
    expect(run.finished).toBeNull();
    run.dispose();
  });

  it('in run mode the stop stays for the loop to check, and a change that lifts nothing keeps it', async () => {
    const run = await stoppedRun();
    run.changeLive({ ...SMALL, maxSteps: 5 }, true);
    expect(run.finished).not.toBeNull();
    run.dispose();
    const again = await stoppedRun();
    again.changeLive({ ...SMALL, learningRate: 0.05 }, false);
    expect(again.finished?.reason.id).toBe('maxSteps');
    again.dispose();
  });
});
