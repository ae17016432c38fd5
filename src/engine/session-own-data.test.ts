/** The session with the user's data: stored by id, used by a reset, never half-replaced. */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, taskDefaults } from '../config/schema';
import { contentId, fromDrawnPoints, type OwnData } from '../data/own-data';
import type { EngineEvent } from '../protocol/messages';
import { MemoryCheckpointStore } from './checkpoint';
import { MemoryDatasetStore } from './dataset-store';
import { LabSession } from './session';
import { noticeText } from '../content/notices';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

function drawn(n: number): OwnData {
  const r = fromDrawnPoints(
    Array.from({ length: n }, (_, i) => ({ x: i / n, y: (i % 3) / 3, label: (i % 2) as 0 | 1 })),
  );
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.data;
}

async function settle(events: EngineEvent[], count: number) {
  const t0 = Date.now();
  while (events.length < count) {
    if (Date.now() - t0 > 10_000) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('LabSession with the user’s data', () => {
  it('stores a data set and trains on it by id; a missing id leaves the run as it was', async () => {
    const events: EngineEvent[] = [];
    const s = new LabSession(
      (e) => events.push(e),
      Promise.resolve(new MemoryCheckpointStore()),
      Promise.resolve(new MemoryDatasetStore()),
    );
    const data = drawn(30);
    s.handle({ type: 'storeData', data });
    s.handle({ type: 'reset', config: { ...taskDefaults('table'), dataId: data.id } });
    s.handle({ type: 'nextPhase' });
    await settle(events, 2);
    const reset = events.find((e) => e.type === 'reset');
    if (reset?.type !== 'reset') throw new Error('no reset');
    expect(reset.dataset.source).toMatchObject({ id: data.id, name: 'Drawn points', rows: 30 });
    expect(reset.dataset.kind).toBe('points2d');

    s.handle({ type: 'reset', config: { ...taskDefaults('table'), dataId: 'ffffffffffffffff' } });
    s.handle({ type: 'nextPhase' });
    await settle(events, 5);
    expect(events[2]).toMatchObject({ type: 'error' });
    expect(events[2]).toMatchObject({
      notice: { id: 'dataNotStored', dataId: 'ffffffffffffffff' },
    });
    // The first run goes on: its next phase (data) runs on the drawn points.
    const phases = events.filter((e) => e.type === 'phase');
    expect(phases.map((e) => e.type === 'phase' && e.report.phase)).toEqual([
      'initialization',
      'data',
    ]);
    expect(events.filter((e) => e.type === 'reset')).toHaveLength(1);
  });

  it('refuses a data set whose content does not match its id', async () => {
    const events: EngineEvent[] = [];
    const s = new LabSession((e) => events.push(e), Promise.resolve(new MemoryCheckpointStore()));
    s.handle({ type: 'reset', config: DEFAULT_CONFIG });
    s.handle({ type: 'storeData', data: { ...drawn(20), id: '0000000000000000' } });
    await settle(events, 2);
    expect(events[1]).toEqual({ type: 'error', notice: { id: 'dataMismatch' } });
  });

  it('starts on the example when the stored data set of the page’s config fails the checks', async () => {
    // A set an older version stored: 1e39 in a file became Infinity in binary32.
    const good = drawn(30);
    const x = good.x.slice();
    x[0] = Infinity;
    const content = { ...good, x };
    const damaged: OwnData = { ...content, id: contentId(content) };
    const datasets = new MemoryDatasetStore();
    await datasets.saveDataset(damaged);
    const events: EngineEvent[] = [];
    const s = new LabSession(
      (e) => events.push(e),
      Promise.resolve(new MemoryCheckpointStore()),
      Promise.resolve(datasets),
    );
    s.handle({
      type: 'init',
      config: { ...taskDefaults('table'), dataId: damaged.id },
      backend: 'cpu',
    });
    await settle(events, 3);
    const error = events.find((e) => e.type === 'error');
    if (error?.type !== 'error') throw new Error('no error');
    expect(error.notice).toMatchObject({
      id: 'exampleInstead',
      cause: { id: 'dataStoredDamaged', dataId: damaged.id, problem: { kind: 'value', row: 1 } },
    });
    expect(noticeText(error.notice, 'en')).toMatch(
      /cannot be used .*row 1.*The run uses the example data instead\.$/,
    );
    expect(noticeText(error.notice, 'de')).toMatch(
      /Der Lauf verwendet stattdessen die Beispieldaten\.$/,
    );
    const reset = events.find((e) => e.type === 'reset');
    if (reset?.type !== 'reset') throw new Error('no reset');
    expect(reset.config.dataId).toBe('');
    expect(reset.dataset.source?.name).toMatch(/iris/);
    expect(await datasets.loadDataset(damaged.id)).toBe(damaged);
  });
});
