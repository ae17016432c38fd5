import { useRef } from 'react';
import { fmt, niceStep } from './format';
import { useElementWidth } from './useElementWidth';

export interface BarItem {
  key: string | number;
  label: string;
  value: number;
  /** Bar colour (CSS); defaults to the accent colour. */
  color?: string;
  /** Extra text for the hover title and screen readers, e.g. "p(true class) = 0.41". */
  note?: string;
}

export interface BarsProps {
  items: readonly BarItem[];
  /** What the bars measure, e.g. "Loss per example"; used in the accessible description. */
  label: string;
  orientation?: 'horizontal' | 'vertical';
  /** Value at the far end of the axis; default the largest value. */
  max?: number;
  /** A dashed reference line, e.g. the mean. */
  reference?: { value: number; label: string };
  /** Height of the vertical chart in CSS pixels. */
  height?: number;
  format?: (v: number) => string;
}

const DEFAULT_COLOR = 'var(--accent, #4f46e5)';
/** Tick labels on the value axis at most (a fixed `max` far above the step adds no more). */
const MAX_TICKS = 10;

/** The far end of the axis: `max` when given, else the largest finite value; always finite > 0. */
function scaleMax(items: readonly BarItem[], max?: number, reference?: { value: number }): number {
  if (max !== undefined && max > 0 && Number.isFinite(max)) return max;
  let m = reference && Number.isFinite(reference.value) ? reference.value : 0;
  for (const it of items) if (Number.isFinite(it.value) && it.value > m) m = it.value;
  return m > 0 ? m : 1;
}

/** Bars for a handful of non-negative values: probabilities, losses, norms. */
export function Bars(props: BarsProps) {
  return props.orientation === 'vertical' ? (
    <VerticalBars {...props} />
  ) : (
    <HorizontalBars {...props} />
  );
}

function HorizontalBars({ items, label, max, reference, format = (v) => fmt(v) }: BarsProps) {
  const top = scaleMax(items, max, reference);
  const pct = (v: number) => `${Math.max(0, Math.min(1, Number.isFinite(v) ? v / top : 0)) * 100}%`;
  return (
    <div className="viz-hbars" role="list" aria-label={label}>
      {items.map((it) => (
        <div
          key={it.key}
          className="viz-hbar"
          role="listitem"
          title={it.note ? `${it.label}: ${format(it.value)} (${it.note})` : undefined}
        >
          <span className="viz-hbar-label">{it.label}</span>
          <span className="viz-hbar-track">
            <span
              className="viz-hbar-fill"
              style={{ width: pct(it.value), background: it.color ?? DEFAULT_COLOR }}
            />
            {reference && <span className="viz-hbar-ref" style={{ left: pct(reference.value) }} />}
          </span>
          <span className="viz-num">{format(it.value)}</span>
        </div>
      ))}
      {reference && (
        <div className="viz-muted viz-hbar-reflabel">
          ┆ {reference.label}: {format(reference.value)}
        </div>
      )}
    </div>
  );
}

function VerticalBars({
  items,
  label,
  max,
  reference,
  height = 150,
  format = (v) => fmt(v),
}: BarsProps) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(wrapRef, 480);
  // Round the axis up to a nice number so its ticks read 0, 0.5, 1 rather than 0, 0.54, 1.1.
  const step = niceStep(scaleMax(items, max, reference), 2);
  const fixed = max !== undefined && max > 0 && Number.isFinite(max);
  const rounded = Math.ceil(scaleMax(items, max, reference) / step) * step;
  const top = fixed ? max : Number.isFinite(rounded) ? rounded : scaleMax(items, max, reference);
  const axisW = 44;
  const labelH = items.length <= 24 ? 20 : 6;
  const plotW = Math.max(40, width - axisW - 4);
  const plotH = height - labelH - 8;
  const slot = plotW / Math.max(1, items.length);
  // Wide slots get a gap between bars; thin ones touch, so no moiré of hairline gaps.
  const barW = slot > 6 ? slot * 0.75 : slot;
  const yOf = (v: number) => 8 + plotH * (1 - Math.max(0, Math.min(1, v / top)));
  return (
    <div className="viz-vbars" ref={wrapRef}>
      <svg width={width} height={height} role="img" aria-label={label}>
        <line
          x1={axisW}
          x2={axisW + plotW}
          y1={yOf(0)}
          y2={yOf(0)}
          stroke="var(--border, #d4d4d8)"
        />
        {Array.from(
          { length: Math.min(MAX_TICKS, Math.round(top / step)) + 1 },
          (_, k) => k * step,
        ).map((t) => (
          <text
            key={t}
            x={axisW - 6}
            y={yOf(t)}
            className="viz-svg-tick"
            textAnchor="end"
            dominantBaseline="middle"
          >
            {fmt(t, 2)}
          </text>
        ))}
        {items.map((it, i) => {
          const v = Number.isFinite(it.value) ? it.value : 0;
          const x = axisW + i * slot + (slot - barW) / 2;
          return (
            <g key={it.key}>
              <rect
                x={x}
                y={yOf(v)}
                width={barW}
                height={Math.max(0.5, yOf(0) - yOf(v))}
                fill={it.color ?? DEFAULT_COLOR}
                shapeRendering={slot > 6 ? undefined : 'crispEdges'}
              >
                <title>{`${it.label}: ${format(it.value)}${it.note ? ` (${it.note})` : ''}`}</title>
              </rect>
              {labelH > 10 && (
                <text x={x + barW / 2} y={height - 4} className="viz-svg-tick" textAnchor="middle">
                  {it.label}
                </text>
              )}
            </g>
          );
        })}
        {reference && Number.isFinite(reference.value) && (
          <g>
            <line
              x1={axisW}
              x2={axisW + plotW}
              y1={yOf(reference.value)}
              y2={yOf(reference.value)}
              stroke="var(--fg, #1f2937)"
              strokeDasharray="5 4"
            />
            <text
              x={axisW + plotW}
              y={yOf(reference.value) - 5}
              className="viz-svg-tick viz-svg-ref"
              textAnchor="end"
              paintOrder="stroke"
              stroke="var(--panel, #ffffff)"
              strokeWidth={4}
              strokeLinejoin="round"
            >
              {reference.label} {format(reference.value)}
            </text>
          </g>
        )}
      </svg>
    </div>
  );
}
