import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../protocol/timeline';
import { mergeIncidents, mergeTimeline } from './timeline-events';

const warning = (step: number): TimelineEvent => ({
  kind: 'warning',
  warning: 'plateau',
  step,
  message: { id: 'plateauImproved', values: {} },
  remedy: { id: 'plateauRemedy', values: {} },
});
const incident = (step: number): TimelineEvent => ({
  kind: 'incident',
  incident: 'workerCrash',
  step,
  resumedFrom: null,
  stepsRedone: 0,
  timeLostMs: 0,
  message: '',
});

describe('mergeTimeline', () => {
  it('sorts warnings and incidents by step, warnings first on a tie', () => {
    const merged = mergeTimeline([warning(50), warning(10)], [incident(30), incident(10)]);
    expect(merged.map((e) => [e.kind, e.step])).toEqual([
      ['warning', 10],
      ['incident', 10],
      ['incident', 30],
      ['warning', 50],
    ]);
  });

  it('leaves its inputs as they were', () => {
    const ws = [warning(50), warning(10)];
    mergeTimeline(ws, []);
    expect(ws.map((e) => e.step)).toEqual([50, 10]);
  });
});

describe('mergeIncidents', () => {
  const named = (step: number, message: string) =>
    ({
      kind: 'incident',
      incident: 'workerCrash',
      step,
      resumedFrom: 10,
      stepsRedone: step - 10,
      timeLostMs: 5,
      message,
    }) as const;
  it('keeps each incident once, in step order, whichever source holds it', () => {
    const journal = [named(20, 'a'), named(40, 'c')];
    const page = [named(40, 'c'), named(30, 'b')];
    expect(mergeIncidents(journal, page).map((i) => i.message)).toEqual(['a', 'b', 'c']);
  });
});
