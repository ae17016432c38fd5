import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
const port = 4311;
const query = process.argv[2] ?? '?task=mnist';
const runSecs = Number(process.argv[3] ?? 30);
const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], { stdio: 'ignore', cwd: '/work/main' });
await new Promise((r) => setTimeout(r, 2500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run','--enable-unsafe-webgpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  const t0 = Date.now();
  await page.goto(`http://localhost:${port}/${query}`);
  await page.getByTestId('backend').waitFor({ timeout: 60_000 });
  console.log('backend', await page.getByTestId('backend').textContent(), Date.now() - t0);
  const phases = ['initialization','data','forward','loss','backward','update','evaluation','checkpoint','stopping'];
  for (const p of phases) {
    const t = Date.now();
    await page.getByRole('button', { name: 'Next phase', exact: true }).click();
    await page.getByTestId('phase').filter({ hasText: new RegExp(`^${p}$`) }).waitFor({ timeout: 120_000 });
    await page.waitForTimeout(200);
    console.log(p, Date.now() - t);
    await page.screenshot({ path: `${process.env.OUT ?? '/tmp/shots'}/${p}.png`, fullPage: true });
  }
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  for (let s = 0; s < runSecs; s += 10) {
    await page.waitForTimeout(10_000);
    console.log('t', s + 10, 'step', await page.getByTestId('step').textContent(), 'val', await page.getByTestId('val-loss').textContent(), await page.getByTestId('val-accuracy').textContent().catch(() => '?'));
  }
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.waitForTimeout(1000);
  await page.screenshot({ path: `${process.env.OUT ?? '/tmp/shots'}/running.png`, fullPage: true });
  const err = await page.locator('.notice').allTextContents();
  console.log('notices', err);
} finally { await browser.close(); server.kill(); }
