/**
 * The study views on synthetic studies (studies-preview.html, src/data/study/fixtures.ts):
 * a sweep's table, scatter and parallel coordinates with "Open" taking the best config; an
 * ablation's bars with their seed spread and sentences; a scaling study's log–log fits; a
 * study given to the page with runs still to come; and the form refusing a bad study at the
 * field and handing over a good one. No training: the views are pure data → charts.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sweepFixture } from '../src/data/study/fixtures';

const preview = (query: string) => `/studies-preview.html?${query}`;

// No page error and no console error (a policy violation among them) in any of the views.
let errors: string[] = [];
test.beforeEach(({ page }) => {
  errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
});
test.afterEach(() => expect(errors).toEqual([]));

test('sweep: sorted table with the best highlighted, scatters, parallel coordinates, Open', async ({
  page,
}) => {
  await page.goto(preview('kind=sweep'));
  const results = page.getByTestId('sweep-results');
  await expect(results.getByTestId('sweep-row')).toHaveCount(10);
  const best = results.locator('[data-testid="sweep-row"][data-best="true"]');
  await expect(best).toHaveCount(1);
  await expect(best.getByTestId('sweep-metric')).toHaveText('0.25');
  // Sorted by loss, best first; a second click on the heading turns the order round.
  await expect(results.getByTestId('sweep-metric').first()).toHaveText('0.25');
  await results.getByTestId('sweep-sort-metric').click();
  await expect(results.getByTestId('sweep-metric').first()).toHaveText('0.42');
  // One scatter per swept parameter, the learning rate's on a log axis, one point per run.
  const scatters = results.getByTestId('sweep-scatter');
  await expect(scatters).toHaveCount(2);
  await expect(scatters.first()).toHaveAttribute('data-axis', 'learningRate');
  await expect(scatters.first()).toHaveAttribute('data-log', 'true');
  await expect(scatters.nth(1)).toHaveAttribute('data-log', 'false');
  await expect(scatters.first().locator('.recharts-scatter-symbol')).toHaveCount(10);
  // A line per run across the parameters' axes and the metric's.
  await expect(results.getByTestId('sweep-parallel').locator('.recharts-line-curve')).toHaveCount(
    10,
  );
  await results.getByTestId('sweep-open-best').click();
  const opened = JSON.parse((await page.getByTestId('preview-opened').textContent()) ?? '{}');
  expect(opened).toMatchObject({ task: 'classify2d', learningRate: 0.01, batchSize: 32 });
  await expect(page.getByTestId('study-cost-total')).toContainText('10 runs');
});

test('ablation: bars with seed spread and a sentence per component', async ({ page }) => {
  await page.goto(preview('kind=ablation'));
  const chart = page.getByTestId('ablation-chart');
  await expect(chart.locator('.recharts-bar-rectangle')).toHaveCount(3);
  await expect(chart.locator('.recharts-errorBar')).toHaveCount(3);
  // Each seed of each component as a dot: 3 components × 3 seeds.
  await expect(chart.locator('.recharts-scatter-symbol')).toHaveCount(9);
  const sentences = page.getByTestId('ablation-sentence');
  await expect(sentences).toHaveCount(3);
  await expect(sentences.nth(0)).toHaveAttribute('data-significant', 'true');
  await expect(sentences.nth(1)).toHaveAttribute('data-significant', 'false');
  await expect(sentences.nth(1)).toContainText('within the seed noise');
  await expect(sentences.nth(2)).toContainText('larger than the seed noise');
  // The chart's seeds as CSV: one row per component and seed.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('ablation-results').getByRole('button', { name: /CSV/ }).click(),
  ]);
  const csv = readFileSync((await download.path())!, 'utf8')
    .trim()
    .split('\r\n');
  expect(csv[0]).toBe('component,seed,delta_valLoss');
  expect(csv).toHaveLength(1 + 9);
  expect(csv[1]).toMatch(/^no momentum,1,0\.0\d+$/);
});

test('scaling: log–log fits with exponents, the compute-optimal size, and German', async ({
  page,
}) => {
  await page.goto(preview('kind=scaling'));
  for (const axis of ['parameters', 'data', 'compute']) {
    const chart = page.getByTestId(`scaling-chart-${axis}`);
    await expect(chart.locator('.recharts-scatter-symbol')).toHaveCount(20);
    await expect(chart.locator('.recharts-line-curve')).toHaveCount(1);
    await expect(page.getByTestId(`scaling-exponent-${axis}`)).toHaveAttribute(
      'data-fitted',
      'true',
    );
  }
  // The fixture's law has α = 0.35 along N and β = 0.4 along D.
  await expect(page.getByTestId('scaling-exponent-parameters')).toContainText('α_N = 0.35');
  await expect(page.getByTestId('scaling-exponent-data')).toContainText('α_D = 0.4');
  await expect(page.getByTestId('scaling-optimal').locator('li').first()).toContainText(
    'examples per parameter',
  );
  await expect(page.getByTestId('scaling-small')).toContainText('Chinchilla');

  await page.goto(preview('kind=scaling&lang=de'));
  await expect(page.getByTestId('scaling-results')).toContainText('Ergebnisse der Skalierung');
  await expect(page.getByTestId('scaling-exponent-parameters')).toContainText('α_N = 0,35');
});

test('a study given to the page shows its recorded runs and how many are left', async ({
  page,
}) => {
  const { study, runs } = sweepFixture();
  // Three of ten runs recorded, the best of the grid not among them.
  const some = runs.filter((r) => [0, 1, 2].includes(r.study!.index));
  await page.addInitScript(
    (fixture) => {
      window.__studyPreview = fixture;
    },
    { study, runs: some },
  );
  await page.goto(preview('kind=sweep'));
  await expect(page.getByTestId('study-results-progress')).toHaveText('3 of 10 runs recorded.');
  await expect(page.getByTestId('sweep-row')).toHaveCount(3);
  await expect(page.getByTestId('sweep-best')).toContainText('#3');
});

test('form: a bad study is refused at its field; a good one is handed over', async ({ page }) => {
  await page.goto(preview('kind=form'));
  const form = page.getByTestId('study-form');
  const start = form.getByTestId('study-start');
  // An empty grid: refused at the parameter list.
  await expect(form.getByTestId('study-error-parameters')).toContainText('the list is empty');
  await expect(start).toBeDisabled();

  await form.getByTestId('study-add-parameter').selectOption('learningRate');
  await expect(form.getByTestId('study-error-parameters')).toHaveCount(0);
  const values = form.getByTestId('study-input-param:learningRate:values');
  await values.fill('0.001 0.01 abc');
  await expect(form.getByTestId('study-error-param:learningRate:values')).toContainText(
    '“abc” is not a number.',
  );
  await expect(values).toHaveAttribute('aria-invalid', 'true');
  await expect(start).toBeDisabled();
  await values.fill('0.001 0.003 0.01 0.03');

  // More runs than the budget: refused at the budget.
  await form.getByTestId('study-input-runs').fill('3');
  await expect(form.getByTestId('study-error-runs')).toContainText('4 runs, more than the 3');
  await form.getByTestId('study-input-runs').fill('4');

  // A random range with min above max: refused at the min.
  await form.getByTestId('study-kind-random').check();
  await form.getByTestId('param:learningRate:range').check();
  await form.getByTestId('study-input-param:learningRate:min').fill('0.1');
  await form.getByTestId('study-input-param:learningRate:max').fill('0.01');
  await expect(form.getByTestId('study-error-param:learningRate:min')).toContainText(
    'the minimum 0.1 is above the maximum 0.01',
  );
  await form.getByTestId('study-input-param:learningRate:min').fill('0.0001');
  await form.getByTestId('study-input-stepsPerRun').fill('40');
  await expect(form.getByTestId('study-planned')).toContainText('4 runs planned, 40 steps each.');
  await start.click();
  const started = JSON.parse((await page.getByTestId('preview-started').textContent()) ?? '{}');
  expect(started).toMatchObject({
    kind: 'sweep',
    method: 'random',
    runs: 4,
    stepsPerRun: 40,
    parameters: { learningRate: { min: 0.0001, max: 0.01, distribution: 'logUniform' } },
  });

  // An ablation with two seeds: refused at the seeds.
  await form.getByTestId('study-kind-ablation').check();
  await form.getByTestId('study-preset-momentum').check();
  await form.getByTestId('study-input-seeds').fill('1 2');
  await expect(form.getByTestId('study-error-seeds')).toContainText(
    '2 seeds; an ablation needs 3 to 5',
  );
  await expect(start).toBeDisabled();
});

test('form: a study with runs the sidebar refuses cannot start', async ({ page }) => {
  await page.goto(preview('kind=form'));
  const form = page.getByTestId('study-form');
  await form.getByTestId('study-add-parameter').selectOption('batchSize');
  // 400 points, a fifth held out: a batch of 4096 is larger than the training set.
  await form.getByTestId('study-input-param:batchSize:values').fill('32 4096');
  await expect(form.getByTestId('study-refused').locator('li')).toHaveCount(1);
  await expect(form.getByTestId('study-start')).toBeDisabled();
  await form.getByTestId('study-input-param:batchSize:values').fill('32 64');
  await expect(form.getByTestId('study-refused')).toHaveCount(0);
  await expect(form.getByTestId('study-start')).toBeEnabled();
});

test('no accessibility violation in any view, in English and German', async ({ page }) => {
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
  for (const lang of ['en', 'de'])
    for (const kind of ['sweep', 'ablation', 'scaling', 'form']) {
      await page.goto(preview(`kind=${kind}&lang=${lang}`));
      await page.getByTestId(kind === 'form' ? 'study-form' : 'study-results').waitFor();
      const { violations } = await new AxeBuilder({ page })
        .withTags(tags)
        .include('main')
        .analyze();
      const found = violations.flatMap((v) =>
        v.nodes.map((n) => `${kind} ${lang}: ${v.id}: ${n.target.join(' ')}`),
      );
      expect(found).toEqual([]);
    }
});
