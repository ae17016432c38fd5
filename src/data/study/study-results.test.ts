import { describe, expect, it } from 'vitest';
import { ABLATION_EFFECTS, ablationFixture, fixtureRecord, sweepFixture } from './fixtures';
import { expandStudy } from './expand';
import {
  ablationResults,
  bestRow,
  joinStudyRuns,
  normalise,
  normalisedPositions,
  sortRows,
  sweepAxes,
  sweepBest,
  type StudyRow,
} from './study-results';
import type { AblationDefinition, SweepDefinition } from './definition';

describe('joinStudyRuns', () => {
  it('joins each record to its planned run by study index, and lists the runs still to run', () => {
    const { study, runs } = sweepFixture();
    // Records arrive in any order, one run is missing, one belongs to no study, one to another.
    const shuffled = [...runs].reverse().filter((r) => r.study?.index !== 3);
    const own = { ...runs[0], id: 'own', study: null };
    const other = { ...runs[1], id: 'other', study: { studyId: 'another', index: 1 } };
    const j = joinStudyRuns(study, [...shuffled, own, other], 'valLoss');
    expect(j.rows.map((r) => r.index)).toEqual([0, 1, 2, 4, 5, 6, 7, 8, 9]);
    expect(j.pending.map((r) => r.index)).toEqual([3]);
    for (const row of j.rows) {
      expect(row.record.study?.index).toBe(row.index);
      expect(row.config.learningRate).toBe(row.settings.learningRate);
      expect(row.metric).toBe(row.record.final.valLoss);
    }
  });

  it('keeps the latest record of an index run twice, and sets aside indices the plan lacks', () => {
    const { study, runs } = sweepFixture();
    const again = {
      ...runs[2],
      id: 'again',
      updatedAt: runs[2].updatedAt + 1,
      final: { ...runs[2].final, valLoss: 9 },
    };
    const stray = { ...runs[0], id: 'stray', study: { studyId: study.id, index: 99 } };
    const j = joinStudyRuns(study, [...runs, again, stray], 'valLoss');
    expect(j.rows.find((r) => r.index === 2)?.record.id).toBe('again');
    expect(j.rows).toHaveLength(10);
    expect(j.unmatched.map((r) => r.id)).toEqual(['stray']);
  });

  it('reads a diverged run (null loss) as no metric', () => {
    const { study, runs } = sweepFixture();
    const diverged = { ...runs[0], final: { ...runs[0].final, valLoss: null } };
    const j = joinStudyRuns(study, [diverged], 'valLoss');
    expect(j.rows[0].metric).toBeNull();
  });
});

describe('bestRow', () => {
  it('finds the lowest loss and the highest accuracy of a sweep', () => {
    const { study, runs } = sweepFixture();
    const byLoss = bestRow(joinStudyRuns(study, runs, 'valLoss').rows, 'valLoss');
    // The fixture's bowl is lowest at η = 0.01, batch 32.
    expect(byLoss?.settings).toEqual({ learningRate: 0.01, batchSize: 32 });
    const byAccuracy = bestRow(joinStudyRuns(study, runs, 'valAccuracy').rows, 'valAccuracy');
    expect(byAccuracy?.settings).toEqual({ learningRate: 0.01, batchSize: 32 });
  });

  it('never picks a run without a metric, breaks ties by index, and is null with no values', () => {
    const { study, runs } = sweepFixture();
    const rows: StudyRow[] = joinStudyRuns(study, runs, 'valLoss').rows.map((r) => ({
      ...r,
      metric: 1,
    }));
    rows[4] = { ...rows[4], metric: null };
    expect(bestRow(rows, 'valLoss')?.index).toBe(0);
    rows[6] = { ...rows[6], metric: 0.5 };
    expect(bestRow(rows, 'valLoss')?.index).toBe(6);
    expect(
      bestRow(
        rows.map((r) => ({ ...r, metric: null })),
        'valLoss',
      ),
    ).toBeNull();
  });
});

describe('sweepBest', () => {
  it('with successive halving, picks among the runs that trained the most steps', () => {
    const { study, runs } = sweepFixture();
    const d = study.definition as SweepDefinition;
    const rows = joinStudyRuns(study, runs, 'valLoss').rows;
    // The grid's best run (index 4) stopped at an early rung with the lowest loss of all.
    const pruned = rows.map((r) =>
      r.index === 4 ? { ...r, record: { ...r.record, step: 50 }, metric: 0.1 } : r,
    );
    expect(sweepBest(d, pruned, 'valLoss')?.index).toBe(4);
    expect(
      sweepBest({ ...d, earlyTermination: { minSteps: 10, eta: 3 } }, pruned, 'valLoss')?.index,
    ).toBe(5);
  });
});

describe('sweep axes and orders', () => {
  it('draws the learning rate on a log axis and the batch size on a linear one', () => {
    const { study } = sweepFixture();
    const axes = sweepAxes(study.definition as SweepDefinition);
    expect(axes.map((a) => [a.key, a.log, a.choices])).toEqual([
      ['learningRate', true, null],
      ['batchSize', false, null],
    ]);
  });

  it('gives a choice its values in order, and a log range with min 0 a linear axis', () => {
    const d = {
      kind: 'sweep',
      method: 'random',
      base: {},
      parameters: {
        optimizer: { values: ['sgd', 'adam'] },
        weightDecay: { min: 0, max: 0.01, distribution: 'uniform' },
      },
      runs: 4,
      stepsPerRun: 10,
      seed: 1,
    } as SweepDefinition;
    const [opt, wd] = sweepAxes(d);
    expect(opt.choices).toEqual(['sgd', 'adam']);
    expect(wd.log).toBe(false);
  });

  it('sorts by metric, by a parameter and by index, runs without a metric last', () => {
    const { study, runs } = sweepFixture();
    const rows = joinStudyRuns(study, runs, 'valLoss').rows;
    rows[1] = { ...rows[1], metric: null };
    const asc = sortRows(rows, 'metric', 'asc');
    const metrics = asc.map((r) => r.metric);
    expect(metrics[metrics.length - 1]).toBeNull();
    const finite = metrics.slice(0, -1) as number[];
    expect(finite).toEqual([...finite].sort((a, b) => a - b));
    const desc = sortRows(rows, 'metric', 'desc');
    expect(desc[desc.length - 1].metric).toBeNull();
    expect(desc[0].metric).toBe(Math.max(...finite));
    const byLr = sortRows(rows, 'learningRate', 'desc').map((r) => r.settings.learningRate);
    expect(byLr.slice(0, 2)).toEqual([0.1, 0.1]);
    expect(sortRows(asc, 'index', 'asc').map((r) => r.index)).toEqual(rows.map((r) => r.index));
  });

  it('normalises numbers linearly or logarithmically onto [0, 1]', () => {
    const { study, runs } = sweepFixture();
    const rows = joinStudyRuns(study, runs, 'valLoss').rows;
    const [lr, batch] = sweepAxes(study.definition as SweepDefinition);
    // Grid order: batch varies fastest, so rows 0, 2, 4, 6, 8 are η = 0.001, 0.003 … 0.1.
    const pos = normalisedPositions(rows, lr);
    expect(pos[0]).toBe(0);
    expect(pos[8]).toBe(1);
    // log 0.01 is halfway between log 0.001 and log 0.1.
    expect(pos[4]).toBeCloseTo(0.5, 12);
    expect(normalisedPositions(rows, batch).slice(0, 2)).toEqual([0, 1]);
    expect(normalise([3, 3])).toEqual([0.5, 0.5]);
  });
});

describe('ablationResults', () => {
  it('recovers each component’s effect and calls the large ones larger than the seed noise', () => {
    const { study, runs } = ablationFixture();
    const d = study.definition as AblationDefinition;
    const r = ablationResults(d, joinStudyRuns(study, runs, 'valLoss').rows);
    expect(Object.keys(r.base.bySeed).map(Number)).toEqual([1, 2, 3]);
    expect(r.components.map((c) => c.variant)).toEqual(d.components.map((c) => c.name));
    for (const c of r.components) {
      expect(c.effect).not.toBeNull();
      // The fixture's noise is at most ±0.01 per run, so a mean Δ is within 0.02 of the effect.
      expect(Math.abs(c.effect!.mean - ABLATION_EFFECTS[c.variant])).toBeLessThan(0.02);
      expect(c.effect!.deltas).toHaveLength(3);
    }
    const significant = Object.fromEntries(
      r.components.map((c) => [c.variant, c.effect!.significant]),
    );
    expect(significant).toEqual({
      'no momentum': true,
      'no weight decay': false,
      'one hidden layer fewer': true,
    });
  });

  it('waits with a component’s effect until it shares two seeds with the base', () => {
    const { study, runs } = ablationFixture();
    const d = study.definition as AblationDefinition;
    const plan = expandStudy(d).runs;
    // Only the base's seeds 1–3 and one seed of "no momentum" are recorded.
    const firstMomentum = plan.find((p) => p.variant === 'no momentum')!;
    const some = runs.filter((r) => r.study!.index < 3 || r.study!.index === firstMomentum.index);
    const r = ablationResults(d, joinStudyRuns(study, some, 'valLoss').rows);
    expect(r.components[0].effect).toBeNull();
    expect(r.components[0].std).toBeNull();
    expect(r.components[0].mean).not.toBeNull();
    expect(r.components[1].mean).toBeNull();
    expect(r.base.std).toBeGreaterThan(0);
  });

  it('uses the seed the record trained with', () => {
    const { study } = ablationFixture();
    const d = study.definition as AblationDefinition;
    const plan = expandStudy(d).runs.filter(
      (p) => p.variant === 'base' || p.variant === 'no momentum',
    );
    const records = plan.map((p) =>
      fixtureRecord(study.id, p, {
        valLoss: (p.variant === 'base' ? 1 : 2) + Number(p.settings.seed),
      }),
    );
    const r = ablationResults(d, joinStudyRuns(study, records, 'valLoss').rows);
    expect(r.base.bySeed).toEqual({ 1: 2, 2: 3, 3: 4 });
    expect(r.components[0].effect!.deltas.map((x) => x.delta)).toEqual([1, 1, 1]);
  });
});
