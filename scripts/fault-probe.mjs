import { chromium } from '@playwright/test';
import { preview } from 'vite';
const server = await preview({
  root: '/work/main',
  preview: { port: 4195, strictPort: true },
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
page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 300)));
page.on('pageerror', (e) => console.log('pageerror', e.message));
const q = process.argv[3] ?? 'backend=cpu&ckpt=20&es=off&steps=100000';
await page.goto('http://localhost:4195/?' + q);
await page.getByTestId('backend').waitFor({ timeout: 60000 });
await page.getByRole('button', { name: 'Run' }).click();
const step = async () => Number(await page.getByTestId('step').textContent());
while ((await step()) < 30) await page.waitForTimeout(200);
console.log('reached', await step());
const fault = process.argv[2] ?? 'Worker crash';
if (fault === 'reload') {
  await page.reload();
} else {
  await page.getByLabel('Simulate a fault').selectOption({ label: fault });
  await page.getByRole('button', { name: 'Trigger' }).click();
}
for (let i = 0; i < 12; i++) {
  await page.waitForTimeout(1000);
  const rec = await page
    .getByTestId('recovery')
    .textContent()
    .catch(() => null);
  console.log(
    't',
    i,
    'step',
    await step().catch(() => -1),
    'loss',
    await page.getByTestId('train-loss').textContent(),
    'recovery',
    rec?.slice(0, 120),
  );
}
await page.screenshot({ path: '/tmp/crash.png' });
await browser.close();
server.httpServer.close();
