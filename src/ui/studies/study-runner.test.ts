import { describe, expect, it } from 'vitest';
import type { LabConfig } from '../../config/schema';
import type { RunRecord } from '../../data/run-record';
import { parseStudy, type StudyDefinition } from '../../data/study/definition';
import { fakeState } from '../runs/engine-state.test-util';
import { RunRecorder } from '../runs/run-recorder';
import { MemoryRunStore } from '../runs/run-store';
import { RunsController } from '../runs/runs-controller';
import { StudyRunner, type StudyTrainer, type TrainerProgress } from './study-runner';
import { MemoryStudyStore } from './study-store';

/** Loss of a fake run at step s: lower for a learning rate nearer 0.03. */
const lossOf = (config: LabConfig) => (s: number) =>
  Math.abs(Math.log10(config.learningRate / 0.03)) + 1 / s;

/**
 * A trainer whose runs advance when the test says (`advance`), or by themselves to their end
 * (`auto`). Its records come from the page's own run recorder, as the real trainer's do.
 */
class FakeTrainer implements StudyTrainer {
  started: LabConfig[] = [];
  paused = false;
  disposed = false;
  private run: {
    id: string;
    config: LabConfig;
    step: number;
    onProgress: (p: TrainerProgress) => void;
    resolve: (r: RunRecord | null) => void;
  } | null = null;
  private count = 0;
  /** The next run's start fails as an engine that stopped would. */
  failNext: string | null = null;

  constructor(
    private readonly auto = true,
    /** Steps the trainer runs by itself after a resume (auto trainers: to the end). */
    private readonly prefix = 'run',
  ) {}

  start(config: LabConfig, onProgress: (p: TrainerProgress) => void): Promise<RunRecord | null> {
    this.started.push(config);
    if (this.failNext) return Promise.reject(new Error(this.failNext));
    return new Promise((resolve) => {
      this.run = { id: `${this.prefix}-${this.count++}`, config, step: 0, onProgress, resolve };
      if (this.auto) queueMicrotask(() => this.advance(config.maxSteps));
    });
  }

  /** Trains the run in progress up to step `to` (or its end), reporting every step. */
  advance(to: number): void {
    const run = this.run;
    if (!run) throw new Error('no run in progress');
    while (!this.paused && this.run === run && run.step < Math.min(to, run.config.maxSteps)) {
      run.step++;
      run.onProgress(this.progress());
    }
    if (this.run === run && run.step >= run.config.maxSteps) this.finish(true);
  }

  pause() {
    this.paused = true;
  }

  resume() {
    this.paused = false;
    if (this.auto && this.run) queueMicrotask(() => this.advance(Infinity));
  }

  stop(keep: boolean) {
    if (this.run) this.finish(keep);
  }

  dispose() {
    this.disposed = true;
  }

  get step(): number {
    return this.run?.step ?? -1;
  }

  private state() {
    const run = this.run!;
    return fakeState({
      runId: run.id,
      step: run.step,
      config: run.config,
      loss: lossOf(run.config),
      evalEvery: 2,
      finished: run.step >= run.config.maxSteps ? 'maxSteps' : undefined,
    });
  }

  private progress(): TrainerProgress {
    const log = this.state().series.log;
    return { step: this.run!.step, val: log.get('valLoss'), train: log.get('trainLoss') };
  }

  private finish(keep: boolean) {
    const run = this.run!;
    this.run = null;
    if (!keep) {
      run.resolve(null);
      return;
    }
    const recorder = new RunRecorder();
    this.run = run;
    const state = this.state();
    this.run = null;
    recorder.observe(state, 1000);
    run.resolve(recorder.record(state, 2000));
  }
}

/** A run history whose storage is full after `accept` records. */
class RefusingRunStore extends MemoryRunStore {
  constructor(public accept: number) {
    super();
  }

  async record(run: RunRecord) {
    if (this.accept-- <= 0)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    await super.record(run);
  }
}

const sweep = (over: Record<string, unknown> = {}): StudyDefinition => {
  const r = parseStudy({
    kind: 'sweep',
    method: 'grid',
    base: { task: 'classify2d' },
    parameters: { learningRate: { values: [0.003, 0.03, 0.3] } },
    runs: 10,
    stepsPerRun: 6,
    ...over,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.study;
};

/** A runner over `studies` and a run history, as the page makes it. */
function setup(
  trainer: FakeTrainer,
  studies = new MemoryStudyStore(),
  runs = new MemoryRunStore(),
) {
  const history = new RunsController(Promise.resolve(runs));
  let t = 1_000_000;
  const runner = new StudyRunner(
    Promise.resolve(studies),
    (r) => history.recordRun(r),
    () => trainer,
    () => (t += 100),
  );
  return { runner, history, studies, runs };
}

/** Lets the runner's promises settle. */
const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
};

describe('StudyRunner', () => {
  it('trains the queue in order and records each run with its study link', async () => {
    const trainer = new FakeTrainer();
    const { runner, history, studies, runs } = setup(trainer);
    await runner.load();
    const r = await runner.start(sweep());
    if (!r.ok) throw new Error('refused');
    await runner.idle();
    expect(trainer.started.map((c) => c.learningRate)).toEqual([0.003, 0.03, 0.3]);
    const stored = await runs.list();
    expect(stored.map((run) => run.study)).toEqual(
      [0, 1, 2].map((index) => ({
        studyId: r.study.id,
        index,
      })),
    );
    // Ordinary records: the recorder's fields, the run's config and its final metrics.
    expect(stored.map((run) => run.config.learningRate)).toEqual([0.003, 0.03, 0.3]);
    expect(stored.every((run) => run.step === 6 && run.stopReason !== null)).toBe(true);
    expect(history.getState().runs).toHaveLength(3);
    const [study] = await studies.list();
    expect(study.queue.state).toBe('done');
    expect(study.queue.finished.map((f) => f.runId)).toEqual(stored.map((run) => run.id));
    expect(study.runMs?.map((m) => m.index)).toEqual([0, 1, 2]);
    // Nothing left to train: the engine is let go.
    expect(trainer.disposed).toBe(true);
  });

  it('pauses with the run in progress held, and resumes it', async () => {
    const trainer = new FakeTrainer(false);
    const { runner, studies, runs } = setup(trainer);
    await runner.load();
    const r = await runner.start(sweep());
    if (!r.ok) throw new Error('refused');
    await settle();
    trainer.advance(3);
    expect(runner.getState().active).toMatchObject({ index: 0, step: 3, steps: 6 });
    await runner.pause(r.study.id);
    expect(trainer.paused).toBe(true);
    expect(runner.getState().active?.paused).toBe(true);
    expect((await studies.list())[0].queue.state).toBe('paused');
    trainer.advance(6); // held: nothing moves
    expect(trainer.step).toBe(3);
    await runner.resume(r.study.id);
    expect(trainer.paused).toBe(false);
    for (let run = 0; run < 3; run++) {
      trainer.advance(6);
      await settle();
    }
    await runner.idle();
    expect((await runs.list()).map((run) => run.study?.index)).toEqual([0, 1, 2]);
    // The held run went on: three runs started, not four.
    expect(trainer.started).toHaveLength(3);
    expect((await studies.list())[0].queue.state).toBe('done');
  });

  it('after a reload, resumes the stored study and trains the interrupted run again', async () => {
    const studies = new MemoryStudyStore();
    const runs = new MemoryRunStore();
    const first = new FakeTrainer(false, 'page1');
    const page1 = setup(first, studies, runs);
    await page1.runner.load();
    const r = await page1.runner.start(sweep());
    if (!r.ok) throw new Error('refused');
    await settle();
    first.advance(6); // run 0 done and stored
    await settle();
    first.advance(4); // run 1 in progress when the page closes
    expect((await studies.list())[0].queue.current).toBe(1);
    page1.runner.dispose();

    const second = new FakeTrainer(true, 'page2');
    const page2 = setup(second, studies, runs);
    await page2.runner.load();
    await settle();
    await page2.runner.idle();
    // Run 1 again from its start, then run 2; run 0 is not trained again.
    expect(second.started.map((c) => c.learningRate)).toEqual([0.03, 0.3]);
    const stored = await runs.list();
    expect(stored.map((run) => [run.id, run.study?.index])).toEqual([
      ['page1-0', 0],
      ['page2-0', 1],
      ['page2-1', 2],
    ]);
    expect((await studies.list())[0].queue.state).toBe('done');
  });

  it('stops bad trials at their rungs when the sweep asks for early termination', async () => {
    const trainer = new FakeTrainer();
    const { runner, runs, studies } = setup(trainer);
    await runner.load();
    // Best first, then worse ones: η = 2 keeps the best ⌊m/2⌋ of the m judged at a rung.
    const d = sweep({
      parameters: { learningRate: { values: [0.03, 0.01, 0.3, 0.001] } },
      stepsPerRun: 16,
      earlyTermination: { minSteps: 4, eta: 2 },
    });
    const r = await runner.start(d);
    if (!r.ok) throw new Error('refused');
    await runner.idle();
    const stored = await runs.list();
    expect(stored.map((run) => [run.config.learningRate, run.step, run.study?.prunedAt])).toEqual([
      [0.03, 16, undefined],
      [0.01, 4, 4],
      [0.3, 4, 4],
      [0.001, 4, 4],
    ]);
    expect(stored[1].stopReason).toMatch(/successive halving at step 4/);
    // The rung results are stored with the study, for the trials after a reload.
    const [study] = await studies.list();
    expect(study.rungs?.[0].map((x) => x.trialId)).toEqual(['0000', '0001', '0002', '0003']);
    expect(study.queue.state).toBe('done');
  });

  it('a full quota pauses the study, keeps what was stored, and Resume trains the run again', async () => {
    const trainer = new FakeTrainer();
    const runs = new RefusingRunStore(1);
    const { runner, history, studies } = setup(trainer, new MemoryStudyStore(), runs);
    await runner.load();
    const r = await runner.start(sweep());
    if (!r.ok) throw new Error('refused');
    await runner.idle();
    const [study] = await studies.list();
    expect(study.queue).toMatchObject({ state: 'paused', current: 1 });
    expect(runner.getState().problem).toMatchObject({ kind: 'quota', studyId: r.study.id });
    expect(history.getState().storage?.kind).toBe('quota');
    expect((await runs.list()).map((run) => run.study?.index)).toEqual([0]);
    runs.accept = Infinity;
    await runner.resume(r.study.id);
    await runner.idle();
    expect((await studies.list())[0].queue.state).toBe('done');
    expect((await runs.list()).map((run) => run.study?.index)).toEqual([0, 1, 2]);
    expect(runner.getState().problem).toBeNull();
  });

  it('an engine failure pauses the study, and Resume trains the run again on a new engine', async () => {
    const broken = new FakeTrainer();
    broken.failNext = 'the GPU device was lost';
    const fresh = new FakeTrainer();
    const trainers = [broken, fresh];
    const studies = new MemoryStudyStore();
    const runs = new MemoryRunStore();
    const history = new RunsController(Promise.resolve(runs));
    const runner = new StudyRunner(
      Promise.resolve(studies),
      (r) => history.recordRun(r),
      () => trainers.shift()!,
    );
    await runner.load();
    const r = await runner.start(sweep());
    if (!r.ok) throw new Error('refused');
    await runner.idle();
    expect(runner.getState().problem).toEqual({
      kind: 'engine',
      studyId: r.study.id,
      detail: 'the GPU device was lost',
    });
    expect(broken.disposed).toBe(true);
    expect((await studies.list())[0].queue).toMatchObject({ state: 'paused', current: 0 });
    await runner.resume(r.study.id);
    await runner.idle();
    expect(fresh.started.map((c) => c.learningRate)).toEqual([0.003, 0.03, 0.3]);
    expect((await runs.list()).map((run) => run.study?.index)).toEqual([0, 1, 2]);
  });

  it('refuses a study whose combinations the sidebar refuses, storing nothing', async () => {
    const trainer = new FakeTrainer();
    const { runner, studies } = setup(trainer);
    await runner.load();
    const r = await runner.start(
      sweep({
        base: { task: 'regress1d', points: 100 },
        parameters: { batchSize: { values: [64, 4096] } },
      }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.refused.map((x) => x.index)).toEqual([1]);
    expect(await studies.list()).toEqual([]);
    expect(trainer.started).toEqual([]);
  });

  it('lists a study whose stored queue is damaged, reports it and does not run it', async () => {
    const studies = new MemoryStudyStore();
    const trainer = new FakeTrainer();
    const { runner } = setup(trainer, studies);
    await runner.load();
    const r = await runner.start(sweep());
    if (!r.ok) throw new Error('refused');
    await runner.idle();
    await studies.put({ ...r.study, queue: { ...r.study.queue, current: 99 } });
    const again = setup(new FakeTrainer(), studies);
    await again.runner.load();
    expect(again.runner.getState().problem).toEqual({
      kind: 'damaged',
      studyId: r.study.id,
      detail: 'current',
    });
    expect(again.runner.getState().studies).toHaveLength(1);
  });
});
