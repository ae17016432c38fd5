/**
 * A chart as a PNG image, from what the page drew: a canvas chart's pixels as they are, an
 * SVG chart (recharts) serialized with its computed styles and drawn onto a canvas at 2×.
 * Both get a white background and the chart's title above, so the image reads on its own.
 */

/**
 * Styles an SVG chart takes from the page's CSS, copied as presentation attributes so the
 * image keeps them (a `style` attribute would be an inline style, which the page's
 * Content-Security-Policy forbids).
 */
const SVG_STYLES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

/** One entry of a chart's legend: its label and its colour (a CSS custom property or a colour). */
export interface ChartLegendItem {
  label: string;
  /** E.g. `--train`; read from the chart's computed style. */
  colorVar?: string;
  /** A CSS colour, e.g. `#4f46e5`, where there is no custom property. */
  color?: string;
}

/** Scale of an SVG chart's image (a canvas chart keeps the device pixel ratio it was drawn at). */
const SVG_SCALE = 2;
/** Height of the title band in CSS pixels. */
const TITLE_HEIGHT = 22;

/** The element a chart is drawn on: the largest canvas or svg inside `root` (legend icons are small svgs). */
export function chartSurface(root: HTMLElement): HTMLCanvasElement | SVGSVGElement | null {
  let best: HTMLCanvasElement | SVGSVGElement | null = null;
  let bestArea = 0;
  for (const el of root.querySelectorAll<HTMLCanvasElement | SVGSVGElement>('canvas, svg')) {
    const r = el.getBoundingClientRect();
    if (r.width * r.height > bestArea) {
      best = el;
      bestArea = r.width * r.height;
    }
  }
  return best;
}

/** `text`, cut at a word and ended with '…' where it is wider than `max` px in the current font. */
function fitText(ctx: CanvasRenderingContext2D, text: string, max: number): string {
  if (ctx.measureText(text).width <= max) return text;
  let cut = text;
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > max) {
    const space = cut.lastIndexOf(' ');
    cut = space > 0 ? cut.slice(0, space) : cut.slice(0, -1);
  }
  return `${cut.replace(/[\s,;:]+$/, '')}…`;
}

/** `svg` as standalone SVG text, its computed styles inline, sized to its box in CSS pixels. */
function svgText(svg: SVGSVGElement, width: number, height: number): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [copy, ...copy.querySelectorAll('*')];
  from.forEach((el, i) => {
    const css = getComputedStyle(el);
    to[i].removeAttribute('style');
    for (const p of SVG_STYLES) {
      const value = css.getPropertyValue(p);
      if (value) to[i].setAttribute(p, value);
    }
  });
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  return new XMLSerializer().serializeToString(copy);
}

/** Loads SVG text as an image, from a `data:` URL (the only kind the page's img-src allows besides its own origin). */
function svgImage(text: string): Promise<HTMLImageElement> {
  return new Promise<HTMLImageElement>((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new ChartPngError('cannotDraw'));
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  });
}

/** Why a chart could not be saved as an image (the page words it: `exportProblem…`). */
export type ChartPngProblem = 'nothingDrawn' | 'cannotDraw' | 'notEncoded';

/** A chart that could not be saved as an image, and why. */
export class ChartPngError extends Error {
  constructor(readonly problem: ChartPngProblem) {
    super(problem);
    this.name = 'ChartPngError';
  }
}

/**
 * Every canvas inside `root` drawn where it is on screen, on one canvas at `scale` × its CSS
 * size: a picture made of many canvases (a grid of digits), or one canvas whose few pixels
 * CSS scales up (a heatmap's cells), which stays sharp (no smoothing when it is scaled up).
 * Null when `root` holds no canvas with a size.
 */
function pictureOf(root: HTMLElement, scale: number): HTMLCanvasElement | null {
  const canvases = [...root.querySelectorAll('canvas')]
    .map((c) => ({ c, r: c.getBoundingClientRect() }))
    .filter(({ r }) => r.width > 0 && r.height > 0);
  if (canvases.length === 0) return null;
  const left = Math.min(...canvases.map(({ r }) => r.left));
  const top = Math.min(...canvases.map(({ r }) => r.top));
  const width = Math.max(...canvases.map(({ r }) => r.right)) - left;
  const height = Math.max(...canvases.map(({ r }) => r.bottom)) - top;
  const out = document.createElement('canvas');
  out.width = Math.round(width * scale);
  out.height = Math.round(height * scale);
  const ctx = out.getContext('2d');
  if (!ctx) throw new ChartPngError('cannotDraw');
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  for (const { c, r } of canvases) {
    ctx.imageSmoothingEnabled = c.width >= r.width * scale;
    ctx.drawImage(c, r.left - left, r.top - top, r.width, r.height);
  }
  return out;
}

/**
 * The chart inside `root` as PNG bytes: white background, `title` (and the `legend`, which a
 * canvas chart draws outside its canvas) in a band on top, then the
 * chart at its on-screen size (canvas: its backing pixels, i.e. the device pixel ratio;
 * SVG: 2×). With `picture`, every canvas inside `root` is drawn where it is on screen, at 2×
 * (see {@link pictureOf}): for heatmaps and grids of images.
 *
 * @throws ChartPngError when `root` holds nothing drawn, or the browser cannot draw or encode
 *   the image.
 */
export async function chartPng(
  root: HTMLElement,
  title: string,
  legend: readonly ChartLegendItem[] = [],
  picture = false,
): Promise<Blob> {
  const surface = picture ? pictureOf(root, SVG_SCALE) : chartSurface(root);
  if (!surface) throw new ChartPngError('nothingDrawn');
  const box = surface.getBoundingClientRect();
  const canvas = surface instanceof HTMLCanvasElement ? surface : null;
  const isCanvas = canvas !== null && !picture;
  // A canvas keeps its backing pixels (its CSS size × the device pixel ratio) one to one; a
  // picture was drawn at SVG_SCALE.
  const scale = isCanvas ? window.devicePixelRatio || 1 : SVG_SCALE;
  const width = Math.max(1, canvas ? canvas.width / scale : Math.round(box.width));
  const height = Math.max(1, canvas ? canvas.height / scale : Math.round(box.height));
  const source: CanvasImageSource =
    canvas ?? (await svgImage(svgText(surface as SVGSVGElement, width, height)));

  const out = document.createElement('canvas');
  out.width = Math.round(width * scale);
  out.height = Math.round((height + TITLE_HEIGHT) * scale);
  const ctx = out.getContext('2d');
  if (!ctx) throw new ChartPngError('cannotDraw');
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height + TITLE_HEIGHT);
  const css = getComputedStyle(root);
  ctx.fillStyle = '#111827';
  ctx.font = `700 13px ${css.fontFamily || 'sans-serif'}`;
  ctx.textBaseline = 'middle';
  const shown = fitText(ctx, title, width - 12);
  ctx.fillText(shown, 6, TITLE_HEIGHT / 2);
  ctx.font = `400 12px ${css.fontFamily || 'sans-serif'}`;
  let x = 6 + ctx.measureText(shown).width + 16;
  for (const item of legend) {
    if (x > width - 40) break;
    ctx.fillStyle =
      (item.colorVar ? css.getPropertyValue(item.colorVar).trim() : item.color) || '#6b7280';
    ctx.fillRect(x, TITLE_HEIGHT / 2 - 1.5, 16, 3);
    ctx.fillStyle = '#374151';
    ctx.fillText(item.label, x + 21, TITLE_HEIGHT / 2, width - x - 21);
    x += 21 + ctx.measureText(item.label).width + 14;
  }
  ctx.drawImage(source, 0, TITLE_HEIGHT, width, height);
  return new Promise<Blob>((resolve, reject) =>
    out.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new ChartPngError('notEncoded'))),
      'image/png',
    ),
  );
}
