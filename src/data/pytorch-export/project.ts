/**
 * An exported PyTorch project, file by file, from plain data: `train.py` (DistributedDataParallel
 * under torchrun), `config.json` (settings and where the run stands), the data set and data
 * order under `data/`, the weights and optimizer state under `state/` (in PyTorch's layouts),
 * and a README. Tensors are raw little-endian files, row-major, named in config.json with their
 * dtype and shape: exact (a float32 written as text may not read back to the same float32),
 * and small beside text (MNIST's pixels as JSON would be about twice their bytes).
 */
import { mlpSizes, mlpStateDict, torchOptimizerState, type TorchTensor } from './layout';
import { DEFAULT_LOCALE, type Locale } from '../../config/locale';
import { readme } from './readme';
import { ExportRefused, exportRefusal } from './support';
import trainScript from './train.py?raw';
import {
  EXPORT_FORMAT,
  type TensorFile,
  type TrainingSpec,
  trainingSettings,
} from './training-config';
import type { ProjectFile, PyTorchExportInput } from './types';
import { zipStore } from './zip';

/** The folder every file of the project sits in, inside the zip. */
export const PROJECT_FOLDER = 'training-run-lab-pytorch';

const bytesOf = (a: Float32Array | Int32Array) =>
  new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
const EXTENSION = { float32: 'f32', int32: 'i32' } as const;

/** A typed array's dtype. */
const dtypeOf = (a: Float32Array | Int32Array) => (a instanceof Int32Array ? 'int32' : 'float32');

/**
 * The project's files for `input`, its README in `locale`.
 * @throws ExportRefused for a run the export does not cover (see support.ts)
 * @throws Error when the weights are not an MLP's, the optimizer state does not fit them, or
 * the data's arrays do not fit its input size
 */
export function buildPyTorchProject(
  input: PyTorchExportInput,
  locale: Locale = DEFAULT_LOCALE,
): ProjectFile[] {
  const { config, data, start } = input;
  const refusal = exportRefusal(config);
  if (refusal) throw new ExportRefused(refusal);
  const sizes = mlpSizes(start.weights);
  if (sizes[0] !== data.inputSize) {
    throw new Error(`the model takes ${sizes[0]} inputs, the data set has ${data.inputSize}`);
  }
  for (const [x, y, split] of [
    [data.trainX, data.trainY, 'training'],
    [data.valX, data.valY, 'validation'],
  ] as const) {
    if (x.length !== y.length * data.inputSize) {
      throw new Error(
        `the ${split} split has ${x.length} inputs for ${y.length} examples of ${data.inputSize}`,
      );
    }
  }
  const files: ProjectFile[] = [];
  const tensorFiles: Record<string, TensorFile> = {};
  const addTensor = (
    key: string,
    file: string,
    shape: number[],
    values: Float32Array | Int32Array,
  ) => {
    const dtype = dtypeOf(values);
    const path = `${file}.${EXTENSION[dtype]}`;
    tensorFiles[key] = { file: path, dtype, shape };
    files.push({ path, bytes: bytesOf(values) });
  };
  const n = data.trainY.length;
  addTensor('train_x', 'data/train_x', [n, data.inputSize], data.trainX);
  addTensor('train_y', 'data/train_y', [n], data.trainY);
  addTensor('val_x', 'data/val_x', [data.valY.length, data.inputSize], data.valX);
  addTensor('val_y', 'data/val_y', [data.valY.length], data.valY);
  addTensor('order', 'data/order', [start.order.length], start.order);
  const standardize = data.standardize;
  if (standardize) {
    for (const [key, values] of [
      ['standardize_mean', standardize.mean],
      ['standardize_inv_std', standardize.invStd],
    ] as const) {
      if (values.length !== data.inputSize) {
        throw new Error(
          `the standardization has ${values.length} columns, the data set ${data.inputSize}`,
        );
      }
      addTensor(key, `data/${key}`, [data.inputSize], values);
    }
  }
  const params: TorchTensor[] = mlpStateDict(start.weights);
  for (const p of params) addTensor(`param:${p.name}`, `state/${p.name}`, p.shape, p.values);
  const optimizer = torchOptimizerState(
    config.optimizer,
    start.weights,
    start.optimizer,
    start.step,
  );
  optimizer.slots.forEach((slots, i) =>
    slots.forEach((s) =>
      addTensor(`slot:${i}:${s.name}`, `state/${params[i].name}.${s.name}`, s.shape, s.values),
    ),
  );
  const spec: TrainingSpec = {
    format: EXPORT_FORMAT,
    ...trainingSettings(config),
    model: {
      kind: 'mlp',
      sizes,
      activation: config.activation,
      standardize: standardize ? { target: standardize.target } : null,
    },
    loss: data.classes === 0 ? 'mse' : 'cross_entropy',
    classes: data.classes,
    start: {
      runId: start.runId,
      step: start.step,
      optimizerStep: optimizer.step,
      epoch: start.epoch,
      cursor: start.cursor,
      shuffleState: start.shuffleState >>> 0,
      plateau: start.plateau,
      source: start.source,
    },
    files: tensorFiles,
  };
  const encoder = new TextEncoder();
  return [
    { path: 'train.py', bytes: encoder.encode(trainScript) },
    { path: 'config.json', bytes: encoder.encode(`${JSON.stringify(spec, null, 2)}\n`) },
    { path: 'README.md', bytes: encoder.encode(readme(spec, locale)) },
    ...files,
  ];
}

/**
 * The project as one zip archive, its files under {@link PROJECT_FOLDER}/; a file whose raw
 * DEFLATE stream `deflated` holds (by path) is stored compressed.
 */
export function zipProject(
  files: readonly ProjectFile[],
  modified?: Date,
  deflated?: ReadonlyMap<string, Uint8Array>,
): Uint8Array {
  return zipStore(
    files.map((f) => ({
      path: `${PROJECT_FOLDER}/${f.path}`,
      bytes: f.bytes,
      executable: f.path.endsWith('.py'),
      deflated: deflated?.get(f.path),
    })),
    modified,
  );
}

/** The download's file name: the run and the step it starts from. */
export function projectFileName(input: Pick<PyTorchExportInput, 'start'>): string {
  return `${input.start.runId}-step-${input.start.step}-pytorch.zip`;
}
