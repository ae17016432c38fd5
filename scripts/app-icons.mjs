// The app's icons for its web app manifest (installing the app), drawn here and encoded as
// PNG with Node's zlib: nothing is downloaded and no binary file is kept in the repository.
//
// The picture: a falling loss curve over two axes, in white on the app's accent colour, with
// the current step as an orange dot. The background fills the whole square and everything
// drawn stays inside the central circle of 80% of the width, the safe zone of a "maskable"
// icon (https://www.w3.org/TR/appmanifest/#icon-masks), so one picture serves both purposes.
//
// Usage: node scripts/app-icons.mjs [out-dir]   writes the PNGs (default: icons/)
// The Vite plugin below emits the same files into every build.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

/** The icons the manifest lists: square PNGs, `sizes` as the manifest writes them. */
export const APP_ICONS = [192, 512].map((size) => ({
  size,
  src: `icons/icon-${size}.png`,
  sizes: `${size}x${size}`,
  type: 'image/png',
}));

const BACKGROUND = [0x4f, 0x46, 0xe5]; // --accent in src/ui/styles.css
const INK = [0xff, 0xff, 0xff];
const DOT = [0xf9, 0x73, 0x16]; // --class1

/** The loss curve in unit coordinates (y grows downwards): L(t) = 0.08 + 0.92·e^(−4t). */
const CURVE = Array.from({ length: 33 }, (_, i) => {
  const t = i / 32;
  return [0.3 + 0.46 * t, 0.68 - 0.38 * (0.08 + 0.92 * Math.exp(-4 * t))];
});
const AXES = [
  [
    [0.24, 0.26],
    [0.24, 0.74],
  ],
  [
    [0.24, 0.74],
    [0.78, 0.74],
  ],
];

/** Distance from point p to the segment a–b (unit coordinates). */
function segmentDistance(p, a, b) {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const t = Math.max(
    0,
    Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)),
  );
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/** Distance from p to a polyline. */
function polylineDistance(p, points) {
  let d = Infinity;
  for (let i = 1; i < points.length; i++)
    d = Math.min(d, segmentDistance(p, points[i - 1], points[i]));
  return d;
}

/** Paints `colour` over `rgb` with coverage `alpha` in [0, 1]. */
function over(rgb, colour, alpha) {
  for (let c = 0; c < 3; c++) rgb[c] += (colour[c] - rgb[c]) * alpha;
}

/**
 * The icon's pixels: size × size × 3 bytes, RGB, row-major. Edges are anti-aliased from each
 * shape's distance to the pixel centre (coverage = ½ + (half width − distance) / pixel).
 */
export function drawIcon(size) {
  const pixels = new Uint8Array(size * size * 3);
  const px = 1 / size;
  const coverage = (distance, halfWidth) =>
    Math.max(0, Math.min(1, 0.5 + (halfWidth - distance) / px));
  const end = CURVE[CURVE.length - 1];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const p = [(x + 0.5) * px, (y + 0.5) * px];
      const rgb = [...BACKGROUND];
      const axis = Math.min(...AXES.map(([a, b]) => segmentDistance(p, a, b)));
      over(rgb, INK, 0.55 * coverage(axis, 0.014));
      over(rgb, INK, coverage(polylineDistance(p, CURVE), 0.03));
      over(rgb, DOT, coverage(Math.hypot(p[0] - end[0], p[1] - end[1]), 0.05));
      pixels.set(rgb.map(Math.round), (y * size + x) * 3);
    }
  }
  return pixels;
}

/** One PNG chunk: length, type, data, CRC-32 of type and data (PNG spec, section 5.3). */
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Encodes size × size RGB pixels as a PNG: 8 bits per channel, colour type 2, no filter. */
export function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // bit depth, colour type RGB, deflate, filter 0, no interlace
  const rows = Buffer.alloc(size * (1 + size * 3));
  for (let y = 0; y < size; y++) {
    rows[y * (1 + size * 3)] = 0; // filter type None
    rows.set(pixels.subarray(y * size * 3, (y + 1) * size * 3), y * (1 + size * 3) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A Vite plugin: emits the icons into the build (`icons/icon-<size>.png`). */
export function appIcons() {
  return {
    name: 'app-icons',
    apply: 'build',
    generateBundle() {
      for (const icon of APP_ICONS) {
        const source = encodePng(icon.size, drawIcon(icon.size));
        this.emitFile({ type: 'asset', fileName: icon.src, source });
      }
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] ?? 'icons';
  mkdirSync(out, { recursive: true });
  for (const icon of APP_ICONS) {
    const file = join(out, `icon-${icon.size}.png`);
    writeFileSync(file, encodePng(icon.size, drawIcon(icon.size)));
    console.log(`wrote ${file}`);
  }
}
