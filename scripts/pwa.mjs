/**
 * The app as a progressive web app: installable (a web app manifest with icons) and usable
 * offline once loaded (a service worker that precaches the app's page, scripts, engine worker,
 * tfjs's wasm binaries and the MNIST digits). Built by vite-plugin-pwa with Workbox's
 * `generateSW`; registered by src/main.tsx in the production build only (in `npm run dev` and
 * in the unit tests the registration is a no-op).
 *
 * What is precached is what the app's page reaches: index.html, the manifest, and every file
 * of the build whose name occurs in a file already reached (Vite gives every emitted file a
 * hashed name, and the bundles refer to each other, to the wasm binaries and to the MNIST
 * asset by that name). The benchmark page (bench.html) and its own worker and chunks are not
 * reached, so they are not downloaded with the app.
 *
 * Updates never interrupt a run: a new service worker waits until every tab of the app is
 * closed (no `skipWaiting`, no reload); the next visit gets the new version. `clientsClaim`
 * only lets the first service worker take over the page that installed it, so the app works
 * offline from the first visit on, without a reload.
 *
 * The Content-Security-Policy (scripts/csp.mjs) still holds offline: the page carries it in
 * its `<meta>`, and Workbox keeps each response's headers, so the engine worker served from the
 * cache keeps its policy header. The service worker is a same-origin script (`script-src
 * 'self'`, `worker-src 'self'`) and loads Workbox's runtime from its own origin.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { VitePWA } from 'vite-plugin-pwa';
import { APP_ICONS, appIcons } from './app-icons.mjs';

/** The files every other precached file is reached from: the app's page and its manifest. */
export const PRECACHE_ROOTS = ['index.html', 'manifest.webmanifest'];

/** Files whose text may name other files of the build. */
const TEXT_FILE = /\.(html|js|mjs|css|json|webmanifest)$/;

/**
 * The build's largest file is the MNIST asset (about 7.9 MB); Workbox's default limit (2 MiB)
 * would leave it and the engine worker (about 3 MB) out of the precache.
 */
export const MAX_PRECACHED_FILE_BYTES = 16 * 1024 * 1024;

/**
 * The files of `files` (paths relative to the build's root, as Workbox lists them) reached
 * from `roots`: a root, or a file whose base name occurs in the text of a reached text file
 * (HTML, JavaScript, CSS, JSON, the manifest), transitively. A root need not be in `files`
 * (vite-plugin-pwa adds the manifest to the precache itself). `readText(path)` returns a
 * file's text and may throw (a root that does not exist). Returns the reached paths of `files`
 * in their order.
 */
export function reachableFiles(roots, files, readText) {
  const reached = new Set(roots);
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.shift();
    if (!TEXT_FILE.test(file)) continue;
    const text = readText(file);
    for (const other of files) {
      if (!reached.has(other) && text.includes(basename(other))) {
        reached.add(other);
        queue.push(other);
      }
    }
  }
  return files.filter((file) => reached.has(file));
}

/** The kinds of file the service worker precaches (those the reached files may name). */
const PRECACHED_FILE = /\.(html|js|css|wasm|bin|png)$/;

/**
 * A Workbox manifest transform that keeps only the entries reached from PRECACHE_ROOTS in the
 * build directory `outDir()` (read when the service worker is generated, after the build).
 * Throws when a file the page reaches was left out for its size (Workbox would only warn, and
 * the app would then fail offline).
 */
export function keepReachable(outDir) {
  return async (entries) => {
    const dir = outDir();
    const onDisk = readdirSync(dir, { recursive: true })
      .map((file) => String(file).replaceAll('\\', '/'))
      .filter((file) => PRECACHED_FILE.test(file));
    const read = (file) => readFileSync(join(dir, file), 'utf8');
    const reached = reachableFiles(PRECACHE_ROOTS, onDisk, read);
    const listed = new Set(entries.map((entry) => entry.url));
    const tooBig = reached.filter(
      (file) => !listed.has(file) && statSync(join(dir, file)).size > MAX_PRECACHED_FILE_BYTES,
    );
    if (tooBig.length > 0) {
      throw new Error(
        `The app needs ${tooBig.join(', ')} offline, but each is larger than ` +
          `MAX_PRECACHED_FILE_BYTES (${MAX_PRECACHED_FILE_BYTES} bytes, scripts/pwa.mjs).`,
      );
    }
    const keep = new Set(reached);
    return { manifest: entries.filter((entry) => keep.has(entry.url)), warnings: [] };
  };
}

/** The web app manifest (https://www.w3.org/TR/appmanifest/). */
export const WEB_APP_MANIFEST = {
  name: 'Training Run Lab',
  short_name: 'Run Lab',
  description:
    'Train a real neural network in your browser and step through every phase of its training run.',
  lang: 'en',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  background_color: '#f6f7f9', // --bg in src/ui/styles.css
  theme_color: '#4f46e5', // --accent
  icons: [
    ...APP_ICONS.map(({ src, sizes, type }) => ({ src, sizes, type, purpose: 'any' })),
    ...APP_ICONS.map(({ src, sizes, type }) => ({ src, sizes, type, purpose: 'maskable' })),
  ],
};

/** The Vite plugins: the icons, and vite-plugin-pwa with the manifest and service worker. */
export function progressiveWebApp() {
  let outDir = '';
  return [
    appIcons(),
    {
      name: 'pwa-out-dir',
      configResolved(config) {
        outDir = resolve(config.root, config.build.outDir);
      },
    },
    VitePWA({
      registerType: 'prompt',
      // src/main.tsx imports `virtual:pwa-register`: no script is added to the pages.
      injectRegister: false,
      manifest: WEB_APP_MANIFEST,
      // The icons are emitted by appIcons(), not kept in public/: the glob below finds them.
      includeManifestIcons: false,
      workbox: {
        // (The manifest is added by vite-plugin-pwa itself, with its own revision.)
        globPatterns: ['**/*.{html,js,css,wasm,bin,png}'], // as PRECACHED_FILE
        manifestTransforms: [keepReachable(() => outDir)],
        maximumFileSizeToCacheInBytes: MAX_PRECACHED_FILE_BYTES,
        clientsClaim: true,
        skipWaiting: false,
        // Every address of the app's page (its settings are in the query: ?lang=de&task=mnist)
        // is answered with the precached index.html; other pages (bench.html) go to the network.
        navigateFallback: 'index.html',
        navigateFallbackAllowlist: [/^\/(index\.html)?(\?.*)?$/],
      },
    }),
  ];
}
