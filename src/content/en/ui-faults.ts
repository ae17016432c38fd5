/** What the page says of a fault it detects itself: a worker that failed or fell silent, a reload mid-run. */
export const faultsUi = {
  faultWorkerFailed: 'The engine worker failed: {detail}.',
  faultUncaught: 'uncaught error',
  faultWorkerSilent: 'The engine worker stopped responding (no sign of life for {seconds} s).',
  faultPageReloaded: 'The page was reloaded at step {step}.',
  faultPageClosed: 'The page was closed or reloaded at step {step}.',
} satisfies Record<string, string>;
