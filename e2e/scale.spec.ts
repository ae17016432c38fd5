/**
 * The Scale view: its memory breakdown follows the formulas as the batch size (sidebar) and
 * the precision (the view's assumptions) change: activations = values per example × batch ×
 * bytes per value, weights = parameters × bytes per weight, Adam's state 8 or 12 bytes per
 * parameter.
 */
import type { Locator } from '@playwright/test';
import { expect, test } from './lab-page';

const bytesOf = async (cell: Locator) => Number(await cell.getAttribute('data-bytes'));

test('scale view: memory breakdown follows batch size and precision', async ({ lab, page }) => {
  await lab.goto({ bs: 16, opt: 'adam' });
  await lab.waitReady();
  const scale = page.getByTestId('scale');
  await scale.locator('summary').click();
  const memory = scale.getByTestId('scale-memory');
  await expect(memory).toBeVisible();
  const acts = memory.getByTestId('scale-activations');
  const weights = memory.getByTestId('scale-weights');
  const optimizer = memory.getByTestId('scale-optimizer');
  await expect(acts).toHaveAttribute('data-bytes', /^[1-9]\d*$/);
  const acts16 = await bytesOf(acts);
  const weights32 = await bytesOf(weights);
  // fp32 Adam: m and v, 8 bytes per parameter against 4 for the weights.
  expect(await bytesOf(optimizer)).toBe(2 * weights32);
  await expect(memory.getByTestId('scale-memory-formula')).toContainText('batch 16 × 4 B');
  await expect(scale.getByTestId('scale-measured')).toContainText('tf.memory() reports');

  await lab.setField('Batch size', '32');
  await lab.reset();
  await expect(memory.getByTestId('scale-memory-formula')).toContainText('batch 32 × 4 B');
  expect(await bytesOf(acts)).toBe(2 * acts16);
  expect(await bytesOf(weights)).toBe(weights32);

  await scale.getByTestId('scale-precision').selectOption('bf16');
  await expect(memory.getByTestId('scale-memory-formula')).toContainText('batch 32 × 2 B');
  // Mixed precision: 2-byte activations and weights, fp32 master weights + m + v = 12 B/param.
  expect(await bytesOf(acts)).toBe(acts16);
  expect(await bytesOf(weights)).toBe(weights32 / 2);
  expect(await bytesOf(optimizer)).toBe(3 * weights32);
  await expect(scale.getByTestId('scale-ladder')).toContainText('GPT-3');

  // A bad assumption is reported at its field and the estimates wait for a valid one.
  await scale.getByTestId('scale-workers').fill('0');
  await expect(scale.getByRole('alert')).toContainText('Workers: enter a whole number');
  await expect(memory).toHaveCount(0);
  await scale.getByTestId('scale-workers').fill('64');
  await expect(scale.getByTestId('scale-parallel-formula')).toContainText('N = 64:');
  expect(await bytesOf(acts)).toBe(acts16);
  expect(lab.errors).toEqual([]);
});
