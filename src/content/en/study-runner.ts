/**
 * Texts of the Studies view's runner (src/ui/studies/): starting a study from its definition,
 * its progress, pausing and resuming, what it cost, and why it stopped.
 */
export const studyRunner = {
  heading: 'Studies',
  count: '{count} studies',
  intro:
    'A study trains many runs one after another, in an engine of its own beside the run on this page, without the step-by-step views. Each run is recorded in Runs with a link to its study. A reload resumes a running study where it stopped: the run in progress then is trained again from its start.',
  advanced: 'Advanced: a study definition as JSON',
  startRefused:
    'Not started: {count} runs of this study are refused by the sidebar’s checks (listed above); change them first.',
  definitionLabel: 'Study definition (JSON)',
  start: 'Start study',
  notJson: 'The definition is not valid JSON: {detail}',
  refusedRun: 'Run {index} ({settings}) is refused by the sidebar’s checks: {issues}',
  noStudies: 'No studies yet.',
  progressLabel: 'Progress of the study “{name}”',
  runOf: 'Run {current} of {total}, step {step} of {steps}',
  runsDone: '{done} of {total} runs done',
  timeLeft: 'about {time} left',
  timeLeftUnknown: 'time left: known once the first run is done',
  pause: 'Pause study',
  resume: 'Resume study',
  delete: 'Delete study',
  states: { running: 'running', waiting: 'waiting', paused: 'paused', done: 'done' },
  totals: '{runs} runs recorded · {flops} of training compute · {time} of training time',
  pruned: '{count} runs stopped early by successive halving',
  quota:
    'Storage is full: the study “{name}” is paused and nothing stored was changed ({detail}). Delete old runs or checkpoints, then resume it; the run that could not be stored is trained again.',
  storageError:
    'The study “{name}” could not be stored and is paused ({detail}); what was stored before is kept.',
  engineError:
    'The study “{name}” stopped: its engine reported “{detail}”. Resume trains the run again.',
  damaged: 'The study “{name}”: {reason}',
  /** A pruned run's stop reason, kept in English in its record (as every stop reason). */
  prunedReason:
    'Stopped early by successive halving at step {step}: not among the best 1/{eta} of the trials judged there.',
};

export type StudyRunnerTexts = typeof studyRunner;
