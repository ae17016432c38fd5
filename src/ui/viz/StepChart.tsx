/**
 * A line chart of values per training step, drawn on one canvas.
 *
 * The live curves redraw several times a second while training and a run records one loss
 * per step (tens of thousands of points). An SVG chart builds a DOM node per point and
 * re-runs its layout on every redraw; here a redraw is one pass over the arrays, and a line
 * denser than the pixels is drawn as each pixel column's first, lowest, highest and last
 * point, which looks the same as drawing every point.
 */
import { type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { prepareCanvas } from './canvas';
import { plotFont } from './canvas-axes';
import { useTexts } from '../locale';
import { fill } from '../../content/fill';

export interface StepLine {
  label: string;
  steps: ArrayLike<number>;
  values: ArrayLike<number>;
  /** A CSS custom property holding the colour, e.g. `--train`. */
  colorVar: string;
  width: number;
  /** Radius of a dot on every point (for sparse series such as evaluations). */
  dot?: number;
}

export interface StepChartProps {
  lines: StepLine[];
  xDomain: readonly [number, number];
  xTicks: readonly number[];
  yDomain: readonly [number, number];
  yTicks: readonly number[];
  logScale?: boolean;
  formatX: (v: number) => string;
  formatY: (v: number) => string;
  /** The value of a line under the pointer, e.g. 0.1234 or 93.2 %. */
  formatValue: (v: number) => string;
  /** What the chart shows, for assistive technology. */
  label: string;
  /** Vertical marks at steps (live changes), labelled 1, 2, … at the top of the plot. */
  marks?: readonly { step: number }[];
}

const MARGIN = { left: 48, right: 12, top: 6, bottom: 22 };

/** The content box of an element in CSS pixels, kept up to date with a ResizeObserver. */
function useElementSize(ref: RefObject<HTMLElement | null>): { w: number; h: number } {
  const [size, setSize] = useState({ w: 0, h: 0 });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver((entries) => {
      const r = entries[0]?.contentRect;
      if (r) setSize({ w: Math.floor(r.width), h: Math.floor(r.height) });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

/** Index of the last step ≤ `x` in ascending `steps` (or 0). */
function indexAt(steps: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = steps.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (steps[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The entry of `steps` nearest to `x`. */
function nearestIndex(steps: ArrayLike<number>, x: number): number {
  const i = indexAt(steps, x);
  return i + 1 < steps.length && steps[i + 1] - x < x - steps[i] ? i + 1 : i;
}

function drawLine(
  ctx: CanvasRenderingContext2D,
  line: StepLine,
  px: (v: number) => number,
  py: (v: number) => number,
  plotWidth: number,
): void {
  const { steps, values } = line;
  const n = steps.length;
  ctx.beginPath();
  let open = false;
  if (n > 2 * plotWidth) {
    // One pixel column at a time: first, lowest, highest and last point of the column.
    let col = Number.NaN;
    let first = 0;
    let lo = 0;
    let hi = 0;
    let last = 0;
    const flush = () => {
      if (Number.isNaN(col)) return;
      if (open) ctx.lineTo(col, first);
      else ctx.moveTo(col, first);
      ctx.lineTo(col, lo);
      ctx.lineTo(col, hi);
      ctx.lineTo(col, last);
      open = true;
    };
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (!Number.isFinite(v) || !Number.isFinite(py(v))) {
        flush();
        col = Number.NaN;
        open = false;
        continue;
      }
      const x = Math.round(px(steps[i]));
      const y = py(v);
      if (x !== col) {
        flush();
        col = x;
        first = lo = hi = last = y;
      } else {
        lo = Math.min(lo, y);
        hi = Math.max(hi, y);
        last = y;
      }
    }
    flush();
  } else {
    for (let i = 0; i < n; i++) {
      const v = values[i];
      const y = Number.isFinite(v) ? py(v) : Number.NaN;
      if (!Number.isFinite(y)) {
        open = false;
        continue;
      }
      if (open) ctx.lineTo(px(steps[i]), y);
      else ctx.moveTo(px(steps[i]), y);
      open = true;
    }
  }
  ctx.stroke();
  // A lone value draws no line: it gets a dot, so the first read-back shows.
  const dot = line.dot ?? (n === 1 ? 2.5 : 0);
  if (dot > 0) {
    const r = dot;
    if (!line.dot) ctx.fillStyle = ctx.strokeStyle;
    for (let i = 0; i < n; i++) {
      const y = Number.isFinite(values[i]) ? py(values[i]) : Number.NaN;
      if (!Number.isFinite(y)) continue;
      ctx.beginPath();
      ctx.arc(px(steps[i]), y, r, 0, 2 * Math.PI);
      ctx.fill();
    }
  }
}

/** Values per step as lines, with round-numbered grid lines and a readout under the pointer. */
export function StepChart({
  lines,
  xDomain,
  xTicks,
  yDomain,
  yTicks,
  logScale = false,
  formatX,
  formatY,
  formatValue,
  label,
  marks = [],
}: StepChartProps) {
  const ui = useTexts().ui;
  const wrapRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const { w, h } = useElementSize(wrapRef);
  const [hoverX, setHoverX] = useState<number | null>(null);

  const plotWidth = Math.max(1, w - MARGIN.left - MARGIN.right);
  const plotHeight = Math.max(1, h - MARGIN.top - MARGIN.bottom);
  const [x0, x1] = xDomain;
  const [y0, y1] = yDomain;
  const ty = (v: number) => (logScale ? Math.log10(v) : v);
  const px = (v: number) => MARGIN.left + ((v - x0) / (x1 - x0 || 1)) * plotWidth;
  const py = (v: number) => MARGIN.top + ((ty(y1) - ty(v)) / (ty(y1) - ty(y0) || 1)) * plotHeight;

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || w === 0 || h === 0) return;
    prepareCanvas(canvas, ctx, w, h);
    const css = getComputedStyle(canvas);
    const color = (name: string) => css.getPropertyValue(name).trim() || '#6b7280';

    ctx.font = plotFont();
    ctx.lineWidth = 1;
    ctx.strokeStyle = color('--grid');
    ctx.fillStyle = color('--muted');
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    for (const t of xTicks) {
      const X = Math.round(px(t)) + 0.5;
      ctx.beginPath();
      ctx.moveTo(X, MARGIN.top);
      ctx.lineTo(X, MARGIN.top + plotHeight);
      ctx.stroke();
      ctx.fillText(formatX(t), X, MARGIN.top + plotHeight + 5);
    }
    ctx.textAlign = 'right';
    ctx.textBaseline = 'middle';
    for (const t of yTicks) {
      const Y = Math.round(py(t)) + 0.5;
      ctx.beginPath();
      ctx.moveTo(MARGIN.left, Y);
      ctx.lineTo(MARGIN.left + plotWidth, Y);
      ctx.stroke();
      ctx.fillText(formatY(t), MARGIN.left - 6, Y);
    }

    // Live changes: a dashed line at each step, numbered as in the list under the chart.
    ctx.save();
    ctx.strokeStyle = color('--mark');
    ctx.fillStyle = ctx.strokeStyle;
    ctx.setLineDash([4, 3]);
    ctx.textAlign = 'left';
    ctx.textBaseline = 'top';
    marks.forEach((m, k) => {
      if (m.step < x0 || m.step > x1) return;
      const X = Math.round(px(m.step)) + 0.5;
      ctx.beginPath();
      ctx.moveTo(X, MARGIN.top);
      ctx.lineTo(X, MARGIN.top + plotHeight);
      ctx.stroke();
      ctx.fillText(String(k + 1), X + 3, MARGIN.top + 1);
    });
    ctx.restore();

    ctx.save();
    ctx.beginPath();
    // A little past the frame, so dots on its edge stay whole.
    ctx.rect(MARGIN.left - 4, MARGIN.top - 4, plotWidth + 8, plotHeight + 8);
    ctx.clip();
    ctx.lineJoin = 'round';
    for (const line of lines) {
      ctx.strokeStyle = color(line.colorVar);
      ctx.fillStyle = ctx.strokeStyle;
      ctx.lineWidth = line.width;
      drawLine(ctx, line, px, py, plotWidth);
    }
    ctx.restore();
    // px and py are derived from the values listed here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lines, x0, x1, y0, y1, xTicks, yTicks, logScale, w, h, formatX, formatY, marks]);

  const hover =
    hoverX === null
      ? null
      : (() => {
          const step = x0 + ((hoverX - MARGIN.left) / plotWidth) * (x1 - x0);
          const rows = lines
            .filter((l) => l.steps.length > 0)
            .map((l) => {
              const i = nearestIndex(l.steps, step);
              return { label: l.label, colorVar: l.colorVar, step: l.steps[i], value: l.values[i] };
            });
          if (rows.length === 0) return null;
          const at = rows.reduce((best, r) =>
            Math.abs(r.step - step) < Math.abs(best.step - step) ? r : best,
          ).step;
          return { at, rows: rows.filter((r) => r.step === at) };
        })();

  return (
    <div
      className="step-chart"
      ref={wrapRef}
      onPointerMove={(e) => {
        const x = e.clientX - e.currentTarget.getBoundingClientRect().left;
        setHoverX(x >= MARGIN.left && x <= MARGIN.left + plotWidth ? x : null);
      }}
      onPointerLeave={() => setHoverX(null)}
    >
      <canvas ref={canvasRef} role="img" aria-label={label} />
      {hover && (
        <>
          <div className="step-chart-guide" style={{ left: Math.round(px(hover.at)) }} />
          <div
            className="step-chart-readout"
            style={
              px(hover.at) > w / 2
                ? { right: w - px(hover.at) + 8 }
                : { left: Math.round(px(hover.at)) + 8 }
            }
          >
            <strong>{fill(ui.chartStepAt, { step: formatX(hover.at) })}</strong>
            {hover.rows.map((r) => (
              <span key={r.label}>
                <i style={{ background: `var(${r.colorVar})` }} />
                {r.label}: {formatValue(r.value)}
              </span>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
