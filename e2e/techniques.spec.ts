/**
 * The techniques' sidebar fields: a schedule's parameters appear with their schedule, its
 * shape is plotted, a setting that cannot work is refused at its own field, and AdamW with
 * weight decay trains. Each technique is visible where it acts: the recorded learning rate
 * of a warm-up-cosine run rises, then falls; with accumulation 4, step mode visits four
 * micro-batches before one update, and its panels say which.
 */
import { expect, test } from './lab-page';

test('a warm-up longer than the run is refused at its field', async ({ lab }) => {
  await lab.goto({ steps: 50 });
  await lab.waitReady();
  await expect(lab.field('Warm-up steps')).toHaveCount(0);
  await expect(lab.page.getByTestId('schedule-plot')).toBeVisible();
  await lab.setField('Learning-rate schedule', 'warmupCosine');
  await lab.setField('Warm-up steps', '100');
  await expect(lab.fieldError('Warm-up steps')).toContainText('not shorter than the run (50');
  await expect(lab.button('Run')).toBeDisabled();
  await expect(lab.page.getByTestId('schedule-plot')).toHaveCount(0);
  await lab.setField('Warm-up steps', '10');
  await expect(lab.fieldError('Warm-up steps')).toHaveCount(0);
  await expect(lab.button('Run')).toBeEnabled();
  await expect(lab.page.getByTestId('schedule-plot')).toBeVisible();
  expect(lab.errors).toEqual([]);
});

test('AdamW with weight decay trains', async ({ lab }) => {
  await lab.goto({ opt: 'adamw', wd: 0.01, steps: 10 });
  await lab.waitReady();
  await expect(lab.field('Optimizer')).toHaveValue('adamw');
  await expect(lab.field('Weight decay')).toHaveValue('0.01');
  await lab.run();
  await lab.waitForStep(10);
  expect(Number.isFinite(await lab.trainLoss())).toBe(true);
  expect(lab.errors).toEqual([]);
});

test('warm-up then cosine: the learning rate recorded at each step rises, then falls', async ({
  lab,
}) => {
  await lab.goto({ sched: 'warmupCosine', warmup: 8, steps: 30, lr: 0.1, readback: 5 });
  await lab.waitReady();
  await lab.run();
  await lab.waitForStep(30, 120_000);
  // The chart's data and text alternative: first, highest and last recorded rate.
  const chart = lab.page.getByTestId('series-chart-learningRate');
  await expect(chart).toHaveAttribute('data-points', '30');
  const read = async (name: string) => Number(await chart.getAttribute(`data-${name}`));
  const [first, peak, peakStep, last] = await Promise.all(
    ['first', 'peak', 'peak-step', 'last'].map(read),
  );
  expect(first).toBeLessThan(peak);
  expect(last).toBeLessThan(peak);
  expect(peak).toBeCloseTo(0.1, 6);
  expect(peakStep).toBe(9); // the update after 8 warm-up steps uses the full rate
  await expect(chart.getByRole('img')).toHaveAttribute('aria-label', /highest .* at step 9/);
  // The schedule plot draws the rates the run used over its planned curve.
  await expect(lab.page.getByTestId('schedule-recorded')).toHaveCount(1);
  // A live change of the schedule: the plot says from which step it applies.
  await lab.setField('Learning-rate schedule', 'cosine');
  await expect(lab.page.getByTestId('schedule-changed-at')).toHaveAttribute('data-step', '30');
  await expect(lab.page.getByTestId('schedule-changed-at')).toContainText('changed at step 30');
  expect(lab.errors).toEqual([]);
});

test('accumulation 4 in step mode: four micro-batches, then one update', async ({ lab }) => {
  await lab.goto({ accum: 4, bs: 16 });
  await lab.waitReady();
  await lab.nextPhase('initialization');
  for (let i = 1; i <= 4; i++) {
    await lab.nextPhase('data');
    await expect(lab.page.getByTestId('micro-batch')).toHaveText(`${i}/4`);
    await expect(lab.page.getByTestId('effective-batch')).toHaveText('64');
    const data = lab.page.getByTestId('techniques-data');
    await expect(data).toHaveAttribute('data-micro-batch', String(i));
    await expect(data).toContainText(`Micro-batch ${i} of 4`);
    await lab.nextPhase('forward');
    await lab.nextPhase('loss');
    await lab.nextPhase('backward');
    expect(await lab.step()).toBe(0); // no update yet
    const backward = lab.page.getByTestId('techniques-backward');
    await expect(backward).toHaveAttribute('data-micro-batch', String(i));
    await expect(backward.getByTestId('gradient-sum').getByRole('row')).toHaveCount(i);
    await expect(backward.getByTestId('technique-accumulation')).toBeVisible();
  }
  await lab.nextPhase('update');
  expect(await lab.step()).toBe(1);
  const update = lab.page.getByTestId('techniques-update');
  await expect(update).toContainText('4 micro-batches');
  await expect(update).toContainText('Constant');
  await expect(update.getByTestId('technique-adam')).toHaveCount(1); // the optimizer's text
  expect(lab.errors).toEqual([]);
});
