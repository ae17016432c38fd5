/**
 * Faults and recovery on WebGPU: each fault is caused for real (the worker killed, the GPU
 * device destroyed, the page reloaded, NaN written into the weights) and must be detected
 * and recovered from the last checkpoint with nothing recorded lost beyond it.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, LabPage, test } from './lab-page';

/** Checkpoints every 10 steps, no early stop, so a fault always has a recent checkpoint. */
const QUERY = 'ckpt=10&es=off&steps=100000';

async function trainPastFirstCheckpoint(lab: LabPage, query = QUERY): Promise<number> {
  await lab.goto(query);
  await lab.waitReady();
  await lab.run();
  return lab.waitForStep(14, 120_000);
}

async function triggerFault(page: Page, label: string): Promise<void> {
  // The top bar's fault menu opens on its summary (and closes again once a fault is caused).
  await page.locator('.fault-menu summary').click();
  await page.getByLabel('Simulate a fault').selectOption({ label });
  await page.getByRole('button', { name: 'Trigger' }).click();
}

/** The loss curve holds one point per step from its first to its last: no gap. */
async function expectCurveWithoutGap(page: Page): Promise<void> {
  const chart = page.getByTestId('loss-chart');
  const first = Number(await chart.getAttribute('data-first-step'));
  const last = Number(await chart.getAttribute('data-last-step'));
  const points = Number(await chart.getAttribute('data-points'));
  expect(first).toBe(1);
  expect(points).toBe(last - first + 1);
}

function incident(page: Page, kind: string) {
  return page.locator(`[data-testid="timeline-event"][data-kind="${kind}"]`);
}

test('a reload mid-run resumes from the last checkpoint: the step count continues and the curve has no gap', async ({
  lab,
  page,
}) => {
  const reached = await trainPastFirstCheckpoint(lab);
  await page.reload();
  await expect(lab.backendBadge).toHaveText('webgpu', { timeout: 90_000 });
  // Resumed from a checkpoint (step ≥ 10), not from scratch, and training on past the old step.
  await expect.poll(() => lab.step(), { timeout: 120_000 }).toBeGreaterThan(reached);
  await expect(incident(page, 'pageReload')).toBeVisible({ timeout: 60_000 });
  await expect(incident(page, 'pageReload')).toContainText(
    /resumed from the checkpoint at step \d+/i,
  );
  await lab.pause();
  await expectCurveWithoutGap(page);
});

test('a crashed worker is detected and the run auto-resumes', async ({ lab, page }) => {
  const reached = await trainPastFirstCheckpoint(lab);
  await triggerFault(page, 'Worker crash');
  // The incident stays in the timeline (the "recovering" notice may be too brief to catch).
  await expect(incident(page, 'workerCrash')).toBeVisible({ timeout: 120_000 });
  await expect(incident(page, 'workerCrash')).toContainText(/no sign of life|failed/i);
  expect(await lab.step()).toBeGreaterThanOrEqual(reached);
  await lab.pause();
  await expectCurveWithoutGap(page);
});

test('a lost GPU device is detected and the run recovers on a new device', async ({
  lab,
  page,
}) => {
  const reached = await trainPastFirstCheckpoint(lab);
  await triggerFault(page, 'GPU device lost');
  await expect(incident(page, 'deviceLost')).toBeVisible({ timeout: 120_000 });
  await expect(lab.backendBadge).toHaveText('webgpu');
  expect(await lab.step()).toBeGreaterThanOrEqual(reached);
  await lab.pause();
});

test('NaN in the weights: recovered with auto-resume, the run stops without it', async ({
  lab,
  page,
}) => {
  await trainPastFirstCheckpoint(lab);
  await triggerFault(page, 'NaN in the weights');
  await expect(incident(page, 'nanWeights')).toBeVisible({ timeout: 120_000 });
  await expect.poll(() => lab.trainLoss(), { timeout: 60_000 }).not.toBeNaN();
  await lab.pause();

  await lab.goto(`${QUERY}&resume=off&backend=cpu`);
  await lab.waitReady();
  await lab.run();
  await lab.waitForStep(14);
  await triggerFault(page, 'NaN in the weights');
  await expect(lab.stopReason).toContainText(/NaN|diverged/i, { timeout: 30_000 });
});

test('a corrupted checkpoint file is refused with its reason and changes nothing', async ({
  lab,
  page,
}) => {
  await lab.goto('backend=cpu');
  await lab.waitReady();
  await lab.fullCycle();
  const step = await lab.step();
  await page
    .getByRole('button', { name: /Checkpoint/ })
    .first()
    .click();
  const input = page.getByLabel('Load a checkpoint file');
  await input.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"kind":"training-run-lab-checkpoint","rec'),
  });
  await expect(page.getByRole('alert')).toContainText(/damaged or truncated/i);
  await input.setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello":"world"}'),
  });
  await expect(page.getByRole('alert')).toContainText(/not a Training Run Lab checkpoint/i);
  expect(await lab.step()).toBe(step);
  await expect(page.getByTestId('checkpoint-row')).toHaveCount(1);
});

test('a checkpoint downloaded as a file loads back and restores its step', async ({
  lab,
  page,
}) => {
  await lab.goto('backend=cpu');
  await lab.waitReady();
  await lab.fullCycle();
  await page
    .getByRole('button', { name: /Checkpoint/ })
    .first()
    .click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download checkpoint at step 1' }).click(),
  ]);
  const file = await download.path();
  await lab.nextCycle();
  expect(await lab.step()).toBe(2);
  await page
    .getByRole('button', { name: /Checkpoint/ })
    .first()
    .click();
  await page.getByLabel('Load a checkpoint file').setInputFiles(file);
  await expect(page.getByTestId('restored')).toContainText('step 1');
  expect(await lab.step()).toBe(1);
});

test('two tabs: the second tab never continues the run the first one trains; a reload takes back its own', async ({
  lab,
  page,
}) => {
  const query = `${QUERY}&backend=cpu`;
  await trainPastFirstCheckpoint(lab, query);

  const second = new LabPage(await page.context().newPage());
  await second.goto(query);
  await second.waitReady();
  // Offered read-only, not resumed: the second tab's own run stays at step 0.
  await expect(second.page.getByTestId('other-tab-run')).toBeVisible({ timeout: 30_000 });
  expect(await second.step()).toBe(0);
  await expect(second.page.locator('[data-testid="timeline-event"]')).toHaveCount(0);
  // The first tab trains on.
  const before = await lab.step();
  await lab.waitForStep(before + 10);

  await second.page.getByRole('button', { name: 'Open it read-only' }).click();
  await expect(second.page.getByTestId('read-only')).toBeVisible();
  await expect(second.button('Run')).toBeDisabled();
  await expect(second.button('Next phase')).toBeDisabled();

  // The first tab reloads: it takes back its own run and continues it.
  const reached = await lab.step();
  await page.reload();
  await expect(incident(page, 'pageReload')).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => lab.step(), { timeout: 60_000 }).toBeGreaterThan(reached);
  await lab.pause();
  await expect(page.getByTestId('other-tab-run')).toHaveCount(0);
  await second.page.close();
});

test('a run that diverges by itself stops with its reason and a hint, and is not taken for a fault', async ({
  lab,
  page,
}) => {
  await lab.goto('task=regress1d&opt=sgd&lr=10&backend=cpu');
  await lab.waitReady();
  await lab.run();
  await expect(lab.stopReason).toContainText(/loss became (Infinity|NaN)/, { timeout: 60_000 });
  await expect(lab.stopReason).toContainText(/lower learning rate|clip the gradients/i);
  await expect(page.getByTestId('recovery')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(incident(page, 'nanWeights')).toHaveCount(0);
  await expect(lab.button('Run')).toBeDisabled();
});

test('a checkpoint file whose data order leaves the data set is refused, naming the file and why', async ({
  lab,
  page,
}) => {
  await lab.goto('backend=cpu');
  await lab.waitReady();
  await lab.fullCycle();
  await page
    .getByRole('button', { name: /Checkpoint/ })
    .first()
    .click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download checkpoint at step 1' }).click(),
  ]);
  const json = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  const order = new Int32Array(
    Buffer.from(json.record.data.order.base64, 'base64').buffer.slice(0),
  );
  order[0] = 99_999;
  json.record.data.order.base64 = Buffer.from(order.buffer).toString('base64');
  await page.getByLabel('Load a checkpoint file').setInputFiles({
    name: 'outside.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(json)),
  });
  await expect(page.getByRole('alert')).toContainText(
    /outside\.json: .*example 99999 .* training examples/,
  );
  expect(await lab.step()).toBe(1);
  await lab.nextCycle(); // the run trains on: no raw engine error, nothing stuck
  expect(await lab.step()).toBe(2);
});
