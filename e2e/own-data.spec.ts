/**
 * "Your own data" on WebGPU: a CSV file uploaded through the file field trains; a broken file
 * shows its located problems at the field and leaves the run, its data set and its step as
 * they were; drawn points become a data set that survives a task switch and a reload.
 */
import type { Locator } from '@playwright/test';
import { contentId } from '../src/data/own-data';
import { expect, type LabPage, test } from './lab-page';

/** Two Gaussian blobs far from the origin, in large units (class 'left' and 'right'). */
function blobsCsv(n = 200): string {
  const rows = ['x1,x2,class'];
  let s = 12345;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 2 - 1;
  for (let i = 0; i < n; i++) {
    const right = i % 2 === 1;
    const x = (right ? 140 : 60) + 25 * rand();
    const y = 500 + 40 * rand();
    rows.push(`${x.toFixed(2)},${y.toFixed(2)},${right ? 'right' : 'left'}`);
  }
  return rows.join('\n') + '\n';
}

const csvFile = (name: string, text: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(text, 'utf8'),
});

function fileInput(lab: LabPage): Locator {
  return lab.field('CSV file');
}

function currentData(lab: LabPage): Locator {
  return lab.page.getByTestId('own-data-current');
}

/** The validation loss of the status line, read with its exponent's minus sign (1.2e−5). */
async function valLoss(lab: LabPage): Promise<number | null> {
  const text = (await lab.page.getByTestId('val-loss').textContent()) ?? '';
  const value = Number(text.replace(/\u2212/g, '-').replace(/[\s,]/g, ''));
  return text.trim() === '' || text.includes('—') || Number.isNaN(value) ? null : value;
}

async function showPhase(lab: LabPage, title: string): Promise<void> {
  await lab.page
    .getByRole('navigation', { name: 'Phases of a training step' })
    .getByRole('button', { name: title })
    .click();
}

test('a CSV upload trains; a broken CSV shows its error and leaves the run as it was', async ({
  lab,
}) => {
  await lab.goto({ task: 'table' });
  await lab.waitReady();
  await expect(lab.backendBadge).toHaveText('webgpu');
  await expect(currentData(lab)).toContainText('iris');

  await fileInput(lab).setInputFiles(csvFile('blobs.csv', blobsCsv()));
  await expect(lab.page.getByTestId('own-data-staged')).toContainText('200 rows, 3 columns');
  await expect(lab.page.getByLabel('Column to predict')).toHaveValue('2');
  await expect(lab.page.getByLabel('Predict it as')).toHaveValue('classification');
  await lab.page.getByRole('button', { name: 'Train on this data' }).click();
  await expect(currentData(lab)).toContainText(
    'blobs.csv: 200 rows, 2 inputs → class (classification)',
  );
  await expect(lab.page).toHaveURL(/task=table/);
  await expect(lab.page).toHaveURL(/dataid=[0-9a-f]{16}/);
  await expect(lab.stepCounter).toHaveText('0');

  // It trains: one step-mode cycle measures the untrained model, then the step counter
  // rises and the validation loss falls.
  await lab.fullCycle();
  const first = (await valLoss(lab)) as number;
  expect(first).toBeGreaterThan(0.1);
  await lab.run();
  await lab.waitForStep(50, 120_000);
  await expect
    .poll(async () => ((await valLoss(lab)) ?? Infinity) < 0.5 * first, {
      timeout: 60_000,
      intervals: [500],
    })
    .toBe(true);
  await lab.pause();
  await showPhase(lab, 'Evaluation');
  await expect(lab.phasePanel('evaluation')).toContainText('Decision regions');

  // Broken files: each shows where it is wrong, and nothing changes.
  const step = await lab.step();
  const url = lab.page.url();
  const data = await currentData(lab).textContent();
  const loss = await lab.trainLoss();

  await fileInput(lab).setInputFiles(csvFile('semicolons.csv', 'x1;x2;class\n1,5;2;a\n3;4;b\n'));
  await expect(lab.fieldError('CSV file')).toContainText("uses ';' (semicolons)");
  await expect(lab.fieldError('CSV file')).toContainText('current data set is unchanged');
  await expect(lab.page.getByTestId('own-data-staged')).toHaveCount(0);

  const broken = blobsCsv(20).split('\n');
  broken[6] = '12.5,abc,left'; // line 7 of the file
  await fileInput(lab).setInputFiles(csvFile('broken.csv', broken.join('\n')));
  await expect(lab.fieldError('CSV file')).toContainText(
    "Line 7, column 'x2': 'abc' is not a number.",
  );
  await expect(lab.page.getByRole('button', { name: 'Train on this data' })).toBeDisabled();

  expect(await lab.step()).toBe(step);
  expect(await lab.trainLoss()).toBe(loss);
  expect(lab.page.url()).toBe(url);
  await expect(currentData(lab)).toHaveText(data ?? '');

  // The run goes on from where it was.
  await lab.run();
  await lab.waitForStep(step + 10, 60_000);
  await lab.pause();
  expect(lab.errors).toEqual([]);
});

test('drawn points become a data set that survives a task switch and a reload', async ({ lab }) => {
  await lab.goto({ task: 'table' });
  await lab.waitReady();
  await lab.page.getByText('Draw points instead').click();
  const plane = lab.page.getByTestId('draw-plane');
  const box = (await plane.boundingBox())!;
  const click = (fx: number, fy: number) =>
    plane.click({ position: { x: fx * box.width, y: fy * box.height } });
  for (let i = 0; i < 6; i++) await click(0.15 + 0.05 * i, 0.2 + 0.1 * i);
  await lab.page.getByRole('button', { name: 'Use these points' }).click();
  await expect(lab.page.getByRole('alert').filter({ hasText: 'draw at least 10' })).toBeVisible();
  await expect(lab.page.getByRole('alert')).toContainText('No point of class 1 yet');

  await lab.page.getByRole('button', { name: 'class 1' }).click();
  for (let i = 0; i < 6; i++) await click(0.65 + 0.05 * i, 0.3 + 0.1 * i);
  await expect(lab.page.getByTestId('draw-count')).toContainText(
    '12 points: 6 of class 0, 6 of class 1',
  );
  await lab.page.getByRole('button', { name: 'Use these points' }).click();
  await expect(currentData(lab)).toContainText('Drawn points: 12 rows, 2 inputs');
  await lab.fullCycle();
  await expect(lab.stepCounter).toHaveText('1');

  // Another task, then back: a clean new run, on the same drawn points.
  await lab.setField('Task', 'classify2d');
  await expect(lab.stepCounter).toHaveText('0');
  await expect(lab.page.getByTestId('own-data')).toHaveCount(0);
  await lab.setField('Task', 'table');
  await expect(currentData(lab)).toContainText('Drawn points: 12 rows');
  await expect(lab.stepCounter).toHaveText('0');

  // The data set is kept in this browser: a reload trains on it again.
  await lab.page.reload();
  await lab.waitReady();
  await expect(currentData(lab)).toContainText('Drawn points: 12 rows');
  expect(lab.errors).toEqual([]);
});

test('a link to a data set this browser does not hold says so and trains on the example', async ({
  lab,
}) => {
  await lab.goto({ task: 'table', dataid: '0123456789abcdef' });
  await lab.waitReady();
  await expect(lab.page.getByRole('alert').first()).toContainText(
    'The data set 0123456789abcdef is not stored in this browser',
  );
  await expect(currentData(lab)).toContainText('iris');
  await expect(lab.page).not.toHaveURL(/dataid=/);
  await lab.nextPhase('initialization');
});

/** A regression in large units: a price around 10⁷ that rises with x, with some noise. */
function pricesCsv(n = 120): string {
  const rows = ['x,price'];
  let s = 777;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 2 - 1;
  for (let i = 0; i < n; i++) {
    const x = (10 * i) / n;
    rows.push(`${x.toFixed(3)},${Math.round(1.2e7 + 6e5 * x + 2e5 * rand())}`);
  }
  return rows.join('\n') + '\n';
}

test('numbers beyond 32-bit floats are refused at their line; a target in millions trains in its units', async ({
  lab,
}) => {
  await lab.goto({ task: 'table' });
  await lab.waitReady();

  // 1e39 is finite in 64-bit floats but Infinity in the model's 32-bit ones.
  const huge = blobsCsv(20).split('\n');
  huge[4] = '1e39,500,left'; // line 5 of the file
  await fileInput(lab).setInputFiles(csvFile('huge.csv', huge.join('\n')));
  await expect(lab.fieldError('CSV file')).toContainText(
    "Line 5, column 'x1': '1e39' is too large for the model",
  );
  await expect(lab.page.getByRole('button', { name: 'Train on this data' })).toBeDisabled();
  await expect(currentData(lab)).toContainText('iris');

  await fileInput(lab).setInputFiles(csvFile('prices.csv', pricesCsv()));
  await expect(lab.page.getByLabel('Predict it as')).toHaveValue('regression');
  await lab.page.getByRole('button', { name: 'Train on this data' }).click();
  await expect(currentData(lab)).toContainText(
    'prices.csv: 120 rows, 1 input → price (regression)',
  );
  await lab.fullCycle();
  // The loss is on the standardized target: about 1 for an untrained model, not 10¹³.
  const first = await valLoss(lab);
  expect(first).not.toBeNull();
  expect(Number.isFinite(first)).toBe(true);
  expect(first!).toBeLessThan(20);
  await lab.run();
  await lab.waitForStep(40, 120_000);
  await lab.pause();
  const later = await valLoss(lab);
  expect(Number.isFinite(later)).toBe(true);

  await lab.showPhase('Evaluation');
  const panel = lab.phasePanel('evaluation');
  await expect(panel.getByTestId('target-scale-note')).toContainText(
    'standardized target z = (y − μ) / σ',
  );
  await expect(panel.getByTestId('target-scale-note')).toContainText("units of 'price'");
  await expect(panel.getByText("RMSE in units of 'price' (√L · σ)")).toBeVisible();
  await expect(panel.getByTestId('rmse-units')).toHaveText(/^[\d,.e\u2212]+$/);
  await expect(panel.getByTestId('fitted-curve')).toBeVisible();
  expect(lab.errors).toEqual([]);
});

test('a data set stored before the checks, holding Infinity, is refused and kept; the page trains on the example', async ({
  lab,
}) => {
  await lab.goto({ task: 'table' });
  await lab.waitReady();
  // What an older version stored for a file with 1e39 in it: binary32 made it Infinity.
  const n = 20;
  const content = {
    name: 'old.csv',
    features: ['x1', 'x2'],
    target: 'class',
    kind: 'classification' as const,
    classNames: ['a', 'b'],
    x: Float32Array.from({ length: 2 * n }, (_, k) => (k === 6 ? Infinity : k)),
    y: Int32Array.from({ length: n }, (_, i) => i % 2),
    n,
  };
  const id = contentId(content);
  await lab.page.evaluate(
    async ({ id, content }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('training-run-lab');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const record = {
        ...content,
        id,
        x: Float32Array.from(content.x, (v) => (v === null ? Infinity : v)),
        y: Int32Array.from(content.y),
      };
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('datasets', 'readwrite');
        tx.objectStore('datasets').put(record);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    // Typed arrays and Infinity do not survive the trip as they are: plain arrays, null.
    {
      id,
      content: {
        ...content,
        x: Array.from(content.x, (v) => (Number.isFinite(v) ? v : null)),
        y: Array.from(content.y),
      },
    },
  );

  await lab.goto({ task: 'table', dataid: id });
  await lab.waitReady();
  await expect(lab.page.getByRole('alert').first()).toContainText(
    `The data set ${id} stored in this browser cannot be used (row 4, column 'x1': 'Infinity' is not a finite number`,
  );
  await expect(lab.page.getByRole('alert').first()).toContainText(
    'The run uses the example data instead.',
  );
  await expect(currentData(lab)).toContainText('iris');
  await lab.nextPhase('initialization');
  await lab.nextPhase('data');
  await expect(lab.phasePanel('data')).toBeVisible();
  await expect(lab.page.getByTestId('panel-error')).toHaveCount(0);
  const kept = await lab.page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('training-run-lab');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const value = await new Promise<unknown>((resolve) => {
      const get = db.transaction('datasets').objectStore('datasets').get(id);
      get.onsuccess = () => resolve(get.result);
    });
    db.close();
    return (value as { name?: string } | undefined)?.name;
  }, id);
  expect(kept).toBe('old.csv');
});
