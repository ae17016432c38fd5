/**
 * Take it with you: after a short run the loss chart saves as a PNG image (its bytes start
 * with the PNG signature, its header gives the chart's size) and "All series (CSV)" saves
 * every recorded series, one row per step, aligned by step.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from './lab-page';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

test('loss chart as PNG and all series as CSV', async ({ lab, page }) => {
  await lab.goto({ steps: 12, eval: 4 });
  await lab.waitReady();
  await lab.run();
  await expect(lab.stopReason).toBeVisible({ timeout: 120_000 });

  const save = async (name: string) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name, exact: true }).click(),
    ]);
    return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
  };

  const lossChart = page.getByTestId('loss-chart');
  // The canvas's backing pixels (CSS size × device pixel ratio) and the ratio.
  const [width, height, dpr] = await lossChart
    .locator('canvas')
    .evaluate((c: HTMLCanvasElement) => [c.width, c.height, window.devicePixelRatio]);
  const png = await save('Save “Loss” as a PNG image');
  expect(png.name).toBe('loss.png');
  expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(png.bytes.length).toBeGreaterThan(3000);
  // IHDR: width and height (big-endian) at bytes 16 and 20; the title band adds 22 CSS px.
  expect(png.bytes.readUInt32BE(16)).toBe(width);
  expect(png.bytes.readUInt32BE(20)).toBe(height + Math.round(22 * dpr));

  const csv = await save('All series (CSV)');
  expect(csv.name).toBe('all-series.csv');
  const rows = csv.bytes
    .toString('utf8')
    .split('\r\n')
    .slice(0, -1)
    .map((r) => r.split(','));
  const header = rows[0];
  expect(header[0]).toBe('step');
  expect(header).toEqual(expect.arrayContaining(['trainLoss', 'valLoss', 'learningRate']));
  // One row per step 1…12 (the learning rate is recorded at every step), steps ascending.
  expect(rows.slice(1).map((r) => Number(r[0]))).toEqual(
    Array.from({ length: 12 }, (_, i) => i + 1),
  );
  // As many training losses as the chart draws, and a validation loss every 4 steps.
  const trainCol = header.indexOf('trainLoss');
  const valCol = header.indexOf('valLoss');
  const points = Number(await lossChart.getAttribute('data-points'));
  expect(rows.slice(1).filter((r) => r[trainCol] !== '').length).toBe(points);
  expect(rows.filter((r) => r[valCol] !== '' && r !== header).map((r) => r[0])).toEqual(
    expect.arrayContaining(['4', '8', '12']),
  );
  for (const r of rows.slice(1))
    expect(r[trainCol] === '' || Number.isFinite(Number(r[trainCol]))).toBe(true);
  expect(lab.errors).toEqual([]);
});

test('an SVG chart as PNG: drawn at 2× under the page’s security policy', async ({ lab, page }) => {
  await lab.goto();
  await lab.waitReady();
  const scale = page.getByTestId('scale');
  await scale.locator('summary').click();
  const svg = await scale.getByTestId('scale-speedup-chart').getByRole('application').boundingBox();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save “Speedup” as a PNG image', exact: true }).click(),
  ]);
  const bytes = await readFile(await download.path());
  expect(download.suggestedFilename()).toBe('speedup.png');
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(bytes.readUInt32BE(16)).toBe(2 * Math.round(svg!.width));
  expect(bytes.length).toBeGreaterThan(5000);
  await expect(scale.getByRole('alert')).toHaveCount(0);
  expect(lab.errors).toEqual([]);
});

test('a phase panel’s pictures as PNG: a weight heatmap at 2× and the batch among the points', async ({
  lab,
  page,
}) => {
  await lab.goto('?lang=de');
  await lab.waitReady();
  await lab.nextPhase('initialization');
  const init = lab.phasePanel('initialization');
  // The heatmap of the first layer's initial weights: its cells drawn sharp at twice their size.
  const name = '„Gewichtsmatrix von hidden 1“ als PNG-Bild speichern';
  const figure = init.locator('.viz-heatmap').filter({ has: page.getByRole('button', { name }) });
  const save = figure.getByRole('button', { name });
  const canvas = figure.locator('canvas');
  const [heatmap] = await Promise.all([page.waitForEvent('download'), save.click()]);
  const box = await canvas.evaluate((c) => c.getBoundingClientRect().toJSON() as DOMRect);
  const bytes = await readFile(await heatmap.path());
  expect(heatmap.suggestedFilename()).toBe('gewichtsmatrix-von-hidden-1.png');
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(bytes.readUInt32BE(16)).toBe(Math.round(2 * box.width));
  expect(bytes.readUInt32BE(20)).toBe(Math.round(2 * (box.height + 22)));

  // The data panel's plane: the batch among the training points, with the canvas's pixels.
  await lab.nextPhase('data');
  const data = lab.phasePanel('data');
  const [plane] = await Promise.all([
    page.waitForEvent('download'),
    data
      .getByRole('button', { name: /^„.*“ als PNG-Bild speichern$/ })
      .first()
      .click(),
  ]);
  const planeBytes = await readFile(await plane.path());
  expect(plane.suggestedFilename()).toBe('plane.png');
  expect([...planeBytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  const planeWidth = await data
    .locator('.viz-plane canvas')
    .evaluate((c: HTMLCanvasElement) => c.width);
  expect(planeBytes.readUInt32BE(16)).toBe(planeWidth);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(lab.errors).toEqual([]);
});
