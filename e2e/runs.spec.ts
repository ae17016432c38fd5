/**
 * The run history: two runs with different learning rates both appear in the Runs view and
 * their curves overlay; the test split is evaluated once; a reload keeps the history; and
 * a full storage quota (simulated on the page's IndexedDB) is reported and loses no run.
 */
import type { Page } from '@playwright/test';
import { expect, type LabPage, test } from './lab-page';

/** Opens the Runs view and returns its table's rows. */
async function openRuns(page: Page) {
  const view = page.getByTestId('runs-view');
  if ((await view.getAttribute('open')) === null) await view.locator('summary').click();
  return view.getByTestId('runs-table').locator('tbody tr');
}

/** Trains the current run until it stops (max steps). */
async function trainToEnd(lab: LabPage) {
  await lab.run();
  await expect(lab.stopReason).toBeVisible({ timeout: 120_000 });
}

test('runs are recorded, compared, kept over a reload and over a full quota', async ({
  lab,
  page,
}) => {
  await lab.goto({ steps: 15, eval: 5, lr: 0.05 });
  await lab.waitReady();
  await trainToEnd(lab);
  await lab.setField('Learning rate', '0.2');
  await lab.reset();
  await expect(lab.stopReason).toHaveCount(0);
  await trainToEnd(lab);

  const rows = await openRuns(page);
  await expect(rows).toHaveCount(2);
  // Newest first: the second run (learning rate 0.2), then the first.
  await expect(rows.nth(0)).toContainText('0.2');
  await expect(rows.nth(1)).toContainText('0.05');
  await rows
    .nth(1)
    .getByRole('textbox', { name: /^Name of run/ })
    .fill('baseline');
  await rows
    .nth(1)
    .getByRole('textbox', { name: /^Name of run/ })
    .press('Enter');
  for (const i of [0, 1]) await rows.nth(i).getByRole('checkbox').check();

  // The curves of both runs overlay in every chart; the diff names the learning rate.
  const compare = page.getByTestId('runs-compare');
  for (const metric of ['trainLoss', 'valLoss', 'learningRate'])
    await expect(
      compare.getByTestId(`runs-chart-${metric}`).locator('path.recharts-line-curve'),
    ).toHaveCount(2);
  const diff = compare.getByTestId('runs-diff');
  await expect(diff.getByRole('row', { name: /Learning rate/ })).toContainText('0.05');
  await expect(diff.getByRole('row', { name: /Learning rate/ })).toContainText('0.2');
  await compare.getByLabel('Against').selectOption('flops');
  await expect(
    compare.getByTestId('runs-chart-trainLoss').locator('path.recharts-line-curve'),
  ).toHaveCount(2);

  // The test split: measured once; a second press says why not again.
  const testButton = page.getByRole('button', { name: 'Evaluate on the test set' });
  await testButton.click();
  const result = page.getByTestId('runs-test-result');
  await expect(result).toContainText(/Test loss \d/);
  await expect(rows.nth(0).locator('td').nth(9)).not.toHaveText('—');
  await testButton.click();
  await expect(result).toContainText('already evaluated on the test set');

  // A reload keeps the history, the name given included.
  await page.reload();
  await lab.waitReady();
  const afterReload = await openRuns(page);
  await expect(afterReload).toHaveCount(2);
  await expect(afterReload.nth(1).getByRole('textbox', { name: /^Name of run/ })).toHaveValue(
    'baseline',
  );
  const names = await afterReload.evaluateAll((trs) =>
    trs.map((tr) => tr.querySelector<HTMLInputElement>('input[type=text]')?.value),
  );

  // Storage full: every write to the history fails as a full quota does.
  await page.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args) {
      if (this.transaction.db.name === 'training-run-lab-runs')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args as Parameters<typeof put>);
    };
  });
  await lab.setField('Learning rate', '0.1');
  await lab.reset();
  await trainToEnd(lab);
  await expect(page.getByTestId('runs-storage')).toContainText('Browser storage is full');
  await expect(page.getByTestId('runs-storage')).toContainText(
    'Every run recorded before is intact',
  );
  await expect(afterReload).toHaveCount(3);

  // Every run recorded before the quota filled is still stored, as it was.
  await page.reload();
  await lab.waitReady();
  const kept = await openRuns(page);
  await expect(kept).toHaveCount(2);
  expect(
    await kept.evaluateAll((trs) =>
      trs.map((tr) => tr.querySelector<HTMLInputElement>('input[type=text]')?.value),
    ),
  ).toEqual(names);
  expect(lab.errors).toEqual([]);
});
