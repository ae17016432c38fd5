/**
 * The "auto" backend: `?backend=auto` times the current model's step on every backend this
 * browser offers (on a copy of the run), shows the table of measured steps/s with kernels and
 * FLOPs per step and the reason, picks the fastest, and the run then trains on it.
 */
import { expect, test } from './lab-page';

/** "1,234.5" or "1.23e+3" as a number (the table writes English numbers here). */
const numberOf = (text: string | null) => Number((text ?? '').replace(/,/g, ''));

test('auto backend: the calibration table picks the fastest backend and the run trains on it', async ({
  lab,
  page,
}) => {
  await lab.goto('backend=auto&steps=40');
  await lab.waitReady();
  const panel = page.getByTestId('calibration');
  const reason = panel.getByTestId('calibration-reason');
  await expect(reason).toBeVisible({ timeout: 150_000 });
  const rows = panel.getByTestId('calibration-row');
  await expect(rows).toHaveCount(4);

  // Every backend that trained has a positive steps/s; the chosen one has the most.
  const measured: Record<string, number> = {};
  for (const row of await rows.all()) {
    const sps = row.getByTestId('calibration-sps');
    if ((await sps.count()) === 0) continue;
    measured[(await row.getAttribute('data-backend'))!] = numberOf(await sps.textContent());
  }
  console.log('calibration (steps/s):', JSON.stringify(measured));
  expect(Object.keys(measured).length).toBeGreaterThanOrEqual(2);
  for (const v of Object.values(measured)) expect(v).toBeGreaterThan(0);
  const chosen = (await panel.locator('[data-chosen="true"]').getAttribute('data-backend'))!;
  expect(measured[chosen]).toBe(Math.max(...Object.values(measured)));
  await expect(reason).toContainText(/bound by (per-kernel dispatch|arithmetic)/);

  // The choice is honoured: the badge says so, the menu and the URL keep `auto`…
  await expect(lab.backendBadge).toHaveText(chosen);
  await expect(page.getByTestId('backend-select')).toHaveValue('auto');
  expect(new URL(page.url()).searchParams.get('backend')).toBe('auto');

  // …and the engine's status while training names the backend the steps ran on.
  await lab.run();
  await lab.waitForStep(40); // max steps: the run stops there
  await expect(lab.stopReason).toBeVisible();
  const names: Record<string, string> = {
    webgpu: 'WebGPU',
    webgl: 'WebGL',
    wasm: 'WebAssembly (wasm)',
    cpu: 'JavaScript (cpu)',
  };
  await expect(reason).toContainText(`The run now trains on ${names[chosen]}.`);
  await expect(lab.backendBadge).toHaveText(chosen);
  // The run's achieved FLOP/s now, from the measured speed.
  await expect(page.getByTestId('cost-live')).toContainText(/steps\/s \(measured\) = .*FLOP\/s/);
  expect(lab.errors).toEqual([]);
});

test('calibrate on demand: a trained run moves to the fastest backend and goes on from its step', async ({
  lab,
  page,
}) => {
  await lab.goto({ backend: 'webgpu' });
  await lab.waitReady();
  await expect(lab.backendBadge).toHaveText('webgpu');
  await expect(page.getByTestId('calibration-none')).toContainText('Not calibrated');
  await lab.fullCycle(); // step 1, on WebGPU
  const loss = await lab.trainLoss();
  await page.getByTestId('calibrate-button').click();
  const reason = page.getByTestId('calibration-reason');
  await expect(reason).toBeVisible({ timeout: 150_000 });
  const chosen = (await page.locator('[data-chosen="true"]').getAttribute('data-backend'))!;
  await expect(lab.backendBadge).toHaveText(chosen);
  // Measured on a copy: the run is still at step 1 with its loss…
  expect(await lab.step()).toBe(1);
  expect(await lab.trainLoss()).toBe(loss);
  // …and its next cycle trains on the chosen backend, its weights moved there.
  await lab.nextCycle();
  expect(await lab.step()).toBe(2);
  expect(Number.isFinite(await lab.trainLoss())).toBe(true);
  await expect(page.getByTestId('calibration-table')).toContainText('at step 1');
  expect(lab.errors).toEqual([]);
});
