/**
 * What follows a phase's report, decided in one place for step mode and run mode alike: a
 * stopping report whose `done` decision (`phases/stopping.ts`) is a fault hands the run to
 * the fault recovery instead of being reported; a checkpoint or a stop is journaled; a
 * checkpoint lists the run's checkpoints; an evaluation runs the early-warning detectors;
 * a stop ends the run. Pure.
 */
import type { EngineNotice } from '../../protocol/notices';
import type { CheckpointMeta, PhaseReport, StoppingReport } from '../../protocol/reports';
import type { StopDecision } from '../phases/stopping';

export type PhaseOutcome =
  /** Not reported: the run has a fault to recover from (`notice` says which). */
  | { kind: 'fault'; notice: EngineNotice }
  | {
      kind: 'report';
      /** The run's journal is written (a checkpoint saved, or the run stopped). */
      journal: boolean;
      /** The run's checkpoints after a save (null for other phases). */
      checkpoints: CheckpointMeta[] | null;
      /** The early-warning detectors run over the series (after an evaluation). */
      warnings: boolean;
      /** The stopping report that ended the run (null: it goes on). */
      stopped: StoppingReport | null;
    };

/** The outcome of `report`; `lastStop` is the run's latest stopping decision. */
export function phaseOutcome(report: PhaseReport, lastStop: StopDecision | null): PhaseOutcome {
  const verdict = report.phase === 'stopping' ? lastStop?.verdict : undefined;
  if (verdict?.kind === 'fault') return { kind: 'fault', notice: verdict.notice };
  const stopped = report.phase === 'stopping' && report.stop ? report : null;
  return {
    kind: 'report',
    journal: report.phase === 'checkpoint' || stopped !== null,
    checkpoints: report.phase === 'checkpoint' ? report.checkpoints : null,
    warnings: report.phase === 'evaluation',
    stopped,
  };
}
