/**
 * The learning-rate schedule's shape over the planned steps, drawn as a small SVG in the
 * sidebar, with a marker at the run's current step. The curve comes from the pure schedule
 * math of src/config/schedules.ts (the same the step uses), so the plot is what the run does.
 * Once a run has taken steps, the rates it really used (its `learningRate` series) are drawn
 * over it; after a live change of the schedule a mark says from which step the new curve
 * applies (before it, the run followed the old one).
 */
import { memo, useMemo } from 'react';
import { scheduleCurve } from '../config/lr-schedule';
import type { LabConfig } from '../config/schema';
import type { SeriesData } from '../protocol/metric-log';
import { useTexts } from './locale';

const W = 230;
const H = 136;
const M = { left: 44, right: 10, top: 8, bottom: 32 };

/** A learning rate as the axis shows it: 3 significant digits, exponent for small values. */
function formatLr(lr: number): string {
  if (lr === 0) return '0';
  return lr >= 0.01 ? String(Number(lr.toPrecision(3))) : lr.toExponential(1);
}

interface Props {
  config: LabConfig;
  /** Optimizer steps taken so far (the engine status's step), or null before a run. */
  step: number | null;
  /** The learning rate each update of the run used (step s: the update that made step s). */
  recorded?: Readonly<SeriesData>;
  /** Changes whenever `recorded` grew (its arrays grow in place). */
  recordedVersion?: number;
  /** The step of the last live change of the schedule, from which the curve applies. */
  changedAt?: number | null;
}

export const SchedulePlot = memo(function SchedulePlot({
  config,
  step,
  recorded,
  changedAt = null,
}: Props) {
  const t = useTexts().ui;
  const curve = useMemo(() => {
    try {
      return scheduleCurve(config);
    } catch {
      return null;
    }
  }, [config]);
  if (!curve) return null;
  const { total, points } = curve;
  // The update that made step s used the rate of schedule step s − 1.
  const used = (recorded?.steps ?? [])
    .map((s, i) => ({ step: s - 1, lr: recorded!.values[i] }))
    .filter((p) => p.step < total && Number.isFinite(p.lr));
  const maxLr = Math.max(...points.map((p) => p.lr), ...used.map((p) => p.lr));
  const minLr = Math.min(0, ...points.map((p) => p.lr));
  const x = (s: number) => M.left + (s / Math.max(1, total - 1)) * (W - M.left - M.right);
  const y = (lr: number) =>
    M.top + (1 - (lr - minLr) / (maxLr - minLr || 1)) * (H - M.top - M.bottom);
  const path = points.map((p, i) => `${i ? 'L' : 'M'}${x(p.step)},${y(p.lr)}`).join(' ');
  const now = step === null ? null : Math.min(step, total - 1);
  const plateau = config.lrSchedule === 'plateau';
  return (
    <figure className="schedule-plot" aria-label={t.schedulePlotTitle}>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" data-testid="schedule-plot">
        <title>{t.schedulePlotTitle}</title>
        <line className="axis" x1={M.left} y1={H - M.bottom} x2={W - M.right} y2={H - M.bottom} />
        <line className="axis" x1={M.left} y1={M.top} x2={M.left} y2={H - M.bottom} />
        <text className="tick" x={M.left - 4} y={y(maxLr) + 4} textAnchor="end">
          {formatLr(maxLr)}
        </text>
        <text className="tick" x={M.left - 4} y={y(minLr)} textAnchor="end">
          {formatLr(minLr)}
        </text>
        <text className="tick" x={M.left} y={H - M.bottom + 12} textAnchor="start">
          0
        </text>
        <text className="tick" x={W - M.right} y={H - M.bottom + 12} textAnchor="end">
          {total}
        </text>
        <text className="axis-label" x={(M.left + W - M.right) / 2} y={H - 4} textAnchor="middle">
          {t.schedulePlotX}
        </text>
        <text
          className="axis-label"
          transform={`translate(10 ${(M.top + H - M.bottom) / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          {t.schedulePlotY}
        </text>
        <path className={plateau ? 'curve curve-base' : 'curve'} d={path} />
        {used.length > 0 && (
          <path
            className="curve-recorded"
            data-testid="schedule-recorded"
            d={used.map((p, i) => `${i ? 'L' : 'M'}${x(p.step)},${y(p.lr)}`).join(' ')}
          />
        )}
        {changedAt !== null && changedAt < total && (
          <line
            className="changed"
            data-testid="schedule-changed"
            x1={x(changedAt)}
            y1={M.top}
            x2={x(changedAt)}
            y2={H - M.bottom}
          />
        )}
        {now !== null && (
          <g className="now" data-testid="schedule-now">
            <line x1={x(now)} y1={M.top} x2={x(now)} y2={H - M.bottom} />
            {!plateau && (
              <circle
                cx={x(now)}
                cy={y(points.reduce((a, p) => (p.step <= now ? p : a), points[0]).lr)}
                r={3}
              />
            )}
          </g>
        )}
      </svg>
      <figcaption className="field-help">
        {plateau ? `${t.schedulePlateauNote} ` : ''}
        {t.schedulePlannedSteps.replace('{total}', String(total))}
        {now !== null ? ` ${t.scheduleNow.replace('{step}', String(now))}` : ''}
        {used.length > 0 ? ` ${t.scheduleRecorded}` : ''}
        {changedAt !== null ? (
          <span data-testid="schedule-changed-at" data-step={changedAt}>
            {' '}
            {t.scheduleChangedAt.replace('{step}', String(changedAt))}
          </span>
        ) : null}
      </figcaption>
    </figure>
  );
});
