import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  keepReachable,
  MAX_PRECACHED_FILE_BYTES,
  PRECACHE_ROOTS,
  reachableFiles,
  WEB_APP_MANIFEST,
} from './pwa.mjs';
import { APP_ICONS } from './app-icons.mjs';

/** A build as Vite lays it out: the app's page, the benchmark page, and what each loads. */
const BUILD: Record<string, string> = {
  'index.html':
    '<script src="/assets/main-AAAAAAAA.js"></script><link href="/assets/main-BBBBBBBB.css">',
  'manifest.webmanifest': '{"icons":[{"src":"icons/icon-192.png"}]}',
  'assets/main-AAAAAAAA.js':
    'import "./shared-CCCCCCCC.js"; new URL("/assets/engine.worker-DDDDDDDD.js", import.meta.url)',
  'assets/main-BBBBBBBB.css': 'body{}',
  'assets/shared-CCCCCCCC.js': 'export const x = 1',
  'assets/engine.worker-DDDDDDDD.js':
    'fetch("data/mnist-digits.bin"); ["tfjs-backend-wasm-EEEEEEEE.wasm"]',
  'assets/tfjs-backend-wasm-EEEEEEEE.wasm': '\0asm',
  'data/mnist-digits.bin': 'MNST',
  'icons/icon-192.png': 'PNG',
  'bench.html': '<script src="/assets/bench-FFFFFFFF.js"></script>',
  'assets/bench-FFFFFFFF.js': 'import "./shared-CCCCCCCC.js"; import("./bench-only-GGGGGGGG.js")',
  'assets/bench-only-GGGGGGGG.js': '',
};

const APP = [
  'index.html',
  'assets/main-AAAAAAAA.js',
  'assets/main-BBBBBBBB.css',
  'assets/shared-CCCCCCCC.js',
  'assets/engine.worker-DDDDDDDD.js',
  'assets/tfjs-backend-wasm-EEEEEEEE.wasm',
  'data/mnist-digits.bin',
  'icons/icon-192.png',
];

/** Writes the files into a fresh directory; returns it. */
function writeBuild(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pwa-build-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

describe('the precache', () => {
  const files = Object.keys(BUILD).filter((f) => f !== 'manifest.webmanifest');

  it('holds what the app page reaches, transitively, and nothing only the benchmark loads', () => {
    const reached = reachableFiles(PRECACHE_ROOTS, files, (file) => BUILD[file]);
    expect([...reached].sort()).toEqual([...APP].sort());
  });

  it('reaches nothing from a root whose text names no file', () => {
    expect(reachableFiles(['bench-only.html'], files, () => 'nothing here')).toEqual([]);
  });

  it("keeps Workbox's entries the page reaches, read from the build directory", async () => {
    const dir = writeBuild(BUILD);
    const entries = files.map((url) => ({ url, revision: 'r', size: 1 }));
    const { manifest } = await keepReachable(() => dir)(entries);
    expect(manifest.map((e) => e.url).sort()).toEqual([...APP].sort());
  });

  it('fails the build, naming the file, when a file the page reaches is too big to precache', async () => {
    const dir = writeBuild({
      ...BUILD,
      'data/mnist-digits.bin': Buffer.alloc(MAX_PRECACHED_FILE_BYTES + 1),
    });
    // Workbox's size limit has already dropped the big file from the entries.
    const entries = files
      .filter((url) => url !== 'data/mnist-digits.bin')
      .map((url) => ({ url, revision: 'r', size: 1 }));
    await expect(keepReachable(() => dir)(entries)).rejects.toThrow(
      /needs data\/mnist-digits\.bin offline/,
    );
  });
});

describe('the web app manifest', () => {
  it('lists a 192 and a 512 px PNG icon, for any use and as maskable', () => {
    const icons = WEB_APP_MANIFEST.icons as { sizes: string; purpose: string }[];
    for (const purpose of ['any', 'maskable']) {
      expect(icons.filter((i) => i.purpose === purpose).map((i) => i.sizes)).toEqual([
        '192x192',
        '512x512',
      ]);
    }
    expect(APP_ICONS.map((i) => i.src)).toEqual(['icons/icon-192.png', 'icons/icon-512.png']);
    expect(WEB_APP_MANIFEST).toMatchObject({ display: 'standalone', start_url: '/' });
  });
});
