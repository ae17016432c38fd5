/**
 * Config files: the sidebar's config exported as a file loads into a fresh page and gives
 * the same config (the same URL); a bad file lists its problems at their keys and changes
 * nothing.
 */
import { readFile } from 'node:fs/promises';
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
