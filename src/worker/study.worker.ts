/// <reference lib="webworker" />
/**
 * The engine worker of a study's runs (src/ui/studies/): the same session and protocol as
 * the page's engine (engine.worker.ts), beside it, so a study trains without disturbing the
 * run on the page. Its checkpoints and journals stay in memory, only the current run's: a
 * study's run that the page closed on is trained again from its start (the study's queue
 * says which), so nothing of it is offered for resumption or fills the page's storage. The
 * user's data sets are read from the page engine's database.
 */
import type { CheckpointRecord, CheckpointStore } from '../engine/checkpoint';
import { MemoryCheckpointStore } from '../engine/checkpoint';
import { MemoryRunLocks } from '../engine/run-locks';
import { LabSession } from '../engine/session';
import type { EngineCommand, EngineEvent, RunJournal } from '../protocol/messages';
import { IdbCheckpointStore } from './checkpoint-store';

declare const self: DedicatedWorkerGlobalScope;

/** Checkpoints in memory, of one run at a time: a new run's first save drops the last run's. */
class CurrentRunCheckpoints implements CheckpointStore {
  private store = new MemoryCheckpointStore();
  private runId: string | null = null;

  private forRun(runId: string): MemoryCheckpointStore {
    if (runId !== this.runId) {
      this.store = new MemoryCheckpointStore();
      this.runId = runId;
    }
    return this.store;
  }

  save(record: CheckpointRecord) {
    return this.forRun(record.runId).save(record);
  }
  load(id: string) {
    return this.store.load(id);
  }
  list(runId?: string) {
    return this.store.list(runId);
  }
  delete(id: string) {
    return this.store.delete(id);
  }
  saveJournal(journal: RunJournal) {
    return this.forRun(journal.runId).saveJournal(journal);
  }
  loadJournal(runId: string) {
    return this.store.loadJournal(runId);
  }
  async unfinishedRuns() {
    return [];
  }
}

const session = new LabSession(
  (event: EngineEvent, transfer?: Transferable[]) => self.postMessage(event, transfer ?? []),
  Promise.resolve(new CurrentRunCheckpoints()),
  IdbCheckpointStore.open(),
  new MemoryRunLocks(),
);

self.onmessage = (e: MessageEvent<EngineCommand>) => session.handle(e.data);
