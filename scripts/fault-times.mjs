// Causes each fault once during run mode and prints the incident the timeline records:
// steps redone and time lost (detection + restart + redoing the steps since the checkpoint).
// Usage (after a build): node scripts/fault-times.mjs [backend]   (default webgpu)
import { withLab } from './browser.mjs';

const backend = process.argv[2] ?? 'webgpu';
const FAULTS = {
  'Worker crash': 'workerCrash',
  'GPU device lost': 'deviceLost',
  'Page reload': 'pageReload',
  'NaN in the weights': 'nanWeights',
};
await withLab(4193, async (browser, base) => {
  for (const [label, kind] of Object.entries(FAULTS)) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${base}?backend=${backend}&ckpt=50&es=off&steps=100000`);
    await page.getByTestId('backend').waitFor({ timeout: 90_000 });
    await page.getByTestId('run-button').click();
    const step = async () => Number(await page.getByTestId('step').textContent());
    while ((await step()) < 75) await page.waitForTimeout(100);
    if (kind === 'pageReload') await page.reload();
    else {
      await page.getByLabel('Simulate a fault').selectOption({ label });
      await page.getByRole('button', { name: 'Trigger' }).click();
    }
    const event = page.locator(`[data-testid="timeline-event"][data-kind="${kind}"]`);
    await event.waitFor({ timeout: 180_000 });
    console.log(`${backend} · ${label}: ${(await event.innerText()).replace(/\s+/g, ' ')}`);
    await page.close();
  }
});
