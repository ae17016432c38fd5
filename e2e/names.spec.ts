/**
 * The character-level language model of names in a real browser: the MLP on WebGPU learns
 * (validation loss below the uniform baseline ln 27) and samples names; the transformer
 * shows its causal attention in step mode.
 */
import { expect, test } from './lab-page';

const UNIFORM = Math.log(27);

test('names MLP on WebGPU: validation loss falls below ln 27 and names are sampled', async ({
  lab,
}) => {
  // SwiftShader's WebGPU needs seconds per pass over the 5,900 validation pairs: evaluate
  // every 50 steps so that training, not evaluation, fills the time.
  await lab.goto({ task: 'names', eval: 50 });
  await lab.waitReady();
  await expect(lab.backendBadge).toHaveText('webgpu');
  await expect(lab.field('Model')).toHaveValue('mlp');
  await expect(lab.field('Context (characters)')).toHaveValue('5');
  await expect(lab.field('Dataset')).toHaveCount(0);
  // The model choice offers what this task has: no CNN for names.
  await expect(lab.field('Model').locator('option')).toHaveText([
    'MLP (dense layers)',
    'Transformer (causal self-attention)',
  ]);

  await lab.run();
  await expect
    .poll(async () => (await lab.valLoss()) ?? Infinity, { timeout: 150_000, intervals: [1000] })
    .toBeLessThan(UNIFORM - 0.3);
  await lab.pause();
  await lab.showPhase('Evaluation');
  const samples = lab.phasePanel('evaluation').getByTestId('sampled-names').locator('li');
  await expect(samples).toHaveCount(12);
  const words = await samples.allTextContents();
  expect(words.every((w) => /^([a-z]+…?|\(empty\))$/.test(w))).toBe(true);
  await expect(lab.phasePanel('evaluation')).toContainText('Bits per character');
  expect(lab.errors).toEqual([]);
});

test('the names transformer in step mode: pairs, predictions, causal attention; bad heads refused', async ({
  lab,
}) => {
  await lab.goto({ task: 'names', model: 'transformer', backend: 'webgl' });
  await lab.waitReady();
  await expect(lab.field('Attention heads')).toHaveValue('2');
  await expect(lab.field('Units per layer')).toHaveCount(0);
  await lab.nextPhase('initialization');
  await lab.nextPhase('data');
  // The batch as (context → next character) pairs.
  await expect(lab.phasePanel('data').getByTestId('char-pairs').locator('li')).toHaveCount(16);
  await lab.nextPhase('forward');
  await expect(
    lab.phasePanel('forward').getByTestId('next-char-table').locator('tbody tr'),
  ).toHaveCount(8);
  const maps = lab.phasePanel('forward').getByTestId('attention-maps');
  await expect(maps).toBeVisible();
  await expect(maps).toContainText('head 2');

  // 16 does not split into 3 heads: the field says so and Run waits.
  await lab.setField('Attention heads', '3');
  await expect(lab.fieldError('Attention heads')).toContainText('split evenly');
  await expect(lab.page.getByRole('button', { name: 'Run' })).toBeDisabled();
  await expect(lab.stepCounter).toHaveText('0');
  expect(lab.errors).toEqual([]);
});

test('on the cpu backend a long evaluation does not look like a crashed worker', async ({
  lab,
}) => {
  // A two-block transformer's evaluation over 5,900 validation pairs takes many seconds of
  // synchronous computation on cpu: the worker must still answer the page's heartbeat
  // between chunks, or the page would restart it as crashed (and lose the run).
  await lab.goto({
    task: 'names',
    model: 'transformer',
    backend: 'cpu',
    blocks: 2,
    emb: 48,
    ctx: 8,
    bs: 16,
    eval: 5,
    steps: 7,
  });
  await lab.waitReady();
  await lab.run();
  // Max steps = 7 ends the run after the evaluation at step 5.
  await expect(lab.stopReason).toBeVisible({ timeout: 150_000 });
  expect(await lab.step()).toBe(7);
  await expect(lab.page.getByText(/could not be resumed|stopped responding/)).toHaveCount(0);
  expect(await lab.valLoss()).not.toBeNull();
  expect(lab.errors).toEqual([]);
});
