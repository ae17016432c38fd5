import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../protocol/timeline';
import { mergeTimeline } from './timeline-events';

const warning = (step: number): TimelineEvent => ({
  kind: 'warning',
  warning: 'plateau',
  step,
  message: '',
  remedy: '',
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
