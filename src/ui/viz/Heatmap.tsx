import { type MouseEvent, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { prepareCanvas } from './canvas';
import { DIVERGING_GRADIENT, diverging, SEQUENTIAL_GRADIENT, sequential } from './colors';
import { fmt, fmtInt } from './format';
import { useElementWidth } from './useElementWidth';
import { useTexts } from '../locale';
import { fill } from '../../content/fill';
import { ChartExport } from './ChartExport';
import { matrixCsv } from './csv';

export interface HeatmapProps {
  /** rows × cols values, row-major. */
  values: ArrayLike<number>;
  rows: number;
  cols: number;
  /** What the matrix is, e.g. "Weights of hidden 1"; used in the accessible description. */
  label: string;
  /** The title of its PNG image and CSV file (default: `label`). */
  title?: string;
  rowLabels?: readonly string[];
  colLabels?: readonly string[];
  /** Axis names, e.g. "inputs" and "units". */
  rowTitle?: string;
  colTitle?: string;
  /** Largest cell size in CSS pixels; cells shrink to fit the available width. */
  cellSize?: number;
  /** Cells also shrink so the map is at most this tall. */
  maxHeight?: number;
  /** Half-width of the colour scale (so several maps can share one scale); default max |v|. */
  range?: number;
  legend?: boolean;
  /**
   * false for a quantity that is never negative (ReLU activations, Adam's v, attention
   * weights): a sequential scale from white at 0 to `range` instead of the diverging one.
   */
  signed?: boolean;
}

const LABEL_FONT_PX = 13;
/** Cells narrower than this get no per-cell labels (they would overlap). */
const MIN_LABELLED_CELL = 20;
/** Smallest row height of short matrices, so a 1 × n bias vector is not a hairline. */
const MIN_ROW_HEIGHT = 14;
/** From this size on, cells are drawn one by one with a thin gap between them. */
const MIN_GAPPED_CELL = 8;

function extremes(values: ArrayLike<number>): {
  min: number;
  max: number;
  absMax: number;
  nonFinite: number;
} {
  let min = Infinity;
  let max = -Infinity;
  let nonFinite = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) {
      nonFinite++;
      continue;
    }
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min > max) return { min: NaN, max: NaN, absMax: 0, nonFinite };
  return { min, max, absMax: Math.max(Math.abs(min), Math.abs(max)), nonFinite };
}

/**
 * A matrix as a grid of coloured cells on a diverging scale symmetric around 0: blue for
 * negative, white for 0, orange for positive (or, with `signed` false, a sequential scale
 * from white at 0). Hovering a cell shows its value.
 */
export function Heatmap({
  values,
  rows,
  cols,
  label,
  title = label,
  rowLabels,
  colLabels,
  rowTitle,
  colTitle,
  cellSize = 24,
  maxHeight = 320,
  range,
  legend = true,
  signed = true,
}: HeatmapProps) {
  const ui = useTexts().ui;
  const wrapRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const width = useElementWidth(wrapRef, 320);
  const [hover, setHover] = useState<{ r: number; c: number } | null>(null);

  const stats = useMemo(() => extremes(values), [values]);
  const scale = range !== undefined && range > 0 ? range : stats.absMax > 0 ? stats.absMax : 1;
  const color = signed ? diverging : sequential;

  const rowLabelWidth = rowLabels ? Math.max(...rowLabels.map((l) => l.length), 1) * 8 + 8 : 0;
  const avail = Math.max(40, width - rowLabelWidth);
  const cell = Math.max(0.25, Math.min(cellSize, avail / cols, maxHeight / rows));
  const integerCell = cell >= 1 ? Math.floor(cell) : cell;
  // Rows of a short matrix (a bias vector) stay tall enough to see even when cells are narrow.
  const cellH = Math.max(integerCell, Math.min(MIN_ROW_HEIGHT, Math.floor(maxHeight / rows)));
  const cssW = cols * integerCell;
  const cssH = rows * cellH;
  const gapped = integerCell >= MIN_GAPPED_CELL;
  const showRowLabels = rowLabels !== undefined && cellH >= LABEL_FONT_PX + 1;
  const showColLabels = colLabels !== undefined && integerCell >= MIN_LABELLED_CELL;

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    // An empty matrix has nothing to draw (and createImageData refuses a 0 size).
    if (!canvas || !ctx || rows <= 0 || cols <= 0) return;
    if (gapped) {
      // Large cells: draw at device resolution with a hairline between cells.
      prepareCanvas(canvas, ctx, cssW, cssH);
      ctx.fillStyle = '#d4d4d8';
      ctx.fillRect(0, 0, cssW, cssH);
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          const [R, G, B] = color(values[r * cols + c] / scale);
          ctx.fillStyle = `rgb(${R | 0}, ${G | 0}, ${B | 0})`;
          ctx.fillRect(c * integerCell + 0.5, r * cellH + 0.5, integerCell - 1, cellH - 1);
        }
      }
      return;
    }
    // Small cells: one canvas pixel per cell, scaled up by CSS with pixelated rendering.
    canvas.width = cols;
    canvas.height = rows;
    const img = ctx.createImageData(cols, rows);
    for (let k = 0; k < rows * cols; k++) {
      const [R, G, B] = color(values[k] / scale);
      img.data[4 * k] = R;
      img.data[4 * k + 1] = G;
      img.data[4 * k + 2] = B;
      img.data[4 * k + 3] = 255;
    }
    ctx.putImageData(img, 0, 0);
  }, [values, rows, cols, scale, color, gapped, cssW, cssH, integerCell, cellH]);

  const onMove = (e: MouseEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const c = Math.floor(((e.clientX - rect.left) / rect.width) * cols);
    const r = Math.floor(((e.clientY - rect.top) / rect.height) * rows);
    if (r >= 0 && r < rows && c >= 0 && c < cols) setHover({ r, c });
  };

  const rowName = (r: number) =>
    rowLabels?.[r] ?? fill(ui.heatmapRowName, { title: rowTitle ?? ui.heatmapRow, n: r + 1 });
  const colName = (c: number) =>
    colLabels?.[c] ?? fill(ui.heatmapRowName, { title: colTitle ?? ui.heatmapColumn, n: c + 1 });
  const range0 = Number.isNaN(stats.min)
    ? ui.heatmapNoFinite
    : fill(ui.heatmapValues, { min: fmt(stats.min, 3), max: fmt(stats.max, 3) });
  const colours = signed ? ui.heatmapSigned : ui.heatmapUnsigned;
  const csv = () => matrixCsv(values, rows, cols, rowName, colName);
  const aria = fill(ui.heatmapAria, {
    label,
    rows,
    cols,
    rowTitle: rowTitle ?? ui.heatmapRowsWord,
    colTitle: colTitle ?? ui.heatmapColumnsWord,
    range: range0,
    colours,
  });

  return (
    <div className="viz-heatmap" ref={wrapRef}>
      <div className="viz-picture-head">
        {rowTitle || colTitle ? (
          <div className="viz-axis-title">
            {rowTitle && fill(ui.heatmapRows, { name: rowTitle, count: rows })}
            {rowTitle && colTitle && ' · '}
            {colTitle && fill(ui.heatmapColumns, { name: colTitle, count: cols })}
          </div>
        ) : (
          <span />
        )}
        <ChartExport target={wrapRef} title={title} picture csv={csv} />
      </div>
      <div
        className="viz-heatmap-grid"
        style={{ gridTemplateColumns: `${showRowLabels ? rowLabelWidth : 0}px ${cssW}px` }}
      >
        <div />
        {showColLabels ? (
          <div className="viz-heatmap-collabels" style={{ width: cssW }}>
            {colLabels.slice(0, cols).map((l, c) => (
              <span key={c} style={{ width: integerCell }}>
                {l}
              </span>
            ))}
          </div>
        ) : (
          <div />
        )}
        {showRowLabels ? (
          <div className="viz-heatmap-rowlabels">
            {rowLabels.slice(0, rows).map((l, r) => (
              <span key={r} style={{ height: cellH, lineHeight: `${cellH}px` }}>
                {l}
              </span>
            ))}
          </div>
        ) : (
          <div />
        )}
        <canvas
          ref={canvasRef}
          role="img"
          aria-label={aria}
          className="viz-heatmap-canvas"
          style={{ width: cssW, height: cssH, imageRendering: gapped ? 'auto' : 'pixelated' }}
          onMouseMove={onMove}
          onMouseLeave={() => setHover(null)}
        />
      </div>
      {legend && (
        <div className="viz-legend-scale">
          <span className="viz-scale">
            <span className="viz-num">{signed ? fmt(-scale, 2) : '0'}</span>
            <span
              className="viz-gradient"
              style={{ background: signed ? DIVERGING_GRADIENT : SEQUENTIAL_GRADIENT }}
            />
            <span className="viz-num">
              {signed ? '+' : ''}
              {fmt(scale, 2)}
            </span>
          </span>
          <span className="viz-muted viz-readout">
            {hover
              ? `${rowName(hover.r)}, ${colName(hover.c)}: ${fmt(values[hover.r * cols + hover.c])}`
              : Number.isNaN(stats.min)
                ? ui.heatmapNoFinite
                : fill(ui.heatmapRange, { min: fmt(stats.min, 3), max: fmt(stats.max, 3) })}
            {stats.nonFinite > 0 &&
              ` ${fill(ui.heatmapNotFinite, { count: fmtInt(stats.nonFinite) })}`}
          </span>
        </div>
      )}
    </div>
  );
}
