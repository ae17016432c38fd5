/**
 * Teaching texts are data, keyed by phase id and parameter key, one module per language.
 * A text that is not true of every run is a {@link Varies}: a small decision tree keyed by the
 * run's task, model and loss, so the page shows only what is true of the model on screen.
 * Components render them through one lookup ({@link TextContext} in, plain strings out), so a
 * new language is a new folder with the same keys.
 */
import type { ScenarioId } from '../config/scenarios';
import type { FieldGroup, FieldKey, FieldUnit, FIELDS, TaskId } from '../config/schema';
import type { UrlNotice } from '../config/url';
import type { CheckpointProblemId } from '../protocol/checkpoint-problems';
import type { PhaseId } from '../protocol/phases';
import type { CheckpointPart } from '../protocol/reports';
import type { CriterionState, StopReason } from '../protocol/stopping';
import type { TextNumbers } from './numbers';
import type { IncidentKind, WarningKind, WarningTextId } from '../protocol/timeline';
import type { TourChapterId, TourStopId } from './tour';
import type { UiKey } from './en/ui';

/**
 * The network a text talks about: a dense MLP (2-D points, digits, curves, tables), the
 * digits' CNN, the names' MLP over character embeddings (Bengio et al. 2003), or the names'
 * causal transformer.
 */
export const MODEL_KINDS = ['mlp', 'cnn', 'charMlp', 'transformer'] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];

/**
 * The loss the run minimises, which also fixes the output layer: softmax cross-entropy over
 * classes (logits → softmax), or mean squared error of a single linear output (regression).
 */
export const LOSS_KINDS = ['crossEntropy', 'mse'] as const;
export type LossKind = (typeof LOSS_KINDS)[number];

/** What is on screen: the texts shown must be true of this task, model and loss. */
export interface TextContext {
  task: TaskId;
  model: ModelKind;
  loss: LossKind;
}

/**
 * A text, or the texts it takes by task, model or loss. `byTask` and `byModel` name the
 * cases that differ and give the rest as `other`; `byLoss` names both losses. Cases nest:
 * a task's text can vary by loss (a table of classes or of numbers).
 */
export type Varies =
  | string
  | { byTask: Partial<Record<TaskId, Varies>> & { other: Varies } }
  | {
      byModel: Record<ModelKind, Varies> | (Partial<Record<ModelKind, Varies>> & { other: Varies });
    }
  | { byLoss: Record<LossKind, Varies> };

/** The texts of one phase, as shown (every variant resolved for one {@link TextContext}). */
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

/** The texts of one phase as stored: the title is the same for every run, the rest may vary. */
export type PhaseTextSource = { title: string } & {
  [K in Exclude<keyof PhaseText, 'title'>]: Varies;
};

/** The training techniques the texts explain: the optimizers and the methods of efficient runs. */
export const TECHNIQUE_IDS = [
  'sgd',
  'momentum',
  'nesterov',
  'rmsprop',
  'adam',
  'adamw',
  'weightDecay',
  'lrSchedule',
  'lrFinder',
  'accumulation',
  'clipping',
  'mixedPrecision',
  'lossScaling',
] as const;
export type TechniqueId = (typeof TECHNIQUE_IDS)[number];

/** What a technique is, why a run uses it, its formula (plain text, Unicode math), and when to use it. */
export interface TechniqueText {
  title: string;
  what: string;
  why: string;
  formula: string;
  when: string;
}

export interface Content {
  phases: Record<PhaseId, PhaseTextSource>;
  /** The sidebar help of each hyperparameter: what it does, sensible values, when it applies. */
  params: Record<FieldKey, Varies>;
  /** Other short texts of the interface, by id (the English catalogue names the ids). */
  ui: Record<UiKey, string>;
  /** The model card's note on how its FLOPs are counted. */
  modelCard: { flops: Varies };
  /** The exported model card's sections, sentences, labels and per-task defaults. */
  modelCardDoc: ModelCardDocTexts;
  timeline: TimelineTexts;
  urlNotices: UrlNoticeTexts;
  format: FormatTexts;
  /** The sidebar's field labels, options, groups and units. */
  sidebar: SidebarTexts;
  /** What the sidebar says of a value that is not valid, by issue (src/config/schema.ts). */
  validation: ValidationTexts;
  /** The training techniques, by id. */
  techniques: Record<TechniqueId, TechniqueText>;
  /** Problems with a data set's numbers, and with a data set read back from storage. */
  dataChecks: DataCheckTexts;
  /** How a regression on the user's data reports its loss on the standardized target. */
  targetScale: TargetScaleTexts;
  checkpoint: CheckpointTexts;
  faults: FaultTexts;
  /** The sidebar's config file controls and the messages of a file's check. */
  configFile: ConfigFileTexts;
  /** The "Cost of this run" panel. */
  runCost: RunCostTexts;
  /** The Scale view: hardware, memory and data parallelism. */
  scale: ScaleTexts;
  /** The backend menu and the backend calibration's table and reason. */
  calibration: CalibrationTexts;
  /** The mixed-precision sections of the backward and update panels. */
  precision: PrecisionTexts;
  /** The backward panel's data-parallel section: the workers' shards and the all-reduce. */
  dataParallel: DataParallelTexts;
  /** Export as PyTorch: its button, status and the reasons a run is refused. */
  pytorchExport: PyTorchExportTexts;
  /** The Runs view: the run history, its table and the comparison. */
  runs: RunsTexts;
  /** Reproducing a run and its audit record. */
  reproduce: ReproduceTexts;
  /** The lineage graph, Branch and Fine-tune, and where a fine-tuned model's layers came from. */
  lineage: LineageTexts;
  /** The update panel: the optimizers and the quantities of their state. */
  optimizer: OptimizerTexts;
  /** Lecture mode: its controls, keys, slow motion and what each phase just changed. */
  lecture: LectureTexts;
  /** The lecture scenarios, by id, and their menu. */
  scenarios: ScenarioTexts;
  /** The stopping criteria's state and a run's stopping reason, from the engine's data. */
  stopping: StoppingTexts;
  /** The problems of a CSV file and of learning a chosen column from it. */
  csv: CsvTexts;
  /** Studies (many runs as one): why a definition is refused, and their summaries' rules. */
  study: StudyTexts;
  /** The Studies view's runner: starting, progress, pause and resume, cost, problems. */
  studyRunner: StudyRunnerTexts;
  /** A study's results: the sweep, ablation and scaling views and the study's cost. */
  studyResults: StudyResultsTexts;
  /** The form that plans a study. */
  studyForm: StudyFormTexts;
  /** The guided tour: its controls, chapters and stops (the stops' targets: ./tour.ts). */
  tour: TourTexts;
  /** The engine's notices: faults, fallback reasons, refusals (src/protocol/notices.ts). */
  notices: NoticeTexts;
}

/** The words of the engine's notices, as the English catalogue declares them. */
export type NoticeTexts = import('./en/notices').NoticeTexts;

/** The texts of lecture mode, as the English catalogue declares them. */
export type LectureTexts = import('./en/lecture').LectureTexts;
export type ModelCardDocTexts = import('./en/model-card-doc').ModelCardDocTexts;

/** The scenario menu's words, and each scenario's title, what to watch and its contrast's label. */
export interface ScenarioTexts {
  menu: string;
  menuTitle: string;
  watchHeading: string;
  load: string;
  loadContrast: string;
  link: string;
  close: string;
  items: Record<ScenarioId, { title: string; watch: string; contrast?: string }>;
}

/** The problems of a CSV file, as the English catalogue declares them. */
export type CsvTexts = typeof import('./en/csv').csv;

/**
 * The stopping phase's words: a criterion's label and live state, and the reason a run
 * stopped, from the plain data the engine sends (src/protocol/stopping.ts). Numbers are
 * written by `n` (../numbers.ts) in the same language.
 */
export interface StoppingTexts {
  heading: string;
  /** When a stop arrives without its reason. */
  fallback: string;
  caption: string;
  columns: { criterion: string; enabled: string; now: string; fires: string };
  on: string;
  off: string;
  yes: string;
  no: string;
  /** The progress meter's label, `pct` in 0…100. */
  progress: (pct: number) => string;
  label: (c: CriterionState) => string;
  detail: (c: CriterionState, n: TextNumbers) => string;
  reason: (r: StopReason, n: TextNumbers) => string;
}

/**
 * The guided tour's words. `position` fills `{n}` and `{total}`; every stop has a title and
 * an explanation of two to four sentences.
 */
export interface TourTexts {
  button: string;
  buttonTitle: string;
  heading: string;
  chapter: string;
  stop: string;
  position: string;
  previous: string;
  next: string;
  close: string;
  /** The button that takes the student to the stop's place on the page. */
  goThere: string;
  /** Said of a stop the page does not show yet. */
  coming: string;
  /** Said when a stop's field is hidden for the current task or options. */
  notShown: string;
  chapters: Record<TourChapterId, string>;
  stops: Record<TourStopId, { title: string; text: string }>;
}

/** The texts of a config file's controls and check, as the English catalogue declares them. */
export type ConfigFileTexts = typeof import('./en/config-file').configFile;
/** The texts of the "Cost of this run" panel, as the English catalogue declares them. */
export type RunCostTexts = typeof import('./en/run-cost').runCost;
/** The texts of the Scale view, as the English catalogue declares them. */
export type ScaleTexts = typeof import('./en/scale').scale;
/** The texts of the backend menu and calibration, as the English catalogue declares them. */
export type CalibrationTexts = import('./en/calibration').CalibrationTexts;
/** The mixed-precision sections' texts, as the English catalogue declares them. */
export type PrecisionTexts = typeof import('./en/precision').precision;
/** The data-parallel section's texts, as the English catalogue declares them. */
export type DataParallelTexts = typeof import('./en/data-parallel').dataParallel;
/** The texts of Export as PyTorch, as the English catalogue declares them. */
export type PyTorchExportTexts = typeof import('./en/pytorch-export').pytorchExport;
/** The texts of the Runs view, as the English catalogue declares them. */
export type RunsTexts = typeof import('./en/runs').runs;
/** The texts of studies, as the English catalogue declares them. */
export type StudyTexts = typeof import('./en/study').study;
/** The texts of the study runner, as the English catalogue declares them. */
export type StudyRunnerTexts = import('./en/study-runner').StudyRunnerTexts;
export type StudyResultsTexts = import('./en/study-results').StudyResultsTexts;
export type StudyFormTexts = import('./en/study-form').StudyFormTexts;
/** The texts of reproducing a run and of its audit record, as the English catalogue declares them. */
export type ReproduceTexts = typeof import('./en/reproduce').reproduce;
/** The texts of run lineage and fine-tuning, as the English catalogue declares them. */
export type LineageTexts = typeof import('./en/lineage').lineage;
/** The texts of the update panel's optimizer, as the English catalogue declares them. */
export type OptimizerTexts = typeof import('./en/optimizer').optimizer;

type FieldOf<K extends FieldKey> = Extract<(typeof FIELDS)[number], { key: K }>;
/** The values of a select field's options; never for a field without options. */
type OptionValueOf<K extends FieldKey> =
  FieldOf<K> extends { options: readonly { value: infer V }[] } ? V & string : never;

/** A field's label, and for a select field the label of every option, by value. */
export type FieldTexts = {
  [K in FieldKey]: { label: string } & ([OptionValueOf<K>] extends [never]
    ? unknown
    : { options: Record<OptionValueOf<K>, string> });
};

/** The sidebar's words: its fields, their groups and units, and its notes. */
export interface SidebarTexts {
  heading: string;
  fields: FieldTexts;
  groups: Record<FieldGroup, string>;
  units: Record<FieldUnit, string>;
  /** The tag of a field that applies live, or on reset, and its tooltip. */
  live: string;
  liveTitle: string;
  reset: string;
  resetTitle: string;
  /** The note naming the changed fields that wait for a reset, around the Reset button's name. */
  pending: { before: (labels: string) => string; button: string; after: string };
}

/**
 * The sentences of the sidebar's validation, one per issue id. `label` is the field's label
 * in the same language; a field's bounds have a sentence of their own.
 */
export interface ValidationTexts {
  required: (label: string) => string;
  notANumber: (label: string) => string;
  notation: (label: string) => string;
  separator: (label: string) => string;
  wholeNumber: (label: string) => string;
  choose: (values: readonly string[]) => string;
  dataId: string;
  /** Each bounded field's sentence for a value below its minimum and above its maximum. */
  bounds: Partial<Record<FieldKey, { min?: string; max?: string }>>;
  batchTooLarge: (batchSize: string, examples: string) => string;
  effectiveBatchTooLarge: (
    batchSize: string,
    accumulation: string,
    effective: string,
    examples: string,
    most: string,
  ) => string;
  /** `below` is '' when no smaller batch size splits evenly. */
  workersSplit: (batchSize: string, workers: string, below: string, above: string) => string;
  warmupTooLong: (warmupSteps: string, total: string) => string;
  lrMinAboveRate: (lrMin: string, learningRate: string) => string;
  riseUnderOneStep: (pctStart: string, total: string) => string;
  decayErases: (factor: string, limit: string) => string;
  modelNotOffered: (models: readonly string[]) => string;
  headsSplit: (embedding: string) => string;
  checkpointMlpOnly: string;
  noAccuracy: string;
  accuracyTarget: string;
  accuracyBaseline: string;
  accuracyDivergence: string;
}

/** The units of time in {@link FormatTexts.ago}. */
export type AgeUnit = 's' | 'min' | 'h' | 'days';

/** The words of number formatting (src/ui/viz/format.ts); the numbers come from `Intl`. */
export interface FormatTexts {
  /** The shape of a tensor with no axes. */
  scalar: string;
  /** An age under five seconds. */
  justNow: string;
  /** An age: `amount` is already formatted for the locale ("42", "1.234"). */
  ago: (amount: string, unit: AgeUnit) => string;
  /** The words of durations of days and years ("3.5 days"); h, min and s are the same in both. */
  durationUnits: { years: string; days: string };
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
  /** The parts a checkpoint holds, as the checkpoint panel lists them. */
  parts: Record<CheckpointPart, string>;
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

/** The notices about the URL's ignored keys: a heading, and one sentence per kind of notice. */
export type UrlNoticeTexts = { heading: string; dismiss: string } & {
  [K in UrlNotice['kind']]: (notice: Extract<UrlNotice, { kind: K }>) => string;
};

/** The timeline's titles for each kind of event, and its own few words. */
export interface TimelineTexts {
  warnings: Record<WarningKind, string>;
  /** Each sentence a warning can say, by id, with `{name|num}`-style number placeholders. */
  sentences: Record<WarningTextId, string>;
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
