/**
 * The guided tour: opened from the top bar, it steps through its stops with the keyboard, and
 * a stop's button takes the student to the place on the live run: the weight update opens the
 * update panel, the learning-rate schedule focuses and highlights its sidebar field, and the
 * scaling-law and ablation stops open the Studies view's form on their kind of study.
 */
import { expect, test } from './lab-page';

test('the tour opens phase panels and highlights sidebar fields', async ({ lab }) => {
  const { page } = lab;
  await lab.goto('');
  await lab.waitReady();
  await page.getByRole('button', { name: 'Tour' }).click();
  const tour = page.getByRole('dialog', { name: 'Guided tour' });
  await expect(tour).toBeVisible();
  await expect(tour.getByTestId('tour-title')).toHaveText('Initialisation');

  // Next, by keyboard, to the weight update (stop 6): it opens the update panel.
  const next = tour.getByRole('button', { name: /Next/ });
  await next.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('Enter');
  await expect(tour.getByTestId('tour-title')).toHaveText('Weight update');
  await expect(tour).toContainText('Stop 6 of 35');
  await expect(lab.phasePanel('update')).toHaveCount(0);
  await tour.getByRole('button', { name: 'Show it on the live run' }).click();
  await expect(lab.phasePanel('update')).toBeVisible();
  await expect(lab.phasePanel('update')).toHaveClass(/tour-highlight/);
  const rail = page.getByRole('navigation', { name: 'Phases of a training step' });
  await expect(rail.locator('[aria-current="step"]')).toContainText('Update');

  // The chapter picker, then the stop: the learning-rate schedule's field is focused.
  await tour.getByLabel('Chapter').selectOption({ label: '3. Optimisation and efficiency' });
  await tour.getByLabel('Stop', { exact: true }).selectOption({ label: 'Learning-rate schedules' });
  await tour.getByRole('button', { name: 'Show it on the live run' }).click();
  const field = page.locator('#field-lrSchedule');
  await expect(field).toBeFocused();
  await expect(page.locator('.field', { has: field })).toHaveClass(/tour-highlight/);

  // Compute resources unfolds the Scale view.
  await tour.getByLabel('Chapter').selectOption({ label: '2. Technical aspects' });
  await expect(tour.getByTestId('tour-title')).toHaveText('Compute resources');
  await expect(page.getByTestId('scale')).not.toHaveAttribute('open');
  await tour.getByRole('button', { name: 'Show it on the live run' }).click();
  await expect(page.getByTestId('scale')).toHaveAttribute('open');
  await expect(page.getByTestId('scale-hardware')).toBeVisible();

  // Scaling laws unfolds the Studies view with its form set to a scaling study; Ablation
  // studies sets it to an ablation.
  await tour.getByLabel('Chapter').selectOption({ label: '5. Research and industry practice' });
  await tour.getByLabel('Stop', { exact: true }).selectOption({ label: 'Scaling laws' });
  await expect(tour.getByTestId('tour-coming')).toHaveCount(0);
  await expect(page.getByTestId('studies-view')).not.toHaveAttribute('open');
  await tour.getByRole('button', { name: 'Show it on the live run' }).click();
  await expect(page.getByTestId('studies-view')).toHaveAttribute('open');
  await expect(page.getByTestId('study-kind-scaling')).toBeChecked();
  await expect(page.getByTestId('study-sizes')).toHaveClass(/tour-highlight/);
  await tour.getByLabel('Stop', { exact: true }).selectOption({ label: 'Ablation studies' });
  await tour.getByRole('button', { name: 'Show it on the live run' }).click();
  await expect(page.getByTestId('study-kind-ablation')).toBeChecked();
  await expect(page.getByTestId('study-components')).toBeVisible();

  // Escape closes it and gives the focus back to the Tour button.
  await tour.getByLabel('Chapter').focus();
  await page.keyboard.press('Escape');
  await expect(tour).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Tour' })).toBeFocused();
  expect(lab.errors).toEqual([]);
});
