/** What every canvas view of this folder does before drawing. */
import { useMemo } from 'react';

export type { Extent } from './ranges';

/**
 * Sizes `canvas` to `width` × `height` CSS pixels at the device's pixel ratio (the backing
 * store is reallocated only when that size changes), scales the context to CSS pixels
 * and clears it.
 */
export function prepareCanvas(
  canvas: HTMLCanvasElement,
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
): void {
  const dpr = window.devicePixelRatio || 1;
  const bw = Math.round(width * dpr);
  const bh = Math.round(height * dpr);
  if (canvas.width !== bw || canvas.height !== bh) {
    canvas.width = bw;
    canvas.height = bh;
  }
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
}

/** A 0/1 flag per point, 1 for the indices in `members` (e.g. the batch); null without them. */
export function useMembership(members: ArrayLike<number> | undefined, n: number) {
  return useMemo(() => {
    if (!members) return null;
    const set = new Uint8Array(n);
    for (let k = 0; k < members.length; k++) set[members[k]] = 1;
    return set;
  }, [members, n]);
}
