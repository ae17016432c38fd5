// Screenshots of the production build at desktop (1440×900) and projector (1280×720) sizes.
// Usage (after `npx vite build`): node scripts/screenshots.mjs [query] [outDir]
// Steps through the nine phases, then runs briefly, saving a picture of each state.
import { mkdirSync } from 'node:fs';
import { withLab } from './browser.mjs';

const query = process.argv[2] ?? '';
const out = process.argv[3] ?? 'screenshots';
const port = 4199;
mkdirSync(out, { recursive: true });

await withLab(port, async (browser, base) => {
  for (const [w, h, name] of [
    [1440, 900, 'desktop'],
    [1280, 720, 'projector'],
  ]) {
    const page = await browser.newPage({ viewport: { width: w, height: h } });
    page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
    await page.goto(`${base}${query}`);
    await page.getByTestId('backend').waitFor({ timeout: 60_000 });
    await page.getByTestId('next-phase-button').waitFor();
    await page.screenshot({ path: `${out}/${name}-0-start.png` });
    // One full cycle: the page names each phase as it runs (data-testid="phase", its id in data-phase).
    for (let i = 0; i < 9; i++) {
      const step = await page.getByTestId('step').textContent();
      const before = await page.getByTestId('phase').getAttribute('data-phase');
      await page.getByTestId('next-phase-button').click();
      await page.waitForFunction(
        ([was, wasStep]) =>
          document.querySelector('[data-testid="phase"]')?.getAttribute('data-phase') !== was ||
          document.querySelector('[data-testid="step"]')?.textContent !== wasStep,
        [before, step],
        { timeout: 60_000 },
      );
      const p = await page.getByTestId('phase').getAttribute('data-phase');
      await page.waitForTimeout(300);
      await page.screenshot({
        path: `${out}/${name}-${i + 1}-${p}.png`,
        fullPage: name === 'desktop',
      });
    }
    await page.getByTestId('run-button').click();
    await page.waitForTimeout(15_000);
    await page.screenshot({ path: `${out}/${name}-9-running.png` });
    const pause = page.getByTestId('pause-button');
    if (await pause.isEnabled()) await pause.click();
    await page.close();
  }
});
