/**
 * Config files: the sidebar's config exported as a file loads into a fresh page and gives
 * the same config (the same URL), and trains the same run again bit for bit on the same
 * backend; a bad file lists its problems at their keys and changes nothing.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { compareLosses } from '../src/data/reproduce';
import type { RunRecord } from '../src/data/run-record';
import { expect, test } from './lab-page';

const QUERY = 'task=mnist&model=cnn&lr=0.0123&bs=32&steps=77&seed=7';

test('an exported config imports into a fresh page as the same config', async ({ lab, page }) => {
  await lab.goto(QUERY);
  await lab.waitReady();
  const exported = new URL(page.url()).search;
  expect(exported).toContain('lr=0.0123');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export config' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^config-mnist-seed7-\d{8}-\d{4}\.json$/);
  const file = await download.path();
  const text = await readFile(file, 'utf8');
  expect(JSON.parse(text)).toMatchObject({
    format: 'training-run-lab/config@1',
    config: { task: 'mnist', model: 'cnn', learningRate: 0.0123, batchSize: 32, seed: 7 },
  });

  await lab.goto('');
  await lab.waitReady();
  expect(new URL(page.url()).search).toBe('');
  await page.getByLabel('Load a config file').setInputFiles(file);
  await expect(page.getByTestId('config-file-status')).toContainText('Loaded');
  await expect.poll(() => new URL(page.url()).search).toBe(exported);
  await expect(lab.field('Learning rate')).toHaveValue('0.0123');
  // Another task starts a new run at once, as choosing it in the sidebar does.
  await lab.waitReady();
  expect(lab.errors).toEqual([]);
});

test('a bad config file shows its problems at their keys and changes nothing', async ({
  lab,
  page,
}) => {
  await lab.goto('lr=0.05');
  await lab.waitReady();
  const input = page.getByLabel('Load a config file');
  const bad = {
    format: 'training-run-lab/config@1',
    config: { learningRate: -1, batchSize: '8', lerningRate: 0.1 },
  };
  await input.setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad), 'utf8'),
  });
  const errors = page.getByTestId('config-file-errors');
  await expect(errors).toContainText('config.learningRate');
  await expect(errors).toContainText('config.batchSize: must be a number');
  await expect(errors).toContainText('did you mean "learningRate"?');
  await input.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{\n  "format": "training-run-lab/config@1",\n  "config": {,}\n}', 'utf8'),
  });
  await expect(errors).toContainText('line 3, column 14');
  expect(new URL(page.url()).search).toBe('?lr=0.05');
  await expect(lab.field('Learning rate')).toHaveValue('0.05');
  expect(lab.errors).toEqual([]);
});

/** Saves the "Config" export and returns the file's path. */
async function exportConfig(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export config' }).click(),
  ]);
  return (await download.path())!;
}

test('a config file exported and imported reproduces the run bit for bit on the same backend', async ({
  lab,
  page,
}) => {
  const steps = 20;
  await lab.goto({ steps, eval: 5, lr: 0.05, seed: 13, data: 'spiral' });
  await lab.waitReady();
  await lab.run();
  await expect(lab.stopReason).toBeVisible({ timeout: 120_000 });
  const file = await exportConfig(page);
  const view = page.getByTestId('runs-view');
  const rows = view.getByTestId('runs-table').locator('tbody tr');

  // Another page with the default config; the recorded run is in the history.
  await lab.goto('');
  await lab.waitReady();
  await view.locator(':scope > summary').click();
  await expect(rows).toHaveCount(1);
  await page.getByLabel('Load a config file').setInputFiles(file);
  await expect(page.getByTestId('config-file-status')).toContainText('Loaded');
  await expect(lab.field('Seed')).toHaveValue('13');
  await lab.reset();
  await expect.poll(() => lab.step()).toBe(0);
  await lab.run();
  await expect(lab.stopReason).toBeVisible({ timeout: 120_000 });
  await expect(rows).toHaveCount(2);

  // Both records from the runs file; the comparison Reproduce uses (float32 bits).
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    view.getByRole('button', { name: 'Export all runs' }).click(),
  ]);
  const { runs } = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
    runs: RunRecord[];
  };
  expect(runs).toHaveLength(2);
  const [a, b] = runs;
  expect(b.config).toEqual(a.config);
  expect(b.backend).toBe(a.backend);
  const loss = (r: RunRecord) => ({ steps: r.series.trainSteps, losses: r.series.trainLosses });
  const train = compareLosses(loss(a), loss(b));
  expect(train).toEqual({ compared: steps, lastStep: steps, firstDifference: null, notFloat32: 0 });
  const val = compareLosses(
    { steps: a.series.valSteps, losses: a.series.valLosses },
    { steps: b.series.valSteps, losses: b.series.valLosses },
  );
  expect(val).toMatchObject({ compared: steps / 5, firstDifference: null });
  expect(lab.errors).toEqual([]);
});
