/**
 * Teaching texts are data, keyed by phase id and parameter key, one module per language.
 * Components render them through one lookup, so a new language is a new folder.
 */
import type { FieldKey, TaskId } from '../config/schema';
import type { DatasetKind } from '../protocol/messages';
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
  /** Problems with a data set's numbers, and with a data set read back from storage. */
  dataChecks: DataCheckTexts;
  /** How a regression on the user's data reports its loss on the standardized target. */
  targetScale: TargetScaleTexts;
}

/** A regression trained on its standardized target, and its loss back in the target's units. */
export interface TargetScaleTexts {
  /** The loss's name, e.g. in "Mean loss L (…)". */
  lossName: string;
  /** What the loss is, given the target's name and its μ and σ (formatted). */
  note: (target: string, mean: string, std: string) => string;
  /** Label of the MSE in the target's units, L · σ². */
  mseInUnits: (target: string) => string;
  /** Label of the root mean squared error in the target's units, √L · σ. */
  rmseInUnits: (target: string) => string;
  /** Hint under those values. */
  unitsHint: string;
}

/**
 * Messages about numbers a model cannot compute with. `at` locates the value ("Line 4,
 * column 'price'"); `cell` is its text as in the file (shortened when very long).
 */
export interface DataCheckTexts {
  /** A value beyond ±`limit`, the largest magnitude accepted. */
  tooLarge: (at: string, cell: string, limit: string) => string;
  /** A value that reads as ±Infinity (too many digits, or beyond 64-bit floats). */
  notFinite: (at: string, cell: string) => string;
  /** Rounding to 32 bits moves the value by more than a hundredth of its column's spread. */
  lostPrecision: (at: string, cell: string, rounded: string, remedy: string) => string;
  /** Remedy for values far from 0 that differ only in late digits. */
  subtractOffset: (offset: string) => string;
  /** Remedy for values so close to 0 that binary32 loses them. */
  changeUnit: string;
  /** A column whose standard deviation is positive but below `min`. */
  tinySpread: (column: string, spread: string, min: string) => string;
  /** A regression target with one value on every row. */
  constantTarget: (column: string, value: string) => string;
  /** A stored data set refused when it is read back, and why. */
  storedDamaged: (id: string, reason: string) => string;
  /** Added when the page's starting data set cannot be loaded and the example is used. */
  exampleInstead: string;
  storedShape: string;
  storedId: string;
  storedLabels: string;
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
