/**
 * Data parallelism in step mode: with 4 workers the backward panel shows the batch split into
 * four shards, each worker's local loss and gradient norm, and the ring all-reduce; a batch
 * that does not split over the workers is refused at the workers field.
 */
import { expect, test } from './lab-page';

test('4 workers in step mode: four shards and an all-reduce in the backward panel', async ({
  lab,
}) => {
  await lab.goto({ workers: 4, bs: 32 });
  await lab.waitReady();
  await expect(lab.field('Workers (data parallel)')).toHaveValue('4');
  await lab.nextPhase('initialization');
  await lab.nextPhase('data');
  await lab.nextPhase('forward');
  await lab.nextPhase('loss');
  await lab.nextPhase('backward');
  const section = lab.page.getByTestId('data-parallel');
  await expect(section).toContainText('4 workers');
  const rows = section.getByTestId('data-parallel-worker');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toContainText('1–8');
  await expect(rows.nth(3)).toContainText('25–32');
  await expect(section.getByTestId('all-reduce')).toContainText('2 (N − 1) / N');
  await lab.nextPhase('update');
  expect(await lab.step()).toBe(1);
  expect(lab.errors).toEqual([]);
});

test('a batch that does not split over the workers is refused at the field', async ({ lab }) => {
  await lab.goto({ bs: 32 });
  await lab.waitReady();
  await lab.setField('Workers (data parallel)', '3');
  await expect(lab.fieldError('Workers (data parallel)')).toContainText('30 or 33');
  await expect(lab.button('Run')).toBeDisabled();
  await lab.setField('Workers (data parallel)', '4');
  await expect(lab.fieldError('Workers (data parallel)')).toHaveCount(0);
  expect(lab.errors).toEqual([]);
});
