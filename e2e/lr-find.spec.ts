/**
 * The learning-rate finder on WebGPU: a short sweep suggests a rate without training the run,
 * and "Use this rate" puts it into the learning-rate field, which applies it live.
 */
import { expect, test } from './lab-page';

test('the finder suggests a learning rate and Use this rate sets the field', async ({ lab }) => {
  await lab.goto({ data: 'gaussians', opt: 'adam', lr: 0.001, steps: 200 });
  await lab.waitReady();
  await expect(lab.backendBadge).toHaveText('webgpu');
  const finder = lab.page.getByTestId('lr-finder');
  // A short sweep: 30 steps from 1e-4 to 100 (SwiftShader is slow).
  await finder.getByText('Sweep settings').click();
  await finder.getByLabel('From', { exact: true }).fill('1e-4');
  await finder.getByLabel('To', { exact: true }).fill('100');
  await finder.getByLabel('Steps', { exact: true }).fill('11');
  await expect(finder.getByRole('alert')).toContainText('from 12 to 1,000');
  await expect(finder.getByRole('button', { name: 'Find learning rate' })).toBeDisabled();
  await finder.getByLabel('Steps', { exact: true }).fill('30');
  await expect(finder.getByRole('alert')).toHaveCount(0);
  await finder.getByRole('button', { name: 'Find learning rate' }).click();
  const use = finder.getByRole('button', { name: 'Use this rate' });
  await expect(use).toBeVisible({ timeout: 120_000 });
  await expect(finder.getByTestId('lr-find-chart')).toBeVisible();
  // The run itself was not trained.
  expect(await lab.step()).toBe(0);
  const shown = (await finder.getByTestId('lr-find-suggestion').textContent()) ?? '';
  const suggested = Number(shown.replace(/^[^\d]*/, '').replace('\u2212', '-'));
  expect(suggested).toBeGreaterThan(1e-4);
  expect(suggested).toBeLessThan(100);
  await use.click();
  const field = lab.field('Learning rate');
  await expect(field).not.toHaveValue('0.001');
  expect(Number(await field.inputValue())).toBeCloseTo(suggested, 12);
  await expect(lab.fieldError('Learning rate')).toHaveCount(0);
  // Applied live, as if typed: the engine's learning rate is the suggestion.
  await expect
    .poll(async () =>
      Number((await lab.page.getByTestId('learning-rate').textContent())?.replace('\u2212', '-')),
    )
    .toBeCloseTo(suggested, 12);
  // While the run trains the finder waits, and says why.
  await lab.run();
  await expect(finder.getByRole('button', { name: 'Find learning rate' })).toBeDisabled();
  await expect(finder).toContainText('Pause the run first');
  expect(lab.errors).toEqual([]);
});
