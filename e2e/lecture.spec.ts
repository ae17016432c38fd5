/**
 * Lecture mode (URL present=1 or the top bar's toggle): the sidebar folds away, the keys drive
 * the run, slow motion presses Next phase on its own, and the phase panel and the live curves
 * share one screen at projector sizes.
 */
import type { Page } from '@playwright/test';
import { expect, PHASE_IDS, type PhaseId, test } from './lab-page';

/** The phase panel's heading and the loss chart lie wholly inside the window. */
async function panelBesideCurves(page: Page) {
  await expect(page.locator('.pv-title')).toBeInViewport({ ratio: 1 });
  await expect(page.getByTestId('loss-chart')).toBeInViewport({ ratio: 1 });
}

test('present=1 at 1024×768: no sidebar, the keys drive a whole cycle, panel and curves on one screen', async ({
  lab,
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await lab.goto('present=1');
  await lab.waitReady();
  await expect(page.locator('.sidebar')).toBeHidden();
  // The views a lecture does not show fold away with the sidebar.
  for (const view of ['.scale', '.runs-view', '.studies-view'])
    await expect(page.locator(view)).toBeHidden();
  await expect(page.getByTestId('lecture-keys')).toBeVisible();

  // → and N alternately, each once Next phase is enabled again (keys obey their buttons).
  for (const [i, id] of PHASE_IDS.entries()) {
    await expect(lab.button('Next phase')).toBeEnabled();
    await page.keyboard.press(i % 2 ? 'n' : 'ArrowRight');
    await expect(lab.phaseLabel).toHaveAttribute('data-phase', id);
  }
  await expect(page.getByTestId('phase-change')).toContainText('Stopping');
  await panelBesideCurves(page);

  // 1–9 show a phase's panel.
  await page.keyboard.press('3');
  await expect(lab.phasePanel('forward')).toBeVisible();
  await panelBesideCurves(page);

  // On a focused button below the top bar (the rail's Loss) Space presses that button.
  const rail = page.getByRole('navigation', { name: 'Phases of a training step' });
  await rail.getByRole('button', { name: 'Loss' }).focus();
  await page.keyboard.press('Space');
  await expect(lab.phasePanel('loss')).toBeVisible();
  await expect(lab.button('Pause')).toBeDisabled();

  // Otherwise Space runs and pauses, and never also presses the focused top bar button (Reset).
  await lab.reset();
  await expect(lab.button('Reset')).toBeFocused();
  await expect(lab.button('Next phase')).toBeEnabled();
  await page.keyboard.press('Space');
  await lab.waitForStep(3, 90_000);
  await page.keyboard.press('Space');
  await expect(lab.button('Run')).toBeEnabled();
  expect(await lab.step()).toBeGreaterThanOrEqual(3);
  expect(lab.errors).toEqual([]);
});

test('the toggle at 1280×720 in German: slow motion advances by itself, L switches the language', async ({
  lab,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await lab.goto('lang=de');
  await lab.waitReady();
  await expect(page.locator('.sidebar')).toBeVisible();
  await page.getByRole('button', { name: 'Vorlesungsmodus' }).click();
  await expect(page.locator('.sidebar')).toBeHidden();
  await expect(page).toHaveURL(/present=1/);

  await page.getByLabel('Tempo').selectOption('1');
  await page.getByTestId('slow-motion').click();
  // Initialization at once, then data, forward… on the timer (one a second: poll, not one text).
  await expect
    .poll(async () => PHASE_IDS.indexOf((await lab.phase()) as PhaseId), { timeout: 60_000 })
    .toBeGreaterThanOrEqual(2);
  await page.getByTestId('slow-motion').click();
  await expect(page.getByTestId('slow-motion')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('phase-change')).toContainText('Gerade geändert');
  await panelBesideCurves(page);

  await page.locator('.pv-title').click();
  await page.keyboard.press('l');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('phase-change')).toContainText('Just changed');
  await expect(page).toHaveURL(/present=1/);

  // A scenario: one click loads its config link and says what to watch.
  await page.getByText('Scenarios', { exact: true }).click();
  await page.locator('[data-scenario="zerosInit"]').getByRole('button', { name: 'Load' }).click();
  await expect(page.getByTestId('scenario-note')).toContainText('Zeros initialisation');
  await expect(page).toHaveURL(/init=zeros/);
  await expect(page).toHaveURL(/present=1/);
  await expect(page).toHaveURL(/scenario=zerosInit/);
  await lab.waitReady();
  // The link it wrote hands out the scenario with its note.
  await page.reload();
  await lab.waitReady();
  await expect(page.getByTestId('scenario-note')).toContainText('Zeros initialisation');
  await expect(page.locator('.sidebar')).toBeHidden();
  expect(lab.errors).toEqual([]);
});
