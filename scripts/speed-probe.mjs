import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
const port = 4198;
const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
  stdio: 'ignore',
  cwd: '/work/main',
});
await new Promise((r) => setTimeout(r, 2500));
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
page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 200)));
await page.goto(`http://localhost:${port}/${process.argv[2] ?? ''}`);
await page.getByTestId('backend').waitFor({ timeout: 60000 });
await page.waitForTimeout(1000);
await page.getByRole('button', { name: 'Run' }).click();
for (let i = 0; i < 8; i++) {
  await page.waitForTimeout(4000);
  console.log(
    await page.getByTestId('step').textContent(),
    await page.getByTestId('steps-per-second').textContent(),
    await page.getByTestId('train-loss').textContent(),
  );
}
await browser.close();
server.kill();
