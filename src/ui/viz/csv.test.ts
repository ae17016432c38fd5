import { describe, expect, it } from 'vitest';
import { MetricLog } from '../../protocol/metric-log';
import { metricLogCsv } from '../series-csv';
import { longPointsCsv } from './curve-csv';
import { csvField, exportFileName, matrixCsv, pointsCsv, seriesCsv } from './csv';

/** Splits RFC 4180 text with no quoted line breaks into rows of raw fields. */
const rowsOf = (text: string) =>
  text
    .split('\r\n')
    .slice(0, -1)
    .map((r) => r.split(','));

describe('seriesCsv', () => {
  it('writes a header with names and units, the step column first, CRLF records', () => {
    const text = seriesCsv([
      { name: 'trainLoss', steps: [1, 2], values: [0.5, 0.25] },
      { name: 'accuracy', unit: '%', steps: [2], values: [90] },
    ]);
    expect(text).toBe('step,trainLoss,accuracy [%]\r\n1,0.5,\r\n2,0.25,90\r\n');
  });

  it('aligns series measured at different steps by step, ascending', () => {
    const rows = rowsOf(
      seriesCsv([
        { name: 'a', steps: [1, 2, 3, 4], values: [10, 20, 30, 40] },
        { name: 'b', steps: [0, 2, 4, 6], values: [-1, -2, -4, -6] },
      ]),
    );
    expect(rows).toEqual([
      ['step', 'a', 'b'],
      ['0', '', '-1'],
      ['1', '10', ''],
      ['2', '20', '-2'],
      ['3', '30', ''],
      ['4', '40', '-4'],
      ['6', '', '-6'],
    ]);
  });

  it('keeps full precision with a "." decimal and names NaN and infinities', () => {
    const rows = rowsOf(
      seriesCsv([
        { name: 'v', steps: [1, 2, 3, 4, 5], values: [0.1 + 0.2, 1e-7, NaN, Infinity, -Infinity] },
      ]),
    );
    expect(rows.slice(1).map((r) => r[1])).toEqual([
      '0.30000000000000004',
      '1e-7',
      'NaN',
      'Infinity',
      '-Infinity',
    ]);
    expect(Number(rows[1][1])).toBe(0.1 + 0.2);
  });

  it('quotes header fields holding a comma, a quote or a line break', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    const text = seriesCsv([{ name: 'loss, "smoothed"', steps: [1], values: [2] }]);
    expect(text.split('\r\n')[0]).toBe('step,"loss, ""smoothed"""');
  });

  it('writes only the header for no points, and cuts a series to its shorter array', () => {
    expect(seriesCsv([{ name: 'x', steps: [], values: [] }])).toBe('step,x\r\n');
    expect(seriesCsv([{ name: 'x', steps: [1, 2], values: [5] }])).toBe('step,x\r\n1,5\r\n');
  });
});

describe('pointsCsv and exportFileName', () => {
  it('writes columns without a step axis', () => {
    expect(
      pointsCsv(
        ['x', 'y'],
        [
          [1, 2],
          [NaN, 0.5],
        ],
      ),
    ).toBe('x,y\r\n1,NaN\r\n2,0.5\r\n');
  });

  it('makes file names from titles in either language', () => {
    expect(exportFileName('Validation accuracy (%)', 'png')).toBe('validation-accuracy.png');
    expect(exportFileName('Größe der Lernrate', 'csv')).toBe('grosse-der-lernrate.csv');
    expect(exportFileName('…', 'csv')).toBe('chart.csv');
  });
});

describe('metricLogCsv', () => {
  it('exports every recorded series of a log, with units, aligned by step', () => {
    const log = new MetricLog();
    for (let step = 1; step <= 4; step++) {
      log.record('trainLoss', step, 1 / step);
      log.record('learningRate', step, 0.01);
    }
    log.record('valLoss', 2, 0.6);
    log.record('valAccuracy', 2, 0.75);
    log.record('valLoss', 4, NaN);
    const rows = rowsOf(metricLogCsv(log.view()));
    expect(rows[0]).toEqual([
      'step',
      'trainLoss',
      'learningRate',
      'valLoss',
      'valAccuracy [fraction 0-1]',
    ]);
    expect(rows).toHaveLength(5);
    expect(rows[2]).toEqual(['2', '0.5', '0.01', '0.6', '0.75']);
    expect(rows[3]).toEqual(['3', String(1 / 3), '0.01', '', '']);
    expect(rows[4]).toEqual(['4', '0.25', '0.01', 'NaN', '']);
  });

  it('names the data pipeline’s units: times in ms, the idle share a fraction', () => {
    const log = new MetricLog();
    log.record('dataWaitMs', 1, 50);
    log.record('stepMs', 1, 200);
    log.record('idleShare', 1, 0.25);
    expect(rowsOf(metricLogCsv(log.view()))[0]).toEqual([
      'step',
      'dataWaitMs [ms]',
      'stepMs [ms]',
      'idleShare [fraction 0-1]',
    ]);
  });
});

describe('longPointsCsv', () => {
  it('writes one series,x,y row per point of every set, quoting names', () => {
    expect(
      longPointsCsv([
        { name: 'training', x: [0, 1], y: [1, NaN] },
        { name: 'fit, degree 3', x: [0.5], y: [2] },
      ]),
    ).toBe('series,x,y\r\ntraining,0,1\r\ntraining,1,NaN\r\n"fit, degree 3",0.5,2\r\n');
  });
});

describe('matrixCsv', () => {
  it('writes a heatmap row by row, named, with its non-finite values by name', () => {
    const values = Float32Array.from([0.5, -1, NaN, 2, Infinity, 0.25]);
    expect(
      matrixCsv(
        values,
        2,
        3,
        (r) => `#${r + 1}`,
        (c) => `unit ${c + 1}`,
      ),
    ).toBe(',unit 1,unit 2,unit 3\r\n#1,0.5,-1,NaN\r\n#2,2,Infinity,0.25\r\n');
  });
});
