/**
 * A user's own data set: a table read from a CSV file (or points drawn on the plane) turned
 * into numeric inputs and a target, classes or numbers, after checking that a model can
 * learn from it. Its id is a hash of its content, so a config and a checkpoint say exactly
 * which data they used. Framework-free and tensor-free, shared by the page and the engine.
 */
import { DEFAULT_LOCALE, type Locale } from '../config/locale';
import { texts } from '../content';
import type { StoredDataProblem } from '../protocol/notices';
import { type CsvTable, ErrorList, isNumberText } from './csv';
import { columnProblem, meanAndSpread, quoteCell, valueProblem } from './number-checks';

/** Classification predicts one of a few classes; regression predicts a number. */
export const PROBLEM_KINDS = ['classification', 'regression'] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

/** Fewer rows leave nothing sensible to hold out for validation. */
export const MIN_ROWS = 10;
/** More classes than this are nearly always a number to predict (choose regression). */
export const MAX_CLASSES = 20;

/** Which column the model predicts, and whether it is a class or a number. */
export interface DataChoice {
  /** Index of the target column in the table. */
  target: number;
  kind: ProblemKind;
}

/** A checked data set, as the engine stores and trains on it. Plain data (structured-cloneable). */
export interface OwnData {
  /** Content hash (16 hex digits) of everything below but the name. */
  id: string;
  /** File name, or "Drawn points". */
  name: string;
  /** Names of the input columns, in order. */
  features: string[];
  /** Name of the target column. */
  target: string;
  kind: ProblemKind;
  /** The classes' names in label order (label c is classNames[c]); empty for a regression. */
  classNames: string[];
  /** Inputs, n × features.length, row-major, in the file's units. */
  x: Float32Array;
  /** Class labels (classification) or target values (regression). */
  y: Int32Array | Float32Array;
  n: number;
}

export type OwnDataResult = { ok: true; data: OwnData } | { ok: false; errors: string[] };

/** Column names that usually hold what is to be predicted. */
const TARGET_NAMES = /^(class|label|target|y|species|category|outcome)$/i;

/**
 * The target and kind to offer first: a column named like a target (class, label, y…), else
 * the one column holding text, else the last column; classification when it holds text or
 * at most 10 different whole numbers, regression otherwise.
 */
export function defaultChoice(table: CsvTable): DataChoice {
  const { columns, rows } = table;
  const textual = columns.map((_, j) => j).filter((j) => rows.some((r) => !isNumberText(r[j])));
  const named = columns.findIndex((c) => TARGET_NAMES.test(c));
  const target = named >= 0 ? named : textual.length === 1 ? textual[0] : columns.length - 1;
  const values = new Set(rows.map((r) => r[target]));
  const fewWholeNumbers =
    values.size <= 10 && [...values].every((v) => isNumberText(v) && Number.isInteger(Number(v)));
  return {
    target,
    kind: textual.includes(target) || fewWholeNumbers ? 'classification' : 'regression',
  };
}

/** Class names in label order: numerically when they are all numbers, else alphabetically. */
function sortClassNames(names: string[]): string[] {
  return names.every(isNumberText)
    ? names.sort((a, b) => Number(a) - Number(b))
    : names.sort((a, b) => a.localeCompare(b));
}

/**
 * Turns a table into a data set for the chosen target and kind, or says what stops a model
 * from learning it, with the line and column of each problem: text where a number belongs,
 * a number the model's 32-bit floats cannot hold or tell apart from its column's others
 * (see number-checks.ts), a class column with a single class (or too many), a number to
 * predict that is the same on every row, too few rows.
 */
export function toOwnData(
  table: CsvTable,
  choice: DataChoice,
  name: string,
  locale: Locale = DEFAULT_LOCALE,
): OwnDataResult {
  const t = texts(locale).csv;
  const { columns, rows, lines } = table;
  const { target, kind } = choice;
  const errors = new ErrorList(locale);
  if (target < 0 || target >= columns.length) {
    return { ok: false, errors: [t.noTargetColumn(target + 1)] };
  }
  const n = rows.length;
  if (n < MIN_ROWS) errors.add(t.tooFewRows(n, MIN_ROWS));
  const featureIdx = columns.map((_, j) => j).filter((j) => j !== target);
  const numeric = kind === 'regression' ? [...featureIdx, target] : featureIdx;
  const d = featureIdx.length;
  const x = new Float32Array(n * d);
  const yNum = new Float32Array(kind === 'regression' ? n : 0);
  // Columns whose every cell is a number in range get the column checks below.
  const usable = new Set(numeric);
  const values = new Map(numeric.map((j) => [j, new Float64Array(n)]));
  rows.forEach((row, i) => {
    for (const j of numeric) {
      const cell = row[j];
      const at = t.at(lines[i], columns[j]);
      if (!isNumberText(cell)) {
        errors.add(t.notANumber(at, quoteCell(cell, locale), j === target));
        usable.delete(j);
        continue;
      }
      const v = Number(cell);
      const problem = valueProblem(v, cell, at, locale);
      if (problem) {
        errors.add(problem);
        usable.delete(j);
      }
      values.get(j)![i] = v;
    }
    featureIdx.forEach((j, k) => (x[i * d + k] = Number(row[j])));
    if (kind === 'regression') yNum[i] = Number(row[target]);
  });
  for (const j of numeric) {
    if (!usable.has(j)) continue;
    const column = {
      name: columns[j],
      values: values.get(j)!,
      cells: rows.map((r) => r[j]),
      lines,
    };
    const problem = columnProblem(column, locale);
    if (problem) errors.add(problem);
    else if (j === target && n > 0 && meanAndSpread(column.values).std === 0)
      errors.add(texts(locale).dataChecks.constantTarget(columns[j], rows[0][j]));
  }

  let classNames: string[] = [];
  let y: Int32Array | Float32Array = yNum;
  if (kind === 'classification') {
    classNames = sortClassNames([...new Set(rows.map((r) => r[target]))]);
    if (classNames.length === 1) {
      errors.add(t.oneClass(columns[target], classNames[0]));
    } else if (classNames.length > MAX_CLASSES) {
      errors.add(t.tooManyClasses(columns[target], classNames.length, MAX_CLASSES));
    }
    const labelOf = new Map(classNames.map((c, i) => [c, i]));
    y = Int32Array.from(rows, (r) => labelOf.get(r[target]) ?? 0);
  }
  if (!errors.empty) return { ok: false, errors: errors.messages() };
  const content = {
    features: featureIdx.map((j) => columns[j]),
    target: columns[target],
    kind,
    classNames,
    x,
    y,
    n,
  };
  return { ok: true, data: { id: contentId(content), name, ...content } };
}

/**
 * Why a data set read back from storage cannot be trained on, or null when it can: arrays
 * that do not match its rows and columns, a content that does not match its id, class labels
 * out of range, or numbers that {@link toOwnData} refuses (a set stored before these checks
 * existed may hold 1e39, which binary32 stores as Infinity). Plain data, for the engine to
 * send; {@link storedDataText} words it.
 */
export function storedDataProblem(data: OwnData): StoredDataProblem | null {
  const d = data.features?.length ?? 0;
  const n = data.n;
  const regression = data.kind === 'regression';
  if (
    !Number.isInteger(n) ||
    n < 0 ||
    !(data.x instanceof Float32Array) ||
    data.x.length !== n * d ||
    !(regression ? data.y instanceof Float32Array : data.y instanceof Int32Array) ||
    data.y.length !== n
  )
    return { kind: 'shape' };
  if (contentId(data) !== data.id) return { kind: 'id' };
  if (!regression && data.y.some((c) => !(c >= 0 && c < data.classNames.length)))
    return { kind: 'labels' };
  const columns = data.features.map((name, k) => ({
    name,
    values: Float32Array.from({ length: n }, (_, i) => data.x[i * d + k]),
  }));
  if (regression) columns.push({ name: data.target, values: Float32Array.from(data.y) });
  for (const column of columns) {
    for (let i = 0; i < n; i++) {
      const v = column.values[i];
      if (valueProblem(v, String(v), '')) {
        return { kind: 'value', row: i + 1, column: column.name, value: v };
      }
    }
    if (columnProblem(column))
      return { kind: 'column', column: column.name, values: column.values };
  }
  if (regression && n > 0 && meanAndSpread(data.y).std === 0)
    return { kind: 'constantTarget', column: data.target, value: data.y[0] };
  return null;
}

/**
 * What the page says of a stored data set `dataId` with `problem` ({@link storedDataProblem}),
 * in a language: the problem, and that the set stays in storage and the example is used.
 */
export function storedDataText(
  dataId: string,
  problem: StoredDataProblem,
  locale: Locale = DEFAULT_LOCALE,
): string {
  const t = texts(locale).dataChecks;
  const reason = (): string => {
    switch (problem.kind) {
      case 'shape':
        return t.storedShape;
      case 'id':
        return t.storedId;
      case 'labels':
        return t.storedLabels;
      case 'value': {
        const at = texts(locale).csv.atRow(problem.row, problem.column);
        const v = problem.value;
        return valueProblem(v, String(v), at, locale) ?? t.storedShape;
      }
      case 'column':
        return (
          columnProblem({ name: problem.column, values: problem.values }, locale) ?? t.storedShape
        );
      case 'constantTarget':
        return t.constantTarget(problem.column, String(problem.value));
    }
  };
  return t.storedDamaged(dataId, reason());
}

/** A point drawn on the plane, in plane coordinates, with its class (0 or 1). */
export interface DrawnPoint {
  x: number;
  y: number;
  label: 0 | 1;
}

/**
 * Drawn points as a two-class data set (columns x1, x2, class), checked like a file: at
 * least {@link MIN_ROWS} points, and points of both classes.
 */
export function fromDrawnPoints(
  points: readonly DrawnPoint[],
  locale: Locale = DEFAULT_LOCALE,
): OwnDataResult {
  const t = texts(locale).csv;
  const errors: string[] = [];
  if (points.length < MIN_ROWS) errors.push(t.tooFewPoints(points.length, MIN_ROWS));
  for (const label of [0, 1] as const) {
    if (points.length > 0 && !points.some((p) => p.label === label))
      errors.push(t.noPointOfClass(label));
  }
  if (errors.length > 0) return { ok: false, errors };
  const table: CsvTable = {
    columns: ['x1', 'x2', 'class'],
    rows: points.map((p) => [String(p.x), String(p.y), String(p.label)]),
    lines: points.map((_, i) => i + 2),
  };
  return toOwnData(table, { target: 2, kind: 'classification' }, t.drawnPoints, locale);
}

/**
 * 64-bit FNV-1a over the data's names, kind, classes and values, as 16 hex digits: the same
 * content always gets the same id, and a different one practically never does.
 */
export function contentId(d: Omit<OwnData, 'id' | 'name'>): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  const byte = (b: number) => {
    h1 = Math.imul(h1 ^ b, 0x01000193);
    h2 = Math.imul(h2 ^ b, 0x01000193) ^ (h1 >>> 15);
  };
  const text = JSON.stringify([d.features, d.target, d.kind, d.classNames, d.n]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    byte(c & 0xff);
    byte(c >>> 8);
  }
  for (const arr of [d.x, d.y]) {
    const bytes = new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength);
    for (let i = 0; i < bytes.length; i++) byte(bytes[i]);
  }
  const hex = (v: number) => (v >>> 0).toString(16).padStart(8, '0');
  return hex(h1) + hex(h2);
}
