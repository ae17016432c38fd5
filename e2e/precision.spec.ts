/**
 * Mixed precision in the page, on the browser's backend: with small weights the gradients of
 * the first layers lie below fp16's smallest value, so fp16 without loss scaling loses a share
 * of them (the backward panel counts it), and with dynamic loss scaling the run trains and the
 * update panel shows the scaler.
 */
import { expect, test } from './lab-page';

/** Small initial weights (σ = 0.01) and four tanh layers: tiny gradients in the first layers. */
const TINY = { init: 'normal', layers: 4, units: 8, seed: 2, prec: 'fp16' };

const percent = (text: string | null) => Number((text ?? '').replace(/[^\d.]/g, '')) / 100;

test('fp16 without loss scaling loses small gradients to underflow', async ({ lab }) => {
  await lab.goto({ ...TINY, lscale: 'off', opt: 'sgd' });
  await lab.waitReady();
  await expect(lab.field('Precision')).toHaveValue('fp16');
  for (const id of ['initialization', 'data', 'forward', 'loss', 'backward'] as const)
    await lab.nextPhase(id);
  const panel = lab.page.getByTestId('precision-backward');
  await expect(panel.getByTestId('loss-scale')).toHaveText('off');
  const lost = percent(await panel.getByTestId('underflow-unscaled').textContent());
  const kept = percent(await panel.getByTestId('underflow-scaled').textContent());
  expect(lost).toBeGreaterThan(0.1);
  expect(kept).toBeLessThan(lost);
  expect(lab.errors).toEqual([]);
});

test('fp16 with dynamic loss scaling trains; the update panel shows the scaler', async ({
  lab,
}) => {
  await lab.goto({
    ...TINY,
    data: 'gaussians',
    lscale: 'dynamic',
    opt: 'adam',
    lr: 0.03,
    steps: 30,
    readback: 1,
  });
  await lab.waitReady();
  await lab.fullCycle();
  const first = (await lab.trainLoss())!;
  await lab.showPhase('Update');
  const update = lab.page.getByTestId('precision-update');
  await expect(update.getByTestId('step-skipped')).toHaveText(/^no/);
  await expect(update.getByTestId('bytes-per-parameter')).toContainText('16');
  await lab.run();
  await lab.waitForStep(30);
  expect(await lab.trainLoss()).toBeLessThan(first);
  // Opened after the run, the update panel draws the recorded loss scale and skipped steps.
  await lab.showPhase('Backward pass');
  await lab.showPhase('Update');
  await expect(lab.page.getByTestId('scaler-series')).toBeVisible();
  expect(lab.errors).toEqual([]);
});

test('the loss scaler’s fields appear with fp16 and refuse a bad scale at the field', async ({
  lab,
}) => {
  await lab.goto();
  await lab.waitReady();
  await expect(lab.field('Loss scaling')).toHaveCount(0);
  await lab.setField('Precision', 'fp16');
  await expect(lab.field('Loss scaling')).toHaveValue('dynamic');
  await expect(lab.field('Initial loss scale')).toHaveValue('65536');
  await lab.setField('Initial loss scale', '0');
  await expect(lab.fieldError('Initial loss scale')).toContainText('greater than 0');
  await lab.setField('Scale growth interval', '0');
  await expect(lab.fieldError('Scale growth interval')).toContainText('every step');
  expect(lab.errors).toEqual([]);
});
