/**
 * The guided tour through the topics of a training run: its chapters and stops, in order, and
 * where the page shows each topic on the live run. The texts of every stop live in the
 * catalogue of each language (./en/tour.ts, ./de/tour.ts), keyed by the ids declared here.
 * The chapters follow the glossary's sections: the nine components of a run, its technical
 * aspects, optimisation and efficiency, documentation and governance, and research and
 * industry practice.
 */
import type { FieldKey } from '../config/schema';
import type { PhaseId } from '../protocol/phases';

/**
 * Places of the page a stop can point at that are neither a phase nor a sidebar field; the
 * page maps each to its element (src/ui/tour/targets.ts).
 */
export const TOUR_PANELS = [
  'checkpoints',
  'faults',
  'modelCardExport',
  'configFile',
  'runCost',
  'timeline',
  'lossCharts',
  'modelSummary',
  'runs',
  'lineage',
  'studies',
  'studyScaling',
  'studyAblation',
] as const;
export type TourPanelId = (typeof TOUR_PANELS)[number];

/**
 * Where a stop takes the student: a phase's panel (opened as if picked on the phase rail), the
 * Scale view (opened), a field of the sidebar's schema (scrolled to, focused, highlighted), or
 * another panel of the page (scrolled to, highlighted). A stop without one is a topic the lab
 * does not show yet.
 */
export type TourTarget =
  | { kind: 'phase'; phase: PhaseId }
  | { kind: 'scale' }
  | { kind: 'field'; field: FieldKey }
  | { kind: 'panel'; panel: TourPanelId };

/** One stop: its id (the key of its texts) and where the page shows it, if it does. */
export interface TourStop {
  id: string;
  target: TourTarget | null;
}

const phase = (p: PhaseId): TourTarget => ({ kind: 'phase', phase: p });
const field = (f: FieldKey): TourTarget => ({ kind: 'field', field: f });
const panel = (p: TourPanelId): TourTarget => ({ kind: 'panel', panel: p });
const scale: TourTarget = { kind: 'scale' };

/** The chapters in order, each with its stops in order. */
export const TOUR = [
  {
    id: 'components',
    stops: [
      { id: 'initialization', target: phase('initialization') },
      { id: 'dataLoading', target: phase('data') },
      { id: 'forwardPass', target: phase('forward') },
      { id: 'loss', target: phase('loss') },
      { id: 'backwardPass', target: phase('backward') },
      { id: 'weightUpdate', target: phase('update') },
      { id: 'evaluation', target: phase('evaluation') },
      { id: 'checkpointSaving', target: phase('checkpoint') },
      { id: 'stoppingCriteria', target: phase('stopping') },
    ],
  },
  {
    id: 'technical',
    stops: [
      { id: 'computeResources', target: scale },
      { id: 'distributedTraining', target: field('workers') },
      { id: 'hyperparameters', target: panel('configFile') },
      { id: 'dataPipeline', target: field('batchSize') },
      { id: 'memoryManagement', target: scale },
      { id: 'monitoring', target: panel('lossCharts') },
      { id: 'automatedResumption', target: panel('faults') },
    ],
  },
  {
    id: 'efficiency',
    stops: [
      { id: 'mixedPrecision', target: field('precision') },
      { id: 'gradientAccumulation', target: field('accumulation') },
      { id: 'efficientArchitectures', target: panel('modelSummary') },
      { id: 'lrSchedules', target: field('lrSchedule') },
      { id: 'earlyDetection', target: panel('timeline') },
      { id: 'coOptimisation', target: field('readbackInterval') },
      { id: 'carbonFootprint', target: panel('runCost') },
    ],
  },
  {
    id: 'governance',
    stops: [
      { id: 'experimentTracking', target: panel('runs') },
      { id: 'modelCards', target: panel('modelCardExport') },
      { id: 'modelLineage', target: panel('lineage') },
      { id: 'reproducibility', target: field('seed') },
      { id: 'compliance', target: panel('runs') },
      { id: 'resourceConsumption', target: panel('runCost') },
    ],
  },
  {
    id: 'practice',
    stops: [
      { id: 'academicIndustrial', target: panel('studies') },
      { id: 'scalingLaws', target: panel('studyScaling') },
      { id: 'incrementalTraining', target: panel('checkpoints') },
      { id: 'ablations', target: panel('studyAblation') },
      { id: 'hardwareGenerations', target: scale },
      { id: 'collaboration', target: panel('configFile') },
    ],
  },
] as const satisfies readonly { id: string; stops: readonly TourStop[] }[];

export type TourChapterId = (typeof TOUR)[number]['id'];
export type TourStopId = (typeof TOUR)[number]['stops'][number]['id'];

/** Every stop in tour order, with its chapter. */
export const TOUR_STOPS: readonly (TourStop & { id: TourStopId; chapter: TourChapterId })[] =
  TOUR.flatMap((c) => c.stops.map((s) => ({ ...s, chapter: c.id })));
