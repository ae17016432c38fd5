/** The timeline's heading, counts and the words around its events. */
export const timelineUi = {
  modeRun: 'Run mode',
  modeStep: 'Step mode',
  timelineWarningPrefix: 'Warning: ',
  timelineIncidentPrefix: 'Incident: ',
  timelineStep: 'step {step}',
  timelineNotResumed: 'Not resumed.',
  timelineRedone: '{steps} steps redone, {time} lost.',
  timelineAria: 'Run timeline',
  timelineHeading: 'Timeline',
  timelineWarningOne: '{count} warning',
  timelineWarningMany: '{count} warnings',
  timelineIncidentOne: '{count} incident',
  timelineIncidentMany: '{count} incidents',
  timelineNewestFirst: 'newest first',
} satisfies Record<string, string>;
