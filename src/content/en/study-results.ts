/**
 * The words of a study's results (src/ui/studies/): the sweep's table and plots, the
 * ablation's bars and sentences, the scaling fits and their comparison with the literature,
 * and the study's cost. `{name}` placeholders are filled with numbers already written in the
 * page's language.
 */
export const studyResults = {
  metrics: { valLoss: 'validation loss', valAccuracy: 'validation accuracy' },
  /** The metric as a column heading. */
  metricHeadings: { valLoss: 'Validation loss', valAccuracy: 'Validation accuracy' },
  /** The metric's choice above the results. */
  metricLabel: 'Compare runs by',
  progress: '{done} of {total} runs recorded.',
  noRuns: 'No run of this study has finished yet; its results appear here as the runs finish.',
  refused: '{count} planned runs were refused by the sidebar’s checks and are not run.',
  open: 'Open',
  openTitle: 'Take this run’s config into the sidebar',
  openBest: 'Open the best config',
  openBestTitle: 'Take the best run’s config into the sidebar (a new run starts from it)',

  sweep: {
    heading: 'Sweep results',
    tableCaption:
      'Every run of the sweep; select a column heading to sort. The best run is highlighted.',
    run: 'Run',
    steps: 'Steps',
    time: 'Time',
    best: 'best',
    bestLine: 'Best run: #{index} with {metric} {value} ({settings}).',
    scatterHeading: 'Scatter: the {metric} against each swept parameter',
    scatterTitle: '{metric} against {field}',
    scatterLabel: '{metric} against {field}, one point per run{log, (log axis)}',
    logAxis: 'log axis',
    parallelHeading: 'Parallel coordinates',
    parallelWhat:
      'Each line is one run, crossing each parameter’s axis at its value (bottom: the smallest swept, top: the largest; log scale where the parameter is drawn log-uniformly) and ending at its metric. The best run is drawn bold; darker lines are better runs.',
    parallelLabel: 'Parallel coordinates of {count} runs over {axes}',
    scaled: '0 = lowest, 1 = highest',
  },

  ablation: {
    heading: 'Ablation results',
    what: 'Each bar is the change of the {metric} when one component is switched off or replaced, against the base, averaged over the seeds; the whisker is ± one standard deviation of the change over the seeds, and each dot one seed.',
    chartLabel:
      'Change of the {metric} against the base for {count} components, with the seed spread',
    deltaAxis: 'Δ {metric} against the base',
    meanLegend: 'mean Δ ± sd',
    seedLegend: 'one seed',
    base: 'Base: {metric} {mean} ± {sd} (mean ± sd over {n} seeds).',
    larger:
      '“{component}” changes the {metric} by {mean} ± {sd} over {n} seeds: larger than the seed noise (|mean Δ| > 2 × SE = {twoSe}).',
    within:
      '“{component}” changes the {metric} by {mean} ± {sd} over {n} seeds: within the seed noise (|mean Δ| ≤ 2 × SE = {twoSe}); these seeds cannot tell it from chance.',
    waiting: '“{component}”: waits for at least 2 seeds shared with the base.',
    better: 'better',
    worse: 'worse',
  },

  scaling: {
    heading: 'Scaling results',
    what: 'Validation loss against model size, data and compute on log–log axes, each with the fitted power law L = a·X^(−α) + c through the best run at each size (for compute: the runs that beat every cheaper run).',
    axes: {
      parameters: 'parameters N',
      data: 'examples seen D',
      dataPoints: 'training examples D',
      compute: 'training compute C (FLOPs)',
    },
    loss: 'validation loss',
    runs: 'runs',
    fitLegend: 'fit',
    optimalLegend: 'Dashed lines: the compute-optimal N for the budget each names (FLOPs).',
    chartTitle: 'Validation loss against {axis}',
    chartLabel: 'Validation loss against {axis}, log–log, {count} runs with the fitted power law',
    formulas: { exponent: '{symbol} = {alpha} ± {se} (c = {c} ± {cse})' },
    fewPoints:
      'No fit against {axis}: a power law with an offset needs {needed} distinct values, and this study has {count}.',
    failed: 'No fit against {axis}: {message}',
    parametersNote:
      'N is the model’s parameter count (embeddings included, as Hoffmann et al. 2022 count them; Kaplan et al. 2020 leave them out); for a run recorded before the count was kept, the count its FLOPs imply (FLOPs per step ÷ 6 per example, C ≈ 6·N·D).',
    kaplanHeading: 'Against Kaplan et al. 2020',
    kaplan:
      '{symbol} = {alpha} here against ≈ {kaplan} for Kaplan et al.’s language models: {comparison}.',
    comparison: {
      similar: 'of the same order',
      steeper: 'steeper: loss falls faster with scale in this tiny range',
      shallower: 'shallower: loss falls more slowly with scale in this tiny range',
    },
    optimalHeading: 'Compute-optimal size (Hoffmann et al. 2022)',
    optimal:
      'At {flops} FLOPs: N ≈ {parameters} parameters trained on D ≈ {tokens} examples, {ratio} examples per parameter ({vs} × Hoffmann et al.’s ≈ 20 tokens per parameter).',
    noOptimal:
      'The compute-optimal split needs fits against parameters and against data seen (data sizes as run lengths).',
    small:
      'How small this is: the largest model here has {parameters} parameters and the whole study used {flops} FLOPs. Chinchilla (Hoffmann et al. 2022) had 70 billion parameters trained on 1.4 trillion tokens, about {chinchilla} FLOPs for one run: {factor} times this study. Laws fitted over {decades} decades of size with a handful of runs are rough, and the published exponents were measured over 7 decades.',
  },

  cost: {
    heading: 'Cost of this study',
    total: '{runs} runs: {flops} FLOPs of training in {time} of training time on this device.',
    projection:
      'The same study at industrial scale: {runs} runs of {reference} ({perRun} FLOPs each, {total} in all), in {precision} at {mfu} model FLOPs utilisation.',
    caption: 'This study and the same study at industrial scale on each accelerator',
    device: 'Accelerator',
    thisStudy: 'This study on one',
    industrialOne: 'Industrial study on one',
    devicesFor: 'Devices for 30 days',
    energy: 'Energy',
    units: { years: 'years', days: 'days' },
    notPublished: 'not published',
    scaleLink: 'Hardware, memory and data parallelism: the Scale view',
    note: 'Estimates from peak FLOP/s at an assumed utilisation; communication, input pipelines and failures are not counted.',
  },
} as const;

/** The shape every language's results texts have (strings only, the same keys). */
export type StudyResultsTexts = DeepStrings<typeof studyResults>;

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
