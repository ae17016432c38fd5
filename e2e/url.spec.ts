/**
 * A hand-edited link: what the page cannot use is ignored with a notice that names it, and
 * never disables the controls behind a field the page does not show.
 */
import { expect, test } from './lab-page';

test('a link’s unknown keys, hidden fields and unknown backend are named and ignored', async ({
  lab,
}) => {
  await lab.goto('?ctx=abc&LR=0.5&backend=bogus&seed=7&seed=8');
  await lab.waitReady();
  const notices = lab.page.getByTestId('url-notices').locator('li');
  await expect(notices).toHaveCount(4);
  await expect(notices.nth(0)).toContainText('“ctx=abc”');
  await expect(notices.nth(0)).toContainText('task=names');
  await expect(notices.nth(1)).toContainText('did you mean “lr=0.5”');
  await expect(notices.nth(2)).toContainText('“backend=bogus”');
  await expect(notices.nth(3)).toContainText('ignored “seed=8”');
  // The run starts on the usual backend, with the first seed, and nothing blocks it.
  await expect(lab.backendBadge).toHaveText('webgpu');
  await expect(lab.field('Seed')).toHaveValue('7');
  await expect(lab.page.getByText(/Fix the highlighted/)).toHaveCount(0);
  await expect(lab.button('Run')).toBeEnabled();
  await expect(lab.button('Reset')).toBeEnabled();
  await lab.nextPhase('initialization');
  // The URL now describes the run: nothing ignored is left in it.
  await expect(lab.page).toHaveURL(/\?seed=7$/);
  await lab.page.getByTestId('url-notices').getByRole('button', { name: 'Dismiss' }).click();
  await expect(lab.page.getByTestId('url-notices')).toHaveCount(0);
  expect(lab.errors).toEqual([]);
});

test('a bad value left in a field of another task does not block this one', async ({ lab }) => {
  await lab.goto({ task: 'names' });
  await lab.waitReady();
  await lab.setField('Context (characters)', 'abc');
  await expect(lab.button('Run')).toBeDisabled();
  await lab.setField('Task', 'classify2d');
  await expect(lab.field('Context (characters)')).toHaveCount(0);
  await expect(lab.button('Next phase')).toBeEnabled({ timeout: 60_000 });
  await expect(lab.button('Run')).toBeEnabled();
  await expect(lab.page.getByText(/Fix the highlighted/)).toHaveCount(0);
});

test('the benchmark page reads its numbers in the same decimal syntax', async ({ lab }) => {
  await lab.page.goto('/bench.html?backend=wasm&seconds=0x10');
  await expect(lab.page).toHaveTitle('done');
  await expect(lab.page.locator('#out')).toContainText(
    '?seconds=0x10 is not a positive decimal number.',
  );
});
