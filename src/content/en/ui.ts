/** Short texts of the interface: mode notes, honest simplifications, panel notes. */
import { chartExport } from './chart-export';
import { MODEL_CARD_EXPORT } from './model-card-doc';
import { lrFind } from './lr-find';
import { panelStatus } from './panel-status';
import { topBar } from './top-bar';
import { timelineUi } from './ui-timeline';
import { charts } from './ui-charts';
import { panelsUi } from './ui-panels';
import { ownDataUi } from './ui-own-data';
import { phaseViews } from './ui-phase-views';
import { dataPipelineUi } from './ui-data-pipeline';

export const ui = {
  stepModeNote:
    '“Next phase” runs exactly one phase and shows what it really computed. Every cycle visits all nine phases in order (initialization only once, at the start of a run), so evaluation, checkpoint and the stopping check happen in every cycle.',
  runModeNote:
    'data → forward → loss → backward → update are fused into one GPU step with no read-back. The loss is read back every k steps (the loss read-back interval); evaluation and checkpoints happen at their intervals; the stopping criteria are checked at every read-back (and a time limit at least every quarter second), so a NaN loss or a target loss is noticed at the next read-back. Run mode reads nothing back from the fused phases: their panels say at which step they were computed, and after Pause or a stop each is computed again at the current step when you open it.',
  simplifications: [
    'Where this simulator simplifies:',
    '• The backward phase runs the forward pass again: tfjs records operations on its gradient tape only while it computes gradients. The weights and batch are the same, so the numbers agree; a real training step runs the forward pass once.',
    '• The loss panel covers the whole batch; the forward panel shows only its first examples.',
    '• Early-stopping patience counts evaluations (as in PyTorch Lightning), not epochs (as in Keras). With restore best weights on, the best weights are put back when early stopping ends the run; Keras 3 also does so when training ends for another reason.',
    '• The last batch of an epoch holds the leftover examples and may be smaller (PyTorch’s drop_last = False).',
    '• In step mode, evaluation, checkpoint and the stopping check run in every cycle; in run mode they follow their intervals.',
  ].join('\n'),
  smoothing:
    'Smoothing uses TensorBoard’s debiased exponential moving average: last ← w·last + (1 − w)·y, shown = last / (1 − wⁿ) after n points, so the first points are not pulled towards 0. w = 0 shows the raw values; NaN and infinite values are shown as they are.',
  notRunYet: 'Not run yet: press Next phase.',
  howItWorks: 'How it works',
  whatHeading: 'What happens',
  whyHeading: 'Why',
  formulaHeading: 'Formula',
  modesHeading: 'Step mode and run mode',
  symmetryWarning:
    'Symmetry problem: all units of these layers start with identical weights. Identical units compute the same output, receive the same gradient and get the same update, so they stay identical forever: the layer acts like a single unit. Random initialization breaks this symmetry.',
  checkpointStorage:
    'Checkpoints are stored in this browser’s IndexedDB: they survive a page reload, but stay in this browser on this device.',
  gradientSign:
    'Blue means a negative gradient: increasing that parameter would lower the loss, so the update raises it. Orange means the opposite.',
  noStop: 'No criterion fires: training continues with the next batch.',
  /** The label of the language switch in the top bar. */
  language: 'Language',
  /** This language's name in itself, as the language switch lists it. */
  languageName: 'English',
  panelErrorTitle: 'this part of the page could not be drawn.',
  panelErrorHint:
    'The rest of the page works on, and the training run is not affected. The panel is drawn again when new results arrive.',
  panelErrorRetry: 'Try again',
  panelPage: 'Training Run Lab',
  panelPhase: 'Phase view',
  panelCheckpoints: 'Checkpoints',
  panelLossCharts: 'Loss curves',
  panelTimeline: 'Timeline',
  panelModel: 'Model',
  panelSidebar: 'Hyperparameters',
  panelDataSet: 'Data set',
  panelStatus: 'Status',
  panelPhaseRail: 'Phases',
  skipToPhases: 'Skip to the phases',
  otherTabRun:
    'Another tab of this browser is training a run (step {step}). It is not continued here, so that two tabs never train one run or write its checkpoints.',
  openReadOnly: 'Open it read-only',
  startNewRun: 'Start a new run here',
  readOnlyNote:
    'Read-only: the run another tab is training, as of its checkpoint at step {step}. Nothing is trained or saved here; Reset starts a new run in this tab.',
  nonFiniteHint:
    'Try a lower learning rate (a tenth of it), or clip the gradients. Auto-resume does not restart this run: started again from its checkpoint, a deterministic run diverges the same way.',
  chartLearningRate: 'Learning rate of each update',
  chartClipFactor: 'Clip factor (1: not clipped)',
  chartSeriesEmpty: 'Appears after the first update.',
  chartSeriesLabel:
    '{name} over {count} recorded steps: {first} at step {firstStep}, highest {peak} at step {peakStep}, {last} at step {lastStep}.',
  whenHeading: 'When to use it',
  techMicroBatch: 'Micro-batch {i} of {k}',
  techEffectiveBatchLabel: 'Effective batch',
  techEffectiveBatch: '= {k} × {b} examples per update',
  techDataNote:
    'Gradient accumulation: this batch is micro-batch {i} of {k}. Its gradient is added to the step’s sum; the update comes once all {k} are in.',
  techSumHeading: 'Running gradient sum across the micro-batches',
  techSumAfter: 'after micro-batch {j}',
  techSumNorm: '‖Σ g‖₂',
  techSumNote:
    'Each micro-batch adds the gradient of its loss ÷ {k}, so after all {k} the sum is the gradient of the mean loss over {n} examples.',
  techUpdateSum:
    'This update used the gradients of {i} micro-batches summed (effective batch {n}).',
  techLearningRate: 'Learning rate of this update',
  techSchedule: 'Schedule',
  techScheduleNote: 'η = {lr} at step {step}, from the schedule “{schedule}”.',
  techClipHeading: 'Gradient clipping',
  techNormBefore: 'Global norm before clipping',
  techNormAfter: 'Global norm after clipping',
  techClipFactor: 'Clip factor',
  techClippedShare: 'Entries clipped',
  techClipNone: 'The gradients were within the limit ({max}): clipping changed nothing (factor 1).',
  techClipNorm:
    'The global norm {before} exceeded the limit {max}: every gradient was scaled by {factor}, keeping its direction.',
  techClipValue:
    '{share} of the gradient entries exceeded ±{max} and were cut to it; the global norm fell from {before} to {after}.',
  statusMicroBatch: 'Micro-batch',
  statusEffectiveBatch: 'Eff. batch',
  schedulePlotTitle: 'Learning rate over the planned steps',
  schedulePlotX: 'optimizer step',
  schedulePlotY: 'learning rate',
  ...lrFind,
  schedulePlannedSteps:
    '{total} planned steps: max steps, or max epochs × steps per epoch if fewer (estimated from the configured data size).',
  scheduleNow: 'The orange line is the next step, {step}: a change applies from there.',
  scheduleRecorded: 'The thin dark line is the rate each update of the run really used.',
  scheduleChangedAt:
    'The schedule was changed at step {step} (dashed line): it applies from there; before it the run followed the old one.',
  schedulePlateauNote:
    'Dashed: the base rate. It falls by the plateau factor whenever the validation loss stalls for “plateau patience” evaluations.',
  modelCardExportMarkdown: MODEL_CARD_EXPORT.markdown,
  modelCardExportHtml: MODEL_CARD_EXPORT.html,
  modelCardExportTitle: MODEL_CARD_EXPORT.title,
  railNext: 'Runs on the next "Next phase"',
  railLast: 'Ran last',
  railFused: 'Run mode: fused into one GPU step',
  railInterval: 'Run mode: runs at its interval',
  statusAria: 'Run status',
  lossChartAria:
    'Training loss over {steps} steps{train, , last {train} at step {trainStep}}; validation loss over {evals} evaluations{val, , last {val}, lowest {best} at step {bestStep}}.',
  accuracyChartAria:
    'Validation accuracy over {evals} evaluations{last, , last {last}, highest {best} at step {bestStep}}.',
  statusStep: 'Step',
  statusEpoch: 'Epoch',
  statusBatch: 'batch',
  statusTrainLoss: 'Train loss',
  statusValLoss: 'Val loss',
  statusValAcc: 'Val acc',
  statusStepsPerSecond: 'Steps/s',
  statusSamplesPerSecond: 'Samples/s',
  statusCompiling: 'compiling kernels…',
  statusTime: 'Time',
  statusLearningRate: 'LR',
  statusTensors: 'Tensors',
  statusBytes: 'bytes',
  ...panelStatus,
  ...topBar,
  ...timelineUi,
  ...charts,
  ...panelsUi,
  ...ownDataUi,
  ...phaseViews,
  ...chartExport,
  ...dataPipelineUi,
} satisfies Record<string, string>;

/** The ids of the interface's short texts: every language has a text for each. */
export type UiKey = keyof typeof ui;
