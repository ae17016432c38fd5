/** Überschrift, Zähler und die Worte um die Ereignisse der Zeitleiste. */
import type { timelineUi as en } from '../en/ui-timeline';

export const timelineUi: Record<keyof typeof en, string> = {
  modeRun: 'Laufmodus',
  modeStep: 'Schrittmodus',
  timelineWarningPrefix: 'Warnung: ',
  timelineIncidentPrefix: 'Zwischenfall: ',
  timelineStep: 'Schritt {step}',
  timelineNotResumed: 'Nicht fortgesetzt.',
  timelineRedone: '{steps} Schritte wiederholt, {time} verloren.',
  timelineAria: 'Zeitleiste des Laufs',
  timelineHeading: 'Zeitleiste',
  timelineWarningOne: '{count} Warnung',
  timelineWarningMany: '{count} Warnungen',
  timelineIncidentOne: '{count} Zwischenfall',
  timelineIncidentMany: '{count} Zwischenfälle',
  timelineNewestFirst: 'neueste zuerst',
};
