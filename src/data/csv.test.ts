import { describe, expect, it } from 'vitest';
import { MAX_COLUMNS, MAX_LISTED_ERRORS, MAX_ROWS, parseCsv, splitLine } from './csv';
import { IRIS_CSV } from './iris';
import { toOwnData } from './own-data';

/** The errors of a file that must be refused (fails the test if it is accepted). */
function errorsOf(text: string): string[] {
  const r = parseCsv(text);
  if (r.ok) throw new Error('expected the file to be refused');
  return r.errors;
}

describe('parseCsv on good files', () => {
  it('reads the header and the rows, with the line of each row', () => {
    const r = parseCsv('x1,x2,class\n0.5,-1,a\n\n1e-3,.25,b\n');
    expect(r).toEqual({
      ok: true,
      table: {
        columns: ['x1', 'x2', 'class'],
        rows: [
          ['0.5', '-1', 'a'],
          ['1e-3', '.25', 'b'],
        ],
        lines: [2, 4],
      },
    });
  });

  it('accepts Windows line endings, a byte-order mark, spaces and quoted values', () => {
    const r = parseCsv('\uFEFF"x, in cm", y ,"the ""class"""\r\n 1 , 2 ,"a, b"\r\n3,4,c\r\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.table.columns).toEqual(['x, in cm', 'y', 'the "class"']);
    expect(r.table.rows).toEqual([
      ['1', '2', 'a, b'],
      ['3', '4', 'c'],
    ]);
  });

  it('reads the shipped iris example: 150 rows of 5 columns', () => {
    const r = parseCsv(IRIS_CSV);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.table.columns).toHaveLength(5);
    expect(r.table.rows).toHaveLength(150);
  });

  it('accepts exactly the largest file: MAX_ROWS rows', () => {
    const text = 'a,b\n' + '1,2\n'.repeat(MAX_ROWS);
    expect(parseCsv(text).ok).toBe(true);
  });
});

describe('parseCsv on broken files', () => {
  it('refuses an empty file', () => {
    expect(errorsOf('')).toEqual(['The file is empty.']);
    expect(errorsOf('\n  \n')).toEqual(['The file is empty.']);
  });

  it('names the delimiter when values are separated by semicolons or tabs', () => {
    expect(errorsOf('x1;x2;class\n1,5;2;a\n')[0]).toMatch(/uses ';' \(semicolons\).*commas/);
    expect(errorsOf('x1\tx2\tclass\n1\t2\ta\n')[0]).toMatch(/uses tabs between values/);
  });

  it('asks for a header when the first line holds numbers', () => {
    expect(errorsOf('1,2,0\n3,4,1\n')[0]).toMatch(
      /Line 1 holds numbers.*must name the columns.*x1,x2,class/,
    );
  });

  it('refuses a header with an empty or repeated name', () => {
    expect(errorsOf('x,,y\n1,2,3\n')).toEqual(['Line 1: column 2 has no name.']);
    expect(errorsOf('x,x,y\n1,2,3\n')).toEqual(["Line 1: the column name 'x' appears twice."]);
  });

  it('refuses a single column', () => {
    expect(errorsOf('x\n1\n2\n')[0]).toMatch(/names only one column/);
  });

  it('refuses a header without rows', () => {
    expect(errorsOf('x,y\n\n')).toEqual(['The file has a header line but no rows of data.']);
  });

  it('locates a row with too few or too many values', () => {
    const text = ['x1,x2,class', '1,2,a', '3,4,b', '5,a', '6,7,b,extra'].join('\n');
    expect(errorsOf(text)).toEqual([
      'Line 4: 2 values, expected 3 (x1, x2, class).',
      'Line 5: 4 values, expected 3 (x1, x2, class).',
    ]);
  });

  it('locates missing values, empty or marked', () => {
    const text = ['x1,x2,class', '1,,a', '3,NA,b', '?,4,b'].join('\n');
    expect(errorsOf(text)).toEqual([
      "Line 2, column 'x2': the value is missing.",
      "Line 3, column 'x2': 'NA' marks a missing value. Fill it in or remove the row.",
      "Line 4, column 'x1': '?' marks a missing value. Fill it in or remove the row.",
    ]);
  });

  it('refuses an unclosed quote, with its line', () => {
    expect(errorsOf('x,y\n1,"2\n')).toEqual(['Line 2: a quoted value is not closed (missing ").']);
  });

  it('refuses too many rows or columns', () => {
    expect(errorsOf('a,b\n' + '1,2\n'.repeat(MAX_ROWS + 1))[0]).toMatch(
      /20,001 rows of data; at most 20,000/,
    );
    const wide = Array.from({ length: MAX_COLUMNS + 1 }, (_, j) => `c${j}`).join(',');
    expect(errorsOf(`${wide}\n`)[0]).toMatch(/51 columns; at most 50/);
  });

  it('lists the first problems and counts the rest', () => {
    const text = 'x,y\n' + '1\n'.repeat(20);
    const errors = errorsOf(text);
    expect(errors).toHaveLength(MAX_LISTED_ERRORS + 1);
    expect(errors[0]).toBe('Line 2: 1 value, expected 2 (x, y).');
    expect(errors.at(-1)).toBe('… and 12 more like these.');
  });
});

describe('splitLine', () => {
  it('splits at commas outside quotes and trims unquoted spaces', () => {
    expect(splitLine('a, "b,c" ,d')).toEqual(['a', 'b,c', 'd']);
    expect(splitLine('"x ""y"""')).toEqual(['x "y"']);
    expect(splitLine('a,')).toEqual(['a', '']);
    expect(splitLine('"open')).toBeNull();
  });
});

describe('a CSV file’s problems in the page language', () => {
  it('are German on a German page, each at its line and column', () => {
    const r = parseCsv('x1,x2,class\n1,2,0\n3\n4,NA,1\n', 'de');
    expect(r).toEqual({
      ok: false,
      errors: [
        'Zeile 3: 1 Wert, erwartet 3 (x1, x2, class).',
        'Zeile 4, Spalte „x2“: „NA“ markiert einen fehlenden Wert. Tragen Sie ihn ein oder entfernen Sie die Zeile.',
      ],
    });
    const table = parseCsv('x1,x2,y\n1,zwei,0\n', 'de');
    expect(table.ok).toBe(true);
    if (table.ok)
      expect(toOwnData(table.table, { target: 2, kind: 'regression' }, 'f.csv', 'de')).toEqual({
        ok: false,
        errors: [
          expect.stringMatching(/^Die Daten haben 1 Zeile;/),
          'Zeile 2, Spalte „x2“: „zwei“ ist keine Zahl.',
          expect.stringMatching(/^Spalte „y“ enthält in jeder Zeile dieselbe Zahl/),
        ],
      });
  });
});
