// Screenshots of the study views on synthetic studies (studies-preview.html) at desktop
// (1440×900) and projector (1280×720) sizes, in English and German.
// Usage (after `npx vite build`): node scripts/study-screenshots.mjs [outDir]
import { mkdirSync } from 'node:fs';
import { withLab } from './browser.mjs';

const out = process.argv[2] ?? 'screenshots/studies';
mkdirSync(out, { recursive: true });

await withLab(4198, async (browser, base) => {
  for (const [w, h, size] of [
    [1440, 900, 'desktop'],
    [1280, 720, 'projector'],
  ]) {
    for (const lang of ['en', 'de']) {
      const page = await browser.newPage({ viewport: { width: w, height: h } });
      page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
      page.on('pageerror', (e) => console.log('page error:', e.message));
      for (const kind of ['sweep', 'ablation', 'scaling', 'form']) {
        await page.goto(`${base}studies-preview.html?kind=${kind}&lang=${lang}`);
        await page
          .getByTestId(kind === 'form' ? 'study-form' : 'study-results')
          .waitFor({ timeout: 30_000 });
        await page.waitForTimeout(500);
        await page.screenshot({ path: `${out}/${size}-${lang}-${kind}.png`, fullPage: true });
      }
      // The form's other kinds, each with a choice made.
      await page.getByTestId('study-add-parameter').selectOption('learningRate');
      await page.getByTestId('study-kind-random').check();
      await page.screenshot({ path: `${out}/${size}-${lang}-form-random.png`, fullPage: true });
      await page.getByTestId('study-kind-ablation').check();
      await page.getByTestId('study-preset-momentum').check();
      await page.getByTestId('study-input-seeds').fill('1 2');
      await page.screenshot({ path: `${out}/${size}-${lang}-form-ablation.png`, fullPage: true });
      await page.getByTestId('study-kind-scaling').check();
      await page.screenshot({ path: `${out}/${size}-${lang}-form-scaling.png`, fullPage: true });
      await page.close();
    }
  }
});
