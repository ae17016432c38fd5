/**
 * A family of CSV files whose numbers a 32-bit model cannot use (too large, not finite,
 * differences lost to rounding, a spread too small, a constant target), each refused at its
 * line and column; and files at the edges of what it can use, accepted.
 */
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { asFloat32, columnProblem, MAX_MAGNITUDE, quoteCell } from './number-checks';
import {
  type DataChoice,
  type OwnData,
  storedDataProblem,
  storedDataText,
  toOwnData,
} from './own-data';

/** A regression file: columns a, b, y; `cell(i, j)` gives row i's value of column j. */
function csv(cell: (i: number, j: number) => string, n = 12): string {
  const rows = Array.from({ length: n }, (_, i) => [0, 1, 2].map((j) => cell(i, j)).join(','));
  return ['a,b,y', ...rows].join('\n');
}

/** A plain cell: row i, column j, distinct and moderate. */
const plain = (i: number, j: number) => String(i * (j + 1) + j);

function check(text: string, choice: DataChoice = { target: 2, kind: 'regression' }) {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return toOwnData(parsed.table, choice, 'f.csv');
}

function errorsOf(text: string, choice?: DataChoice): string[] {
  const r = check(text, choice);
  if (r.ok) throw new Error('expected the file to be refused');
  return r.errors;
}

const huge = '9'.repeat(100_000);

describe('values a 32-bit model cannot hold, refused at their line and column', () => {
  it.each([
    ['1e39 (finite in float64, Infinity in float32)', '1e39', /too large/],
    ['-1e39', '-1e39', /too large/],
    ['1e308', '1e308', /too large/],
    ['3.5e38 (past the accepted ±1e38)', '3.5e38', /too large/],
    ['1e400 (Infinity in float64)', '1e400', /not a finite number/],
    ['a 100,000-digit number', huge, /not a finite number/],
  ])('%s in an input column', (_name, value) => {
    const errors = errorsOf(csv((i, j) => (i === 3 && j === 1 ? value : plain(i, j))));
    expect(errors).toHaveLength(1);
    // Row 3 is line 5 (the header is line 1); the message stays short for a long cell.
    expect(errors[0]).toMatch(/^Line 5, column 'b': /);
    expect(errors[0].length).toBeLessThan(400);
  });

  it.each([
    ['1e39', '1e39'],
    ['1e308', '1e308'],
    ['a 100,000-digit number', huge],
  ])('%s as the target of a regression', (_name, value) => {
    const errors = errorsOf(csv((i, j) => (i === 0 && j === 2 ? value : plain(i, j))));
    expect(errors[0]).toMatch(/^Line 2, column 'y': /);
  });

  it('lists every such value, each with its own line', () => {
    const errors = errorsOf(csv((i, j) => (j === 0 && i % 4 === 1 ? '1e39' : plain(i, j))));
    expect(errors.map((e) => e.slice(0, 20))).toEqual([
      "Line 3, column 'a': ",
      "Line 7, column 'a': ",
      "Line 11, column 'a':",
    ]);
  });

  it('keeps a class column of such texts as class names, but checks the inputs', () => {
    const classes = csv((i, j) => (j === 2 ? (i % 2 ? '1e39' : '1e308') : plain(i, j)));
    expect(check(classes, { target: 2, kind: 'classification' }).ok).toBe(true);
  });
});

describe('columns whose differences 32-bit rounding erases', () => {
  it('refuses values that differ only beyond float32 precision, naming an offset to subtract', () => {
    // 1e9 + 0.001, 1e9 + 0.002, …: all become 1e9 in float32.
    const errors = errorsOf(csv((i, j) => (j === 0 ? `1000000000.00${i % 10}` : plain(i, j))));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^Line \d+, column 'a': '1000000000\.00\d' becomes 1000000000 /);
    expect(errors[0]).toMatch(/Subtract a common offset from the column \(e\.g\. 1000000000\)/);
  });

  it('refuses a regression target that is constant after rounding', () => {
    const errors = errorsOf(csv((i, j) => (j === 2 ? `123456789.${i + 1}` : plain(i, j))));
    expect(errors[0]).toMatch(/^Line \d+, column 'y': .* becomes 123456792 /);
  });

  it('refuses values differing by a few float32 steps (1e9 + 0…11 becomes 1e9 + 0 or 64)', () => {
    expect(errorsOf(csv((i, j) => (j === 1 ? String(1e9 + i) : plain(i, j))))[0]).toMatch(
      /column 'b'/,
    );
  });

  it('refuses subnormal values that a GPU flushes to 0, asking for another unit', () => {
    const errors = errorsOf(csv((i, j) => (j === 0 ? `${i + 1}e-40` : plain(i, j))));
    expect(errors[0]).toMatch(/becomes 0 .*Multiply the column by a power of ten/);
  });

  it('refuses a spread too small for 1/σ to stay in range', () => {
    const errors = errorsOf(csv((i, j) => (j === 1 ? `${i + 1}e-32` : plain(i, j))));
    expect(errors).toEqual([
      expect.stringMatching(/^Column 'b': its values differ by only 3\.\de-32/),
    ]);
  });

  it('refuses a regression target with the same value on every row', () => {
    const errors = errorsOf(csv((i, j) => (j === 2 ? '7' : plain(i, j))));
    expect(errors).toEqual([expect.stringMatching(/^Column 'y' holds the same number \(7\)/)]);
  });
});

describe('numbers at the edges of what the model can use, accepted', () => {
  it.each([
    ['values up to ±1e38', (i: number) => `${i % 2 ? '-' : ''}${(i + 1) % 9}e37`],
    ['targets of 1e20', (i: number) => `${i + 1}e20`],
    ['prices around 1e7', (i: number) => String(1.2e7 + 31_000 * i)],
    ['years', (i: number) => String(1990 + i)],
    ['tiny values, 1e-20', (i: number) => `${i + 1}e-20`],
  ])('%s in every column', (_name, value) => {
    const r = check(csv((i, j) => (j === 0 ? plain(i, j) : value(i))));
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.data.x.every(Number.isFinite)).toBe(true);
  });

  it('accepts a constant input column (standardization only removes its mean)', () => {
    expect(check(csv((i, j) => (j === 0 ? '5' : plain(i, j)))).ok).toBe(true);
  });

  it('accepts a lone tiny value beside ordinary ones (its rounding does not matter)', () => {
    expect(check(csv((i, j) => (i === 2 && j === 1 ? '1e-45' : plain(i, j)))).ok).toBe(true);
  });
});

describe('helpers', () => {
  it('rounds to float32 and flushes subnormals to 0', () => {
    expect(asFloat32(1e39)).toBe(Infinity);
    expect(asFloat32(1e-39)).toBe(0);
    expect(asFloat32(0.1)).toBe(Math.fround(0.1));
  });

  it('quotes a long cell by its start and length', () => {
    expect(quoteCell(huge)).toBe("'999999999999…' (100,000 characters)");
    expect(quoteCell('1e39')).toBe("'1e39'");
  });

  it('passes a constant column and names the line of the worst rounding', () => {
    expect(columnProblem({ name: 'c', values: [3, 3, 3] })).toBeNull();
    const p = columnProblem({ name: 'c', values: [1e9, 1e9 + 0.5, 1e9 + 40], lines: [2, 3, 4] });
    expect(p).toMatch(/^Line 4, column 'c': '1000000040' becomes 1000000064 /);
    expect(MAX_MAGNITUDE).toBeLessThan(3.4e38 / 2);
  });
});

/** A data set as an older version stored it: values past float32 became ±Infinity. */
function storedByOlderVersion(edit: (d: OwnData) => void): OwnData {
  const r = check(csv(plain));
  if (!r.ok) throw new Error(r.errors.join('\n'));
  const data = { ...r.data, x: r.data.x.slice(), y: r.data.y.slice() };
  edit(data);
  // The older version hashed what it stored, so the id matches the damaged content.
  return data;
}

describe('storedDataProblem', () => {
  it('passes a data set that toOwnData accepts', () => {
    const r = check(csv(plain));
    if (!r.ok) throw new Error('refused');
    expect(storedDataProblem(r.data)).toBeNull();
  });

  it.each([
    [
      'an input of 1e39 (Infinity)',
      (d: OwnData) => (d.x[4] = Math.fround(1e39)),
      /too large|finite/,
    ],
    ['a NaN target', (d: OwnData) => (d.y[0] = NaN), /finite/],
    ['a target of −Infinity', (d: OwnData) => (d.y[3] = -Infinity), /finite/],
    ['a constant target', (d: OwnData) => d.y.fill(2), /same number/],
    ['too few values', (d: OwnData) => (d.x = d.x.subarray(1)), /do not match its number/],
  ])('refuses %s, saying the set stays stored', async (_name, damage, reason) => {
    const { contentId } = await import('./own-data');
    const data = storedByOlderVersion(damage);
    data.id = contentId(data);
    const problem = storedDataProblem(data);
    if (!problem) throw new Error('not refused');
    const text = storedDataText(data.id, problem, 'en');
    expect(text).toMatch(reason);
    expect(text).toMatch(/left in storage as it is\. Load its CSV file again/);
    // Data the engine sends: the page words it in German as well.
    expect(storedDataText(data.id, problem, 'de')).toMatch(/bleibt unverändert im Speicher/);
  });

  it('refuses content that does not match its id, and class labels out of range', async () => {
    const { contentId } = await import('./own-data');
    const r = check(csv(plain));
    if (!r.ok) throw new Error('refused');
    expect(storedDataProblem({ ...r.data, id: '0123456789abcdef' })).toEqual({ kind: 'id' });
    expect(storedDataText('0123456789abcdef', { kind: 'id' }, 'en')).toMatch(
      /does not match its id/,
    );
    const classes = check(
      csv((i, j) => (j === 2 ? String(i % 2) : plain(i, j))),
      {
        target: 2,
        kind: 'classification',
      },
    );
    if (!classes.ok) throw new Error('refused');
    const y = Int32Array.from(classes.data.y, (c) => c + 5);
    const bad = { ...classes.data, y };
    expect(storedDataProblem({ ...bad, id: contentId(bad) })).toEqual({ kind: 'labels' });
    expect(storedDataText(contentId(bad), { kind: 'labels' }, 'en')).toMatch(
      /label is out of range/,
    );
  });
});
