/**
 * Stopping criteria and early warnings in a real browser. These run on the cpu backend:
 * they are about when and why a run ends, not about the GPU, and the small model trains
 * fast there, so each spec takes a few seconds.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './lab-page';

function timelineEvent(page: Page, kind: string) {
  return page.locator(`[data-testid="timeline-event"][data-kind="${kind}"]`);
}

test('the stopping panel shows each criterion’s live state', async ({ lab }) => {
  await lab.goto({ backend: 'cpu', patience: 5, time: 600 });
  await lab.waitReady();
  await lab.fullCycle();
  const panel = lab.phasePanel('stopping');
  await expect(panel).toContainText('Early stopping on val_loss (min)');
  await expect(panel).toContainText(/patience 0\/5, best \d\.\d{4} at step 1/);
  await expect(panel).toContainText('step 1 of 3000');
  await expect(panel).toContainText(/s of 600 s trained/);
  await expect(panel.getByRole('meter').first()).toBeVisible();
});

test('early stopping ends a run, says why, and restores the best weights', async ({ lab }) => {
  // Evaluations at steps 5, 10, 15: with a min delta of 0.5 only the first counts as an
  // improvement, so patience 2 runs out at step 15.
  await lab.goto({ backend: 'cpu', eval: 5, patience: 2, mindelta: 0.5, restore: 'on' });
  await lab.waitReady();
  await lab.run();
  await expect(lab.stopReason).toBeVisible({ timeout: 30_000 });
  await expect(lab.stopReason).toContainText(
    'Early stopping: val_loss has not improved by more than 0.5 for 2 evaluations (patience 2)',
  );
  await expect(lab.stopReason).toContainText('Restored the best weights, from step 5.');
  expect(await lab.step()).toBe(15);
  await expect(lab.button('Run')).toBeDisabled();
  expect(lab.errors).toEqual([]);
});

test('a huge learning rate shows a divergence warning in the timeline', async ({ lab, page }) => {
  await lab.goto({ backend: 'cpu', opt: 'sgd', lr: 8 });
  await lab.waitReady();
  await expect(page.getByTestId('timeline')).toBeAttached();
  await lab.run();
  const warning = timelineEvent(page, 'divergence');
  await expect(warning).toBeVisible({ timeout: 30_000 });
  await expect(warning).toContainText('Divergence');
  await expect(warning).toContainText(/the initial 0\.\d+/);
  await expect(warning).toContainText(/learning rate/);
  if (await lab.button('Pause').isEnabled()) await lab.pause();
  expect(lab.errors).toEqual([]);
});

test('max training time stops a run', async ({ lab }) => {
  await lab.goto({ backend: 'cpu', time: 2, es: 'off', steps: 1_000_000, epochs: 100_000 });
  await lab.waitReady();
  const started = Date.now();
  await lab.run();
  await expect(lab.stopReason).toBeVisible({ timeout: 30_000 });
  await expect(lab.stopReason).toContainText(/Reached the max training time \(2 s\) after 2\.\d s/);
  expect(Date.now() - started).toBeGreaterThan(2000);
  expect(await lab.step()).toBeGreaterThan(10);
  expect(lab.errors).toEqual([]);
});
