/**
 * The lab's other tasks in a real browser: MNIST digits with an MLP (WebGPU) and a CNN
 * (WebGPU, and the wasm fallback), 1-D regression, and switching task from the sidebar.
 *
 * SwiftShader is slow (the CNN trains at ~10 digits/s on its WebGPU here), so the CNN's run
 * is short: 25 steps of 32 digits, which already lift it far above 60%.
 */
import { expect, type LabPage, test } from './lab-page';

/** Validation accuracy from the status line, as a fraction; null before any evaluation. */
async function valAccuracy(lab: LabPage): Promise<number | null> {
  const text = ((await lab.page.getByTestId('val-accuracy').textContent()) ?? '').trim();
  const m = /([\d.]+)\s*%/.exec(text);
  return m ? Number(m[1]) / 100 : null;
}

test('MNIST MLP on WebGPU: validation accuracy passes 60% within 300 steps', async ({ lab }) => {
  await lab.goto({ task: 'mnist' });
  await lab.waitReady();
  await expect(lab.backendBadge).toHaveText('webgpu');
  // The task's own fields replace the 2-D ones.
  await expect(lab.field('Model')).toHaveValue('mlp');
  await expect(lab.field('Dataset')).toHaveCount(0);
  await expect(lab.field('Batch size')).toHaveValue('64');
  await expect(lab.page.getByTestId('model-summary')).toContainText('101,770');

  await lab.run();
  await expect
    .poll(async () => (await valAccuracy(lab)) ?? 0, { timeout: 120_000, intervals: [1000] })
    .toBeGreaterThan(0.6);
  await lab.pause();
  expect(await lab.step()).toBeLessThanOrEqual(300);
  await lab.showPhase('Evaluation');
  await expect(lab.phasePanel('evaluation').getByTestId('confusion-matrix')).toBeVisible();
  expect(lab.errors).toEqual([]);
});

test('MNIST CNN on WebGPU: validation accuracy passes 60% within 25 steps', async ({ lab }) => {
  // SwiftShader's WebGPU trains the CNN at ~10 digits/s and evaluates at ~25/s: batches of
  // 32 at a higher learning rate, 5% of the digits (450) for validation, and max steps = 25
  // keep the run to a couple of minutes. Reading the loss back every step keeps the worker
  // answering between slow steps.
  await lab.goto({
    task: 'mnist',
    model: 'cnn',
    bs: 32,
    lr: 0.003,
    val: 0.05,
    steps: 25,
    eval: 25,
    readback: 1,
  });
  await lab.waitReady();
  await expect(lab.backendBadge).toHaveText('webgpu');
  await expect(lab.page.getByTestId('model-summary')).toContainText('5,994');
  // Step mode shows the convolution's filters.
  await lab.nextPhase('initialization');
  await expect(lab.page.getByTestId('first-layer-images')).toBeVisible();

  await lab.run();
  // Max steps = 25 ends the run by itself, right after the evaluation at step 25.
  await expect(lab.stopReason).toBeVisible({ timeout: 170_000 });
  expect(await lab.step()).toBe(25);
  const acc = await valAccuracy(lab);
  expect(acc, 'validation accuracy after 25 steps').not.toBeNull();
  expect(acc as number).toBeGreaterThan(0.6);
  expect(lab.errors).toEqual([]);
});

test('the CNN on wasm trains on cpu instead, and says why', async ({ lab }) => {
  await lab.goto({ task: 'mnist', model: 'cnn', backend: 'wasm' });
  await lab.waitReady();
  await expect(lab.backendBadge).toHaveText('cpu');
  await expect(lab.page.getByTestId('fallback-reason')).toContainText(
    'wasm backend cannot train convolutions',
  );
  await lab.nextPhase('initialization');
  await lab.nextPhase('data');
  // The MLP can train on wasm: a new run with it goes back there.
  await lab.setField('Model', 'mlp');
  await lab.reset();
  await expect(lab.backendBadge).toHaveText('wasm');
  await expect(lab.stepCounter).toHaveText('0');
  expect(lab.errors).toEqual([]);
});

test('regression on WebGPU: the validation MSE falls and the fitted curve is drawn', async ({
  lab,
}) => {
  await lab.goto({ task: 'regress1d' });
  await lab.waitReady();
  await expect(lab.field('Function')).toHaveValue('sine');
  // A regression measures no accuracy: neither the status line nor the charts offer one.
  await expect(lab.page.getByTestId('val-loss')).toBeVisible();
  await expect(lab.page.getByTestId('val-accuracy')).toHaveCount(0);
  await expect(lab.page.getByRole('figure', { name: 'Validation accuracy' })).toHaveCount(0);
  await lab.run();
  await lab.waitForStep(25, 90_000);
  await expect.poll(() => lab.valLoss(), { timeout: 30_000 }).not.toBeNull();
  const first = (await lab.valLoss()) as number;
  await expect
    .poll(
      async () => (await lab.step()) >= 500 || ((await lab.valLoss()) ?? Infinity) < 0.5 * first,
      { timeout: 90_000, intervals: [500] },
    )
    .toBe(true);
  await lab.pause();
  expect((await lab.valLoss()) as number).toBeLessThan(0.5 * first);
  await lab.showPhase('Evaluation');
  await expect(lab.phasePanel('evaluation').getByTestId('fitted-curve')).toBeVisible();
  expect(lab.errors).toEqual([]);
});

test('switching task in the sidebar starts a clean run of the new task', async ({ lab }) => {
  await lab.goto();
  await lab.waitReady();
  await lab.fullCycle();
  await expect(lab.stepCounter).toHaveText('1');
  const accuracyChart = lab.page.getByRole('figure', { name: 'Validation accuracy' });
  await expect(accuracyChart).toBeVisible();

  await lab.setField('Task', 'regress1d');
  await expect(lab.stepCounter).toHaveText('0');
  await expect(accuracyChart).toHaveCount(0);
  await expect(lab.field('Function')).toBeVisible();
  await expect(lab.field('Dataset')).toHaveCount(0);
  await expect(lab.page).toHaveURL(/task=regress1d/);
  await lab.nextPhase('initialization');
  await lab.nextPhase('data');
  await expect(lab.phasePanel('data')).toContainText('target y');

  await lab.setField('Task', 'classify2d');
  await expect(lab.field('Dataset')).toBeVisible();
  await expect(accuracyChart).toBeVisible();
  await expect(lab.field('Learning rate')).toHaveValue('0.03');
  expect(lab.errors).toEqual([]);
});
