import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type LabConfig, plannedSteps } from '../../config/schema';
import { buildPyTorchProject, PROJECT_FOLDER, projectFileName, zipProject } from './project';
import { ExportRefused, exportRefusal } from './support';
import { optimizerSpec, type TrainingSpec } from './training-config';
import type { ProjectFile, PyTorchExportInput } from './types';
import { zipStore } from './zip';

const CONFIG: LabConfig = { ...DEFAULT_CONFIG, hiddenLayers: 1, units: 2, batchSize: 4 };

/** A 2-2-2 classifier on 5 training and 2 validation points, after 3 steps of Adam. */
function input(over: Partial<LabConfig> = {}): PyTorchExportInput {
  const f = (...v: number[]) => Float32Array.from(v);
  return {
    config: { ...CONFIG, ...over },
    data: {
      inputSize: 2,
      classes: 2,
      trainX: f(0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
      trainY: Int32Array.from([0, 1, 0, 1, 1]),
      valX: f(1, 1, 2, 2),
      valY: Int32Array.from([1, 0]),
    },
    start: {
      runId: 'run-x',
      step: 3,
      epoch: 1,
      cursor: 1,
      order: Int32Array.from([4, 2, 0, 1, 3]),
      shuffleState: 0xdeadbeef | 0, // negative as an int32: written as the unsigned state
      plateau: { lr: 0.03, best: null, wait: 0, cooldownCounter: 0 },
      weights: [
        { name: 'W · hidden 1', shape: [2, 2], values: f(1, 2, 3, 4) },
        { name: 'b · hidden 1', shape: [2], values: f(0.1, 0.2) },
        { name: 'W · output', shape: [2, 2], values: f(5, 6, 7, 8) },
        { name: 'b · output', shape: [2], values: f(0.3, 0.4) },
      ],
      optimizer: [],
      source: 'run',
    },
  };
}

const fileOf = (files: ProjectFile[], path: string) => {
  const f = files.find((x) => x.path === path);
  if (!f) throw new Error(`no ${path} in ${files.map((x) => x.path).join(', ')}`);
  return f;
};
const specOf = (files: ProjectFile[]): TrainingSpec =>
  JSON.parse(new TextDecoder().decode(fileOf(files, 'config.json').bytes));
const floats = (f: ProjectFile) => [...new Float32Array(f.bytes.slice().buffer)];

describe('the exported project', () => {
  it('holds the script, the config, a README, the data, the order and the weights', () => {
    const files = buildPyTorchProject(input());
    const spec = specOf(files);
    expect(files.map((f) => f.path).slice(0, 3)).toEqual(['train.py', 'config.json', 'README.md']);
    // Every tensor of config.json is a file of the project with shape × 4 bytes.
    for (const entry of Object.values(spec.files)) {
      const size = entry.shape.reduce((p, d) => p * d, 1);
      expect(fileOf(files, entry.file).bytes.length, entry.file).toBe(4 * size);
    }
    expect(spec.files.train_x).toEqual({
      file: 'data/train_x.f32',
      dtype: 'float32',
      shape: [5, 2],
    });
    expect(spec.files.train_y).toEqual({ file: 'data/train_y.i32', dtype: 'int32', shape: [5] });
    expect([...new Int32Array(fileOf(files, 'data/order.i32').bytes.slice().buffer)]).toEqual([
      4, 2, 0, 1, 3,
    ]);
    // The kernel [[1, 2], [3, 4]] (tfjs [in, out]) is PyTorch's weight [[1, 3], [2, 4]].
    expect(floats(fileOf(files, spec.files['param:layers.0.weight'].file))).toEqual([1, 3, 2, 4]);
    expect(spec.model).toEqual({
      kind: 'mlp',
      sizes: [2, 2, 2],
      activation: CONFIG.activation,
      standardize: null,
    });
    expect(spec.loss).toBe('cross_entropy');
    expect(spec.start).toMatchObject({ step: 3, epoch: 1, cursor: 1, shuffleState: 0xdeadbeef });
  });

  it('carries your own data’s standardization of inputs and target', () => {
    const own = input({ task: 'table' });
    own.data = {
      ...own.data,
      classes: 0,
      trainY: Float32Array.from([1, 2, 3, 4, 5]),
      valY: Float32Array.from([2, 3]),
      standardize: {
        mean: Float32Array.from([4, 5]),
        invStd: Float32Array.from([0.5, 0.25]),
        target: { mean: 3, std: 2 },
      },
    };
    own.start.weights = [
      ...own.start.weights.slice(0, 2),
      { name: 'W · output', shape: [2, 1], values: Float32Array.from([1, 2]) },
      { name: 'b · output', shape: [1], values: Float32Array.from([0]) },
    ];
    const files = buildPyTorchProject(own);
    const spec = specOf(files);
    expect(spec.loss).toBe('mse');
    expect(spec.model.standardize).toEqual({ target: { mean: 3, std: 2 } });
    expect(floats(fileOf(files, spec.files.standardize_inv_std.file))).toEqual([0.5, 0.25]);
    expect(spec.files.train_y.dtype).toBe('float32');
    expect(specOf(buildPyTorchProject(input())).model.standardize).toBeNull();
  });

  it('writes the script that trains under torchrun with DistributedDataParallel', () => {
    const script = new TextDecoder().decode(buildPyTorchProject(input())[0].bytes);
    expect(script).toContain('DistributedDataParallel');
    expect(script).toContain('dist.init_process_group("nccl" if use_cuda else "gloo")');
  });

  it('maps the optimizer to tfjs’s hyperparameters in PyTorch’s terms', () => {
    const c = { nesterov: 'on', weightDecay: 0.01 } as const;
    expect(optimizerSpec('adam', c)).toEqual({
      kind: 'adam',
      betas: [0.9, 0.999],
      eps: 1e-7, // tfjs's default, not PyTorch's 1e-8
      weightDecay: 0.01,
    });
    expect(optimizerSpec('adamw', c)).toMatchObject({ kind: 'adamw', eps: 1e-8 });
    expect(optimizerSpec('rmsprop', c)).toEqual({
      kind: 'rmsprop',
      alpha: 0.9,
      eps: 1e-7,
      momentum: 0,
      weightDecay: 0.01,
    });
    expect(optimizerSpec('momentum', c)).toMatchObject({ momentum: 0.9, nesterov: true });
    expect(optimizerSpec('momentum', { ...c, nesterov: 'off' })).toMatchObject({ nesterov: false });
  });

  it('carries the schedule, accumulation, clipping and limits of the config', () => {
    const config: Partial<LabConfig> = {
      lrSchedule: 'warmupCosine',
      warmupSteps: 7,
      lrMin: 0.001,
      accumulation: 2,
      clipping: 'value',
      clipValue: 0.5,
      maxSteps: 300,
      evalInterval: 9,
    };
    const spec = specOf(buildPyTorchProject(input(config)));
    expect(spec.schedule).toEqual({
      kind: 'warmupCosine',
      warmupSteps: 7,
      decaySteps: null,
      minLr: 0.001,
    });
    expect(spec.totalSteps).toBe(plannedSteps({ ...CONFIG, ...config }));
    expect(spec).toMatchObject({
      accumulation: 2,
      clip: { kind: 'value', max: 0.5 },
      maxSteps: 300,
      evalInterval: 9,
    });
    expect(specOf(buildPyTorchProject(input({ clipping: 'norm', clipNorm: 2 }))).clip).toEqual({
      kind: 'norm',
      max: 2,
    });
    expect(specOf(buildPyTorchProject(input())).clip).toBeNull();
  });

  it('says in the README when the browser run simulated a 16-bit format that train.py does not', () => {
    const text = (files: ProjectFile[]) =>
      new TextDecoder().decode(fileOf(files, 'README.md').bytes);
    const fp32 = buildPyTorchProject(input());
    expect(specOf(fp32).precision).toBe('fp32');
    expect(text(fp32)).toContain('the browser trains in float32, and so does train.py');
    const fp16 = buildPyTorchProject(input({ precision: 'fp16' }));
    expect(specOf(fp16).precision).toBe('fp16');
    expect(text(fp16)).toContain('simulated fp16');
    expect(text(fp16)).not.toContain('and so does train.py');
  });

  it('writes the README in the page’s language, with the same sections, code and numbers', () => {
    const readmeOf = (locale: 'en' | 'de') =>
      new TextDecoder().decode(
        fileOf(buildPyTorchProject(input({ precision: 'fp16' }), locale), 'README.md').bytes,
      );
    const en = readmeOf('en');
    const de = readmeOf('de');
    expect(en).toContain('## What matches the browser');
    expect(de).toContain('## Was mit dem Browser übereinstimmt');
    expect(de).toContain('Der Browser-Lauf simulierte fp16');
    expect(de).not.toMatch(/\b(the|and|which|with)\b/);
    // The same sections, and the same code blocks and commands (code is not translated).
    const headings = (t: string) => t.match(/^#+ /gm);
    expect(headings(de)).toEqual(headings(en));
    const code = (t: string) => t.match(/```sh[\s\S]*?```/g)?.map((b) => b.replace(/ *#.*$/gm, ''));
    expect(code(de)).toEqual(code(en));
    const tail = (t: string) => t.slice(t.lastIndexOf('torch.frombuffer'));
    expect(tail(de).split('\n')[0]).toBe(tail(en).split('\n')[0]);
    // Files made for the same run differ only in the README.
    const names = (locale: 'en' | 'de') =>
      buildPyTorchProject(input(), locale).filter((f) => f.path !== 'README.md');
    expect(names('de')).toEqual(names('en'));
  });

  it('refuses the models it does not write, with the reason by id', () => {
    expect(exportRefusal({ task: 'mnist', model: 'cnn' })).toBe('cnn');
    expect(exportRefusal({ task: 'mnist', model: 'mlp' })).toBeNull();
    expect(exportRefusal({ task: 'names', model: 'transformer' })).toBe('languageModel');
    expect(exportRefusal({ task: 'table', model: 'mlp' })).toBeNull();
    expect(exportRefusal({ task: 'regress1d', model: 'mlp' })).toBeNull();
    expect(() => buildPyTorchProject(input({ task: 'mnist', model: 'cnn' }))).toThrow(
      ExportRefused,
    );
  });

  it('refuses data that does not fit the model or its own shape', () => {
    const wrong = input();
    wrong.data = {
      ...wrong.data,
      inputSize: 3,
      trainX: new Float32Array(15),
      valX: new Float32Array(6),
    };
    expect(() => buildPyTorchProject(wrong)).toThrow(
      /the model takes 2 inputs, the data set has 3/,
    );
    const short = input();
    short.data = { ...short.data, valX: new Float32Array(3) };
    expect(() => buildPyTorchProject(short)).toThrow(
      /validation split has 3 inputs for 2 examples of 2/,
    );
  });
});

/** The entries of a zip, read back through its central directory (stored or deflated). */
function unzip(
  zip: Uint8Array,
): { path: string; bytes: Uint8Array; mode: number; method: number }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const out = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const path = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    expect(view.getUint32(local, true)).toBe(0x04034b50);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = zip.subarray(start, start + size);
    const bytes = method === 8 ? new Uint8Array(inflateRawSync(data)) : data;
    expect(bytes.length, path).toBe(view.getUint32(at + 24, true));
    expect(crc32(bytes), path).toBe(crc);
    out.push({ path, bytes, mode: view.getUint32(at + 38, true) >>> 16, method });
    at += 46 + nameLength;
  }
  return out;
}

describe('the zip', () => {
  it('holds every file of the project under one folder, byte for byte, the script executable', () => {
    const files = buildPyTorchProject(input());
    const entries = unzip(zipProject(files, new Date(2026, 10, 30, 12, 0, 0)));
    expect(entries.map((e) => e.path)).toEqual(files.map((f) => `${PROJECT_FOLDER}/${f.path}`));
    entries.forEach((e, i) => expect([...e.bytes]).toEqual([...files[i].bytes]));
    expect(entries[0].mode).toBe(0o100755);
    expect(entries[1].mode).toBe(0o100644);
    expect(projectFileName(input())).toBe('run-x-step-3-pytorch.zip');
  });

  it('stores a file DEFLATEd when its raw DEFLATE stream comes along', () => {
    const files = buildPyTorchProject(input());
    const deflated = new Map([['config.json', new Uint8Array(deflateRawSync(files[1].bytes))]]);
    const zip = zipProject(files, undefined, deflated);
    const entries = unzip(zip);
    expect(entries.map((e) => e.method)).toEqual(
      files.map((f) => (f.path === 'config.json' ? 8 : 0)),
    );
    entries.forEach((e, i) => expect([...e.bytes]).toEqual([...files[i].bytes]));
    expect(zip.length).toBeLessThan(zipProject(files).length);
  });

  it('refuses an empty or a duplicate path, naming it', () => {
    const bytes = new Uint8Array([1]);
    expect(() => zipStore([{ path: '', bytes }])).toThrow(RangeError);
    expect(() =>
      zipStore([
        { path: 'a/x', bytes },
        { path: 'a/x', bytes },
      ]),
    ).toThrow(/path of its own, not "a\/x"/);
  });
});
