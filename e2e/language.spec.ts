/**
 * The page speaks German or English: `?lang=de` hands out a German page (phase names, their
 * explanations, the sidebar's help, numbers with a decimal comma, `<html lang="de">`), the
 * switch in the top bar changes the language and the URL, and a German browser gets German.
 */
import { expect, test } from './lab-page';

const rail = (lab: { page: import('@playwright/test').Page }) =>
  lab.page.getByRole('navigation', {
    name: /^(Phases of a training step|Phasen eines Trainingsschritts)$/,
  });

test('lang=de shows the German texts, and the switch changes the language and the URL', async ({
  lab,
}) => {
  await lab.goto('?lang=de');
  await lab.waitReady();
  await expect(lab.page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(rail(lab)).toContainText('Initialisierung');
  await expect(rail(lab)).toContainText('Evaluierung');
  // The rail names the phase that ran last by its German name, not by its id.
  await lab.nextPhase('initialization');
  await expect(lab.phaseLabel).toHaveText('Initialisierung');
  await expect(rail(lab)).toContainText('Forward Pass');
  await expect(lab.phasePanel('initialization')).toContainText('So funktioniert es');
  await expect(lab.phasePanel('initialization')).toContainText('Symmetrie');
  await expect(lab.page.locator('#field-task-help')).toContainText('Punkte in der Ebene');
  await expect(lab.page.getByTestId('learning-rate')).toHaveText('0,03');
  await expect(lab.page.getByTestId('url-notices')).toHaveCount(0);
  // The sidebar's labels and its validation speak German; the issue is re-said on a switch.
  await lab.setField('Lernrate', 'abc');
  await expect(lab.fieldError('Lernrate')).toHaveText('„Lernrate“ muss eine Zahl sein.');

  await lab.page.getByLabel('Sprache').selectOption('en');
  await expect(rail(lab)).toContainText('Initialization');
  await expect(rail(lab)).not.toContainText('Initialisierung');
  await expect(lab.phasePanel('initialization')).toContainText('How it works');
  await expect(lab.page.locator('#field-task-help')).toContainText('Points in the plane');
  await expect(lab.page.getByTestId('learning-rate')).toHaveText('0.03');
  await expect(lab.fieldError('Learning rate')).toHaveText('Learning rate must be a number.');
  await lab.setField('Learning rate', '0.03');
  await expect(lab.fieldError('Learning rate')).toHaveCount(0);
  await expect(lab.page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(lab.page).toHaveURL(/[?&]lang=en(&|$)/);

  // The URL keeps the language after a setting changes, and a reload keeps it.
  await lab.setField('Seed', '7');
  await expect(lab.page).toHaveURL(/[?&]lang=en(&|$)/);
  await lab.page.getByLabel('Language').selectOption('de');
  await expect(lab.page).toHaveURL(/[?&]lang=de(&|$)/);
  await expect(lab.page).toHaveURL(/[?&]seed=7(&|$)/);
  await lab.page.reload();
  await lab.waitReady();
  await expect(rail(lab)).toContainText('Initialisierung');
  expect(lab.errors).toEqual([]);
});

test('the technique fields speak German: labels, options and a check across fields', async ({
  lab,
}) => {
  await lab.goto('?lang=de&steps=50');
  await lab.waitReady();
  await expect(lab.page.getByRole('group', { name: 'Zeitplan' })).toBeVisible();
  await lab.setField('Lernraten-Zeitplan', 'warmupCosine');
  await lab.setField('Warm-up-Schritte', '100');
  await expect(lab.fieldError('Warm-up-Schritte')).toContainText(
    'Das Warm-up (100 Schritte) ist nicht kürzer als der Lauf (50 geplante Schritte)',
  );
  await lab.page.getByLabel('Sprache').selectOption('en');
  await expect(lab.fieldError('Warm-up steps')).toContainText('not shorter than the run (50');
  expect(lab.errors).toEqual([]);
});

test('a language the page does not speak is ignored with a notice that suggests the one it names', async ({
  lab,
}) => {
  await lab.goto('?lang=de-AT');
  await lab.waitReady();
  await expect(lab.page.getByTestId('url-notices')).toContainText('did you mean “lang=de”?');
  await expect(rail(lab)).toContainText('Initialization');
});

test.describe('in a German browser', () => {
  test.use({ locale: 'de-DE' });

  test('the page follows the browser’s language', async ({ lab }) => {
    await lab.goto();
    await lab.waitReady();
    await expect(lab.page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(rail(lab)).toContainText('Evaluierung');
    await expect(lab.page).toHaveURL(/[?&]lang=de(&|$)/);
  });
});

test('a German page words the stop reason and writes numbers with a decimal comma', async ({
  lab,
}) => {
  // The target val_loss 5 is reached at the first evaluation, at step 2.
  await lab.goto('?lang=de&eval=2&target=5&steps=50');
  await lab.waitReady();
  await expect(lab.page.getByTestId('learning-rate')).toHaveText('0,03');
  await expect(lab.field('Lernrate')).toHaveValue('0,03');
  // A decimal comma typed into a field is the number it says, not an error.
  await lab.setField('Lernrate', '0,05');
  await expect(lab.fieldError('Lernrate')).toHaveCount(0);
  await expect(lab.page).toHaveURL(/[?&]lr=0\.05(&|$)/);
  await lab.button('Run').click();
  await expect(lab.stopReason).toContainText('Lauf beendet.', { timeout: 120_000 });
  await expect(lab.stopReason).toContainText(
    /Validierungsverlust \d+,\d{4} hat den Zielwert 5 erreicht\./,
  );
  await expect(lab.stopReason).not.toContainText(/reached|Validation/);
  await expect(lab.page.getByTestId('learning-rate')).toHaveText('0,05');
  expect(lab.errors).toEqual([]);
});
