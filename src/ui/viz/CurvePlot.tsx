import { useLayoutEffect, useRef } from 'react';
import { type Extent, prepareCanvas, useMembership } from './canvas';
import { drawAxes } from './canvas-axes';
import { ChartExport } from './ChartExport';
import { longPointsCsv } from './curve-csv';
import { safeExtent } from './ranges';
import { useElementWidth } from './useElementWidth';
import { useTexts } from '../locale';
import { fill } from '../../content/fill';

export interface CurveLine {
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  color: string;
  label: string;
  dashed?: boolean;
}

export interface CurvePlotProps {
  /** Training points (x, y). */
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  /** [xMin, xMax, yMin, yMax] of the plot. */
  extent: Extent;
  /** Indices of training points to emphasise (the batch); the others are faded. */
  highlight?: ArrayLike<number>;
  /** Validation points, drawn as hollow diamonds. */
  validation?: { x: ArrayLike<number>; y: ArrayLike<number> };
  /** Lines drawn over the points (the fitted curve, the true function). */
  lines?: CurveLine[];
  /** Vertical segments from each point to a value (residuals), by index into the points. */
  residuals?: { index: ArrayLike<number>; to: ArrayLike<number> };
  label: string;
  maxWidth?: number;
}

const MARGIN = { left: 44, right: 12, top: 10, bottom: 30 };
const POINT = '#2563eb';

/** Points of a function of one variable, with the batch, validation points and curves. */
export function CurvePlot({
  x,
  y,
  extent,
  highlight,
  validation,
  lines = [],
  residuals,
  label,
  maxWidth = 640,
}: CurvePlotProps) {
  const ui = useTexts().ui;
  const wrapRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const width = Math.max(260, Math.min(maxWidth, useElementWidth(wrapRef, maxWidth)));
  const height = Math.round(Math.min(360, width * 0.6));
  const inBatch = useMembership(highlight, y.length);

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    prepareCanvas(canvas, ctx, width, height);
    // A constant, empty or non-finite extent becomes a drawable one.
    const [x0, x1, y0, y1] = safeExtent(extent);
    const pw = width - MARGIN.left - MARGIN.right;
    const ph = height - MARGIN.top - MARGIN.bottom;
    const px = (v: number) => MARGIN.left + ((v - x0) / (x1 - x0)) * pw;
    const py = (v: number) => MARGIN.top + ((y1 - v) / (y1 - y0)) * ph;
    const muted = getComputedStyle(canvas).getPropertyValue('--muted').trim() || '#6b7280';

    ctx.fillStyle = '#ffffff';
    ctx.fillRect(MARGIN.left, MARGIN.top, pw, ph);
    drawAxes(
      ctx,
      { left: MARGIN.left, top: MARGIN.top, width: pw, height: ph },
      [x0, x1, y0, y1],
      px,
      py,
      muted,
    );

    ctx.save();
    ctx.beginPath();
    ctx.rect(MARGIN.left, MARGIN.top, pw, ph);
    ctx.clip();
    const n = y.length;
    const r = n > 2000 ? 1.8 : 3;
    if (residuals) {
      ctx.strokeStyle = 'rgba(220, 38, 38, 0.8)';
      ctx.lineWidth = 1.5;
      for (let k = 0; k < residuals.index.length; k++) {
        const i = residuals.index[k];
        ctx.beginPath();
        ctx.moveTo(px(x[i]), py(y[i]));
        ctx.lineTo(px(x[i]), py(residuals.to[k]));
        ctx.stroke();
      }
    }
    for (let i = 0; i < n; i++) {
      const big = inBatch?.[i];
      ctx.globalAlpha = inBatch && !big ? 0.25 : 0.85;
      ctx.fillStyle = POINT;
      ctx.beginPath();
      ctx.arc(px(x[i]), py(y[i]), big ? r * 1.5 : r, 0, 2 * Math.PI);
      ctx.fill();
      if (big) {
        ctx.strokeStyle = '#111827';
        ctx.lineWidth = 1.4;
        ctx.stroke();
      }
    }
    ctx.globalAlpha = 1;
    if (validation) {
      ctx.strokeStyle = '#7c3aed';
      ctx.lineWidth = 1.4;
      const d = r * 1.4;
      for (let i = 0; i < validation.y.length; i++) {
        const cx = px(validation.x[i]);
        const cy = py(validation.y[i]);
        ctx.beginPath();
        ctx.moveTo(cx, cy - d);
        ctx.lineTo(cx + d, cy);
        ctx.lineTo(cx, cy + d);
        ctx.lineTo(cx - d, cy);
        ctx.closePath();
        ctx.stroke();
      }
    }
    for (const line of lines) {
      ctx.strokeStyle = line.color;
      ctx.lineWidth = line.dashed ? 1.5 : 2.5;
      ctx.setLineDash(line.dashed ? [6, 4] : []);
      ctx.beginPath();
      let started = false;
      for (let k = 0; k < line.x.length; k++) {
        const v = line.y[k];
        if (!Number.isFinite(v)) {
          started = false;
          continue;
        }
        if (started) ctx.lineTo(px(line.x[k]), py(v));
        else ctx.moveTo(px(line.x[k]), py(v));
        started = true;
      }
      ctx.stroke();
    }
    ctx.setLineDash([]);
    ctx.restore();
  }, [x, y, extent, inBatch, validation, lines, residuals, width, height]);

  return (
    <div className="viz-plane" ref={wrapRef}>
      <canvas
        ref={canvasRef}
        role="img"
        aria-label={label}
        style={{ width, height, display: 'block' }}
      />
      <div className="chart-export-bar">
        <ChartExport
          target={wrapRef}
          title={label}
          fileName="curve"
          csv={() =>
            longPointsCsv([
              { name: 'training', x, y },
              ...(validation ? [{ name: 'validation', ...validation }] : []),
              ...lines.map((l) => ({ name: l.label, x: l.x, y: l.y })),
            ])
          }
        />
      </div>
      <ul className="viz-legend" aria-label={ui.legendAria}>
        <li>
          <span className="viz-swatch viz-dot" style={{ background: POINT }} />
          {ui.legendTrainingPoints}
        </li>
        {highlight && (
          <li>
            <span className="viz-swatch viz-dot viz-dot-batch" />
            {fill(ui.legendInBatch, { count: highlight.length })}
          </li>
        )}
        {validation && (
          <li>
            <span className="viz-swatch viz-diamond" style={{ borderColor: '#7c3aed' }} />
            {ui.legendValidation}
          </li>
        )}
        {residuals && (
          <li>
            <span
              className="viz-swatch"
              style={{ background: 'rgba(220, 38, 38, 0.8)', height: 3 }}
            />
            {ui.legendError}
          </li>
        )}
        {lines.map((l) => (
          <li key={l.label}>
            <span
              className="viz-swatch"
              style={{
                height: 0,
                borderTop: `${l.dashed ? 2 : 3}px ${l.dashed ? 'dashed' : 'solid'} ${l.color}`,
              }}
            />
            {l.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
