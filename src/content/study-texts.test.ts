/**
 * Every issue a study definition can be refused with has a sentence in both languages whose
 * placeholders the issue fills: `{path}` and the values it carries.
 */
import { describe, expect, it } from 'vitest';
import { parseStudy, type StudyIssue } from '../data/study/definition';
import { fill } from './fill';
import { content } from './index';

/** Definitions that between them produce every kind of issue. */
const BAD: unknown[] = [
  { kind: 'sweep', method: 'grid', parameters: {}, runs: 1, stepsPerRun: 'x' },
  {
    kind: 'sweep',
    method: 'random',
    base: { optimiser: 'adam' },
    parameters: {
      learningRate: { min: 0, max: 0.1 },
      units: { min: 9, max: 3 },
      optimizer: { min: 0, max: 1 },
      dataId: { values: ['x'] },
      activation: { values: [] },
      seed: { values: [0] },
    },
    runs: 1000,
    stepsPerRun: 10,
  },
  { kind: 'ablation', components: [], seeds: [1, 1], stepsPerRun: 10 },
];

const issues: StudyIssue[] = BAD.flatMap((d) => {
  const r = parseStudy(d);
  return r.ok ? [] : r.issues;
});

describe('the texts of study issues', () => {
  it('are sampled for every issue id', () => {
    const ids = new Set(issues.map((i) => i.id));
    for (const id of Object.keys(content.en.study.issues))
      if (id !== 'queueDamaged') expect(ids, id).toContain(id);
  });

  it.each(['en', 'de'] as const)('fill every placeholder from the issue (%s)', (locale) => {
    for (const issue of issues) {
      const text = fill(content[locale].study.issues[issue.id], {
        path: issue.path,
        ...issue.values,
      });
      expect(text).toContain(issue.path);
      expect(text).not.toMatch(/\{\w+\}/);
    }
  });
});
