/** Two tabs, one browser: each engine trains its own run; a run another tab trains is never resumed. */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../config/schema';
import type { EngineEvent } from '../protocol/messages';
import { MemoryCheckpointStore } from './checkpoint';
import { MemoryRunLocks } from './run-locks';
import { LabSession } from './session';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

async function until(pred: () => boolean, ms = 30_000) {
  const t0 = Date.now();
  while (!pred()) {
    if (Date.now() - t0 > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

const config = {
  ...DEFAULT_CONFIG,
  points: 100,
  earlyStopping: 'off' as const,
  maxSteps: 100_000,
  maxEpochs: 100_000,
  checkpointInterval: 10,
};

/** One browser: a shared store and shared locks; each tab an engine of its own. */
function browser() {
  const store = new MemoryCheckpointStore();
  const holders = new Map<string, MemoryRunLocks>();
  const tab = () => {
    const events: EngineEvent[] = [];
    const locks = new MemoryRunLocks(holders);
    const s = new LabSession((e) => events.push(e), Promise.resolve(store), undefined, locks);
    const status = () =>
      (events.findLast((e) => 'status' in e) as { status: EngineEvent & object } | undefined)
        ?.status as
        { step: number; runId: string; running: boolean; readOnly: boolean } | undefined;
    const last = <T extends EngineEvent['type']>(type: T) =>
      events.findLast((e) => e.type === type) as (EngineEvent & { type: T }) | undefined;
    return { s, events, locks, status, last };
  };
  return { store, tab };
}

describe('two tabs of one browser', () => {
  it('a second tab does not resume the run the first tab trains, and shows it only read-only', async () => {
    const { store, tab } = browser();
    const a = tab();
    a.s.handle({ type: 'init', config, backend: 'cpu' });
    await until(() => a.last('reset') !== undefined);
    const runA = a.status()!.runId;
    a.s.handle({ type: 'run' });
    await until(() => (a.status()?.step ?? 0) >= 25);

    const b = tab();
    b.s.handle({ type: 'init', config, backend: 'cpu' });
    await until(() => b.last('unfinishedRun') !== undefined);
    const found = b.last('unfinishedRun')!;
    expect(found.journal.runId).toBe(runA);
    expect(found.owner).toBe('otherTab');
    const runB = b.status()!.runId;
    expect(runB).not.toBe(runA);

    // Resuming it anyway is refused, and tab B keeps its own run.
    b.s.handle({ type: 'resume', request: { runId: runA, run: true } });
    await until(() => b.last('error') !== undefined);
    expect(b.last('error')!.notice).toEqual({ id: 'trainedElsewhere' });
    expect(b.status()!.runId).toBe(runB);

    // Read-only: tab B shows the run, but trains nothing and writes nothing of it.
    b.s.handle({ type: 'resume', request: { runId: runA, run: false, readOnly: true } });
    await until(() => b.last('reset')?.status.runId === runA);
    expect(b.last('reset')!.status.readOnly).toBe(true);
    const errors = b.events.filter((e) => e.type === 'error').length;
    b.s.handle({ type: 'run' });
    b.s.handle({ type: 'nextPhase' });
    b.s.handle({ type: 'saveCheckpoint' });
    await until(() => b.events.filter((e) => e.type === 'error').length === errors + 3);
    expect(b.status()!.running).toBe(false);

    // Tab A trains on, undisturbed, and is the only writer of its run's journal.
    const before = a.status()!.step;
    await until(() => (a.status()?.step ?? 0) >= before + 20);
    expect(a.status()!.runId).toBe(runA);
    expect(a.status()!.running).toBe(true);
    a.s.handle({ type: 'pause' });
    await until(() => a.status()?.running === false);
    const journal = await store.loadJournal(runA);
    expect(journal!.finished).toBe(false);

    // Reset in tab B starts a run of its own and does not end tab A's.
    b.s.handle({ type: 'reset', config });
    await until(() => b.last('reset')!.status.runId !== runA);
    expect(b.last('reset')!.status.readOnly).toBe(false);
    expect((await store.loadJournal(runA))!.finished).toBe(false);
  });

  it('a reloaded tab takes back its own run; a closed tab’s run is offered to a new tab', async () => {
    const { tab } = browser();
    const a = tab();
    a.s.handle({ type: 'init', config, backend: 'cpu' });
    await until(() => a.last('reset') !== undefined);
    const runA = a.status()!.runId;
    a.s.handle({ type: 'run' });
    await until(() => (a.status()?.step ?? 0) >= 15);
    a.s.handle({ type: 'pause' });
    await until(() => a.status()?.running === false);

    // Another tab trains its own run meanwhile: the reloaded tab A must not pick that one.
    const other = tab();
    other.s.handle({ type: 'init', config, backend: 'cpu' });
    await until(() => other.last('unfinishedRun') !== undefined);
    other.s.handle({ type: 'run' });
    await until(() => (other.status()?.step ?? 0) >= 15);

    // Tab A reloads: its page (and its locks) go, the new page knows its run from sessionStorage.
    a.locks.releaseAll();
    const reloaded = tab();
    reloaded.s.handle({ type: 'init', config, backend: 'cpu', tabRunId: runA });
    await until(() => reloaded.last('unfinishedRun') !== undefined);
    expect(reloaded.last('unfinishedRun')!.journal.runId).toBe(runA);
    expect(reloaded.last('unfinishedRun')!.owner).toBe('thisTab');
    other.s.handle({ type: 'pause' });
    await until(() => other.status()?.running === false);
    const otherRun = other.status()!.runId;

    // The other tab closes: a new tab is offered its run (not resumed on its own).
    other.locks.releaseAll();
    const fresh = tab();
    fresh.s.handle({ type: 'init', config, backend: 'cpu' });
    await until(() => fresh.last('unfinishedRun') !== undefined);
    expect(fresh.last('unfinishedRun')!.journal.runId).toBe(otherRun);
    expect(fresh.last('unfinishedRun')!.owner).toBe('none');
  });
});
