/**
 * The techniques' sidebar fields: a schedule's parameters appear with their schedule, its
 * shape is plotted, a setting that cannot work is refused at its own field, and AdamW with
 * weight decay trains.
 */
import { expect, test } from './lab-page';

test('a warm-up longer than the run is refused at its field', async ({ lab }) => {
  await lab.goto({ steps: 50 });
  await lab.waitReady();
  await expect(lab.field('Warm-up steps')).toHaveCount(0);
  await expect(lab.page.getByTestId('schedule-plot')).toBeVisible();
  await lab.setField('Learning-rate schedule', 'warmupCosine');
  await lab.setField('Warm-up steps', '100');
  await expect(lab.fieldError('Warm-up steps')).toContainText('not shorter than the run (50');
  await expect(lab.button('Run')).toBeDisabled();
  await expect(lab.page.getByTestId('schedule-plot')).toHaveCount(0);
  await lab.setField('Warm-up steps', '10');
  await expect(lab.fieldError('Warm-up steps')).toHaveCount(0);
  await expect(lab.button('Run')).toBeEnabled();
  await expect(lab.page.getByTestId('schedule-plot')).toBeVisible();
  expect(lab.errors).toEqual([]);
});

test('AdamW with weight decay trains', async ({ lab }) => {
  await lab.goto({ opt: 'adamw', wd: 0.01, steps: 10 });
  await lab.waitReady();
  await expect(lab.field('Optimizer')).toHaveValue('adamw');
  await expect(lab.field('Weight decay')).toHaveValue('0.01');
  await lab.run();
  await lab.waitForStep(10);
  expect(Number.isFinite(await lab.trainLoss())).toBe(true);
  expect(lab.errors).toEqual([]);
});
