/**
 * Lineage on WebGPU: the MNIST MLP pre-trained on all ten digits is fine-tuned on the digits
 * 0–4 from its checkpoint. The initialization panel says every layer was copied from the
 * pre-trained run, the fine-tuned run's first validation loss is lower than a fresh run's of
 * the same config and seed, and the Runs view's lineage graph draws the fine-tune edge;
 * clicking a run there shows it in the table, and the tour's lineage stop opens the graph.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './lab-page';

/** axe-core's violations (the a11y spec's rules) inside `include`, one line each. */
async function violations(page: Page, include: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .include(include)
    .analyze();
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/** A small MLP (32 hidden units), evaluated every 10 steps; pre-trained 100 steps. */
const QUERY = { task: 'mnist', units: 32, lr: 0.003, steps: 100, eval: 10, ckpt: 100, seed: 3 };
const FINE_STEPS = 10;

test('fine-tuning starts lower than a fresh model and shows a lineage edge', async ({
  lab,
  page,
}) => {
  await lab.goto(QUERY);
  await lab.waitReady();
  await lab.run();
  await expect(lab.stopReason).toBeVisible({ timeout: 150_000 });

  // The fine-tuning task: digits 0–4, ten steps, the first evaluation at its end.
  await lab.setField('Digits', 'lower');
  await lab.setField('Max steps', String(FINE_STEPS));
  await lab.showPhase('Checkpoint');
  const rows = page.getByTestId('checkpoint-row');
  await expect(rows).toHaveCount(1);
  await rows
    .first()
    .getByRole('button', { name: /^Fine-tune from the checkpoint at step 100/ })
    .click();
  await expect.poll(() => lab.step()).toBe(0);
  await lab.run();
  await expect(lab.stopReason).toBeVisible({ timeout: 120_000 });
  expect(await lab.step()).toBe(FINE_STEPS);
  const fineTuned = (await lab.valLoss())!;

  await lab.showPhase('Initialization');
  const transfer = lab.phasePanel('initialization').getByTestId('init-transfer');
  await expect(transfer).toContainText('Transfer from run');
  await expect(transfer).toContainText('(checkpoint at step 100)');
  await expect(transfer.locator('tbody tr[data-status="copied"]')).toHaveCount(2);
  await expect(transfer).toContainText('hidden 1');
  expect(await violations(page, '[data-testid="init-transfer"]')).toEqual([]);

  // The same config and seed from scratch.
  await lab.reset();
  await expect.poll(() => lab.step()).toBe(0);
  await lab.run();
  await expect(lab.stopReason).toBeVisible({ timeout: 120_000 });
  const fresh = (await lab.valLoss())!;
  console.log(`first val_loss at step ${FINE_STEPS}: fine-tuned ${fineTuned}, fresh ${fresh}`);
  expect(fineTuned).toBeLessThan(fresh);

  // The Runs view: three runs, one fine-tune edge from the pre-trained run.
  const view = page.getByTestId('runs-view');
  await view.locator(':scope > summary').click();
  const table = view.getByTestId('runs-table').locator('tbody tr');
  await expect(table).toHaveCount(3);
  const graph = view.getByTestId('runs-lineage');
  const edge = graph.getByTestId('lineage-edge');
  await expect(edge).toHaveCount(1);
  await expect(edge).toHaveAttribute('data-kind', 'fineTune');
  await expect(edge).toContainText('fine-tune @ 100');
  await expect(graph.getByRole('list', { name: 'Edges' })).toContainText('fine-tuned from');
  const from = (await edge.getAttribute('data-from'))!;
  const to = (await edge.getAttribute('data-to'))!;
  // Newest first: the fresh run, the fine-tuned one, the pre-trained one.
  const ids = await table.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-run-id')));
  expect([from, to]).toEqual([ids[2], ids[1]]);
  // The fine-tuned run's row names its parent; a click on its node shows and selects it.
  const child = view.locator(`tbody tr[data-run-id="${to}"]`);
  await expect(child).toContainText('fine-tuned from');
  await graph.locator(`[data-testid="lineage-node"][data-run-id="${to}"]`).click();
  await expect(child).toHaveClass(/runs-focus/);
  await expect(child.getByRole('checkbox')).toBeChecked();
  await expect(graph.getByTestId('lineage-node')).toHaveCount(2);
  expect(await violations(page, '[data-testid="runs-lineage"]')).toEqual([]);

  // The tour's lineage stop takes the student to the graph.
  await view.locator(':scope > summary').click();
  await page.getByRole('button', { name: 'Tour' }).click();
  const tour = page.getByRole('dialog');
  await tour.getByLabel('Chapter').selectOption({ label: '4. Documentation and governance' });
  await tour.getByLabel('Stop', { exact: true }).selectOption({ label: 'Model lineage' });
  await tour.getByRole('button', { name: 'Show it on the live run' }).click();
  await expect(view).toHaveAttribute('open');
  await expect(graph).toHaveClass(/tour-highlight/);
  expect(lab.errors).toEqual([]);
});
