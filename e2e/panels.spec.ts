/**
 * The phase panels after run mode: each says at which step it was computed, and a paused
 * run shows the panel it opens at its current step. Shortcuts obey their buttons, live
 * changes are marked on the curves, and the status line keeps to one row.
 */
import { expect, type LabPage, type PhaseId, test } from './lab-page';

/** The stamp of a phase's panel: "Computed at step s …", with the step in data-step. */
const stampOf = (lab: LabPage, id: PhaseId) => lab.phasePanel(id).getByTestId('phase-stamp');

test('after Run and Pause the panels are computed at the current step, and say so', async ({
  lab,
}) => {
  await lab.goto({ eval: 10, steps: 1000 });
  await lab.waitReady();
  await lab.run();
  // Run mode does not pretend to walk the phases one by one.
  await expect(lab.page.getByTestId('run-rail-note')).toBeVisible();
  await expect(lab.phaseLabel).toHaveCount(0);
  await lab.waitForStep(12, 90_000);
  await lab.pause();
  const step = await lab.step();
  expect(step).toBeGreaterThanOrEqual(12);
  await expect(lab.phaseLabel).toHaveAttribute('data-phase', 'update');
  await expect(lab.phaseLabel).toHaveText('Update');

  // The update panel is shown: the update the next step will make, from the current step.
  const update = stampOf(lab, 'update');
  await expect(update).toHaveAttribute('data-step', String(step));
  await expect(update).toHaveAttribute('data-lags', 'false');
  await expect(update).toContainText(`to step ${step + 1}`);
  // It shows Adam's state as the formulas name it: m, v, m̂, v̂ and the step η·m̂/(√v̂ + ε).
  const updatePanel = lab.phasePanel('update');
  await expect(updatePanel.getByTestId('update-rule')).toContainText('m̂ = m/(1 − β₁ᵗ)');
  for (const id of ['m', 'v', 'mHat', 'vHat', 'step'])
    await expect(updatePanel.getByTestId(`optimizer-${id}`).first()).toBeVisible();

  // The data panel, opened now, shows the next step's batch from the current step too.
  await lab.showPhase('Data');
  await expect(stampOf(lab, 'data')).toHaveAttribute('data-step', String(step));
  await expect(stampOf(lab, 'data')).toHaveAttribute('data-lags', 'false');

  // The evaluation ran at its interval, the last multiple of 10, and says if the run moved on.
  const evaluated = Math.floor(step / 10) * 10;
  await lab.showPhase('Evaluation');
  const evaluation = stampOf(lab, 'evaluation');
  await expect(evaluation).toHaveAttribute('data-step', String(evaluated));
  await expect(evaluation).toHaveAttribute('data-lags', String(evaluated < step));
  if (evaluated < step) await expect(evaluation).toContainText(`The run is at step ${step}`);

  // A live change of the learning rate is marked at the step it took effect.
  await lab.setField('Learning rate', '0.1');
  const marks = lab.page.getByTestId('live-changes');
  await expect(marks).toContainText(`step ${step}: Learning rate 0.03 → 0.1`);
  // Nothing was trained by looking at the panels.
  expect(await lab.step()).toBe(step);
  expect(lab.errors).toEqual([]);
});

test('Space, N and R do nothing while their buttons are disabled (an invalid learning rate)', async ({
  lab,
}) => {
  await lab.goto();
  await lab.waitReady();
  await lab.setField('Learning rate', '-1');
  await expect(lab.fieldError('Learning rate')).toBeVisible();
  await expect(lab.button('Run')).toBeDisabled();
  // Leave the field, as a user would before using a shortcut.
  await lab.page.getByRole('heading', { name: 'Training Run Lab' }).click();
  await lab.page.keyboard.press('Space');
  await lab.page.keyboard.press('n');
  await lab.page.keyboard.press('r');
  await lab.page.waitForTimeout(1500);
  await expect(lab.button('Pause')).toBeDisabled();
  expect(await lab.step()).toBe(0);
  expect(await lab.phase()).toBe('—');

  // Once the field is valid, Space runs and Space again pauses.
  await lab.setField('Learning rate', '0.03');
  await lab.page.getByRole('heading', { name: 'Training Run Lab' }).click();
  await lab.page.keyboard.press('Space');
  await lab.waitForStep(2, 90_000);
  await lab.page.keyboard.press('Space');
  await expect(lab.button('Run')).toBeEnabled();
});

test('the status line keeps to one row at 1440 px with 8-digit tensor bytes', async ({
  lab,
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await lab.goto();
  await lab.waitReady();
  // The widest values a long run reaches, written into the line as it shows them.
  const rows = await page.evaluate(() => {
    const set = (id: string, text: string) => {
      document.querySelector(`[data-testid="${id}"]`)!.textContent = text;
    };
    set('step', '12345');
    set('epoch', '167 · batch 10/10');
    set('train-loss', '0.12345');
    set('val-loss', '0.12345');
    set('val-accuracy', '100.0 %');
    set('steps-per-second', '123.4');
    set('samples-per-second', '12,345');
    set('elapsed', '12:34');
    set('learning-rate', '0.0003');
    set('tensors', '1234');
    set('tensor-bytes', '12345678');
    const line = document.querySelector('.status-line')!;
    return new Set([...line.children].map((c) => Math.round(c.getBoundingClientRect().top))).size;
  });
  expect(rows).toBe(1);
});

test('the table task keeps the true and predicted columns inside the panel at 1280 px', async ({
  lab,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await lab.goto({ task: 'table' });
  await lab.waitReady();
  await lab.fullCycle();
  for (const title of ['Forward pass', 'Evaluation']) {
    await lab.showPhase(title);
    const panel = page.locator('.pv-panel');
    await expect(panel.locator('table').first()).toBeVisible();
    // Input columns may scroll sideways (a data set has up to 50); the verdict may not.
    const cut = await panel.evaluate((el) =>
      [...el.querySelectorAll('th')]
        .filter((th) => ['label', 'true', 'predicted'].includes(th.textContent!.trim()))
        .filter((th) => {
          const box = th.closest('.tb-scroll, .pv-panel')!.getBoundingClientRect();
          return th.getBoundingClientRect().right > box.right + 1;
        })
        .map((th) => th.textContent),
    );
    expect(cut, title).toEqual([]);
    expect(await panel.locator('th', { hasText: 'predicted' }).count(), title).toBeGreaterThan(0);
  }
});
