import { describe, expect, it } from 'vitest';
import { fakeState } from './engine-state.test-util';
import { RunsController, SAVE_INTERVAL_MS } from './runs-controller';
import { isQuotaError, MemoryRunStore, mergeRecording } from './run-store';

/** A controller over `store` with a clock the test moves. */
function setup(store = new MemoryRunStore()) {
  let t = 1_000_000;
  const c = new RunsController(Promise.resolve(store), () => t);
  return { c, store, tick: (ms: number) => (t += ms) };
}

const ids = (runs: { id: string }[]) => runs.map((r) => r.id);

describe('RunsController', () => {
  it('records a run as it trains, and keeps it when another run starts', async () => {
    const { c, store, tick } = setup();
    c.observe(fakeState({ runId: 'a', step: 10, running: true }));
    c.observe(fakeState({ runId: 'a', step: 20, running: true }));
    await c.flush();
    expect((await store.list()).map((r) => [r.id, r.step])).toEqual([['a', 20]]);
    // Within the save interval: step 30 is not written yet…
    tick(10);
    c.observe(fakeState({ runId: 'a', step: 30, running: true }));
    // …until Reset: the engine's next state is a new run; the old one's last state is its record.
    tick(10);
    c.observe(fakeState({ runId: 'b', step: 0 }));
    c.observe(fakeState({ runId: 'b', step: 5 }));
    await c.flush();
    const stored = await store.list();
    expect(stored.map((r) => [r.id, r.step])).toEqual([
      ['a', 30],
      ['b', 5],
    ]);
    expect(ids(c.getState().runs)).toEqual(['a', 'b']);
    expect(c.getState().liveId).toBe('b');
  });

  it('a new page reads the stored history and keeps annotations over new recordings', async () => {
    const store = new MemoryRunStore();
    const first = setup(store);
    first.c.observe(fakeState({ runId: 'a', step: 10 }));
    await first.c.flush();
    first.c.annotate('a', { name: 'baseline', tags: ['lr'], note: 'n', starred: true });
    await first.c.flush();
    // Reload: a new controller on the same store, the run resumed.
    const second = setup(store);
    await second.c.flush();
    expect(second.c.getState().runs[0]).toMatchObject({ id: 'a', name: 'baseline' });
    second.c.observe(fakeState({ runId: 'a', step: 40 }));
    await second.c.flush();
    expect((await store.list())[0]).toMatchObject({
      step: 40,
      name: 'baseline',
      tags: ['lr'],
      note: 'n',
      starred: true,
    });
  });

  it('a full quota is reported and loses no stored run; the next save tries again', async () => {
    const { c, store, tick } = setup();
    c.observe(fakeState({ runId: 'a', step: 10 }));
    c.observe(fakeState({ runId: 'b', step: 10 }));
    await c.flush();
    const before = await store.list();
    expect(ids(before)).toEqual(['a', 'b']);
    store.quotaBytes = 1; // full
    tick(SAVE_INTERVAL_MS);
    c.observe(fakeState({ runId: 'b', step: 20 }));
    c.observe(fakeState({ runId: 'c', step: 10 }));
    await c.flush();
    expect(c.getState().storage).toMatchObject({ kind: 'quota' });
    expect(await store.list()).toEqual(before);
    // The page still shows every run, the unsaved ones included.
    expect(ids(c.getState().runs)).toEqual(['a', 'b', 'c']);
    store.quotaBytes = Infinity;
    tick(SAVE_INTERVAL_MS);
    c.observe(fakeState({ runId: 'c', step: 11 }));
    await c.flush();
    expect(c.getState().storage).toBeNull();
    expect(ids(await store.list())).toEqual(['a', 'b', 'c']);
  });

  it('an import is all or nothing: a bad file or a full quota applies none of it', async () => {
    const source = setup();
    source.c.observe(fakeState({ runId: 'x', step: 10 }));
    source.c.observe(fakeState({ runId: 'y', step: 10 }));
    await source.c.flush();
    const text = source.c.exportText();

    const { c, store } = setup();
    c.observe(fakeState({ runId: 'a', step: 10 }));
    await c.flush();
    await c.importFile('bad.json', text.replace(/"step": 10/, '"step": "ten"'));
    expect(c.getState().imported).toMatchObject({ ok: false, fileName: 'bad.json' });
    expect(ids(await store.list())).toEqual(['a']);

    store.quotaBytes = 1;
    await c.importFile('runs.json', text);
    expect(c.getState().storage).toMatchObject({ kind: 'quota', what: 'runs.json' });
    expect(ids(await store.list())).toEqual(['a']);
    expect(ids(c.getState().runs)).toEqual(['a']);

    store.quotaBytes = Infinity;
    await c.importFile('runs.json', text);
    expect(c.getState().imported).toEqual({ fileName: 'runs.json', ok: true, count: 2 });
    expect(ids(await store.list()).sort()).toEqual(['a', 'x', 'y']);
  });

  it('deletes with undo, never the run training now', async () => {
    const { c, store } = setup();
    c.observe(fakeState({ runId: 'a', step: 10 }));
    c.observe(fakeState({ runId: 'b', step: 10 }));
    await c.flush();
    c.remove(['a', 'b']);
    await c.flush();
    expect(ids(await store.list())).toEqual(['b']);
    c.undoDelete();
    await c.flush();
    expect(ids(await store.list())).toEqual(['a', 'b']);
    expect(ids(c.getState().runs)).toEqual(['a', 'b']);
  });

  it('keeps the first test evaluation of a run', async () => {
    const { c, store } = setup();
    c.observe(fakeState({ runId: 'a', step: 10 }));
    await c.flush();
    c.setTest('a', { step: 10, loss: 0.3, accuracy: 0.9, examples: 50, at: 1 });
    c.setTest('a', { step: 10, loss: 0.1, accuracy: 0.99, examples: 50, at: 2 });
    c.observe(fakeState({ runId: 'a', step: 10, finished: 'maxSteps' }));
    await c.flush();
    expect((await store.list())[0].test).toMatchObject({ loss: 0.3, at: 1 });
  });

  it('links a reproduction to the run it reproduces (the lineage edge "reproduce")', async () => {
    const store = new MemoryRunStore();
    const { c } = setup(store);
    c.observe(fakeState({ runId: 'a', step: 10 }));
    c.startReproduction('a');
    expect(c.getState().reproduction).toEqual({ parentId: 'a', childId: null });
    // The old run's last state is no reproduction of itself…
    c.observe(fakeState({ runId: 'a', step: 10 }));
    // …the next new run is.
    c.observe(fakeState({ runId: 'b', step: 0 }));
    c.observe(fakeState({ runId: 'b', step: 4 }));
    await c.flush();
    expect(c.getState().reproduction).toEqual({ parentId: 'a', childId: 'b' });
    const stored = await store.list();
    expect(stored.map((r) => [r.id, r.reproducedFrom])).toEqual([
      ['a', null],
      ['b', 'a'],
    ]);
    // A run after that is a run of its own; the link survives a new page's recording.
    c.observe(fakeState({ runId: 'c', step: 3 }));
    await c.flush();
    expect((await store.list()).find((r) => r.id === 'c')?.reproducedFrom).toBeNull();
    const next = setup(store);
    await next.c.flush();
    next.c.observe(fakeState({ runId: 'b', step: 8 }));
    await next.c.flush();
    expect((await store.list()).find((r) => r.id === 'b')?.reproducedFrom).toBe('a');
    expect((await store.list()).find((r) => r.id === 'b')?.parents).toEqual([
      { runId: 'a', kind: 'reproduce' },
    ]);
  });

  it('names the parents the engine announced: fine-tune, branch, resume under a new id', async () => {
    const store = new MemoryRunStore();
    const { c } = setup(store);
    c.observe(fakeState({ runId: 'a', step: 30 }));
    const tuned = { runId: 'a', kind: 'fineTune', step: 30 } as const;
    c.observe(fakeState({ runId: 'b', step: 5, origin: tuned }));
    const branched = { runId: 'b', kind: 'branch', step: 5 } as const;
    c.observe(fakeState({ runId: 'c', step: 9, origin: branched }));
    // A restore of c's own checkpoint: the same run resumed, no edge of its own…
    c.observe(fakeState({ runId: 'c', step: 12, origin: { runId: 'c', kind: 'resume', step: 9 } }));
    // …while a loaded file kept as a run of its own is a resume of the run it came from.
    c.observe(fakeState({ runId: 'd', step: 7, origin: { runId: 'c', kind: 'resume', step: 6 } }));
    await c.flush();
    const parents = Object.fromEntries((await store.list()).map((r) => [r.id, r.parents]));
    expect(parents).toEqual({
      a: [],
      b: [tuned],
      c: [branched],
      d: [{ runId: 'c', kind: 'resume', step: 6 }],
    });
    // The edges survive a new page's recording of the same run (the engine no longer says).
    const next = setup(store);
    await next.c.flush();
    next.c.observe(fakeState({ runId: 'b', step: 8 }));
    await next.c.flush();
    expect((await store.list()).find((r) => r.id === 'b')?.parents).toEqual([tuned]);
  });
});

describe('run store', () => {
  it('tells a full quota from other errors', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(
      isQuotaError({ name: 'AbortError', target: { error: { name: 'QuotaExceededError' } } }),
    ).toBe(true);
    expect(isQuotaError(new DOMException('x', 'AbortError'))).toBe(false);
    expect(isQuotaError(new Error('x'))).toBe(false);
  });

  it('a recording keeps the stored clock samples from before a reload', () => {
    const stored = fakeRecord([10, 20, 30]);
    const rec = { ...fakeRecord([25, 40]), name: 'new name' };
    const merged = mergeRecording({ ...stored, name: 'mine' }, rec);
    expect(merged.name).toBe('mine');
    expect(merged.series.clockSteps).toEqual([10, 20, 25, 40]);
    expect(merged.series.elapsedMs).toEqual([100, 200, 250, 400]);
  });
});

function fakeRecord(clockSteps: number[]) {
  const { c } = setup();
  c.observe(fakeState({ runId: 'r', step: 50 }));
  const r = structuredClone(c.getState().runs[0]);
  r.series.clockSteps = clockSteps;
  r.series.elapsedMs = clockSteps.map((s) => s * 10);
  r.series.learningRates = clockSteps.map(() => 0.01);
  return r;
}
