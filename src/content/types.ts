/**
 * Teaching texts are data, keyed by phase id and parameter key, one module per language.
 * Components render them through one lookup, so a new language is a new folder.
 */
import type { FieldKey, TaskId } from '../config/schema';
import type { DatasetKind } from '../protocol/messages';
import type { CheckpointProblemId } from '../protocol/checkpoint-problems';
import type { PhaseId } from '../protocol/phases';
import type { IncidentKind, WarningKind } from '../protocol/timeline';

export interface PhaseText {
  /** Short title for the phase rail and panel heading. */
  title: string;
  /** What happens in this phase, in two or three sentences. */
  what: string;
  /** Why a training run needs it. */
  why: string;
  /** The formula, as plain text with Unicode math. */
  formula: string;
  /** How step mode and run mode differ for this phase. */
  modes: string;
}

/** Per kind of data, the phase texts that differ from the general ones. */
export type TaskPhaseTexts = Partial<
  Record<DatasetKind, Partial<Record<PhaseId, Partial<PhaseText>>>>
>;

export interface Content {
  phases: Record<PhaseId, PhaseText>;
  /** Phase texts of the tasks whose data changes what a phase does. */
  taskPhases: TaskPhaseTexts;
  params: Record<FieldKey, string>;
  /** Parameter texts that differ for a task (e.g. sensible sizes for names, not points). */
  taskParams: Partial<Record<TaskId, Partial<Record<FieldKey, string>>>>;
  /** Other short texts of the interface, by id. */
  ui: Record<string, string>;
  timeline: TimelineTexts;
  checkpoint: CheckpointTexts;
  faults: FaultTexts;
}

/** The "Simulate a fault" menu. */
export interface FaultTexts {
  label: string;
  trigger: string;
  /** Why "GPU device lost" is unavailable on other backends. */
  webgpuOnly: string;
  /** Each fault: its name in the menu and how the app detects it (the button's tooltip). */
  choices: Record<IncidentKind, { label: string; how: string }>;
}

/**
 * The checkpoint panel's sentences. `{name}` is replaced by the value `name`;
 * `{name, text}` gives `text` (with its own placeholders) only when `name` is not empty.
 */
export interface CheckpointTexts {
  /** Why a checkpoint is refused, by problem id. */
  problems: Record<CheckpointProblemId, string>;
  /** The sentence around a refusal's reason. */
  refused: string;
  /** How a loaded file was kept. */
  imported: Record<'new' | 'same' | 'renamed' | 'trainedElsewhere', string>;
}

/** The timeline's titles for each kind of event, and its own few words. */
export interface TimelineTexts {
  warnings: Record<WarningKind, string>;
  incidents: Record<IncidentKind, string>;
  /** Shown while the timeline is empty. */
  empty: string;
  /** Label before a warning's suggested remedy. */
  remedy: string;
  /** Ends an incident whose recovery another fault cut short; `{fault}` is that fault's title. */
  cutShortBy: string;
  /** Why the recovery stops trying: the same fault came back after resuming… */
  againAfterResume: string;
  /** …or before the run could be resumed (the new worker failed too). */
  againBeforeResume: string;
}
