import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { mnistAsset } from './scripts/build-mnist-asset.mjs';
import { contentSecurityPolicy, CSP_HEADER } from './scripts/csp.mjs';
import { progressiveWebApp } from './scripts/pwa.mjs';

export default defineConfig({
  // mnistAsset: the MNIST digits as one binary file in the build (see the script);
  // contentSecurityPolicy: the policy's <meta> in every built page (scripts/csp.mjs);
  // progressiveWebApp: the manifest, icons and offline service worker (scripts/pwa.mjs).
  plugins: [react(), mnistAsset(), contentSecurityPolicy(), progressiveWebApp()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2500,
    rollupOptions: {
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        bench: resolve(import.meta.dirname, 'bench.html'),
        // The study views on synthetic studies, for their tests and screenshots.
        studiesPreview: resolve(import.meta.dirname, 'studies-preview.html'),
      },
    },
  },
  // The same policy as a header, which also covers the workers (scripts/csp.mjs).
  preview: { port: 4173, strictPort: true, headers: { 'Content-Security-Policy': CSP_HEADER } },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // The unit tests train on tfjs's cpu backend on purpose (exact, no native build). In Node
    // its first tensor prints a banner suggesting tfjs-node, once per test file: that banner,
    // and only it, is dropped (other warnings still show; setting tfjs's IS_TEST flag instead
    // would hide them all and load tfjs in every test file).
    onConsoleLog: (log) => !log.includes('install our node backend'),
    environment: 'node',
    testTimeout: 60_000,
  },
});
