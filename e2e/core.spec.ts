/**
 * Core behaviour of Training Run Lab in a real browser: backend selection, the nine phases
 * in step mode, learning in run mode, field validation, and a clean console.
 *
 * Speeds are SwiftShader's (WebGPU emulated on the CPU, ~10-20 steps/s): the tests ask for
 * tens or hundreds of steps, never thousands.
 */
import { PHASE_IDS, expect, test } from './lab-page';

test('loads on webgpu by default and shows the backend badge', async ({ lab }) => {
  await lab.goto();
  await lab.waitReady();
  await expect(lab.backendBadge).toBeVisible();
  await expect(lab.backendBadge).toHaveText('webgpu');
  // Which GPU trains the model (SwiftShader here) is shown beside the backend.
  await expect(lab.adapter).toBeVisible();
  await expect(lab.adapter).toHaveText(/\w/);
});

test('"Next phase" nine times shows the nine phase panels in order', async ({ lab }) => {
  await lab.goto();
  await lab.waitReady();
  expect(await lab.step()).toBe(0);

  for (const id of PHASE_IDS) {
    await lab.nextPhase(id);
    await expect(lab.phaseLabel).toHaveAttribute('data-phase', id);
    const panel = lab.phasePanel(id);
    await expect(panel).toBeVisible();
    // The panel shows the real numbers of the phase, not only prose.
    await expect(panel).toContainText(/\d/);
    // The optimizer step is counted by the update phase, not before.
    const expectedStep = PHASE_IDS.indexOf(id) >= PHASE_IDS.indexOf('update') ? 1 : 0;
    await expect(lab.stepCounter).toHaveText(String(expectedStep));
  }
});

test('Run makes the training loss fall', async ({ lab }) => {
  await lab.goto();
  await lab.waitReady();
  await lab.run();

  await lab.waitForStep(30, 90_000);
  const early = await lab.trainLoss();
  expect(early, 'a training loss is shown after 30 steps').not.toBeNull();
  const target = 0.6 * (early as number);

  // Until 400 steps, the loss is below target, or the run stops on its own.
  await expect
    .poll(
      async () =>
        (await lab.step()) >= 400 ||
        ((await lab.trainLoss()) ?? Infinity) < target ||
        (await lab.stopReason.isVisible()),
      { timeout: 90_000, intervals: [500] },
    )
    .toBe(true);
  if (!(await lab.stopReason.isVisible())) await lab.pause();

  const late = await lab.trainLoss();
  expect(late).not.toBeNull();
  expect(late as number).toBeLessThan(target);
});

test('an invalid learning rate is reported, blocks Run, and leaves the run untouched', async ({
  lab,
}) => {
  await lab.goto();
  await lab.waitReady();
  await lab.fullCycle();
  const stepBefore = await lab.step();
  const phaseBefore = await lab.phase();
  const lossBefore = await lab.trainLoss();
  expect(stepBefore).toBe(1);

  const field = lab.field('Learning rate');
  const valid = await field.inputValue();
  const error = lab.fieldError('Learning rate');
  await expect(lab.button('Run')).toBeEnabled();
  await expect(error).toBeHidden();

  for (const bad of ['-1', 'abc', '']) {
    await lab.setField('Learning rate', bad);
    await expect(error, `an error message for "${bad}"`).toBeVisible();
    await expect(error).toHaveText(/\w{3,}/);
    await expect(lab.button('Run')).toBeDisabled();
  }

  await lab.setField('Learning rate', valid);
  await expect(error).toBeHidden();
  await expect(lab.button('Run')).toBeEnabled();

  // Neither the bad values nor the fix reset or stepped the model.
  expect(await lab.step()).toBe(stepBefore);
  expect(await lab.phase()).toBe(phaseBefore);
  expect(await lab.trainLoss()).toBe(lossBefore);
});

test('?backend=cpu trains on the cpu backend', async ({ lab }) => {
  await lab.goto({ backend: 'cpu' });
  await lab.waitReady();
  await expect(lab.backendBadge).toHaveText('cpu');
  expect(await lab.step()).toBe(0);

  await lab.run();
  await lab.waitForStep(10, 60_000);
  await lab.pause();
  expect(await lab.step()).toBeGreaterThan(0);
});

test('no console errors while loading and running one full cycle', async ({ lab }) => {
  await lab.goto();
  await lab.waitReady();
  await lab.fullCycle();
  await expect(lab.stepCounter).toHaveText('1');
  expect(lab.errors).toEqual([]);
});
