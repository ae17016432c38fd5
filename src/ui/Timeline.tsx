/**
 * The run's timeline beside the curves: early warnings from the engine's detectors and
 * incidents (faults and the recovery from them), newest first, each with its step.
 */
import { memo } from 'react';
import type { TimelineEvent } from '../protocol/timeline';
import { warningText } from '../content';
import { useLocale, useTexts } from './locale';
import { fill } from '../content/fill';
import { incidentText } from '../content/notices';
import { fmtFixed, fmtInt } from './viz/format';
import './timeline.css';

export { mergeTimeline } from './timeline-events';

const seconds = (ms: number) => `${fmtFixed(ms / 1000, ms < 10_000 ? 1 : 0)} s`;

function TimelineItem({ event }: { event: TimelineEvent }) {
  const { timeline: t, ui } = useTexts();
  const { locale } = useLocale();
  const kind = event.kind === 'warning' ? event.warning : event.incident;
  const title = event.kind === 'warning' ? t.warnings[event.warning] : t.incidents[event.incident];
  return (
    <li
      className={`timeline-item timeline-${event.kind}`}
      data-testid="timeline-event"
      data-kind={kind}
    >
      <span className="timeline-icon" aria-hidden="true">
        {event.kind === 'warning' ? '⚠' : '⟲'}
      </span>
      <div className="timeline-body">
        <p className="timeline-head">
          <strong>
            <span className="timeline-sr">
              {event.kind === 'warning' ? ui.timelineWarningPrefix : ui.timelineIncidentPrefix}
            </span>
            {title}
          </strong>
          <span className="timeline-step">
            {fill(ui.timelineStep, { step: fmtInt(event.step) })}
          </span>
        </p>
        <p className="timeline-message">
          {event.kind === 'warning'
            ? warningText(event.message, locale)
            : incidentText(event, locale)}
        </p>
        {event.kind === 'warning' ? (
          <p className="timeline-remedy">
            <span className="timeline-remedy-label">{t.remedy}:</span>{' '}
            {warningText(event.remedy, locale)}
          </p>
        ) : (
          <p className="timeline-remedy">
            {event.resumedFrom === null
              ? ui.timelineNotResumed
              : fill(ui.timelineRedone, {
                  steps: fmtInt(event.stepsRedone),
                  time: seconds(event.timeLostMs),
                })}
          </p>
        )}
      </div>
    </li>
  );
}

export const Timeline = memo(function Timeline({ events }: { events: TimelineEvent[] }) {
  const { timeline: t, ui } = useTexts();
  const warnings = events.filter((e) => e.kind === 'warning').length;
  const incidents = events.length - warnings;
  const newestFirst = [...events].reverse();
  return (
    <section className="timeline" aria-label={ui.timelineAria}>
      <h3 className="timeline-title">
        {ui.timelineHeading}
        <span className="timeline-counts">
          {fill(warnings === 1 ? ui.timelineWarningOne : ui.timelineWarningMany, {
            count: fmtInt(warnings),
          })}{' '}
          ·{' '}
          {fill(incidents === 1 ? ui.timelineIncidentOne : ui.timelineIncidentMany, {
            count: fmtInt(incidents),
          })}{' '}
          · {ui.timelineNewestFirst}
        </span>
      </h3>
      {events.length === 0 && <p className="timeline-empty">{t.empty}</p>}
      <ol className="timeline-list" data-testid="timeline">
        {newestFirst.map((e, i) => (
          <TimelineItem
            // Two incidents of one kind may share a step (a fault cut short by another).
            key={`${e.kind}-${e.kind === 'warning' ? e.warning : e.incident}-${e.step}-${newestFirst.length - i}`}
            event={e}
          />
        ))}
      </ol>
    </section>
  );
});
