import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { mnistAsset } from './scripts/build-mnist-asset.mjs';
import { contentSecurityPolicy, CSP_HEADER } from './scripts/csp.mjs';

export default defineConfig({
  // mnistAsset: the MNIST digits as one binary file in the build (see the script);
  // contentSecurityPolicy: the policy's <meta> in every built page (scripts/csp.mjs).
  plugins: [react(), mnistAsset(), contentSecurityPolicy()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2500,
    rollupOptions: {
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        bench: resolve(import.meta.dirname, 'bench.html'),
      },
    },
  },
  // The same policy as a header, which also covers the workers (scripts/csp.mjs).
  preview: { port: 4173, strictPort: true, headers: { 'Content-Security-Policy': CSP_HEADER } },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
