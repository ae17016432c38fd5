// The production build served by `vite preview`, and headless Debian Chromium with the flags
// this lab needs (WebGPU on SwiftShader, no background network), for the scripts here.
import { chromium } from '@playwright/test';
import { preview } from 'vite';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--enable-unsafe-webgpu',
];

/**
 * Serves the build (dist/, or LAB_DIST) on `port` (or LAB_PORT), launches Chromium, runs
 * `fn(browser, baseUrl)`, and closes both.
 */
export async function withLab(defaultPort, fn) {
  const port = Number(process.env.LAB_PORT ?? defaultPort);
  const server = await preview({
    build: { outDir: process.env.LAB_DIST ?? 'dist' },
    preview: { port, strictPort: true },
    logLevel: 'silent',
  });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    return await fn(browser, `http://localhost:${port}/`);
  } finally {
    await browser.close();
    server.httpServer.close();
  }
}
