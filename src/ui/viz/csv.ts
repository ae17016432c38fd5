/**
 * Series as CSV, for the charts' "CSV" buttons and the run's "All series (CSV)".
 *
 * Format (RFC 4180): fields separated by a comma, records ended by CRLF, a field holding a
 * comma, a double quote or a line break enclosed in double quotes (a quote inside doubled).
 * Numbers are written as JavaScript's shortest round-trip form (`String(v)`): '.' as the
 * decimal mark, full precision, exponent as `1e-7`, whatever the page's language, so
 * Python (`csv`, pandas `read_csv`), R and a spreadsheet set to English read them as they
 * are. A spreadsheet set to German expects ';' and ',' and needs its import dialog
 * ("comma-separated, '.' decimal").
 *
 * Cells: empty where a series has no point at that step; `NaN` where the value measured was
 * not a number (a diverged loss); `Infinity` / `-Infinity` for infinite values (Python's
 * `float()` and pandas read all three).
 */

/** One column: a series of (step, value) points, steps ascending (as a MetricLog keeps them). */
export interface CsvSeries {
  /** The column's name, e.g. `trainLoss`. */
  name: string;
  /** The values' unit, written after the name in brackets, e.g. `%`; none when omitted. */
  unit?: string;
  steps: ArrayLike<number>;
  values: ArrayLike<number>;
}

/** One field quoted as RFC 4180 requires: only when it holds `,`, `"`, CR or LF. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A number in its shortest round-trip form with '.' decimal; NaN and ±Infinity by name. */
export function csvNumber(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return 'Infinity';
  if (v === -Infinity) return '-Infinity';
  return String(v);
}

/** Rows of fields as RFC 4180 text (CRLF after every record, the last one too). */
export function csvText(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(csvField).join(',') + '\r\n').join('');
}

/** A header cell: the name, and its unit in brackets when it has one (`accuracy [%]`). */
function headerOf(s: CsvSeries): string {
  return s.unit ? `${s.name} [${s.unit}]` : s.name;
}

/**
 * The series as one table: a `step` column first, then one column per series, one row per
 * step that any series has (ascending), so series measured at different steps (a loss every
 * step, a validation loss every 50) line up by step and leave the other cells empty. A step
 * recorded twice in a series keeps its last value.
 *
 * @param stepHeader the first column's header (default `step`).
 */
export function seriesCsv(series: readonly CsvSeries[], stepHeader = 'step'): string {
  const byStep = new Map<number, (number | undefined)[]>();
  series.forEach((s, col) => {
    const n = Math.min(s.steps.length, s.values.length);
    for (let i = 0; i < n; i++) {
      let row = byStep.get(s.steps[i]);
      if (!row) byStep.set(s.steps[i], (row = new Array<number | undefined>(series.length)));
      row[col] = s.values[i];
    }
  });
  const steps = [...byStep.keys()].sort((a, b) => a - b);
  const rows: string[][] = [[stepHeader, ...series.map(headerOf)]];
  for (const step of steps) {
    const row = byStep.get(step) as (number | undefined)[];
    const cells = [csvNumber(step)];
    for (let c = 0; c < series.length; c++) {
      const v = row[c];
      cells.push(v === undefined ? '' : csvNumber(v));
    }
    rows.push(cells);
  }
  return csvText(rows);
}

/** Points as a table without a step axis (x, y columns, e.g. a curve over the learning rate). */
export function pointsCsv(
  headers: readonly string[],
  columns: readonly ArrayLike<number>[],
): string {
  const n = Math.min(...columns.map((c) => c.length));
  const rows: string[][] = [[...headers]];
  for (let i = 0; i < n; i++) rows.push(columns.map((c) => csvNumber(c[i])));
  return csvText(rows);
}

/** A file name from a title: lower case, letters, digits and '-' only (`Loss` → `loss`). */
export function exportFileName(title: string, extension: string): string {
  const base =
    title
      .replace(/ß/g, 'ss')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'chart';
  return `${base}.${extension}`;
}

/**
 * A matrix (a heatmap's values, row-major) as CSV: a header row of the column names after an
 * empty corner, then one row per matrix row, its name first.
 *
 * @param values rows × cols values, row-major.
 */
export function matrixCsv(
  values: ArrayLike<number>,
  rows: number,
  cols: number,
  rowName: (r: number) => string,
  colName: (c: number) => string,
): string {
  const header = ['', ...Array.from({ length: cols }, (_, c) => colName(c))];
  const body = Array.from({ length: rows }, (_, r) => [
    rowName(r),
    ...Array.from({ length: cols }, (_, c) => csvNumber(values[r * cols + c])),
  ]);
  return csvText([header, ...body]);
}
