// Screenshots of the app's Studies view with real studies (a learning-rate sweep, an ablation
// over 3 seeds, a names-model scaling study, all short) at 1440×900, 1280×720 and 1024×768,
// in English and German: the form, then each study's results.
// Usage (after `npx vite build`): node scripts/study-view-screenshots.mjs [outDir]
import { mkdirSync } from 'node:fs';
import { withLab } from './browser.mjs';

const out = process.argv[2] ?? 'screenshots/study-view';
mkdirSync(out, { recursive: true });
const SIZES = [
  [1440, 900, 'desktop'],
  [1280, 720, 'projector'],
  [1024, 768, 'small'],
];

/** Plans a study in the form with `fill` and waits until its every run is done. */
async function runStudy(view, fill, count) {
  const form = view.getByTestId('study-form');
  const items = view.getByTestId('study-item');
  const before = await items.count();
  await fill(form);
  const t0 = Date.now();
  await form.getByTestId('study-start').click();
  // The newest study is listed first.
  await items.nth(before).waitFor();
  await items
    .nth(0)
    .locator('[data-testid="study-progress"][data-state="done"]')
    .waitFor({ timeout: 600_000 });
  console.log(`study of ${count} runs done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

await withLab(4197, async (browser, base) => {
  for (const lang of ['en', 'de']) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
    page.on('pageerror', (e) => console.log('page error:', e.message));
    await page.goto(`${base}?lang=${lang}&eval=10`);
    await page.getByTestId('backend').waitFor({ timeout: 90_000 });
    const view = page.getByTestId('studies-view');
    await view.locator('summary').click();
    await runStudy(
      view,
      async (form) => {
        await form.getByTestId('study-add-parameter').selectOption('learningRate');
        await form.getByTestId('study-input-param:learningRate:values').fill('0.003 0.01 0.03 0.3');
        await form.getByTestId('study-input-stepsPerRun').fill('30');
      },
      4,
    );
    await runStudy(
      view,
      async (form) => {
        await form.getByTestId('study-kind-ablation').check();
        await form.getByTestId('study-preset-hiddenLayer').check();
        await form.getByTestId('study-preset-noise').check();
        await form.getByTestId('study-input-stepsPerRun').fill('20');
      },
      9,
    );
    await runStudy(
      view,
      async (form) => {
        await form.getByTestId('study-kind-scaling').check();
        await form.getByTestId('study-input-modelSizes').fill('4 8 16 32');
        await form.getByTestId('study-input-dataSizes').fill('40');
      },
      4,
    );
    await page.waitForTimeout(500);
    for (const [w, h, size] of SIZES) {
      await page.setViewportSize({ width: w, height: h });
      await page.waitForTimeout(400);
      await view.getByTestId('study-form').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${out}/${size}-${lang}-form.png` });
      const items = view.getByTestId('study-item');
      for (let i = 0; i < 3; i++) {
        const kind = await items.nth(i).getByTestId('study-results').getAttribute('data-kind');
        await items.nth(i).screenshot({ path: `${out}/${size}-${lang}-${kind}.png` });
      }
    }
    await page.close();
  }
});
