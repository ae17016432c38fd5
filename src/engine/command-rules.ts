/**
 * Which of the page's commands the engine refuses or lets cancel what is in progress, and
 * the messages it refuses them with.
 */
import type { EngineCommand } from '../protocol/messages';

/** Commands that train or write, refused while another tab's run is shown read-only. */
export const WRITES = new Set<EngineCommand['type']>([
  'run',
  'nextPhase',
  'saveCheckpoint',
  'deleteCheckpoint',
  'recordIncident',
]);
/** Commands that train or replace the run: they cancel a learning-rate range test in progress. */
export const CANCELS_LR_FIND = new Set<EngineCommand['type']>([
  'run',
  'nextPhase',
  'reset',
  'init',
  'resume',
  'restoreCheckpoint',
  'startFrom',
  'importCheckpoint',
  'cancelLrFind',
  'findLearningRate',
]);
