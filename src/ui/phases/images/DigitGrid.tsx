/** A grid of digit images with a caption under each (label, prediction, confidence). */
import { type ReactNode, useRef } from 'react';
import { ChartExport } from '../../viz/ChartExport';
import { PixelImage } from '../../viz/PixelImage';
import { fill } from '../../../content/fill';
import { useTexts } from '../../locale';

export function DigitGrid({
  pixels,
  count,
  side,
  caption,
  label,
  scale = 2,
  title,
}: {
  /** count × side² values in [0, 1], row-major per image. */
  pixels: Float32Array;
  count: number;
  side: number;
  caption: (i: number) => ReactNode;
  /** Describes image i for screen readers. */
  label: (i: number) => string;
  scale?: number;
  /** What the grid shows: the title of its PNG image (no PNG button without it). */
  title?: string;
}) {
  const d = side * side;
  const ref = useRef<HTMLDivElement>(null);
  return (
    <div ref={ref}>
      {title && (
        <div className="chart-export-bar">
          <ChartExport target={ref} title={title} picture />
        </div>
      )}
      <ol className="tv-digits">
        {Array.from({ length: count }, (_, i) => (
          <li key={i} className="tv-digit">
            <PixelImage
              values={pixels}
              rows={side}
              cols={side}
              offset={i * d}
              range={1}
              scale={scale}
              label={label(i)}
            />
            <span className="tv-digit-caption">{caption(i)}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}

/**
 * The images of a weight or gradient tensor, one per unit or filter: a dense layer's
 * [pixels × units] matrix gives one side × side image per unit; a convolution's
 * [k, k, 1, filters] kernel one k × k image per filter.
 */
export function UnitImages({
  values,
  shape,
  max = 32,
  scale,
  label,
  signed = true,
}: {
  values: Float32Array;
  shape: number[];
  max?: number;
  scale?: number;
  label: string;
  /** false for values that are never negative (Adam's v): white at 0, dark at the largest. */
  signed?: boolean;
}) {
  const ui = useTexts().ui;
  const ref = useRef<HTMLDivElement>(null);
  const units = shape[shape.length - 1] ?? 1;
  const perUnit = values.length / units;
  const side = shape.length === 4 ? shape[0] : Math.round(Math.sqrt(perUnit));
  const channels = shape.length === 4 ? shape[2] : 1;
  if (side * side * channels !== perUnit) return null;
  // One shared scale so the images compare: the largest |value| of the whole tensor.
  let range = 0;
  for (const v of values) if (Number.isFinite(v)) range = Math.max(range, Math.abs(v));
  const shown = Math.min(units, max);
  return (
    <div ref={ref}>
      <div className="chart-export-bar">
        <ChartExport target={ref} title={label} picture />
      </div>
      <ol className="tv-units">
        {Array.from({ length: shown }, (_, u) => (
          <li key={u}>
            <PixelImage
              values={values}
              rows={side}
              cols={side}
              // Channel 0 of filter u: element (r, c, 0, u) sits at ((r·k + c)·C_in)·units + u.
              offset={u}
              stride={units * channels}
              mode={signed ? 'diverging' : 'grey'}
              range={range || 1}
              scale={scale ?? (side <= 8 ? 10 : 3)}
              label={fill(ui.pvUnitN, { label, n: u + 1 })}
            />
            <span className="tv-digit-caption">{u + 1}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
