/**
 * Reproducing a run: a short run trained again with its config and seed gives bit-identical
 * training losses, and is linked to the run it reproduces; each run's audit record is
 * exported with the hashes of its data, config and final weights (the reproduction's equal
 * to the original's, whose weights come from its checkpoint).
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './lab-page';

/** Saves the audit record of table row `row` and returns it parsed. */
async function exportAudit(page: Page, row: number) {
  const rows = page.getByTestId('runs-table').locator('tbody tr');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    rows
      .nth(row)
      .getByRole('button', { name: /^Export the audit record/ })
      .click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^audit-record-.+\.json$/);
  return JSON.parse(await readFile((await download.path())!, 'utf8'));
}

test('a reproduced run matches bit for bit, and its audit record says what it is', async ({
  lab,
  page,
}) => {
  await lab.goto({ steps: 15, eval: 5, seed: 11, ckpt: 15 });
  await lab.waitReady();
  await lab.run();
  await expect(lab.stopReason).toBeVisible({ timeout: 120_000 });

  const view = page.getByTestId('runs-view');
  await view.locator('summary').click();
  const rows = view.getByTestId('runs-table').locator('tbody tr');
  await expect(rows).toHaveCount(1);
  const originalId = await rows.nth(0).getAttribute('data-run-id');
  await rows
    .nth(0)
    .getByRole('button', { name: /^Reproduce run/ })
    .click();

  const verdict = page.getByTestId('runs-reproduction');
  await expect(verdict).toHaveAttribute('data-verdict', 'identical', { timeout: 120_000 });
  await expect(verdict).toContainText('bit-identical');
  await expect(rows).toHaveCount(2);
  // Newest first: the reproduction, linked to the original.
  await expect(rows.nth(0)).toContainText('reproduces');
  const reproductionId = await rows.nth(0).getAttribute('data-run-id');
  expect(reproductionId).not.toBe(originalId);

  const copy = await exportAudit(page, 0);
  expect(copy).toMatchObject({
    format: 'training-run-lab/audit-record@1',
    run: { id: reproductionId, reproducedFrom: originalId },
    seed: 11,
    config: { seed: 11, maxSteps: 15 },
    data: { kind: 'builtIn', hashOf: 'identity' },
    weights: { available: true, final: true, source: 'live', step: 15 },
    training: { steps: 15 },
    incidents: [],
  });
  for (const hash of [copy.configSha256, copy.data.hash, copy.weights.sha256])
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  expect(Date.parse(copy.time.startedAt)).toBeLessThanOrEqual(Date.parse(copy.time.endedAt));

  // The original's record: the same data, config and (from its checkpoint) the same weights.
  const original = await exportAudit(page, 1);
  expect(original.run).toMatchObject({ id: originalId, reproducedFrom: null });
  expect(original.weights).toMatchObject({ available: true, source: 'checkpoint', step: 15 });
  expect(original.weights.sha256).toBe(copy.weights.sha256);
  expect(original.data.hash).toBe(copy.data.hash);
  expect(original.configSha256).toBe(copy.configSha256);
  await expect(page.getByTestId('runs-action-note')).toContainText('saved as audit-record-');
  expect(lab.errors).toEqual([]);
});
