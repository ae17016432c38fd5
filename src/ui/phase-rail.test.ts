import { describe, expect, it } from 'vitest';
import { PHASES } from '../protocol/phases';
import { railState } from './PhaseRail';

const hasReport = () => true;

describe('the phase rail', () => {
  it('in step mode marks the phase that ran last and the one that runs next', () => {
    const at = { lastPhase: 'loss' as const, nextPhase: 'backward' as const, hasReport };
    expect(railState('loss', at)).toBe('last');
    expect(railState('backward', at)).toBe('next');
    expect(railState('data', at)).toBe('done');
  });

  it('in run mode shows the fused step and the interval phases, never a last or next phase', () => {
    const at = {
      lastPhase: 'update' as const,
      nextPhase: 'evaluation' as const,
      hasReport,
      runNote: 'Run mode: …',
    };
    expect(PHASES.map((p) => railState(p, at))).toEqual([
      'once',
      'fused',
      'fused',
      'fused',
      'fused',
      'fused',
      'interval',
      'interval',
      'interval',
    ]);
  });
});
