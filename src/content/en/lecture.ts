/**
 * Lecture mode: the top bar's toggle, the control bar, the keys, slow motion, and the line
 * saying what each phase just changed ({placeholders} filled by src/ui/lecture/phase-change.ts).
 */
export const lecture = {
  toggle: 'Lecture mode',
  toggleTitle: 'Large type for a projector, the sidebar folded away, every action on a key',
  barLabel: 'Lecture controls',
  keysHeading: 'Keys',
  keysTitle: 'Show the keys (?)',
  keysClose: 'Close',
  keyNames: {
    next: '→ / N',
    runPause: 'Space',
    jump: '1–9',
    reset: 'R',
    slowMotion: 'S',
    language: 'L',
    fullscreen: 'F',
    help: '?',
  },
  keys: {
    next: 'next phase',
    runPause: 'run / pause',
    jump: 'show phase 1–9',
    reset: 'reset',
    language: 'language',
    fullscreen: 'full screen',
    slowMotion: 'slow motion on / off',
    help: 'these keys',
  },
  slowMotion: 'Slow motion',
  slowMotionStop: 'Stop slow motion',
  slowMotionPace: 'Pace',
  slowMotionPaceOption: '{seconds} s per phase',
  fullscreen: 'Full screen',
  justChanged: 'Just changed',
  changed: {
    initialization: 'Drew all {params} parameters from the initializer: {scheme}.',
    data: 'Drew batch {batch} of {batches} of epoch {epoch}: {size} examples.',
    forward: 'Computed every layer’s activations for {examples} examples.',
    loss: 'The batch’s mean loss ({lossName}): {mean}.',
    backward: 'A gradient for every parameter: global norm ‖g‖ = {norm}.',
    update:
      'Moved every weight: the largest change |Δw| = {delta} at learning rate {learningRate}.',
    evaluation: 'Validation loss {valLoss}, accuracy {valAccuracy}; the plots are redrawn.',
    evaluationNoAccuracy: 'Validation loss {valLoss}; the plots are redrawn.',
    checkpoint: 'Wrote a checkpoint of step {step}: {size}.',
    stopping: 'No criterion fires: training continues with the next batch.',
    stoppingFires: 'The run stops: {reason}',
  },
};

/** The texts of lecture mode, as this catalogue declares them. */
export type LectureTexts = typeof lecture;
