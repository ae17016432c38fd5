/**
 * Texts that say when a panel was computed and how the run's counters are counted, with
 * `{name}` placeholders (see fill). A step is an optimizer update: step s is the state after
 * s updates, and the loss of the batch whose update makes step s is plotted at s.
 */
export const panelStatus: Record<string, string> = {
  stampInitialization: 'Computed at step 0: the initial weights, drawn once when the run starts.',
  stampStep: 'Computed at step {step}, on the batch of update {next} (step {step} → {next}).',
  stampStepView:
    'Computed at step {step} on the batch of the next update ({next}), as step mode would compute it; nothing was trained or recorded.',
  stampUpdate: 'Computed at step {step}: the update that took the run from step {prev} to {step}.',
  stampUpdateView:
    'Computed at step {step}: the update the next step will make (to step {next}), applied to copies of the weights and the optimizer state; the model is unchanged.',
  stampAt: 'Computed at step {step}.',
  stampStoppingView: 'Checked at step {step}; nothing was changed.',
  lagRunning:
    'The run is at step {now}: run mode fuses this phase into one GPU step and reads nothing back from it. Pause to see it at the current step.',
  lagInterval:
    'The run is at step {now}, {ago} steps later: this phase runs once per cycle in step mode, and only at its interval in run mode.',
  lagStopping:
    'The run is at step {now}: run mode checks the criteria at every read-back and shows them here after each evaluation.',
  lagRefreshing: 'The run is at step {now}: computing this phase at the current step…',
  lagMidStep:
    'The run is at step {now}: this panel is from an earlier step, and runs again later in this cycle (Next phase).',
  runRail:
    'Run mode: data → forward → loss → backward → update run fused, one GPU step after another; evaluation every {evalInterval} steps, a checkpoint every {checkpointInterval}, the stopping criteria at every read-back (every {readbackInterval} steps).',
  pausing:
    'Pausing: the GPU finishes the steps already queued (up to {readbackInterval}, the read-back interval) before the run stops; on a slow model that takes a few seconds.',
  pausingButton: 'Pausing…',
  stepHint: 'optimizer updates completed; the loss of the update that makes step s is plotted at s',
  epochHint:
    'epoch e is the e-th pass over the training set (1-based); batch b/B: the batch of the last update',
  chartSteps:
    'x: step (optimizer updates completed); a training loss is plotted at the step its update makes.',
  liveChanges: 'Live changes',
  smoothingHint: 'debiased EMA, as in TensorBoard',
};
