/**
 * The words of the study definition form (src/ui/studies/StudyDefinitionForm.tsx). Why a
 * definition is refused is said by `study.issues` (./study.ts), at the input it concerns.
 */
export const studyForm = {
  heading: 'Plan a study',
  kind: 'Kind of study',
  kinds: {
    grid: 'Sweep: grid search',
    random: 'Sweep: random search',
    ablation: 'Ablation',
    scaling: 'Scaling law',
  },
  kindHelp: {
    grid: 'Every combination of the listed values is one run (as W&B’s grid method).',
    random:
      'Each run draws every parameter at random: from its values, or from its range (learning rate and weight decay log-uniformly, as W&B’s log_uniform_values and Optuna’s log=True).',
    ablation:
      'The base config and each component switched off or replaced one at a time, every variant with the same seeds, to see which components matter beyond the seed noise.',
    scaling:
      'Model sizes × data sizes, to fit how the validation loss falls with parameters, data and compute (Kaplan et al. 2020; Hoffmann et al. 2022).',
  },
  base: 'Base config',
  baseHelp: 'The sidebar’s current settings; a study changes only what it varies.',
  baseNone: 'the task’s defaults',
  task: 'Task',
  parameters: 'Swept parameters',
  addParameter: 'Add a parameter',
  addParameterNone: 'Choose a field…',
  remove: 'Remove',
  removeName: 'Remove {name}',
  values: 'Values',
  valuesHelp: 'separated by spaces or semicolons',
  range: 'Range',
  useRange: 'Draw from a range',
  min: 'Min',
  max: 'Max',
  logUniform: 'log-uniform',
  budget: 'Budget (runs)',
  budgetHelpGrid: 'The most runs the grid may have.',
  budgetHelpRandom: 'The number of random draws.',
  drawSeed: 'Seed of the draws',
  stepsPerRun: 'Steps per run',
  halving: 'Successive halving (stop bad trials early)',
  halvingHelp:
    'All trials train a few steps, the best third continue with three times the steps, and so on (Jamieson & Talwalkar 2016, Hyperband’s inner loop; Optuna’s SuccessiveHalvingPruner).',
  components: 'Components to switch off or replace',
  presets: {
    momentum: 'no momentum (plain SGD)',
    schedule: 'constant learning rate (no schedule)',
    weightDecay: 'no weight decay',
    clipping: 'no gradient clipping',
    hiddenLayer: 'one hidden layer fewer',
    block: 'one transformer block fewer',
    noise: 'no data noise',
  },
  presetChanges: 'sets {changes}',
  custom: 'Custom component',
  customName: 'Name',
  customField: 'Field',
  customValue: 'Value',
  addCustom: 'Add a custom component',
  seeds: 'Seeds',
  seedsHelp: '3 to 5, separated by spaces or semicolons; every variant trains with each',
  modelSizes: 'Model sizes',
  dataSizes: 'Data sizes',
  sizeField: 'varied as',
  planned: '{runs} runs planned, {steps} steps each.',
  /** A scaling study whose data sizes are run lengths. */
  plannedRuns: '{runs} runs planned, each as long as its data size.',
  plannedRefused:
    '{runs} runs planned; {refused} combinations are refused by the sidebar’s checks:',
  refusedRun: 'run {index} ({settings}): {reason}',
  notANumber: '“{text}” is not a number.',
  start: 'Start study',
  startBlocked: 'Fix the marked inputs to start.',
} as const;

export type StudyFormTexts = {
  [K in keyof typeof studyForm]: (typeof studyForm)[K] extends string
    ? string
    : { [L in keyof (typeof studyForm)[K]]: string };
};
