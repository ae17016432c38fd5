import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests run against the production build (`npm run test:e2e` builds first)
 * served by `vite preview`, in the system Chromium: Playwright cannot download its own
 * browsers here. WebGPU comes from SwiftShader (CPU-emulated), so training is slow and
 * CPU-heavy: one worker, and timeouts sized for tens of steps per second.
 */
// LAB_PORT and LAB_DIST let two builds be tested side by side (`vite build --outDir DIR`).
const PORT = Number(process.env.LAB_PORT ?? 4173);
const DIST = process.env.LAB_DIST ?? 'dist';
const BASE_URL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  reporter: 'list',
  timeout: 180_000,
  expect: { timeout: 30_000 },
  use: {
    baseURL: BASE_URL,
    screenshot: 'only-on-failure',
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
    // The app's service worker (scripts/pwa.mjs) would precache the whole app (about 13 MB)
    // in the background of every test's fresh context and answer the page's requests itself.
    // Only the offline test lets it run (e2e/offline.spec.ts); the others talk to the server.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            // navigator.gpu only exists with this flag here; it gives SwiftShader's adapter.
            '--enable-unsafe-webgpu',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --outDir ${DIST}`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
