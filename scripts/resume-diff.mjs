// Measures how exactly a run resumes from a checkpoint on a backend (default webgpu):
// trains 60 steps with checkpoints every 20, restores the one at step 20, trains to 60 again,
// and compares the per-step losses of steps 21–60 of both passes (read from the checkpoints'
// own metric history). Usage (after a build): node scripts/resume-diff.mjs [backend]
import { readFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS } from './browser.mjs';

const backend = process.argv[2] ?? 'webgpu';
const server = await preview({ preview: { port: 4194, strictPort: true }, logLevel: 'silent' });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage({
  viewport: { width: 1440, height: 900 },
  acceptDownloads: true,
});
const step = async () => Number(await page.getByTestId('step').textContent());
const until = async (pred) => {
  while (!(await pred())) await page.waitForTimeout(200);
};
async function historyOfCheckpoint(s) {
  await page
    .getByRole('button', { name: /Checkpoint/ })
    .first()
    .click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `Download checkpoint at step ${s}` }).click(),
  ]);
  const text = await readFile(await download.path(), 'utf8');
  const { record } = JSON.parse(text);
  const { steps, values } = record.history.trainLoss;
  const losses = new Map(steps.map((st, i) => [st, values[i]]));
  return Object.assign(losses, { createdAt: record.createdAt });
}
try {
  await page.goto(`http://localhost:4194/?backend=${backend}&steps=60&ckpt=20&es=off&readback=1`);
  await page.getByTestId('backend').waitFor({ timeout: 90_000 });
  await page.getByTestId('run-button').click();
  await until(
    async () => (await step()) >= 60 && (await page.getByTestId('stop-reason').count()) > 0,
  );
  const a = await historyOfCheckpoint(60);
  await page.getByRole('button', { name: 'Restore checkpoint at step 20' }).click();
  await until(async () => (await step()) === 20);
  await page.getByTestId('run-button').click();
  await until(
    async () => (await step()) >= 60 && (await page.getByTestId('stop-reason').count()) > 0,
  );
  const b = await historyOfCheckpoint(60);
  if (a.createdAt === b.createdAt) throw new Error('the second pass wrote no new checkpoint');
  let maxAbs = 0;
  let equal = 0;
  for (let s = 21; s <= 60; s++) {
    const d = Math.abs(a.get(s) - b.get(s));
    if (d === 0) equal++;
    maxAbs = Math.max(maxAbs, d);
  }
  console.log(
    `${backend}: steps 21–60 after resuming from step 20: ${equal}/40 losses bit-identical, max |Δloss| = ${maxAbs.toExponential(2)}`,
  );
} finally {
  await browser.close();
  server.httpServer.close();
}
