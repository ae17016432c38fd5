/** The top bar's buttons and the notices under it. */
export const topBar = {
  appTitle: 'Training Run Lab',
  runControls: 'Run controls',
  runButton: 'Run',
  pauseButton: 'Pause',
  nextPhaseButton: 'Next phase',
  resetButton: 'Reset',
  resetTitle: "A new model from the sidebar's settings",
  fixField: 'Fix the highlighted field to train.',
  fixFields: 'Fix the highlighted fields to train.',
  runStopped: 'Run stopped.',
  faultLabel: 'Fault:',
  resumingFromCheckpoint: 'Resuming from the last checkpoint…',
  autoResumeOff: 'Auto-resume is off.',
  resumeFromCheckpoint: 'Resume from the last checkpoint',
  unfinishedRun:
    'An unfinished run was found in this browser: it reached step {step}{checkpoint, , last checkpoint at step {checkpoint}}.',
  resumeIt: 'Resume it',
  discard: 'Discard',
  restoredNote:
    'Restored from the checkpoint at step {step}: weights, optimizer state, data position, random generators and history are as they were then.',
  preparingData: 'Preparing the data set…',
  simplificationsHeading: 'Where this simulator simplifies',
  offlineReady:
    'Stored in this browser for offline use: from now on the lab opens and trains without a network, MNIST digits included.',
  offlineReadyDismiss: 'Dismiss',
} satisfies Record<string, string>;
