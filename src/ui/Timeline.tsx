/**
 * The run's timeline beside the curves: early warnings from the engine's detectors and
 * incidents (faults and the recovery from them), newest first, each with its step.
 */
import { memo } from 'react';
import { texts } from '../content';
import type { TimelineEvent } from '../protocol/timeline';
import './timeline.css';

export { mergeTimeline } from './timeline-events';

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;

function TimelineItem({ event }: { event: TimelineEvent }) {
  const t = texts().timeline;
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
              {event.kind === 'warning' ? 'Warning: ' : 'Incident: '}
            </span>
            {title}
          </strong>
          <span className="timeline-step">step {event.step.toLocaleString('en')}</span>
        </p>
        <p className="timeline-message">{event.message}</p>
        {event.kind === 'warning' ? (
          <p className="timeline-remedy">
            <span className="timeline-remedy-label">{t.remedy}:</span> {event.remedy}
          </p>
        ) : (
          <p className="timeline-remedy">
            {event.resumedFrom === null
              ? 'Not resumed.'
              : `${event.stepsRedone.toLocaleString('en')} steps redone, ${seconds(event.timeLostMs)} lost.`}
          </p>
        )}
      </div>
    </li>
  );
}

export const Timeline = memo(function Timeline({ events }: { events: TimelineEvent[] }) {
  const t = texts().timeline;
  const warnings = events.filter((e) => e.kind === 'warning').length;
  const incidents = events.length - warnings;
  const newestFirst = [...events].reverse();
  return (
    <section className="timeline" aria-label="Run timeline">
      <h3 className="timeline-title">
        Timeline
        <span className="timeline-counts">
          {warnings} {warnings === 1 ? 'warning' : 'warnings'} · {incidents}{' '}
          {incidents === 1 ? 'incident' : 'incidents'} · newest first
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
