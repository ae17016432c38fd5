/**
 * Studies planned in the Studies view's form and trained by the real runner (its own engine
 * worker, WebGPU on SwiftShader here), read as figures: a learning-rate sweep's table and
 * scatter with "Open" taking the best run's config into the sidebar; an ablation's bars with
 * their seed spread; a scaling study's log–log fit of the names model. Short runs (tens of
 * steps): the figures are what is tested, not the models.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './lab-page';

/** Opens the Studies view (a <details> card) if it is closed. */
async function openStudies(page: Page) {
  const view = page.getByTestId('studies-view');
  if ((await view.getAttribute('open')) === null) await view.locator('summary').click();
  return view;
}

/** The final validation loss and learning rate of every run the history stored. */
function storedRuns(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ learningRate: number; valLoss: number | null }[]>((resolve, reject) => {
        const open = indexedDB.open('training-run-lab-runs');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('runs', 'readonly').objectStore('runs').getAll();
          get.onsuccess = () => {
            resolve(
              get.result.map(
                (r: { config: { learningRate: number }; final: { valLoss: number | null } }) => ({
                  learningRate: r.config.learningRate,
                  valLoss: r.final.valLoss,
                }),
              ),
            );
            db.close();
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

/** Waits until the study's every run is done; returns the seconds it took from `t0`. */
async function finished(page: Page, runs: number, t0: number, timeout: number) {
  const item = page.getByTestId('study-item');
  await expect(item.getByTestId('study-runs-done')).toContainText(`${runs} of ${runs}`, {
    timeout,
  });
  await expect(item.getByTestId('study-progress')).toHaveAttribute('data-state', 'done');
  const s = (Date.now() - t0) / 1000;
  return s;
}

test('a 4-run learning-rate sweep: table, scatter, and Open takes the best run into the sidebar', async ({
  lab,
  page,
}) => {
  test.setTimeout(400_000);
  // The sidebar's learning rate is none of the sweep's, so Open visibly changes it.
  await lab.goto({ lr: 0.001, eval: 10 });
  await lab.waitReady();
  const view = await openStudies(page);
  const form = view.getByTestId('study-form');
  await form.getByTestId('study-add-parameter').selectOption('learningRate');
  await form.getByTestId('study-input-param:learningRate:values').fill('0.003 0.01 0.03 0.3');
  await form.getByTestId('study-input-stepsPerRun').fill('30');
  await expect(form.getByTestId('study-planned')).toContainText('4 runs planned, 30 steps each.');
  const t0 = Date.now();
  await form.getByTestId('study-start').click();
  const s = await finished(page, 4, t0, 360_000);
  console.log(`sweep: 4 runs × 30 steps in ${s.toFixed(0)} s`);

  const results = view.getByTestId('sweep-results');
  await expect(results.getByTestId('sweep-row')).toHaveCount(4);
  const scatter = results.getByTestId('sweep-scatter');
  await expect(scatter).toHaveCount(1);
  await expect(scatter).toHaveAttribute('data-axis', 'learningRate');
  await expect(scatter).toHaveAttribute('data-log', 'true');
  await expect(scatter.locator('.recharts-scatter-symbol')).toHaveCount(4);
  await expect(results.locator('[data-testid="sweep-row"][data-best="true"]')).toHaveCount(1);

  // The best run by the stored records themselves: the lowest final validation loss.
  const stored = await storedRuns(page);
  expect(stored).toHaveLength(4);
  const best = stored
    .filter((r) => r.valLoss !== null)
    .reduce((a, b) => ((b.valLoss as number) < (a.valLoss as number) ? b : a));
  await results.getByTestId('sweep-open-best').click();
  await expect
    .poll(async () => Number(await page.locator('#field-learningRate').inputValue()))
    .toBe(best.learningRate);

  // The view with its form, progress and results has no accessibility violation.
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .include('[data-testid="studies-view"]')
    .analyze();
  expect(violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual(
    [],
  );
  expect(lab.errors).toEqual([]);
});

test('an ablation of two components over 3 seeds: bars with the seeds’ spread', async ({
  lab,
  page,
}) => {
  test.setTimeout(500_000);
  await lab.goto({ eval: 10 });
  await lab.waitReady();
  const view = await openStudies(page);
  const form = view.getByTestId('study-form');
  await form.getByTestId('study-kind-ablation').check();
  // The default 2-D points model has 2 hidden layers and noisy data: both can be taken away.
  await form.getByTestId('study-preset-hiddenLayer').check();
  await form.getByTestId('study-preset-noise').check();
  await form.getByTestId('study-input-seeds').fill('1 2 3');
  await form.getByTestId('study-input-stepsPerRun').fill('20');
  // The base and each of the 2 variants, with each of the 3 seeds.
  await expect(form.getByTestId('study-planned')).toContainText('9 runs planned, 20 steps each.');
  const t0 = Date.now();
  await form.getByTestId('study-start').click();
  const s = await finished(page, 9, t0, 460_000);
  console.log(`ablation: 9 runs × 20 steps in ${s.toFixed(0)} s`);

  const chart = view.getByTestId('ablation-chart');
  // A bar per component, a whisker of ± one standard deviation on each, a dot per seed.
  await expect(chart.locator('.recharts-bar-rectangle')).toHaveCount(2);
  await expect(chart.locator('.recharts-errorBar')).toHaveCount(2);
  await expect(chart.locator('.recharts-scatter-symbol')).toHaveCount(6);
  const sentences = view.getByTestId('ablation-sentence');
  await expect(sentences).toHaveCount(2);
  for (const i of [0, 1])
    await expect(sentences.nth(i)).toHaveAttribute('data-significant', /^(true|false)$/);
  expect(lab.errors).toEqual([]);
});

test('a scaling study of the names model fits an exponent on log–log axes', async ({
  lab,
  page,
}) => {
  test.setTimeout(500_000);
  // The names task with its MLP in the sidebar: the study's base.
  await lab.goto({ task: 'names', model: 'mlp', eval: 10 });
  await lab.waitReady();
  const view = await openStudies(page);
  const form = view.getByTestId('study-form');
  await form.getByTestId('study-kind-scaling').check();
  await expect(form.getByTestId('study-scaling-task')).toHaveValue('names');
  await expect(form.getByTestId('study-model-field')).toHaveValue('units');
  await expect(form.getByTestId('study-data-field')).toHaveValue('maxSteps');
  // Four widths (a fit of a, α and c needs 4 sizes), each trained for 40 steps.
  await form.getByTestId('study-input-modelSizes').fill('4 8 16 32');
  await form.getByTestId('study-input-dataSizes').fill('40');
  await expect(form.getByTestId('study-planned')).toContainText('4 runs planned');
  const t0 = Date.now();
  await form.getByTestId('study-start').click();
  const s = await finished(page, 4, t0, 460_000);

  const exponent = view.getByTestId('scaling-exponent-parameters');
  await expect(exponent).toHaveAttribute('data-fitted', 'true');
  const text = (await exponent.textContent()) ?? '';
  const alpha = Number(/α_N = (-?[\d.]+)/.exec(text)?.[1]);
  console.log(`scaling: 4 runs (units 4–32, 40 steps) in ${s.toFixed(0)} s; ${text}`);
  expect(Number.isFinite(alpha)).toBe(true);
  // The log–log chart along the parameters: a point per size and the fitted curve.
  const chart = view.getByTestId('scaling-chart-parameters');
  await expect(chart.locator('.recharts-scatter-symbol')).toHaveCount(4);
  await expect(chart.locator('.recharts-line-curve')).toHaveCount(1);
  expect(lab.errors).toEqual([]);
});
