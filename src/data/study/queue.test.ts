import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type LabConfig } from '../../config/schema';
import { complete, createQueue, next, pause, readQueue, resume, type StudyQueue } from './queue';

const configs: LabConfig[] = [0.01, 0.03, 0.1].map((learningRate) => ({
  ...DEFAULT_CONFIG,
  learningRate,
}));

/** Saves and reads back as a page reload would. */
function roundTrip(q: StudyQueue): StudyQueue {
  const r = readQueue(JSON.parse(JSON.stringify(q)));
  if (!r.ok) throw new Error(`${r.path}: ${r.id}`);
  return r.queue;
}

describe('the study queue', () => {
  it('gives the runs in order and records each finished run', () => {
    let q = createQueue('study-1', configs);
    expect(next(q)).toEqual({ index: 0, config: configs[0] });
    q = complete(q, 'run-a');
    expect(next(q)?.index).toBe(1);
    expect(q.finished).toEqual([{ index: 0, runId: 'run-a' }]);
  });

  it('pauses, survives a round trip through JSON, and resumes where it stopped', () => {
    let q = complete(createQueue('study-1', configs), 'run-a');
    q = pause(q);
    expect(next(q)).toBeNull();
    const back = roundTrip(q);
    expect(back).toEqual(q);
    q = resume(back);
    expect(next(q)).toEqual({ index: 1, config: configs[1] });
    q = complete(complete(q, 'run-b'), 'run-c');
    expect(q.state).toBe('done');
    expect(next(q)).toBeNull();
    expect(q.finished.map((f) => f.runId)).toEqual(['run-a', 'run-b', 'run-c']);
    expect(roundTrip(q)).toEqual(q);
    expect(() => complete(q, 'run-d')).toThrow();
  });

  it('keeps a finished run recorded when it pauses meanwhile, and stays done', () => {
    const q = complete(pause(createQueue('s', configs)), 'run-a');
    expect(q.state).toBe('paused');
    expect(q.current).toBe(1);
    expect(pause(createQueue('s', [])).state).toBe('done');
  });

  it('refuses a damaged queue, saying where', () => {
    const q = createQueue('s', configs);
    expect(readQueue({ ...q, format: 'other' })).toEqual({
      ok: false,
      path: 'format',
      id: 'queueDamaged',
    });
    expect(readQueue({ ...q, current: 4 })).toMatchObject({ ok: false, path: 'current' });
    expect(readQueue({ ...q, configs: [1] })).toMatchObject({ ok: false, path: 'configs.0' });
    expect(readQueue({ ...q, finished: [{ index: 2, runId: 'x' }] })).toMatchObject({
      ok: false,
      path: 'current',
    });
  });
});
