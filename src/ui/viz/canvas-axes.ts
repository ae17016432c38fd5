/** Grid lines, tick labels and frame of a 2-D canvas plot, shared by the point and curve plots. */
import { fmt, niceTicks } from './format';

/**
 * The plots' font: 13 px at the page's usual 15 px type, and larger with the page's type
 * (lecture mode sets a larger root font size), so tick labels stay readable on a projector.
 */
export function plotFont(): string {
  const root =
    typeof document === 'undefined'
      ? 15
      : parseFloat(getComputedStyle(document.documentElement).fontSize) || 15;
  return `${Math.round((13 * root) / 15)}px system-ui, -apple-system, "Segoe UI", sans-serif`;
}

export interface PlotArea {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Draws round-numbered grid lines with their labels (x below, y on the left) over
 * `[x0, x1] × [y0, y1]`, mapped to pixels by `px` and `py`, then the frame.
 */
export function drawAxes(
  ctx: CanvasRenderingContext2D,
  area: PlotArea,
  [x0, x1, y0, y1]: readonly [number, number, number, number],
  px: (v: number) => number,
  py: (v: number) => number,
  labelColor: string,
): void {
  const { left, top, width, height } = area;
  ctx.font = plotFont();
  ctx.strokeStyle = 'rgba(0, 0, 0, 0.08)';
  ctx.lineWidth = 1;
  ctx.fillStyle = labelColor;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  // niceTicks returns finitely many finite ticks for any ends, even non-finite ones.
  const xTicks = niceTicks(x0, x1);
  const xLabels = tickLabels(xTicks);
  for (const [i, t] of xTicks.entries()) {
    const X = Math.round(px(t)) + 0.5;
    ctx.beginPath();
    ctx.moveTo(X, top);
    ctx.lineTo(X, top + height);
    ctx.stroke();
    ctx.fillText(xLabels[i], X, top + height + 5);
  }
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  const yTicks = niceTicks(y0, y1);
  const yLabels = tickLabels(yTicks);
  for (const [i, t] of yTicks.entries()) {
    const Y = Math.round(py(t)) + 0.5;
    ctx.beginPath();
    ctx.moveTo(left, Y);
    ctx.lineTo(left + width, Y);
    ctx.stroke();
    ctx.fillText(yLabels[i], left - 6, Y);
  }
  ctx.strokeStyle = 'rgba(0, 0, 0, 0.35)';
  ctx.strokeRect(left + 0.5, top + 0.5, width - 1, height - 1);
}

/**
 * Labels for ascending ticks: 2 significant digits, more when fewer would make two labels
 * alike (1.2e7 and 1.4e7 both read "1e7" with one digit), at most 8.
 */
export function tickLabels(ticks: readonly number[]): string[] {
  for (let digits = 2; digits < 8; digits++) {
    const labels = ticks.map((t) => fmt(t, digits));
    if (new Set(labels).size === labels.length) return labels;
  }
  return ticks.map((t) => fmt(t, 8));
}
