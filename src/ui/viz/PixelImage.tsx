import { useLayoutEffect, useRef } from 'react';
import { diverging } from './colors';

export interface PixelImageProps {
  /** The values; pixel (r, c) is values[offset + (r · cols + c) · stride]. */
  values: ArrayLike<number>;
  rows: number;
  cols: number;
  /** Where the image starts and how far apart its pixels are (to read one slice of a tensor). */
  offset?: number;
  stride?: number;
  /**
   * grey: ink on paper, 0 white and `range` (default 1) black, for digits and activations;
   * diverging: blue < 0 < orange on a scale symmetric around 0, for weights and gradients.
   */
  mode?: 'grey' | 'diverging';
  /** Top of the grey scale, or half-width of the diverging one (default: max |v| of the image). */
  range?: number;
  /** Displayed size of one pixel in CSS pixels. */
  scale?: number;
  /** Accessible description of the image. */
  label: string;
}

/** Largest |value| of one image (a slice of `values`). */
export function sliceMaxAbs(values: ArrayLike<number>, n: number, offset = 0, stride = 1): number {
  let m = 0;
  for (let k = 0; k < n; k++) {
    const a = Math.abs(values[offset + k * stride]);
    if (Number.isFinite(a) && a > m) m = a;
  }
  return m;
}

/** A small image drawn pixel by pixel on a canvas and scaled up without smoothing. */
export function PixelImage({
  values,
  rows,
  cols,
  offset = 0,
  stride = 1,
  mode = 'grey',
  range,
  scale = 3,
  label,
}: PixelImageProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || !(rows > 0) || !(cols > 0)) return;
    canvas.width = cols;
    canvas.height = rows;
    const n = rows * cols;
    // The top of the grey scale, or the half-width of the diverging one.
    const top = range || sliceMaxAbs(values, n, offset, stride);
    const scaleMax = top > 0 && Number.isFinite(top) ? top : 1;
    const img = ctx.createImageData(cols, rows);
    for (let k = 0; k < n; k++) {
      const v = values[offset + k * stride];
      let rgb: [number, number, number];
      if (!Number.isFinite(v)) rgb = [140, 140, 140];
      else if (mode === 'grey') {
        const g = 255 * (1 - Math.max(0, Math.min(1, v / scaleMax)));
        rgb = [g, g, g];
      } else rgb = diverging(v / scaleMax);
      img.data.set([rgb[0], rgb[1], rgb[2], 255], 4 * k);
    }
    ctx.putImageData(img, 0, 0);
  }, [values, rows, cols, offset, stride, mode, range]);
  return (
    <canvas
      ref={ref}
      className="viz-pixels"
      role="img"
      aria-label={label}
      style={{ width: cols * scale, height: rows * scale }}
    />
  );
}
