/**
 * The learning-rate finder's texts in the sidebar, with `{name}` placeholders (see fill). What
 * the range test is, why and when to use it are the technique's texts (techniques.ts, lrFinder).
 */
export const lrFind = {
  lrFindButton: 'Find learning rate',
  lrFindCancel: 'Cancel',
  lrFindUse: 'Use this rate',
  lrFindHeading: 'Learning-rate finder',
  lrFindIntro:
    'Trains a copy of the model for up to {steps} steps while the learning rate grows from {min} to {max}, and plots the smoothed loss. The run itself does not change: it goes on from the same weights, optimizer state and batch.',
  lrFindHowToRead:
    'Read the curve from left to right: flat where the rate is too small to learn, falling where it learns, rising steeply where it is too large. The suggestion is the steepest point of the fall (PyTorch Lightning’s rule); many pick a rate a little below it.',
  lrFindNotReady: 'Waits for the engine to start.',
  lrFindWhileRunning: 'Pause the run first: the finder starts from where the run is.',
  lrFindStarting: 'Starting: the first step compiles its kernels…',
  lrFindCancelNote: 'Run, Next phase or Reset cancels it.',
  lrFindProgress: 'Step {step} of at most {steps}: learning rate {lr}.',
  lrFindFromStep: 'From the weights at step {step}, with a fresh optimizer.',
  lrFindFromInitial: 'From the initial weights this run will draw, with a fresh optimizer.',
  lrFindMovedOn: 'The run has moved on since (step {step}): find again for its current weights.',
  lrFindSuggested: 'Suggested learning rate: {lr}',
  lrFindNoSuggestion:
    'Too few points for a suggestion: it needs at least 12 (the first 10 and the last are skipped).',
  lrFindStopDone: 'Ended after all {count} steps.',
  lrFindStopDiverged: 'Ended after {count} steps: the smoothed loss passed 4 × its lowest value.',
  lrFindStopNonFinite: 'Ended after {count} steps: the loss became NaN or infinite.',
  lrFindStopCancelled: 'Cancelled after {count} steps.',
  lrFindStopFailed: 'The finder failed; the run is unchanged.',
  lrFindChartTitle: 'Smoothed loss against learning rate',
  lrFindChartX: 'learning rate (log scale)',
  lrFindChartY: 'smoothed loss',
  lrFindSettings: 'Sweep settings',
  lrFindMin: 'From',
  lrFindMax: 'To',
  lrFindSteps: 'Steps',
  lrFindBadMin: 'Enter a learning rate greater than 0, such as 1e-8.',
  lrFindBadMax: 'Enter a learning rate greater than the start ({min}).',
  lrFindBadSteps: 'Enter a whole number of steps from 12 to 1,000.',
  lrFindHowItWorks: 'How it works',
} satisfies Record<string, string>;
