import { describe, expect, it } from 'vitest';
import { type CsvTable, parseCsv } from './csv';
import { IRIS_CSV } from './iris';
import { defaultChoice, fromDrawnPoints, MIN_ROWS, type OwnData, toOwnData } from './own-data';

function table(text: string): CsvTable {
  const r = parseCsv(text);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.table;
}

function dataOf(r: ReturnType<typeof toOwnData>): OwnData {
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.data;
}

function errorsOf(r: ReturnType<typeof toOwnData>): string[] {
  if (r.ok) throw new Error('expected the data to be refused');
  return r.errors;
}

/** A two-class table of `n` rows: x1, x2, class. */
function points(n: number, classOf = (i: number) => i % 2): string {
  const rows = Array.from({ length: n }, (_, i) => `${i / 10},${-i / 4},${classOf(i)}`);
  return ['x1,x2,class', ...rows].join('\n');
}

describe('defaultChoice', () => {
  it('predicts a column named like a target, as classes when it holds text', () => {
    expect(defaultChoice(table(IRIS_CSV))).toEqual({ target: 4, kind: 'classification' });
  });

  it('takes a few whole numbers as classes and other numbers as a regression target', () => {
    expect(defaultChoice(table(points(20)))).toEqual({ target: 2, kind: 'classification' });
    const prices = 'rooms,area,price\n3,70,250.5\n4,90,310\n2,50,190.25\n';
    expect(defaultChoice(table(prices))).toEqual({ target: 2, kind: 'regression' });
  });

  it('falls back on the only text column, then on the last column', () => {
    expect(defaultChoice(table('name,a,b\nx,1,2\ny,3,4\n')).target).toBe(0);
    expect(defaultChoice(table('a,b,c\n1,2,3\n4,5,6\n')).target).toBe(2);
  });
});

describe('toOwnData', () => {
  it('turns iris into 4 inputs and 3 classes, labelled alphabetically', () => {
    const d = dataOf(toOwnData(table(IRIS_CSV), { target: 4, kind: 'classification' }, 'iris'));
    expect(d.features).toEqual(['sepal_length', 'sepal_width', 'petal_length', 'petal_width']);
    expect(d.target).toBe('species');
    expect(d.classNames).toEqual(['setosa', 'versicolor', 'virginica']);
    expect(d.n).toBe(150);
    expect(d.x).toHaveLength(600);
    expect(Array.from(d.x.subarray(0, 4))).toEqual([5.1, 3.5, 1.4, 0.2].map(Math.fround));
    expect(d.y).toBeInstanceOf(Int32Array);
    expect([d.y[0], d.y[149]]).toEqual([0, 2]);
    expect(d.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('orders numeric classes by value, so class 0 is 0', () => {
    const d = dataOf(
      toOwnData(
        table(points(20, (i) => (i % 2 ? 10 : 2))),
        { target: 2, kind: 'classification' },
        'p',
      ),
    );
    expect(d.classNames).toEqual(['2', '10']);
  });

  it('predicts any column as a number', () => {
    const d = dataOf(toOwnData(table(points(12)), { target: 0, kind: 'regression' }, 'p'));
    expect(d.features).toEqual(['x2', 'class']);
    expect(d.y).toBeInstanceOf(Float32Array);
    expect(d.y[3]).toBeCloseTo(0.3);
    expect(d.classNames).toEqual([]);
  });

  it('gives the same content the same id, whatever the name, and other content another', () => {
    const choice = { target: 2, kind: 'classification' } as const;
    const a = dataOf(toOwnData(table(points(20)), choice, 'a.csv'));
    const b = dataOf(toOwnData(table(points(20)), choice, 'b.csv'));
    const c = dataOf(toOwnData(table(points(21)), choice, 'a.csv'));
    const r = dataOf(toOwnData(table(points(20)), { target: 2, kind: 'regression' }, 'a.csv'));
    expect(a.id).toBe(b.id);
    expect(new Set([a.id, c.id, r.id]).size).toBe(3);
  });

  it('locates text where a number belongs', () => {
    const text = points(12).replace('0.2,-0.5,0', '0.2,abc,0');
    expect(errorsOf(toOwnData(table(text), { target: 2, kind: 'classification' }, 'p'))).toEqual([
      "Line 4, column 'x2': 'abc' is not a number.",
    ]);
  });

  it('refuses numbers in another notation or too large for a float, as the sidebar does', () => {
    for (const cell of ['0x10', '1_000', '1e400', 'Infinity']) {
      const text = points(12).replace('0.2,-0.5,0', `0.2,${cell},0`);
      expect(errorsOf(toOwnData(table(text), { target: 2, kind: 'regression' }, 'p'))).toEqual([
        `Line 4, column 'x2': '${cell}' is not a number.`,
      ]);
    }
  });

  it('says a text target needs classification', () => {
    const errors = errorsOf(toOwnData(table(IRIS_CSV), { target: 4, kind: 'regression' }, 'i'));
    expect(errors[0]).toBe(
      "Line 2, column 'species': 'setosa' is not a number (for text classes, choose classification).",
    );
    expect(errors.at(-1)).toMatch(/and 142 more/);
  });

  it('refuses a class column with a single class', () => {
    const errors = errorsOf(
      toOwnData(table(points(12, () => 1)), { target: 2, kind: 'classification' }, 'p'),
    );
    expect(errors).toEqual([
      "The class column 'class' holds one class ('1') on every row: a classifier needs examples of at least two classes.",
    ]);
  });

  it('refuses too many classes, suggesting regression', () => {
    const errors = errorsOf(
      toOwnData(table(points(30, (i) => i)), { target: 2, kind: 'classification' }, 'p'),
    );
    expect(errors[0]).toMatch(/30 different values; at most 20 classes.*choose regression/);
  });

  it('refuses too few rows', () => {
    expect(
      errorsOf(toOwnData(table(points(4)), { target: 2, kind: 'classification' }, 'p'))[0],
    ).toMatch(/4 rows; use at least 10/);
  });
});

describe('fromDrawnPoints', () => {
  const drawn = (n: number, labels: (0 | 1)[] = [0, 1]) =>
    Array.from({ length: n }, (_, i) => ({
      x: i / n,
      y: -i / n,
      label: labels[i % labels.length],
    }));

  it('makes a two-class data set with columns x1, x2, class', () => {
    const d = dataOf(fromDrawnPoints(drawn(MIN_ROWS)));
    expect([d.features, d.target, d.classNames, d.n]).toEqual([
      ['x1', 'x2'],
      'class',
      ['0', '1'],
      10,
    ]);
    expect(d.name).toBe('Drawn points');
  });

  it('asks for more points, and for both classes', () => {
    expect(errorsOf(fromDrawnPoints(drawn(3)))).toEqual([
      '3 points drawn: draw at least 10, so that some can be held out for validation.',
    ]);
    expect(errorsOf(fromDrawnPoints(drawn(12, [1])))).toEqual([
      'No point of class 0 yet: a classifier needs examples of both classes.',
    ]);
  });
});
