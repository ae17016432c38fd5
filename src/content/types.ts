/**
 * Teaching texts are data, keyed by phase id and parameter key, one module per language.
 * Components render them through one lookup, so a new language is a new folder.
 */
import type { FieldKey } from '../config/schema';
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

export interface Content {
  phases: Record<PhaseId, PhaseText>;
  params: Record<FieldKey, string>;
  /** Other short texts of the interface, by id. */
  ui: Record<string, string>;
  timeline: TimelineTexts;
}

/** The timeline's titles for each kind of event, and its own few words. */
export interface TimelineTexts {
  warnings: Record<WarningKind, string>;
  incidents: Record<IncidentKind, string>;
  /** Shown while the timeline is empty. */
  empty: string;
  /** Label before a warning's suggested remedy. */
  remedy: string;
}
