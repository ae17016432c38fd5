/** The data pipeline section of the data panel: its stages, measured times and idle share. */
export const dataPipelineUi = {
  dpHeading: 'Data pipeline: load → preprocess → shuffle → batch → prefetch',
  dpStage: 'Stage',
  dpWhat: 'What it does here',
  dpStepMode: 'Step mode (this batch)',
  dpRunMode: 'Run mode (mean of {n} steps)',
  dpLoad: 'load',
  dpLoadWhat:
    'Read the batch’s examples from storage: here a simulated latency of {latency} ms per batch (a slow disk or network), which the worker really waits.',
  dpPreprocess: 'preprocess',
  dpPreprocessWhat:
    'Decode and normalise the examples. Done once, when the data set was built (e.g. the digits’ pixels scaled to [0, 1]), so no batch waits for it: nothing is measured per batch.',
  dpShuffle: 'shuffle',
  dpShuffleWhat:
    'Reshuffle the order of the training set with the run’s seeded generator at the start of each epoch (0 within an epoch).',
  dpBatch: 'batch',
  dpBatchWhat:
    'Gather the batch’s rows into one tensor on the device (the time to issue it; the device runs it with the step).',
  dpPrefetch: 'prefetch',
  dpPrefetchOff:
    'Off: nothing is loaded ahead, so each step waits for its batch; the device idles meanwhile.',
  dpPrefetchOn:
    'On, {depth} ahead: the next batches are loaded while the current step runs (run mode); the step waits only for what is left of the loading.',
  dpWaitColumn: 'the step’s wait for data',
  dpNotMeasured: '—',
  dpIdleShare: 'Idle share of a step',
  dpIdleHint: 'time waiting for data ÷ step time',
  dpDataWait: 'Waiting for data',
  dpStepTime: 'Step time',
  dpPerStep: 'per step, mean of the last {n}',
  dpOffNote:
    'Run mode measures each step’s wait for data and its idle share while a loading latency or prefetching is set (Data fields in the sidebar); it then reads every step’s loss back, so a step’s time includes its work on the device.',
  dpHowNote:
    'Measured with the worker’s clock (performance.now()), not drawn: with prefetching off a step takes about the loading latency plus its computing; with it on, about the longer of the two, so the idle share falls — to 0 once a step computes longer than a batch takes to load. The batches and their order are the same either way: the losses do not change.',
  dpStepModeNote:
    'In step mode nothing runs between two presses of Next phase, so no batch can be loaded ahead: each data phase waits the whole latency.',
  chartIdleShare: 'Idle share per step (waiting for data ÷ step time)',
};
