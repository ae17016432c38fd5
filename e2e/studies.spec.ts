/**
 * Studies: a small learning-rate sweep (2-D points, 3 runs × 20 steps) trains in its own
 * engine, survives a reload mid-study (the run in progress is trained again) and finishes
 * with every run in the Runs view, linked to the study; a bad definition is refused at its
 * path; and the run history's database, upgraded for studies, keeps the runs stored before.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './lab-page';

/** Opens a view (a <details> card) by its test id, if it is closed. */
async function openView(page: Page, testId: string) {
  const view = page.getByTestId(testId);
  if ((await view.getAttribute('open')) === null) await view.locator('summary').click();
  return view;
}

/** What the run history's database holds: its version, the runs' study links, the studies. */
function readHistory(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{
        version: number;
        stores: string[];
        runs: { id: string; name: string; study?: { studyId: string; index: number } | null }[];
        studies: { id: string; queue: { state: string; finished: { index: number }[] } }[];
      }>((resolve, reject) => {
        const open = indexedDB.open('training-run-lab-runs');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const stores = [...db.objectStoreNames];
          const tx = db.transaction(stores, 'readonly');
          const runs = tx.objectStore('runs').getAll();
          const studies = stores.includes('studies') ? tx.objectStore('studies').getAll() : null;
          tx.oncomplete = () => {
            resolve({
              version: db.version,
              stores,
              runs: runs.result,
              studies: studies?.result ?? [],
            });
            db.close();
          };
        };
      }),
  );
}

test('a sweep resumes after a reload and records every run linked to its study', async ({
  lab,
  page,
}) => {
  test.setTimeout(300_000);
  await lab.goto({ steps: 10 });
  await lab.waitReady();
  const view = await openView(page, 'studies-view');
  // The view's own example: learning rates 0.003, 0.03, 0.3 on the 2-D points, 20 steps each.
  await view.getByTestId('study-advanced').locator('summary').click();
  await view.getByTestId('study-start-json').click();
  const item = view.getByTestId('study-item');
  await expect(item).toHaveCount(1);
  await expect(item.getByTestId('study-runs-done')).toContainText('1 of 3', { timeout: 150_000 });
  await expect(item.getByTestId('study-current')).toContainText('Run 2 of 3');
  // Pause holds the run in progress; Resume goes on with it.
  await item.getByTestId('study-pause').click();
  await expect(item.getByTestId('study-progress')).toHaveAttribute('data-state', 'paused');
  // The engine stops once the steps already queued are done (up to a read-back interval):
  // then nothing moves, neither the run's step nor the runs done.
  const counters = async () => (await item.getByTestId('study-progress').textContent()) ?? '';
  let last = '';
  await expect
    .poll(
      async () => {
        const now = await counters();
        const still = now === last;
        last = now;
        return still;
      },
      { intervals: [1500], timeout: 60_000 },
    )
    .toBe(true);
  await page.waitForTimeout(2000);
  expect(await counters()).toBe(last);
  await item.getByTestId('study-resume').click();
  await expect(item.getByTestId('study-progress')).toHaveAttribute('data-state', 'running');

  // Reload mid-study: the second run is in progress and was never recorded.
  await page.reload();
  await lab.waitReady();
  const again = await openView(page, 'studies-view');
  await expect(again.getByTestId('study-runs-done')).toContainText('3 of 3', {
    timeout: 200_000,
  });
  await expect(again.getByTestId('study-progress')).toHaveAttribute('data-state', 'done');
  await expect(again.getByTestId('study-totals')).toContainText('3 runs recorded');

  const runs = await openView(page, 'runs-view');
  await expect(runs.getByTestId('runs-table').locator('tbody tr')).toHaveCount(3);
  const stored = await readHistory(page);
  expect(stored.studies).toHaveLength(1);
  const [study] = stored.studies;
  expect(study.queue.state).toBe('done');
  // Each run of the study once, the interrupted one included: no run twice, none lost.
  expect(stored.runs.map((r) => r.study?.studyId)).toEqual([study.id, study.id, study.id]);
  expect(stored.runs.map((r) => r.study?.index).sort()).toEqual([0, 1, 2]);
  expect(stored.runs.map((r) => r.name).sort()).toEqual([
    expect.stringContaining('lr 0.003'),
    expect.stringContaining('lr 0.03 '),
    expect.stringContaining('lr 0.3 '),
  ]);
  // The page's own run was not disturbed: it has not trained.
  expect(await lab.step()).toBe(0);
  expect(lab.errors).toEqual([]);
});

test('a bad study definition is refused at its path, and nothing runs', async ({ lab, page }) => {
  await lab.goto();
  await lab.waitReady();
  const view = await openView(page, 'studies-view');
  await view.getByTestId('study-advanced').locator('summary').click();
  const definition = view.getByTestId('study-definition');
  await definition.fill(
    JSON.stringify({
      kind: 'sweep',
      method: 'random',
      parameters: { learningRate: { min: 0.1, max: 0.001 } },
      runs: 3,
      stepsPerRun: 20,
    }),
  );
  await view.getByTestId('study-start-json').click();
  const problems = view.getByTestId('study-problems');
  await expect(problems.locator('li[data-path="parameters.learningRate.min"]')).toContainText(
    'the minimum 0.1 is above the maximum 0.001',
  );
  // A combination the sidebar refuses (a batch larger than the training set) is named by run.
  await definition.fill(
    JSON.stringify({
      kind: 'sweep',
      method: 'grid',
      base: { task: 'regress1d', points: 100 },
      parameters: { batchSize: { values: [64, 4096] } },
      runs: 2,
      stepsPerRun: 20,
    }),
  );
  await view.getByTestId('study-start-json').click();
  await expect(problems.locator('li[data-path="runs.1"]')).toContainText(
    'Run 1 (batchSize = 4096)',
  );
  await expect(problems.locator('li')).toHaveCount(1);
  await definition.fill('{"kind": "sweep",');
  await view.getByTestId('study-start-json').click();
  await expect(problems).toContainText('not valid JSON');
  await expect(view.getByTestId('study-item')).toHaveCount(0);
});

test('the run history stored before studies existed is kept by the upgrade', async ({
  lab,
  page,
}) => {
  // A page of the app's origin that does not open the database itself.
  await page.route('**/seed.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>seed</title>' }),
  );
  await page.goto('/seed.html');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('training-run-lab-runs', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('runs', { keyPath: 'id' });
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('runs', 'readwrite');
          const series = {
            trainSteps: [1, 2],
            trainLosses: [0.7, 0.6],
            valSteps: [2],
            valLosses: [0.65],
            valAccuracies: [0.6],
            clockSteps: [2],
            elapsedMs: [40],
            learningRates: [0.03],
          };
          tx.objectStore('runs').put({
            id: 'run-from-version-1',
            name: 'stored before studies',
            tags: [],
            note: '',
            starred: true,
            config: { task: 'classify2d', learningRate: 0.03, seed: 1 },
            data: { task: 'classify2d', dataset: 'moons', contentHash: null },
            seed: 1,
            backend: 'webgpu',
            adapter: null,
            appVersion: '0.0.0',
            startedAt: 1_700_000_000_000,
            updatedAt: 1_700_000_001_000,
            endedAt: 1_700_000_001_000,
            stopReason: 'Reached max steps 2.',
            step: 2,
            final: { trainLoss: 0.6, valLoss: 0.65, valAccuracy: 0.6 },
            best: { valLoss: { value: 0.65, step: 2 }, valAccuracy: { value: 0.6, step: 2 } },
            series,
            incidents: [],
            compute: { flopsPerStep: 1000, trainingFlops: 2000, wallMs: 40 },
            test: null,
          });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await lab.goto();
  await lab.waitReady();
  const runs = await openView(page, 'runs-view');
  await expect(runs.getByTestId('runs-table').locator('tbody tr')).toHaveCount(1);
  await expect(runs.getByRole('textbox', { name: /^Name of run/ })).toHaveValue(
    'stored before studies',
  );
  const stored = await readHistory(page);
  expect(stored.version).toBe(2);
  expect(stored.stores.sort()).toEqual(['runs', 'studies']);
  expect(stored.runs.map((r) => r.id)).toEqual(['run-from-version-1']);
});
