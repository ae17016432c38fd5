/**
 * A curve plot's data as CSV in long form (one row per point: `series,x,y`), since its
 * training points, validation points and lines each have their own x values (format:
 * RFC 4180 with '.' decimals, see csv.ts).
 */
import { csvNumber, csvText } from './csv';

/** One named set of (x, y) points. */
export interface CsvPoints {
  name: string;
  x: ArrayLike<number>;
  y: ArrayLike<number>;
}

/** Rows `series,x,y` for every point of every set, in the given order. */
export function longPointsCsv(sets: readonly CsvPoints[]): string {
  const rows: string[][] = [['series', 'x', 'y']];
  for (const s of sets) {
    const n = Math.min(s.x.length, s.y.length);
    for (let i = 0; i < n; i++) rows.push([s.name, csvNumber(s.x[i]), csvNumber(s.y[i])]);
  }
  return csvText(rows);
}
