import { describe, expect, it } from 'vitest';
import {
  CONFIG_FORMAT,
  CONFIG_VERSION,
  type ConfigMigration,
  configFileName,
  configFileSizeProblem,
  configFileText,
  jsonErrorPlace,
  readConfigFile,
} from './config-file';
import { DEFAULT_CONFIG, type LabConfig, taskDefaults } from './schema';

const FORMAT = `${CONFIG_FORMAT}@${CONFIG_VERSION}`;
const file = (config: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: FORMAT, createdAt: '2026-01-30T15:12:00.000Z', config, ...extra });
const problemsOf = (text: string) => {
  const r = readConfigFile(text);
  if (r.ok) throw new Error('expected the file to be refused');
  return r.problems;
};

describe('config file round trip', () => {
  it('reads back exactly the config it wrote, for every task', () => {
    const configs: LabConfig[] = [
      { ...DEFAULT_CONFIG, learningRate: 0.0123, hiddenLayers: 3, seed: 7, noise: 0.3 },
      { ...taskDefaults('mnist'), model: 'cnn', batchSize: 32, maxSteps: 77 },
      { ...taskDefaults('names'), model: 'transformer', embedding: 24, heads: 3, blocks: 2 },
      { ...taskDefaults('regress1d'), function: 'step', units: 9 },
      { ...taskDefaults('table'), dataId: '0123456789abcdef' },
    ];
    for (const config of configs) {
      const r = readConfigFile(configFileText(config));
      expect(r.ok, config.task).toBe(true);
      if (r.ok) {
        expect(r.config).toEqual(config);
        expect(r.notices).toEqual([]);
      }
    }
  });

  it('writes only the fields of its task and model, with the format and the time', () => {
    const text = configFileText(taskDefaults('mnist'), new Date('2026-01-30T15:12:00Z'));
    const parsed = JSON.parse(text);
    expect(parsed.format).toBe('training-run-lab/config@1');
    expect(parsed.createdAt).toBe('2026-01-30T15:12:00.000Z');
    expect(parsed.config.seed).toBe(42);
    expect(parsed.config.learningRate).toBeTypeOf('number');
    // MNIST has no generated points; its MLP no heads.
    expect(parsed.config).not.toHaveProperty('points');
    expect(parsed.config).not.toHaveProperty('heads');
    expect(configFileName(taskDefaults('mnist'), new Date('2026-01-30T15:12:00Z'))).toBe(
      'config-mnist-seed42-20260130-1512.json',
    );
  });
});

describe('a bad config file is refused, every problem at its place', () => {
  it('names the line and column of a JSON syntax error', () => {
    const text = '{\n  "format": "training-run-lab/config@1",\n  "config": { "seed": 4, }\n}';
    const [p] = problemsOf(text);
    expect(p.at).toBe('line 3, column 26');
    expect(p.message).toMatch(/not valid JSON/);
  });

  it('turns a V8 position into a line and column', () => {
    expect(jsonErrorPlace('{\n\n  x', new SyntaxError('Unexpected token x at position 5'))).toEqual(
      { line: 3, column: 3 },
    );
    expect(jsonErrorPlace('', new SyntaxError('at line 2 column 9 of the JSON data'))).toEqual({
      line: 2,
      column: 9,
    });
  });

  it('reads a file that starts with a byte order mark, and refuses one too large to be a config', () => {
    expect(readConfigFile(`\uFEFF${file({ seed: 5 })}`).ok).toBe(true);
    expect(configFileSizeProblem(2_000_000)).toMatchObject({ at: 'file', message: /too large/ });
    expect(configFileSizeProblem(3_000)).toBeNull();
  });

  it('refuses what is not a config file of this app', () => {
    expect(problemsOf('[1, 2]')[0].at).toBe('file');
    expect(problemsOf(JSON.stringify({ config: {} }))[0]).toMatchObject({ at: 'format' });
    expect(problemsOf(JSON.stringify({ format: 'checkpoint@1', config: {} }))[0].message).toMatch(
      /not a config file/,
    );
    expect(
      problemsOf(JSON.stringify({ format: `${CONFIG_FORMAT}@9`, config: {} }))[0].message,
    ).toMatch(/newer version/);
    expect(problemsOf(JSON.stringify({ format: FORMAT, config: [1] }))[0].at).toBe('config');
  });

  it('reports an unknown key as a typo of the closest field', () => {
    const problems = problemsOf(
      file({ learningrate: 0.1, lerningRate: 0.1, zzz: 1 }, { extra: 1 }),
    );
    expect(problems).toContainEqual({
      at: 'config.learningrate',
      message: 'unknown key: did you mean "learningRate"?',
    });
    expect(problems).toContainEqual({
      at: 'config.lerningRate',
      message: 'unknown key: did you mean "learningRate"?',
    });
    expect(problems).toContainEqual({ at: 'config.zzz', message: 'unknown key.' });
    // The URL's short keys and other spellings name the field, as in a link.
    const [lr, bs] = problemsOf(file({ lr: 0.1, batch_size: 8 }));
    expect(lr).toEqual({ at: 'config.lr', message: 'unknown key: did you mean "learningRate"?' });
    expect(bs.message).toBe('unknown key: did you mean "batchSize"?');
    expect(problems.map((p) => p.at)).toContain('extra');
  });

  it('reports wrong types and out-of-range values at their keys, with the sidebar’s messages', () => {
    const problems = problemsOf(
      file({ learningRate: '0.01', batchSize: 0, noise: -1, optimizer: 'lion', seed: 1.5 }),
    );
    const at = Object.fromEntries(problems.map((p) => [p.at, p.message]));
    expect(at['config.learningRate']).toMatch(/must be a number, not a string \("0.01"\)/);
    expect(at['config.noise']).toBe('Noise cannot be negative.');
    expect(at['config.optimizer']).toMatch(/Choose one of: adam, sgd/);
    expect(at['config.seed']).toMatch(/whole number/);
    expect(at['config.batchSize']).toBeDefined();
  });

  it('reports the checks across fields at the field they name', () => {
    const problems = problemsOf(
      file({ task: 'names', model: 'transformer', embedding: 10, heads: 3 }),
    );
    expect(problems.map((p) => p.at)).toEqual(['config.heads']);
    expect(problemsOf(file({ task: 'mnist', model: 'transformer' }))[0].at).toBe('config.model');
    expect(problemsOf(file({ task: 'sudoku' }))[0].at).toBe('config.task');
  });
});

describe('fields that do not apply, and fields left out', () => {
  it('ignores a field of another task with a notice, without validating it', () => {
    const r = readConfigFile(file({ task: 'mnist', points: -5, heads: 'x', learningRate: 0.02 }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config.learningRate).toBe(0.02);
    expect(r.config.points).toBe(taskDefaults('mnist').points);
    expect(r.notices.map((n) => n.at)).toEqual(['config.points', 'config.heads', 'config']);
    expect(r.notices[2].message).not.toContain('config.task');
    expect(r.notices[0].message).toBe('not used by the mnist task: ignored.');
    expect(r.notices[1].message).toBe('not used by the mnist task with the mlp model: ignored.');
  });

  it('gives a field left out its task’s default, as the URL does', () => {
    const r = readConfigFile(file({ task: 'regress1d', seed: 3 }));
    expect(r.ok && r.config).toEqual({ ...taskDefaults('regress1d'), seed: 3 });
    const empty = readConfigFile(file({}));
    expect(empty.ok && empty.config).toEqual(DEFAULT_CONFIG);
    expect(empty.ok && empty.notices[0].message).toMatch(/^config\.task, config\.dataset, /);
  });
});

describe('migration of older formats', () => {
  // A synthetic config@0 that called the learning rate `lr` and the batch size `batch`.
  const renamed: ConfigMigration = (f) => {
    const { lr, batch, ...rest } = f.config as Record<string, unknown>;
    return { ...f, config: { ...rest, learningRate: lr, batchSize: batch } };
  };
  const v0 = JSON.stringify({ format: `${CONFIG_FORMAT}@0`, config: { lr: 0.2, batch: 16 } });

  it('runs each step from the file’s version to the current one', () => {
    const r = readConfigFile(v0, { 0: renamed }, 1);
    expect(r.ok && r.config).toEqual({ ...DEFAULT_CONFIG, learningRate: 0.2, batchSize: 16 });
    // Two steps: config@0 → @1 → @2.
    const twice = readConfigFile(v0, { 0: renamed, 1: (f) => ({ ...f }) }, 2);
    expect(twice.ok && twice.config.learningRate).toBe(0.2);
  });

  it('refuses a version with no migration, and still checks the migrated file', () => {
    expect(problemsOf(v0)[0]).toMatchObject({ at: 'format', message: /config@0 is not supported/ });
    const bad = JSON.stringify({ format: `${CONFIG_FORMAT}@0`, config: { lr: -1, batch: 16 } });
    const r = readConfigFile(bad, { 0: renamed }, 1);
    expect(!r.ok && r.problems.map((p) => p.at)).toEqual(['config.learningRate']);
  });
});

describe('a config file’s problems in the page language', () => {
  it('are German on a German page, each at its place', () => {
    const bad = readConfigFile('{\n  "format": 1,\n', undefined, undefined, 'de');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems[0].at).toMatch(/^Zeile \d+, Spalte \d+$/);
    const r = readConfigFile(
      JSON.stringify({ format: 'training-run-lab/config@1', config: { learningRate: 0 } }),
      undefined,
      undefined,
      'de',
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems).toContainEqual({
        at: 'config.learningRate',
        message: expect.stringMatching(/Lernrate/),
      });
    expect(configFileSizeProblem(2_000_000, 'de')).toMatchObject({ at: 'Datei' });
  });
});
