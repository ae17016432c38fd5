/**
 * Reading a CSV file into a table of text cells, with every problem located by line and
 * column. Framework-free and tensor-free: the page uses it to check a file before anything
 * is replaced, and the tests run it on good and broken files.
 *
 * The format accepted is the common one (RFC 4180 without line breaks inside values):
 * commas between values, a first line naming the columns, optional double quotes around a
 * value ("" for a quote inside one), blank lines ignored, any line ending.
 */

import { DEFAULT_LOCALE, type Locale } from '../config/locale';
import { isNumberText } from '../config/number-text';
import { texts } from '../content';

/** More rows than this make every epoch slow in a browser tab. */
export const MAX_ROWS = 20_000;
/** Feature columns plus the target. */
export const MAX_COLUMNS = 50;
/** Problems listed one by one; past this, the rest are counted. */
export const MAX_LISTED_ERRORS = 8;

/** A table of text cells: the header's column names and one array of cells per row. */
export interface CsvTable {
  columns: string[];
  rows: string[][];
  /** Line of the file each row came from (1-based, the header is line 1 or later). */
  lines: number[];
}

export type CsvResult = { ok: true; table: CsvTable } | { ok: false; errors: string[] };

/** Cell texts that mean "no value" in the files people export. */
const MISSING_MARKERS = new Set(['na', 'n/a', 'nan', 'null', 'none', '?', '-']);

/** A plain decimal number, as a spreadsheet writes it: the same syntax as fields and URL. */
export { isNumberText } from '../config/number-text';

/** Whether a cell's text stands for a missing value (empty, "NA", "?", …). */
export function isMissingText(text: string): boolean {
  return text === '' || MISSING_MARKERS.has(text.toLowerCase());
}

/** Collects problems, keeping the first few and counting the rest. */
export class ErrorList {
  readonly listed: string[] = [];
  private more = 0;

  /** `locale`: the language of the line that counts the problems not listed. */
  constructor(private readonly locale: Locale = DEFAULT_LOCALE) {}

  add(message: string): void {
    if (this.listed.length < MAX_LISTED_ERRORS) this.listed.push(message);
    else this.more++;
  }

  get empty(): boolean {
    return this.listed.length === 0;
  }

  /** The listed problems, and a last line saying how many more there are. */
  messages(): string[] {
    const more = this.more;
    return more > 0
      ? [...this.listed, texts(this.locale).csv.more(more.toLocaleString(this.locale))]
      : [...this.listed];
  }
}

/** Splits one line at the commas outside double quotes; null when a quote is not closed. */
export function splitLine(line: string): string[] | null {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === ',') {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  if (quoted) return null;
  cells.push(cell.trim());
  return cells;
}

/** The separator a line uses instead of commas, if it has no comma but one of these. */
function otherDelimiter(line: string): string | null {
  if (line.includes(',')) return null;
  if (line.includes(';')) return "';' (semicolons)";
  if (line.includes('\t')) return 'tabs';
  if (line.includes('|')) return "'|'";
  return null;
}

/**
 * Reads CSV text into a table of text cells, or lists what is wrong with it: an empty
 * file, another delimiter than commas, a missing header, too many rows or columns, rows
 * with the wrong number of values, missing values. Numbers are checked later, once the
 * target column is known (a class column may hold names).
 */
export function parseCsv(text: string, locale: Locale = DEFAULT_LOCALE): CsvResult {
  const t = texts(locale).csv;
  const fmtCount = (n: number) => n.toLocaleString(locale);
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return { ok: false, errors: [t.empty] };
  const headerLine = first + 1;

  const other = otherDelimiter(lines[first]);
  if (other) {
    return {
      ok: false,
      errors: [t.otherDelimiter(other)],
    };
  }
  const columns = splitLine(lines[first]);
  if (!columns) {
    return { ok: false, errors: [t.unclosedName(headerLine)] };
  }
  if (columns.length < 2) {
    return {
      ok: false,
      errors: [t.oneColumn(headerLine, columns[0])],
    };
  }
  if (columns.length > MAX_COLUMNS) {
    return {
      ok: false,
      errors: [t.tooManyColumns(columns.length, MAX_COLUMNS)],
    };
  }
  if (columns.every((c) => isNumberText(c))) {
    return {
      ok: false,
      errors: [
        t.noHeader(
          headerLine,
          columns.slice(0, 3).join(', '),
          columns.map((_, j) => (j === columns.length - 1 ? 'class' : `x${j + 1}`)).join(','),
        ),
      ],
    };
  }
  const errors = new ErrorList(locale);
  const seen = new Set<string>();
  columns.forEach((name, j) => {
    if (name === '') errors.add(t.unnamedColumn(headerLine, j + 1));
    else if (seen.has(name)) errors.add(t.duplicateName(headerLine, name));
    seen.add(name);
  });
  if (!errors.empty) return { ok: false, errors: errors.messages() };

  const rows: string[][] = [];
  const rowLines: number[] = [];
  let dataLines = 0;
  for (let i = first + 1; i < lines.length; i++) {
    if (lines[i].trim() !== '') dataLines++;
  }
  if (dataLines === 0) {
    return { ok: false, errors: [t.noRows] };
  }
  if (dataLines > MAX_ROWS) {
    return {
      ok: false,
      errors: [t.tooManyRows(fmtCount(dataLines), fmtCount(MAX_ROWS))],
    };
  }
  for (let i = first + 1; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    const line = i + 1;
    const cells = splitLine(lines[i]);
    if (!cells) {
      errors.add(t.unclosedValue(line));
      continue;
    }
    if (cells.length !== columns.length) {
      errors.add(t.wrongLength(line, cells.length, columns.length, columns.join(', ')));
      continue;
    }
    cells.forEach((cell, j) => {
      if (isMissingText(cell)) {
        const at = t.at(line, columns[j]);
        errors.add(cell === '' ? t.missingValue(at) : t.missingMarker(at, cell));
      }
    });
    rows.push(cells);
    rowLines.push(line);
  }
  if (!errors.empty) return { ok: false, errors: errors.messages() };
  return { ok: true, table: { columns, rows, lines: rowLines } };
}
