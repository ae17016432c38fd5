/**
 * Runs studies: takes the next run of a study's queue (src/data/study/queue.ts), trains it to
 * its end on a {@link StudyTrainer} (a second engine worker of its own, so the run the user
 * trains on the page is not disturbed), records it in the run history as an ordinary run
 * with a link to its study, and saves the queue after every run, so a reload resumes the
 * study: the run that was in progress when the page closed is trained again from its start.
 * One study trains at a time, the oldest running one first. React-free; the view subscribes.
 *
 * A sweep that asks for early termination stops bad trials at their rungs (./pruning.ts,
 * Optuna's SuccessiveHalvingPruner); such a run is recorded as it stood, with `prunedAt`.
 *
 * Storage that refuses a write (a full quota) pauses the study: the runs and the queue
 * already stored stay as they were, the problem is reported, and Resume tries again.
 */
import type { LabConfig } from '../../config/schema';
import { texts } from '../../content';
import { fill } from '../../content/fill';
import type { RunRecord } from '../../data/run-record';
import type { StudyDefinition } from '../../data/study/definition';
import { expandStudy, type RefusedRun } from '../../data/study/expand';
import type { RungResult } from '../../data/study/halving';
import { continuesAtRung, rungMetric, rungSteps } from '../../data/study/pruning';
import { complete, createQueue, next, pause, readQueue, resume } from '../../data/study/queue';
import type { StudyRecord } from '../../data/study/study-record';
import { isQuotaError } from '../runs/run-store';
import type { StudyStore } from './study-store';
import { EngineFailure, type StudyTrainer } from './study-trainer';
import type { EngineNotice } from '../../protocol/notices';

export type { StepSeries, StudyTrainer, TrainerProgress } from './study-trainer';

/** The run the runner trains now. */
export interface ActiveRun {
  studyId: string;
  /** The run's index in the study's expansion (= its place in the queue). */
  index: number;
  step: number;
  /** The run's length in steps (its maxSteps). */
  steps: number;
  /** ms since 1970. */
  startedAt: number;
  /** Wall time since it started as of its last progress, ms (set-up included). */
  elapsedMs: number;
  /** Held by Pause: resuming the study continues it. */
  paused: boolean;
}

/** What stopped a study: storage (a full quota or another error), the engine, a damaged queue. */
export interface StudyProblem {
  kind: 'quota' | 'storage' | 'engine' | 'damaged';
  studyId: string;
  /** The error's message, or the damaged queue's path. */
  detail: string;
  /** The engine's notice, when the engine failed (worded in the page's language). */
  notice?: EngineNotice;
}

export interface StudiesState {
  /** Every stored study, oldest first. */
  studies: StudyRecord[];
  /** The stored studies have been read. */
  loaded: boolean;
  active: ActiveRun | null;
  problem: StudyProblem | null;
}

export type StartResult =
  | { ok: true; study: StudyRecord }
  /** Combinations of the study the sidebar refuses (nothing was stored or run). */
  | { ok: false; refused: RefusedRun[] };

/**
 * Stores a finished run in the run history; true when it was stored (the history reports a
 * failure itself, e.g. RunsController.recordRun).
 */
export type RecordRun = (run: RunRecord) => Promise<boolean>;

/** The name a study starts with: its kind and what it varies. */
export function defaultStudyName(d: StudyDefinition): string {
  if (d.kind === 'sweep') return `sweep · ${Object.keys(d.parameters).join(', ')}`;
  if (d.kind === 'ablation') return `ablation · ${d.components.map((c) => c.name).join(', ')}`;
  return `scaling · ${d.modelSizes.field} × ${d.dataSizes.field}`;
}

/** A trial's id at a rung: its index, zero-padded so that ties go to the earlier trial. */
const trialId = (index: number) => String(index).padStart(4, '0');

function withRungResult(
  rungs: RungResult[][] | undefined,
  rung: number,
  result: RungResult,
): RungResult[][] {
  const out = (rungs ?? []).map((r) => [...r]);
  while (out.length <= rung) out.push([]);
  out[rung] = [...out[rung].filter((r) => r.trialId !== result.trialId), result];
  return out;
}

export class StudyRunner {
  private state: StudiesState = { studies: [], loaded: false, active: null, problem: null };
  private readonly listeners = new Set<() => void>();
  private trainer: StudyTrainer | null = null;
  private looping = false;
  private idCount = 0;

  constructor(
    private readonly store: Promise<StudyStore>,
    private readonly recordRun: RecordRun,
    private readonly makeTrainer: () => StudyTrainer,
    private readonly now: () => number = Date.now,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): StudiesState => this.state;

  /**
   * Reads the stored studies and resumes the oldest one that was running when the page
   * closed. A study whose stored queue is damaged is listed, reported and not run.
   * @returns once the studies are read (the runs go on in the background; see {@link idle}).
   */
  async load(): Promise<void> {
    let stored: StudyRecord[];
    try {
      stored = await (await this.store).list();
    } catch (e) {
      this.fail('storage', '', e);
      this.set({ loaded: true });
      return;
    }
    let problem: StudyProblem | null = null;
    const studies = stored.map((s) => {
      const r = readQueue(s.queue);
      if (r.ok) return s;
      problem ??= { kind: 'damaged', studyId: s.id, detail: r.path };
      return { ...s, queue: { ...s.queue, state: 'paused' as const } };
    });
    this.set({ studies, loaded: true, ...(problem ? { problem } : {}) });
    this.loop();
  }

  /**
   * Stores a new study of `definition` (valid, from `parseStudy`) and queues its runs; it
   * trains once the studies started before it are done or paused.
   * @returns the study, or the runs the sidebar refuses (then nothing is stored).
   */
  async start(
    definition: StudyDefinition,
    name = defaultStudyName(definition),
  ): Promise<StartResult> {
    const expansion = expandStudy(definition);
    if (expansion.refused.length > 0) return { ok: false, refused: expansion.refused };
    const t = this.now();
    const id = `study-${t.toString(36)}-${(this.idCount++).toString(36)}`;
    const study: StudyRecord = {
      id,
      name,
      definition,
      queue: createQueue(
        id,
        expansion.runs.map((r) => r.config),
      ),
      createdAt: t,
      updatedAt: t,
      runMs: [],
    };
    this.set({ studies: [...this.state.studies, study] });
    await this.save(study);
    // A run held by Pause gives way: it is trained again when its study resumes.
    if (this.state.active?.paused) this.trainer?.stop(false);
    this.loop();
    return { ok: true, study };
  }

  /** Pauses a study: its run in progress is held (or, after a reload, trained again). */
  async pause(studyId: string): Promise<void> {
    const study = this.find(studyId);
    if (!study) return;
    const paused = { ...study, queue: pause(study.queue), updatedAt: this.now() };
    this.replace(paused);
    const active = this.state.active;
    if (active?.studyId === studyId && !active.paused) {
      this.trainer?.pause();
      this.set({ active: { ...active, paused: true } });
    }
    await this.save(paused);
  }

  /** Resumes a paused study: its held run goes on, or its next run starts. */
  async resume(studyId: string): Promise<void> {
    const study = this.find(studyId);
    if (!study) return;
    const running = { ...study, queue: resume(study.queue), updatedAt: this.now() };
    this.replace(running);
    if (this.state.problem?.studyId === studyId) this.set({ problem: null });
    const active = this.state.active;
    if (active?.studyId === studyId && active.paused) {
      this.set({ active: { ...active, paused: false } });
      this.trainer?.resume();
    }
    await this.save(running);
    this.loop();
  }

  /** Deletes a study (its runs stay in the history); its run in progress is dropped. */
  async remove(studyId: string): Promise<void> {
    if (this.state.active?.studyId === studyId) this.trainer?.stop(false);
    this.set({ studies: this.state.studies.filter((s) => s.id !== studyId) });
    try {
      await (await this.store).delete(studyId);
    } catch (e) {
      this.fail('storage', studyId, e);
    }
  }

  /** Resolves once no study has a run left to train now (for tests and the bench). */
  async idle(): Promise<void> {
    while (this.looping) await new Promise((r) => setTimeout(r, 5));
  }

  dispose(): void {
    this.trainer?.stop(false);
    this.trainer?.dispose();
    this.trainer = null;
    this.listeners.clear();
  }

  /** Trains the oldest running study's runs, one after another, until none is left. */
  private loop(): void {
    if (this.looping) return;
    this.looping = true;
    void (async () => {
      try {
        for (;;) {
          const study = this.state.studies.find((s) => next(s.queue) !== null);
          const run = study && next(study.queue);
          if (!study || !run) break;
          const goOn = await this.runOne(study.id, run.index, run.config);
          if (!goOn) break;
        }
      } finally {
        this.looping = false;
        // Nothing left to train: the engine's worker and GPU memory are let go.
        if (!this.state.active) {
          this.trainer?.dispose();
          this.trainer = null;
        }
      }
    })();
  }

  /**
   * Trains run `index` of a study and records it.
   * @returns false when the loop should stop (a paused study still holds the trainer).
   */
  private async runOne(studyId: string, index: number, config: LabConfig): Promise<boolean> {
    const startedAt = this.now();
    this.set({
      active: {
        studyId,
        index,
        step: 0,
        steps: config.maxSteps,
        startedAt,
        elapsedMs: 0,
        paused: false,
      },
    });
    const definition = this.find(studyId)?.definition;
    const early = definition?.kind === 'sweep' ? (definition.earlyTermination ?? null) : null;
    const rungs =
      early && definition?.kind === 'sweep'
        ? rungSteps(early, definition.runs, config.maxSteps)
        : [];
    let judged = 0;
    let prunedAt: number | undefined;
    this.trainer ??= this.makeTrainer();
    const trainer = this.trainer;
    let record: RunRecord | null;
    try {
      record = await trainer.start(config, (p) => {
        const active = this.state.active;
        if (active && active.step !== p.step)
          this.set({ active: { ...active, step: p.step, elapsedMs: this.now() - startedAt } });
        while (
          early &&
          prunedAt === undefined &&
          judged < rungs.length &&
          p.step >= rungs[judged]
        ) {
          const rung = judged++;
          const value = rungMetric(rungs[rung], p.val, p.train);
          const study = this.find(studyId);
          if (!study) return;
          const goesOn = continuesAtRung(
            study.rungs?.[rung] ?? [],
            trialId(index),
            value,
            early.eta,
          );
          this.replace({
            ...study,
            rungs: withRungResult(study.rungs, rung, { trialId: trialId(index), value }),
          });
          if (!goesOn && p.step < config.maxSteps) {
            prunedAt = rungs[rung];
            trainer.stop(true);
          }
        }
      });
    } catch (e) {
      // The engine failed: a fresh one trains the run again when the study resumes.
      trainer.dispose();
      if (this.trainer === trainer) this.trainer = null;
      this.set({ active: null });
      await this.halt(studyId, 'engine', e);
      return true;
    }
    this.set({ active: null });
    const study = this.find(studyId);
    // Discarded (a deleted study, or a held run that gave way): trained again on resume.
    if (!record || !study) return true;
    record.study = { studyId, index, ...(prunedAt !== undefined ? { prunedAt } : {}) };
    if (prunedAt !== undefined && early)
      // Kept as an English sentence, as the recorder keeps every stop reason.
      record.stopReason = fill(texts('en').studyRunner.prunedReason, {
        step: prunedAt,
        eta: early.eta,
      });
    if (!(await this.recordRun(record))) {
      // The history reports the failure; the study waits, and Resume trains this run again.
      await this.halt(studyId, 'quota', new Error(record.name));
      return true;
    }
    const current = this.find(studyId) ?? study;
    const done: StudyRecord = {
      ...current,
      queue: complete(current.queue, record.id),
      runMs: [...(current.runMs ?? []), { index, ms: this.now() - startedAt }],
      updatedAt: this.now(),
    };
    this.replace(done);
    return this.save(done);
  }

  /** Pauses a study after a failure and reports it. */
  private async halt(studyId: string, kind: StudyProblem['kind'], e: unknown): Promise<void> {
    const study = this.find(studyId);
    this.fail(kind, studyId, e);
    if (!study) return;
    const paused = { ...study, queue: pause(study.queue), updatedAt: this.now() };
    this.replace(paused);
    const problem = this.state.problem;
    await this.save(paused);
    // Saving may have failed too; the first problem is the one to report.
    this.set({ problem });
  }

  /** Writes a study; false (and the problem reported, the study paused here) when refused. */
  private async save(study: StudyRecord): Promise<boolean> {
    try {
      await (await this.store).put(study);
      return true;
    } catch (e) {
      this.fail(isQuotaError(e) ? 'quota' : 'storage', study.id, e);
      const s = this.find(study.id);
      if (s) this.replace({ ...s, queue: pause(s.queue) });
      return false;
    }
  }

  private fail(kind: StudyProblem['kind'], studyId: string, e: unknown): void {
    const detail = e instanceof Error ? e.message : String(e);
    const notice = e instanceof EngineFailure ? { notice: e.notice } : {};
    this.set({ problem: { kind, studyId, detail, ...notice } });
  }

  private find(id: string): StudyRecord | undefined {
    return this.state.studies.find((s) => s.id === id);
  }

  private replace(study: StudyRecord): void {
    this.set({ studies: this.state.studies.map((s) => (s.id === study.id ? study : s)) });
  }

  private set(patch: Partial<StudiesState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }
}
