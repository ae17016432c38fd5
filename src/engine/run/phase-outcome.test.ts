/**
 * What follows a phase's report is decided in one place: a `done` decision that is a fault is
 * not reported but handed to the recovery; checkpoints and stops are journaled; evaluations
 * run the early warnings.
 */
import { describe, expect, it } from 'vitest';
import type {
  CheckpointMeta,
  PhaseReport,
  StoppingReport,
  StopReason,
} from '../../protocol/reports';
import { phaseOutcome } from './phase-outcome';
import type { EngineNotice } from '../../protocol/notices';
import type { StopDecision } from '../phases/stopping';

const reason = { id: 'maxSteps', step: 10 } as StopReason;
const stopping = (stop: boolean): StoppingReport => ({
  phase: 'stopping',
  criteria: [],
  stop,
  reason: stop ? reason : null,
});
const meta = { id: 'run-a@10', runId: 'run-a', step: 10 } as CheckpointMeta;

const NAN_AT_7: EngineNotice = { id: 'nonFiniteLoss', loss: 'training', value: NaN, step: 7 };

describe('phaseOutcome', () => {
  it('hands a fault verdict to the recovery instead of reporting the stop', () => {
    const report = stopping(true);
    const decision: StopDecision = { report, verdict: { kind: 'fault', notice: NAN_AT_7 } };
    expect(phaseOutcome(report, decision)).toEqual({
      kind: 'fault',
      notice: NAN_AT_7,
    });
  });

  it('reports a stop, journals it and names its report', () => {
    const report = stopping(true);
    const decision: StopDecision = { report, verdict: { kind: 'stop', reason } };
    const outcome = phaseOutcome(report, decision);
    expect(outcome).toMatchObject({ kind: 'report', journal: true, warnings: false });
    expect(outcome.kind === 'report' && outcome.stopped).toBe(report);
  });

  it('a stopping check that goes on is neither journaled nor a stop', () => {
    const report = stopping(false);
    const decision: StopDecision = { report, verdict: { kind: 'continue' } };
    expect(phaseOutcome(report, decision)).toEqual({
      kind: 'report',
      journal: false,
      checkpoints: null,
      warnings: false,
      stopped: null,
    });
  });

  it('a checkpoint is journaled with the run’s checkpoint list; an evaluation runs the warnings', () => {
    const saved = { phase: 'checkpoint', saved: meta, checkpoints: [meta], contents: [] };
    expect(phaseOutcome(saved as PhaseReport, null)).toMatchObject({
      journal: true,
      checkpoints: [meta],
      warnings: false,
    });
    const evaluation = { phase: 'evaluation' } as PhaseReport;
    expect(phaseOutcome(evaluation, null)).toMatchObject({ journal: false, warnings: true });
  });

  it('a fault verdict of an earlier check does not touch other phases', () => {
    const report = stopping(true);
    const decision: StopDecision = { report, verdict: { kind: 'fault', notice: { id: 'noRun' } } };
    expect(phaseOutcome({ phase: 'evaluation' } as PhaseReport, decision).kind).toBe('report');
  });
});
