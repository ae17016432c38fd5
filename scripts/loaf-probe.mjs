import { chromium } from '@playwright/test';
import { preview } from 'vite';
const server = await preview({
  root: '/work/main',
  preview: { port: 4196, strictPort: true },
  logLevel: 'silent',
});
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--enable-unsafe-webgpu',
  ],
});
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.addInitScript(() => {
  window.__loaf = [];
  new PerformanceObserver((l) => {
    for (const e of l.getEntries())
      window.__loaf.push({
        d: e.duration,
        block: e.blockingDuration,
        render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
        style: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0,
        scripts: e.scripts.map(
          (s) =>
            `${s.invoker} ${Math.round(s.duration)}ms fwd=${Math.round(s.forcedStyleAndLayoutDuration)}`,
        ),
      });
  }).observe({ type: 'long-animation-frame', buffered: true });
  window.__lt = [];
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) window.__lt.push(Math.round(e.duration));
  }).observe({ type: 'longtask', buffered: true });
});
await page.goto(
  'http://localhost:4196/' +
    (process.argv[2] ?? '?backend=cpu&steps=100000&epochs=100000&eval=100000&ckpt=1000000&es=off'),
);
await page.getByTestId('backend').waitFor({ timeout: 60000 });
await page.waitForTimeout(1500);
await page.getByRole('button', { name: 'Run' }).click();
await page.waitForTimeout(3000);
await page.evaluate(() => {
  window.__loaf = [];
  window.__lt = [];
});
await page.waitForTimeout(10000);
const r = await page.evaluate(() => ({ loaf: window.__loaf, lt: window.__lt }));
console.log('longtasks', r.lt.length, JSON.stringify(r.lt));
for (const f of r.loaf.filter((f) => f.block > 0).slice(0, 12))
  console.log(
    Math.round(f.d),
    'block',
    Math.round(f.block),
    'render',
    Math.round(f.render),
    'style',
    Math.round(f.style),
    f.scripts.join(' | '),
  );
await browser.close();
server.httpServer.close();
