/** Names of the timeline's events: early warnings from the detectors, and incidents. */
import type { TimelineTexts } from '../types';
import { warningTexts } from './warnings';

export const timeline: TimelineTexts = {
  sentences: warningTexts,
  warnings: {
    divergence: 'Divergence',
    lossSpike: 'Loss spike',
    plateau: 'Plateau',
    explodingGradients: 'Exploding gradients',
    vanishingGradients: 'Vanishing gradients',
    deadRelu: 'Dead ReLUs',
    overfitting: 'Overfitting',
  },
  incidents: {
    workerCrash: 'Worker crashed',
    deviceLost: 'GPU device lost',
    pageReload: 'Page reloaded',
    nanWeights: 'Weights became NaN',
  },
  empty:
    'Nothing to report yet. After each evaluation the detectors look for loss spikes, divergence, plateaus, exploding or vanishing gradients, dead ReLUs and overfitting; faults and recoveries appear here too.',
  remedy: 'Try',
  cutShortBy: 'Its recovery was cut short by another fault ({fault}), recorded next.',
  againAfterResume: 'It happened again after resuming, so resuming does not help.',
  againBeforeResume: 'It happened again before the run could be resumed.',
};
