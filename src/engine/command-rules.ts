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
export const READ_ONLY_MESSAGE =
  'This run is another tab’s, shown read-only: press Reset to train a new run here.';
export const LR_FIND_WHILE_RUNNING =
  'The learning-rate finder starts from where the run is: pause the run first.';
export const TRAINED_ELSEWHERE_MESSAGE =
  'Another tab is training this run, so it is not continued here: open it read-only, or start a new run.';
