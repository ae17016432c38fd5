/**
 * The session with `backend: 'auto'`: it starts on the usual order, calibrates the run's model
 * on every backend this runtime offers (in Node: tfjs's cpu backend; no WebGPU, no WebGL in a
 * worker, no wasm module), trains on the choice, and says so (`ready` with `requested: 'auto'`
 * and the status's backend). A reset to the same model does not measure again.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../config/schema';
import type { CalibrationReport } from '../protocol/calibration';
import type { EngineEvent } from '../protocol/messages';
import { MemoryCheckpointStore } from './checkpoint';
import { LabSession } from './session';

beforeAll(async () => {
  // Node cannot load the wasm module from the page's URL: without it, as in such a browser.
  if (tf.findBackendFactory('wasm')) tf.removeBackend('wasm');
  await tf.setBackend('cpu');
});

/** The events' types, for the message of a test that times out. */
const LOG: string[] = [];

async function until(pred: () => boolean, ms = 60_000) {
  const t0 = Date.now();
  while (!pred()) {
    if (Date.now() - t0 > ms) throw new Error(`timed out after: ${JSON.stringify(LOG)}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('LabSession with the auto backend', () => {
  it('calibrates at start and trains on the backend it chose', async () => {
    const events: EngineEvent[] = [];
    const s = new LabSession(
      (e) => (events.push(e), LOG.push(e.type)),
      Promise.resolve(new MemoryCheckpointStore()),
    );
    const reports = () =>
      events.flatMap((e): CalibrationReport[] => (e.type === 'calibration' ? [e.report] : []));
    const done = () => reports().filter((r) => r.status !== 'running');
    const config = { ...DEFAULT_CONFIG, maxSteps: 5 };
    s.handle({ type: 'init', config, backend: 'auto' });
    await until(() => done().length === 1, 40_000);
    const report = done()[0];
    expect(report.status).toBe('done');
    expect(report.rows.map((r) => r.backend)).toEqual(['webgpu', 'webgl', 'wasm', 'cpu']);
    const measured = report.rows.filter((r) => r.stepsPerSecond !== null);
    expect(measured.length).toBeGreaterThanOrEqual(1);
    expect(report.chosen).toBe(
      measured.reduce((a, b) => (b.stepsPerSecond! > a.stepsPerSecond! ? b : a)).backend,
    );
    const ready = events.filter((e) => e.type === 'ready');
    expect(ready.at(-1)).toMatchObject({ backend: report.chosen, requested: 'auto' });

    s.handle({ type: 'run' });
    await until(() => events.some((e) => e.type === 'stopped'));
    const statuses = events.flatMap((e) => ('status' in e ? [e.status] : []));
    expect(statuses.at(-1)?.step).toBe(5);
    expect(statuses.at(-1)?.backend).toBe(report.chosen);

    // The same model again: measured already.
    s.handle({ type: 'reset', config });
    s.handle({ type: 'nextPhase' });
    await until(() => events.filter((e) => e.type === 'phase').length > 0);
    await until(() => events.at(-1)?.type === 'phase');
    expect(done()).toHaveLength(1);
  });
});
