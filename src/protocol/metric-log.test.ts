import { describe, expect, it } from 'vitest';
import { HISTORY_BUCKETS, INITIAL_TRAIN_LOSSES } from './history';
import { MetricLog, PointBuffer } from './metric-log';

describe('MetricLog', () => {
  it('keeps each named series apart, by ascending step', () => {
    const log = new MetricLog();
    log.record('trainLoss', 1, 2.3);
    log.record('learningRate', 1, 0.001);
    log.record('trainLoss', 2, 2.1);
    log.record('learningRate', 2, 0.002);
    log.record('clipFactor', 2, 0.5);
    expect(log.names()).toEqual(['trainLoss', 'learningRate', 'clipFactor']);
    expect(log.get('trainLoss')).toEqual({ steps: [1, 2], values: [2.3, 2.1] });
    expect(log.get('learningRate')).toEqual({ steps: [1, 2], values: [0.001, 0.002] });
    expect(log.get('clipFactor')).toEqual({ steps: [2], values: [0.5] });
    expect(log.get('gradNorm')).toEqual({ steps: [], values: [] });
    expect(log.at('learningRate', 2)).toBe(0.002);
    expect(log.at('learningRate', 3)).toBeUndefined();
  });

  it('replaces the point of a step measured again, and counts versions', () => {
    const log = new MetricLog();
    log.record('trainLoss', 1, 1);
    log.record('trainLoss', 1, 0.5);
    expect(log.get('trainLoss')).toEqual({ steps: [1], values: [0.5] });
    expect(log.version).toBe(2);
  });

  it('stays bounded on a long run, keeps the first training losses and a spike', () => {
    const log = new MetricLog();
    for (let s = 1; s <= 100_000; s++) {
      log.record('trainLoss', s, s === 77_777 ? 40 : 1 / Math.sqrt(s));
      log.record('learningRate', s, 0.1 * Math.cos((Math.PI * s) / 200_000));
    }
    for (const name of ['trainLoss', 'learningRate']) {
      const s = log.get(name);
      expect(s.steps.length).toBeLessThanOrEqual(4 * HISTORY_BUCKETS + INITIAL_TRAIN_LOSSES);
      expect(s.steps.at(-1)).toBe(100_000);
    }
    const train = log.get('trainLoss');
    expect(train.steps.slice(0, INITIAL_TRAIN_LOSSES)).toEqual([1, 2, 3, 4, 5]);
    expect(log.at('trainLoss', 77_777)).toBe(40);
  });

  it('round-trips as plain data; null (JSON NaN) reads as NaN; unequal arrays are cut', () => {
    const log = new MetricLog();
    log.record('gradNorm', 3, 5);
    log.record('gradNorm', 4, NaN);
    const data = JSON.parse(JSON.stringify(log.toData())) as never;
    const back = new MetricLog(data);
    expect(back.get('gradNorm').steps).toEqual([3, 4]);
    expect(back.get('gradNorm').values[0]).toBe(5);
    expect(back.get('gradNorm').values[1]).toBeNaN();
    const cut = new MetricLog({ learningRate: { steps: [1, 2, 3], values: [0.1, 0.2] } });
    expect(cut.get('learningRate')).toEqual({ steps: [1, 2], values: [0.1, 0.2] });
    // A copy: recording into the log does not touch the data it started from.
    back.record('gradNorm', 5, 1);
    expect(log.get('gradNorm').steps).toEqual([3, 4]);
  });
});

describe('PointBuffer', () => {
  it('hands over the points since the last take, which a log records', () => {
    const buffer = new PointBuffer();
    expect(buffer.empty).toBe(true);
    buffer.add('learningRate', 1, 0.01);
    buffer.add('learningRate', 2, 0.02);
    buffer.add('clipFactor', 2, 1);
    expect(buffer.empty).toBe(false);
    const points = buffer.take();
    expect(points).toEqual({
      learningRate: { steps: [1, 2], values: [0.01, 0.02] },
      clipFactor: { steps: [2], values: [1] },
    });
    expect(buffer.take()).toEqual({});
    const log = new MetricLog();
    log.recordAll(points);
    expect(log.get('learningRate').values).toEqual([0.01, 0.02]);
  });

  it('stays bounded when no one takes its points, keeping the latest', () => {
    const buffer = new PointBuffer(8);
    for (let s = 1; s <= 100; s++) buffer.add('learningRate', s, s / 100);
    const { steps } = buffer.take().learningRate!;
    expect(steps.length).toBeLessThanOrEqual(8);
    expect(steps.at(-1)).toBe(100);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
  });
});
