import { useLayoutEffect, useRef } from 'react';
import { type Extent, prepareCanvas, useMembership } from './canvas';
import { classColors, hexToRgb, type Rgb } from './colors';
import { drawAxes, plotFont } from './canvas-axes';
import { safeExtent } from './ranges';
import { useElementWidth } from './useElementWidth';
import { useTexts } from '../locale';
import { fill } from '../../content/fill';
import { ChartExport } from './ChartExport';
import { pointsCsv } from './csv';

export interface PointPlaneProps {
  /** Training points, n × 2 row-major, and their classes. */
  x: Float32Array;
  y: ArrayLike<number>;
  /** [xMin, xMax, yMin, yMax] of the plane. */
  extent: Extent;
  /** Indices into the training points to emphasise (the batch); the others are faded. */
  highlight?: ArrayLike<number>;
  /** Validation points, drawn as hollow diamonds. */
  validation?: { x: Float32Array; y: ArrayLike<number> };
  /**
   * The model's probability of class 1 on a size × size grid (row 0 = top of the plane),
   * shaded between the two class colours, with the p = 0.5 boundary drawn as a line.
   */
  grid?: { size: number; probability: Float32Array; extent?: Extent };
  /** Accessible description of what the plot shows. */
  label: string;
  /** Largest width in CSS pixels (the plot is square and shrinks to its container). */
  maxSize?: number;
  legend?: boolean;
}

const MARGIN = { left: 40, right: 10, top: 10, bottom: 30 };

function tint(color: Rgb, amount: number): Rgb {
  return [
    255 + (color[0] - 255) * amount,
    255 + (color[1] - 255) * amount,
    255 + (color[2] - 255) * amount,
  ];
}

/** Segments of the p = 0.5 level line through the grid's cell centres (marching squares). */
function boundarySegments(p: Float32Array, n: number): [number, number, number, number][] {
  const segs: [number, number, number, number][] = [];
  const at = (r: number, c: number) => p[r * n + c] - 0.5;
  for (let r = 0; r < n - 1; r++) {
    for (let c = 0; c < n - 1; c++) {
      // Corners clockwise from top-left, in grid coordinates (col, row).
      const corners: [number, number, number][] = [
        [c, r, at(r, c)],
        [c + 1, r, at(r, c + 1)],
        [c + 1, r + 1, at(r + 1, c + 1)],
        [c, r + 1, at(r + 1, c)],
      ];
      const pts: [number, number][] = [];
      for (let k = 0; k < 4; k++) {
        const [x0, y0, v0] = corners[k];
        const [x1, y1, v1] = corners[(k + 1) % 4];
        if (v0 < 0 !== v1 < 0) {
          const t = v0 / (v0 - v1);
          pts.push([x0 + (x1 - x0) * t, y0 + (y1 - y0) * t]);
        }
      }
      if (pts.length === 2) segs.push([pts[0][0], pts[0][1], pts[1][0], pts[1][1]]);
      else if (pts.length === 4) {
        segs.push([pts[0][0], pts[0][1], pts[1][0], pts[1][1]]);
        segs.push([pts[2][0], pts[2][1], pts[3][0], pts[3][1]]);
      }
    }
  }
  return segs;
}

/**
 * Points of the plane coloured by class, optionally with a batch highlighted, validation
 * points as hollow diamonds, and the model's decision regions in the background.
 */
export function PointPlane({
  x,
  y,
  extent,
  highlight,
  validation,
  grid,
  label,
  maxSize = 520,
  legend = true,
}: PointPlaneProps) {
  const ui = useTexts().ui;
  const wrapRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const width = useElementWidth(wrapRef, maxSize);
  const size = Math.max(220, Math.min(maxSize, width));
  const plot = size - MARGIN.left - MARGIN.right;
  const height = plot + MARGIN.top + MARGIN.bottom;

  const inBatch = useMembership(highlight, y.length);

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    prepareCanvas(canvas, ctx, size, height);

    // A constant, empty or non-finite extent becomes a drawable one.
    const [x0, x1, y0, y1] = safeExtent(extent);
    const px = (v: number) => MARGIN.left + ((v - x0) / (x1 - x0)) * plot;
    const py = (v: number) => MARGIN.top + ((y1 - v) / (y1 - y0)) * plot;
    const colors = classColors(canvas);
    const rgb = [hexToRgb(colors[0]), hexToRgb(colors[1])];
    const style = getComputedStyle(canvas);
    const fg = style.getPropertyValue('--fg').trim() || '#1f2937';
    const muted = style.getPropertyValue('--muted').trim() || '#6b7280';

    ctx.fillStyle = '#ffffff';
    ctx.fillRect(MARGIN.left, MARGIN.top, plot, plot);

    // Decision regions: white at p = 0.5, towards a light tint of the more likely class.
    if (grid && grid.size > 1) {
      const n = grid.size;
      const off = document.createElement('canvas');
      off.width = n;
      off.height = n;
      const octx = off.getContext('2d');
      if (octx) {
        const img = octx.createImageData(n, n);
        for (let k = 0; k < n * n; k++) {
          const p = grid.probability[k];
          const c = Number.isFinite(p)
            ? tint(rgb[p >= 0.5 ? 1 : 0], Math.min(1, Math.abs(p - 0.5) * 2) * 0.42)
            : ([200, 200, 200] as Rgb);
          img.data.set([c[0], c[1], c[2], 255], 4 * k);
        }
        octx.putImageData(img, 0, 0);
        const [gx0, gx1, gy0, gy1] = grid.extent ? safeExtent(grid.extent) : [x0, x1, y0, y1];
        ctx.save();
        ctx.beginPath();
        ctx.rect(MARGIN.left, MARGIN.top, plot, plot);
        ctx.clip();
        ctx.imageSmoothingEnabled = true;
        ctx.drawImage(off, px(gx0), py(gy1), px(gx1) - px(gx0), py(gy0) - py(gy1));
        // The p = 0.5 line, through cell centres.
        const gxc = (c: number) => px(gx0 + ((c + 0.5) / n) * (gx1 - gx0));
        const gyc = (r: number) => py(gy1 - ((r + 0.5) / n) * (gy1 - gy0));
        ctx.strokeStyle = 'rgba(17, 24, 39, 0.75)';
        ctx.lineWidth = 1.5;
        ctx.beginPath();
        for (const [c0, r0, c1, r1] of boundarySegments(grid.probability, n)) {
          ctx.moveTo(gxc(c0), gyc(r0));
          ctx.lineTo(gxc(c1), gyc(r1));
        }
        ctx.stroke();
        ctx.restore();
      }
    }

    // Frame, grid lines and ticks.
    drawAxes(
      ctx,
      { left: MARGIN.left, top: MARGIN.top, width: plot, height: plot },
      [x0, x1, y0, y1],
      px,
      py,
      muted,
    );
    // Points: radius shrinks as the data set grows so dense sets stay readable.
    const n = y.length;
    const r = Math.max(1.6, Math.min(4.2, size / 120)) * (n > 3000 ? 0.6 : n > 1000 ? 0.8 : 1);
    ctx.save();
    ctx.beginPath();
    ctx.rect(MARGIN.left, MARGIN.top, plot, plot);
    ctx.clip();
    const dot = (i: number, radius: number) => {
      ctx.beginPath();
      ctx.arc(px(x[2 * i]), py(x[2 * i + 1]), radius, 0, 2 * Math.PI);
    };
    ctx.lineWidth = 0.8;
    ctx.strokeStyle = '#ffffff';
    for (let i = 0; i < n; i++) {
      if (inBatch?.[i]) continue;
      ctx.globalAlpha = inBatch ? 0.22 : 0.9;
      ctx.fillStyle = colors[y[i]] ?? muted;
      dot(i, r);
      ctx.fill();
      if (!inBatch) ctx.stroke();
    }
    ctx.globalAlpha = 1;
    if (validation) {
      const d = r * 1.5;
      ctx.lineWidth = 1.6;
      for (let i = 0; i < validation.y.length; i++) {
        const cx = px(validation.x[2 * i]);
        const cy = py(validation.x[2 * i + 1]);
        ctx.beginPath();
        ctx.moveTo(cx, cy - d);
        ctx.lineTo(cx + d, cy);
        ctx.lineTo(cx, cy + d);
        ctx.lineTo(cx - d, cy);
        ctx.closePath();
        ctx.fillStyle = 'rgba(255, 255, 255, 0.75)';
        ctx.fill();
        ctx.strokeStyle = colors[validation.y[i]] ?? muted;
        ctx.stroke();
      }
    }
    if (inBatch) {
      ctx.lineWidth = 1.6;
      ctx.strokeStyle = '#111827';
      for (let i = 0; i < n; i++) {
        if (!inBatch[i]) continue;
        ctx.fillStyle = colors[y[i]] ?? muted;
        dot(i, r * 1.6);
        ctx.fill();
        ctx.stroke();
      }
    }
    ctx.restore();

    // Axis names inside the frame's corners, where no tick label can collide with them.
    ctx.font = plotFont();
    ctx.textBaseline = 'middle';
    const tag = (text: string, X: number, Y: number, align: CanvasTextAlign) => {
      const w = ctx.measureText(text).width + 8;
      const left = align === 'right' ? X - w : X;
      ctx.fillStyle = 'rgba(255, 255, 255, 0.85)';
      ctx.fillRect(left, Y - 10, w, 20);
      ctx.fillStyle = fg;
      ctx.textAlign = 'left';
      ctx.fillText(text, left + 4, Y);
    };
    tag('x₂ ↑', MARGIN.left + 4, MARGIN.top + 14, 'left');
    tag('x₁ →', MARGIN.left + plot - 4, MARGIN.top + plot - 14, 'right');
  }, [x, y, extent, inBatch, validation, grid, size, plot, height]);

  return (
    <div className="viz-plane" ref={wrapRef}>
      <div className="chart-export-bar">
        <ChartExport
          target={wrapRef}
          title={label}
          fileName="plane"
          legend={[
            { label: fill(ui.legendClass, { name: 0 }), colorVar: '--class0' },
            { label: fill(ui.legendClass, { name: 1 }), colorVar: '--class1' },
          ]}
          csv={() =>
            pointsCsv(
              ['x1', 'x2', 'class'],
              [
                Float32Array.from({ length: y.length }, (_, i) => x[2 * i]),
                Float32Array.from({ length: y.length }, (_, i) => x[2 * i + 1]),
                y,
              ],
            )
          }
        />
      </div>
      <canvas
        ref={canvasRef}
        role="img"
        aria-label={label}
        style={{ width: size, height, display: 'block' }}
      />
      {legend && (
        <ul className="viz-legend" aria-label={ui.legendAria}>
          <li>
            <span className="viz-swatch viz-dot" style={{ background: 'var(--class0, #2563eb)' }} />
            {fill(ui.legendClass, { name: 0 })}
          </li>
          <li>
            <span className="viz-swatch viz-dot" style={{ background: 'var(--class1, #f97316)' }} />
            {fill(ui.legendClass, { name: 1 })}
          </li>
          {highlight && (
            <li>
              <span className="viz-swatch viz-dot viz-dot-batch" />
              {fill(ui.legendInBatch, { count: highlight.length })}
            </li>
          )}
          {validation && (
            <li>
              <span className="viz-swatch viz-diamond" />
              {ui.legendValidationHollow}
            </li>
          )}
          {grid && (
            <li>
              <span className="viz-swatch viz-region" />
              {ui.legendShading}
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
