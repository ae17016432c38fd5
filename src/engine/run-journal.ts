/**
 * The journal of the run an engine trains (`RunJournal` in the protocol): how far it got,
 * whether it trains, whether it finished and the step of its latest checkpoint, so that an
 * unfinished run can be offered for resumption after a crash or a reload.
 */
import type { LabConfig } from '../config/schema';
import type { RunJournal } from '../protocol/messages';
import type { CheckpointMeta } from '../protocol/reports';
import type { CheckpointStore } from './checkpoint';
import type { RunOwnership } from './run-locks';

/** What the journal says of a run. */
export interface JournaledRun {
  readonly runId: string;
  readonly step: number;
  readonly currentConfig: LabConfig;
  readonly finished: unknown;
}

/**
 * Writes runs' journals, keeping the checkpoint list of the run it last wrote (listing the
 * checkpoints again would read every record of an IndexedDB store).
 */
export class RunJournalWriter {
  private listed: { runId: string; checkpoints: CheckpointMeta[] } | null = null;

  constructor(private readonly store: Promise<CheckpointStore>) {}

  /** The checkpoints of `runId` as just listed or reported by a save. */
  remember(runId: string, checkpoints: CheckpointMeta[]): void {
    this.listed = { runId, checkpoints };
  }

  /**
   * Writes `run`'s journal as it is now (`running`: run mode is on), after `update` (e.g.
   * an incident added, or the run marked finished).
   */
  async write(
    run: JournaledRun,
    running: boolean,
    update: (j: RunJournal) => RunJournal = (j) => j,
  ): Promise<void> {
    const store = await this.store;
    const previous = await store.loadJournal(run.runId);
    const listed =
      this.listed?.runId === run.runId ? this.listed.checkpoints : await store.list(run.runId);
    this.listed = { runId: run.runId, checkpoints: listed };
    const latest = listed.reduce<CheckpointMeta | null>(
      (a, b) => (a === null || b.step > a.step ? b : a),
      null,
    );
    const base: RunJournal = previous ?? {
      runId: run.runId,
      config: run.currentConfig,
      startedAt: Date.now(),
      updatedAt: 0,
      lastStep: 0,
      running: false,
      finished: false,
      checkpointStep: null,
      incidents: [],
    };
    await store.saveJournal(
      update({
        ...base,
        config: run.currentConfig,
        updatedAt: Date.now(),
        lastStep: run.step,
        running,
        finished: run.finished !== null,
        checkpointStep: latest?.step ?? null,
      }),
    );
  }

  /** Marks a stored run finished, so it is no longer offered for resumption. */
  async discard(runId: string): Promise<void> {
    const store = await this.store;
    const j = await store.loadJournal(runId);
    if (j) await store.saveJournal({ ...j, finished: true, running: false });
  }

  /**
   * The unfinished run to offer the page after a start (not `currentRunId`, and only one
   * with a checkpoint to resume from), and who has it (see {@link RunOwnership.whoseRun}).
   */
  async unfinishedRun(
    ownership: RunOwnership,
    currentRunId: string | null,
    tabRunId: string | null,
  ): Promise<{ journal: RunJournal; owner: 'thisTab' | 'none' | 'otherTab' } | null> {
    const unfinished = (await (await this.store).unfinishedRuns()).filter(
      (j) => j.runId !== currentRunId && j.checkpointStep !== null,
    );
    return ownership.whoseRun(unfinished, tabRunId);
  }
}
