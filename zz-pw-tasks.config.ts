import base from './playwright.config';
import { defineConfig } from '@playwright/test';
export default defineConfig({
  ...base,
  outputDir: '/tmp/pw-tasks-results',
  use: { ...base.use, baseURL: 'http://localhost:4312' },
  webServer: {
    command: 'npx vite preview --port 4312 --strictPort --outDir /tmp/dist-tasks',
    url: 'http://localhost:4312',
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
