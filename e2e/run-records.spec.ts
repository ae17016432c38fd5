/**
 * The cost of a run and its model card: after a short run the cost panel shows the formulas
 * with the run's numbers and follows its edited assumptions; the model card downloads as
 * Markdown and as standalone HTML with every section and the run's numbers.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from './lab-page';

const SECTIONS = [
  'Model details',
  'Intended use',
  'Factors',
  'Metrics',
  'Evaluation data',
  'Training data',
  'Quantitative analyses',
  'Ethical considerations',
  'Caveats and recommendations',
];

test('cost of a run and model card export', async ({ lab, page }) => {
  await lab.goto({ steps: 20 });
  await lab.waitReady();
  await lab.run();
  await expect(page.getByTestId('stop-reason')).toBeVisible({ timeout: 120_000 });

  const cost = page.getByTestId('run-cost');
  const formula = cost.getByTestId('cost-formula');
  await expect(formula).toContainText('× 20 steps');
  await expect(formula).toContainText('× 475 g/kWh');
  await expect(cost.getByTestId('cost-gpt3')).toContainText('this run is 10⁻');
  await cost.getByLabel('Grid').selectOption({ label: 'France' });
  await expect(formula).toContainText('× 56 g/kWh');
  await cost.getByTestId('cost-power').fill('abc');
  await expect(cost.getByRole('alert')).toContainText('Power (W): enter a positive number.');
  await expect(formula).toHaveCount(0);
  await cost.getByTestId('cost-power').fill('450');
  await expect(formula).toContainText('450 W ×');

  const save = async (name: string) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name }).click(),
    ]);
    return readFile(await download.path(), 'utf8');
  };
  const md = await save('Export model card (Markdown)');
  const html = await save('Export model card (HTML)');
  for (const title of SECTIONS) {
    expect(md).toContain(`\n## ${title}\n`);
    expect(html).toContain(`<h2>${title}</h2>`);
  }
  expect(md).toContain('20 optimizer steps');
  expect(md).toContain('at 450 W, PUE 1, grid 56 gCO2e/kWh');
  expect(html).not.toMatch(/<script|<link|src=/i);
  expect(lab.errors).toEqual([]);
});
