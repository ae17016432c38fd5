/**
 * The run history on the page: records the engine's current run into a {@link RunStore} as
 * it goes, keeps the list the Runs view shows, and carries out the view's edits, deletes
 * (with undo), imports and exports. React-free; the view subscribes to it.
 *
 * It lives on the page, not in the worker: the page already receives everything a record
 * holds (curves, status, incidents, backend), the worker is restarted after a crash (a
 * store inside it would lose what it had not yet written), and the view's edits need no
 * round trip through the training thread.
 *
 * Writes: a running run is saved at most every {@link SAVE_INTERVAL_MS}, and at once when it
 * pauses, stops, or gives way to another run (Reset, a task switch). A write that fails
 * (a full quota) changes nothing stored; the run stays in the list in memory, the failure is
 * reported, and the next save tries again.
 */
import type { RunParent } from '../../data/lineage';
import {
  mergeParents,
  type RunAnnotations,
  type RunRecord,
  runParents,
  type TestEvaluation,
} from '../../data/run-record';
import { readRunsFile, type RunsFileProblem, runsFileText } from '../../data/runs-file';
import type { EngineState } from '../engine-client';
import { RunRecorder, recordable } from './run-recorder';
import { byStart, isQuotaError, type RunStore } from './run-store';

/** A running run is written at most this often (ms). */
export const SAVE_INTERVAL_MS = 2000;

/** What went wrong with storage: a full quota, or another error (its message). */
export interface StorageProblem {
  kind: 'quota' | 'other';
  /** What was being stored: a run's name, or the imported file's. */
  what: string;
  detail: string;
}

export interface RunsState {
  /** Stored runs and the current one, oldest first. */
  runs: RunRecord[];
  /** The stored runs have been read. */
  loaded: boolean;
  /** The id of the run training now (not deletable), if any. */
  liveId: string | null;
  storage: StorageProblem | null;
  /** The runs of the last delete, for undo. */
  deleted: RunRecord[];
  /** The last import: what came in, or why nothing did. */
  imported:
    | { fileName: string; ok: true; count: number }
    | { fileName: string; ok: false; problems: RunsFileProblem[] }
    | null;
  /**
   * The last reproduction asked for: the run reproduced, and the new run that reproduces it
   * (null until it has trained a step and been recorded).
   */
  reproduction: { parentId: string; childId: string | null } | null;
}

export class RunsController {
  private state: RunsState = {
    runs: [],
    loaded: false,
    liveId: null,
    storage: null,
    deleted: [],
    imported: null,
    reproduction: null,
  };
  private readonly listeners = new Set<() => void>();
  private readonly recorder = new RunRecorder();
  private prev: EngineState | null = null;
  private lastSave = 0;
  private wasRunning = false;
  /** Which run each reproduction of this page reproduces (child id → parent id). */
  private readonly reproductions = new Map<string, string>();
  /** A reproduction asked for whose new run is not recorded yet; `after`: the run live then. */
  private pendingReproduction: { parentId: string; after: string | null } | null = null;
  /** Writes run one after another, in the order asked. */
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: Promise<RunStore>,
    private readonly now: () => number = Date.now,
  ) {
    this.queue(async (s) => {
      const stored = await s.list();
      // The current run may have been recorded meanwhile: its newer copy wins.
      const mine = new Map(this.state.runs.map((r) => [r.id, r]));
      this.set({
        runs: sortRuns([...stored.filter((r) => !mine.has(r.id)), ...mine.values()]),
        loaded: true,
      });
    }, 'load');
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): RunsState => this.state;

  /** Takes in the engine's latest state; records its run as described above. */
  observe(state: EngineState): void {
    const now = this.now();
    const status = state.status;
    // Another run: the previous one's last state is its final record.
    if (this.recorder.runId && status && status.runId !== this.recorder.runId && this.prev)
      this.save(this.prev, now);
    if (!recordable(state) || !status) {
      this.prev = null;
      return;
    }
    this.recorder.observe(state, now);
    this.prev = state;
    const running = status.running;
    const stoppedNow = this.wasRunning && !running;
    this.wasRunning = running;
    if (this.state.liveId !== status.runId) this.set({ liveId: status.runId });
    if (stoppedNow || !running || now - this.lastSave >= SAVE_INTERVAL_MS) {
      if (!running && !stoppedNow && this.isUnchanged(state)) return;
      this.save(state, now);
    }
  }

  /** Writes everything observed so far (e.g. before the page goes away). */
  flush(): Promise<void> {
    if (this.prev) this.save(this.prev, this.now());
    return this.chain.then(() => undefined);
  }

  /**
   * Marks the next new run recorded (the first run other than the one live now) as a
   * reproduction of run `parentId`: its record gets `reproducedFrom`, the lineage's
   * `reproduce` edge. The caller starts that run (a reset with the parent's config).
   */
  startReproduction(parentId: string): void {
    this.pendingReproduction = { parentId, after: this.state.liveId };
    this.set({ reproduction: { parentId, childId: null } });
  }

  /**
   * Stores a finished run recorded elsewhere (a study's run, trained by an engine of its own,
   * src/ui/studies/): listed once stored; a failure is reported in `storage` as any write's,
   * and nothing stored changes.
   * @returns true when the run was stored.
   */
  async recordRun(run: RunRecord): Promise<boolean> {
    const ok = await this.queue((s) => s.record(run), run.name);
    if (ok) this.set({ runs: sortRuns([...this.state.runs.filter((r) => r.id !== run.id), run]) });
    return ok;
  }

  /** Changes a run's name, tags, note or star. */
  annotate(id: string, patch: Partial<RunAnnotations>): void {
    this.set({ runs: this.state.runs.map((r) => (r.id === id ? { ...r, ...patch } : r)) });
    this.queue((s) => s.annotate(id, patch), this.nameOf(id));
  }

  /** Records the run's one test evaluation (the first one stays). */
  setTest(id: string, test: TestEvaluation): void {
    if (this.state.runs.find((r) => r.id === id)?.test) return;
    this.set({ runs: this.state.runs.map((r) => (r.id === id ? { ...r, test } : r)) });
    this.queue((s) => s.setTest(id, test), this.nameOf(id));
  }

  /** Deletes runs (not the one training now); {@link undoDelete} brings them back. */
  remove(ids: readonly string[]): void {
    const gone = this.state.runs.filter((r) => ids.includes(r.id) && r.id !== this.state.liveId);
    if (gone.length === 0) return;
    this.set({ runs: this.state.runs.filter((r) => !gone.includes(r)), deleted: gone });
    for (const r of gone) this.queue((s) => s.delete(r.id), r.name);
  }

  undoDelete(): void {
    const back = this.state.deleted;
    if (back.length === 0) return;
    this.set({ runs: sortRuns([...this.state.runs, ...back]), deleted: [] });
    this.queue((s) => s.putAll(back), back.map((r) => r.name).join(', '));
  }

  /** The whole history as a runs file's text. */
  exportText(): string {
    return runsFileText(this.state.runs);
  }

  /**
   * Reads a runs file and stores its runs (a run already here is replaced by the file's):
   * all of them or, when the file is bad or storage refuses, none.
   */
  async importFile(fileName: string, text: string): Promise<void> {
    const result = readRunsFile(text);
    if (!result.ok) {
      this.set({ imported: { fileName, ok: false, problems: result.problems } });
      return;
    }
    const ok = await this.queue((s) => s.putAll(result.runs), fileName);
    if (!ok) {
      this.set({ imported: null });
      return;
    }
    const ids = new Set(result.runs.map((r) => r.id));
    this.set({
      runs: sortRuns([...this.state.runs.filter((r) => !ids.has(r.id)), ...result.runs]),
      imported: { fileName, ok: true, count: result.runs.length },
    });
  }

  private isUnchanged(state: EngineState): boolean {
    const shown = this.state.runs.find((r) => r.id === state.status?.runId);
    return (
      shown !== undefined &&
      shown.step === state.status?.step &&
      (shown.stopReason !== null) === Boolean(state.status?.finished) &&
      shown.incidents.length === state.incidents.length
    );
  }

  /** Records the followed run as of `state`: in the list now, in storage when its turn comes. */
  private save(state: EngineState, now: number): void {
    const record = this.recorder.record(state, now);
    if (!record) return;
    this.lastSave = now;
    const pending = this.pendingReproduction;
    if (pending && record.id !== pending.after) {
      this.pendingReproduction = null;
      this.reproductions.set(record.id, pending.parentId);
      this.set({ reproduction: { parentId: pending.parentId, childId: record.id } });
    }
    const old = this.state.runs.find((r) => r.id === record.id);
    record.reproducedFrom = this.reproductions.get(record.id) ?? old?.reproducedFrom ?? null;
    // The run it came from, as the engine announced it (a resume under the same id is none).
    const origin = state.runOrigin;
    const reproduced: RunParent[] = record.reproducedFrom
      ? [{ runId: record.reproducedFrom, kind: 'reproduce' }]
      : [];
    record.parents = mergeParents(record.id, old ? runParents(old) : [], [
      ...(origin ? [origin] : []),
      ...reproduced,
    ]);
    const shown: RunRecord = old
      ? {
          ...record,
          name: old.name,
          tags: old.tags,
          note: old.note,
          starred: old.starred,
          test: old.test,
          startedAt: Math.min(old.startedAt, record.startedAt),
        }
      : record;
    this.set({
      runs: old
        ? this.state.runs.map((r) => (r.id === record.id ? shown : r))
        : sortRuns([...this.state.runs, shown]),
    });
    this.queue((s) => s.record(shown), shown.name);
  }

  /**
   * Runs `write` after the writes before it; true when it succeeded. A failure is reported
   * in `storage` (a full quota by name); a success clears an earlier report.
   */
  private queue(write: (s: RunStore) => Promise<unknown>, what: string): Promise<boolean> {
    const done = this.chain.then(async () => {
      try {
        await write(await this.store);
        if (this.state.storage) this.set({ storage: null });
        return true;
      } catch (e) {
        this.set({
          storage: {
            kind: isQuotaError(e) ? 'quota' : 'other',
            what,
            detail: e instanceof Error ? e.message : String(e),
          },
        });
        return false;
      }
    });
    this.chain = done;
    return done;
  }

  private nameOf(id: string): string {
    return this.state.runs.find((r) => r.id === id)?.name ?? id;
  }

  private set(patch: Partial<RunsState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }
}

function sortRuns(runs: RunRecord[]): RunRecord[] {
  return runs.sort(byStart);
}
