/**
 * The MNIST digits: 10,000 real handwritten digits (28 × 28 grey pixels), read from the
 * binary asset the build makes from the `mnist` package (scripts/build-mnist-asset.mjs).
 */
import type { DigitSetId } from '../../../config/schema';
import { refuse } from '../../notice-error';
import { Rng } from '../../rng';
import { pickRows, splitRows } from '../split';
import type { DataSplit, Examples } from '../types';

/** The asset's path under the site root, fetched by the engine worker from its own origin. */
export const MNIST_ASSET_PATH = 'data/mnist-digits.bin';
/** Digits held out as the test set: the same ones whatever the run's seed. */
export const MNIST_TEST_SIZE = 1000;
/** Seed of the one fixed shuffle that picks the test set. */
const TEST_SPLIT_SEED = 60_000;
const HEADER_BYTES = 12;

export interface MnistImages {
  count: number;
  rows: number;
  cols: number;
  /** One label (0–9) per image. */
  labels: Uint8Array;
  /** count × rows × cols bytes, 0 = background, 255 = ink. */
  pixels: Uint8Array;
}

/** Reads the asset's header and views its labels and pixels (no copy). */
export function parseMnistAsset(bytes: Uint8Array): MnistImages {
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  if (magic !== 'MNST' || bytes[4] !== 1) refuse({ id: 'mnistNotMnist' });
  const rows = bytes[5];
  const cols = bytes[6];
  const count = new DataView(bytes.buffer, bytes.byteOffset, HEADER_BYTES).getUint32(8, true);
  const expected = HEADER_BYTES + count * (1 + rows * cols);
  if (bytes.length !== expected) refuse({ id: 'mnistSize', bytes: bytes.length, expected });
  return {
    count,
    rows,
    cols,
    labels: bytes.subarray(HEADER_BYTES, HEADER_BYTES + count),
    pixels: bytes.subarray(HEADER_BYTES + count),
  };
}

let images: MnistImages | null = null;

/** Uses these digits from now on (tests pass the bytes the build script makes). */
export function provideMnist(bytes: Uint8Array): MnistImages {
  images = parseMnistAsset(bytes);
  return images;
}

/** Fetches the asset once from the page's own origin. */
export async function loadMnist(): Promise<MnistImages> {
  if (images) return images;
  const url = new URL(`${import.meta.env.BASE_URL}${MNIST_ASSET_PATH}`, self.location.origin);
  const res = await fetch(url);
  if (!res.ok) refuse({ id: 'mnistFetch', path: url.pathname, status: res.status });
  return provideMnist(new Uint8Array(await res.arrayBuffer()));
}

export function requireMnist(): MnistImages {
  if (!images) refuse({ id: 'mnistNotLoaded' });
  return images;
}

/** Every digit as inputs in [0, 1] (pixel / 255) and integer labels. */
export function allDigits(m: MnistImages): Examples<Int32Array> {
  const x = new Float32Array(m.pixels.length);
  for (let i = 0; i < x.length; i++) x[i] = m.pixels[i] / 255;
  return { x, y: Int32Array.from(m.labels), n: m.count };
}

/**
 * Test, validation and training sets. One fixed shuffle sets the test digits aside (so no
 * seed ever trains on them); the run's generator then splits the rest into validation and
 * training, like the generated data sets. With `digits` 'lower' only the digits 0–4 are
 * kept in every split (after the fixed test shuffle, so the test digits stay held out); the
 * model keeps its ten outputs, so a run on all ten digits transfers to it layer for layer.
 */
export function splitDigits(
  m: MnistImages,
  validationSplit: number,
  rng: Rng,
  digits: DigitSetId = 'all',
): DataSplit {
  const d = m.rows * m.cols;
  const all = allDigits(m);
  const kept = digits === 'lower' ? 5 : 10;
  const order = new Rng(TEST_SPLIT_SEED).shuffle(Int32Array.from({ length: m.count }, (_, i) => i));
  const keep = (rows: Int32Array) => rows.filter((i) => m.labels[i] < kept);
  const test = pickRows(all, d, keep(order.subarray(0, MNIST_TEST_SIZE)));
  const rest = pickRows(all, d, keep(order.subarray(MNIST_TEST_SIZE)));
  const { train, validation } = splitRows(rest, d, validationSplit, rng);
  return {
    kind: 'images',
    inputSize: d,
    classes: 10,
    train,
    validation,
    test,
    extent: [0, 1, 0, 1],
  };
}
