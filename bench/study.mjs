/**
 * Study runner against a single run: the same total steps trained as one study of RUNS runs
 * of STEPS steps each (the Studies view, its own engine worker, one run after another) and as
 * one run of RUNS × STEPS steps in run mode on the page, on the same config (the default
 * two-circles MLP, evaluation once every STEPS steps, checkpoints pushed out of the run, no
 * early stopping), each in a fresh page of its own.
 *
 * Reported per backend:
 *   - wall time and steps/s of each, from pressing Start study / Run to the study done / the
 *     stop reason shown, and their ratio (study / single, 1 = nothing lost);
 *   - the study's set-up time per run: the wall time the runner measured for each run (from
 *     taking it off the queue to its record stored) less the run's own training time as its
 *     engine measured it (the record's compute.wallMs): building the model and data set,
 *     the first step's kernels, recording the run and saving the queue;
 *   - steps/s of training alone (Σ steps / Σ compute.wallMs) of both, which should match.
 * Target: the study loses nothing but the set-up (training-only steps/s within 10 %).
 *
 * Run alone with `node bench/run.mjs study [wasm] [cpu] [webgpu]` (default wasm and cpu).
 */
export const STUDY_BACKENDS = ['wasm', 'cpu'];
const RUNS = 4;
const STEPS = 250;
const TIMEOUT_MS = 600_000;
/** The config of every run, as study settings and as the URL's keys (src/config/schema.ts). */
const BASE = {
  task: 'classify2d',
  learningRate: 0.03,
  evalInterval: STEPS,
  checkpointInterval: 1_000_000,
  earlyStopping: 'off',
};
const QUERY = `eval=${STEPS}&ckpt=1000000&es=off&lr=0.03`;

const round = (v, digits = 1) => (v === null || v === undefined ? null : Number(v.toFixed(digits)));

/** The run history's database as the page stores it: runs and studies. */
export function readHistory(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('training-run-lab-runs');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['runs', 'studies'], 'readonly');
          const runs = tx.objectStore('runs').getAll();
          const studies = tx.objectStore('studies').getAll();
          tx.oncomplete = () => {
            resolve({ runs: runs.result, studies: studies.result });
            db.close();
          };
        };
      }),
  );
}

async function openPage(browser, baseUrl, backend, query) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}/?backend=${backend}${query ? `&${query}` : ''}`);
  await page.getByTestId('next-phase-button').waitFor({ timeout: 120_000 });
  await page.waitForFunction(
    () => {
      const b = document.querySelector('[data-testid="backend"]')?.textContent?.trim();
      const next = document.querySelector('[data-testid="next-phase-button"]');
      return b && b !== '—' && next && !next.disabled;
    },
    null,
    { timeout: 120_000 },
  );
  const name = (await page.getByTestId('backend').textContent())?.trim() ?? '';
  return { context, page, name };
}

/** The study: RUNS runs of STEPS steps, one after another in the study's engine. */
async function timeStudy(browser, baseUrl, backend) {
  const { context, page, name } = await openPage(browser, baseUrl, backend, '');
  try {
    const view = page.getByTestId('studies-view');
    await view.locator('summary').click();
    const definition = {
      kind: 'sweep',
      method: 'grid',
      base: BASE,
      // The same learning rate in every run: the runs differ only in their seed.
      parameters: { seed: { values: Array.from({ length: RUNS }, (_, i) => i + 1) } },
      runs: RUNS,
      stepsPerRun: STEPS,
    };
    await view.getByTestId('study-advanced').locator('summary').click();
    await view.getByTestId('study-definition').fill(JSON.stringify(definition));
    const t0 = Date.now();
    await view.getByTestId('study-start-json').click();
    await view
      .locator('[data-testid="study-progress"][data-state="done"]')
      .waitFor({ timeout: TIMEOUT_MS });
    const wallMs = Date.now() - t0;
    const { runs, studies } = await readHistory(page);
    const study = studies[0];
    const records = runs.filter((r) => r.study?.studyId === study.id);
    const setupMs = (study.runMs ?? []).map((m) => {
      const record = records.find((r) => r.study.index === m.index);
      return m.ms - (record?.compute.wallMs ?? 0);
    });
    const steps = records.reduce((a, r) => a + r.step, 0);
    const trainingMs = records.reduce((a, r) => a + r.compute.wallMs, 0);
    return {
      backend: name,
      wallMs,
      steps,
      trainingMs,
      setupMs,
      runMs: study.runMs.map((m) => m.ms),
    };
  } finally {
    await context.close();
  }
}

/** The single run: RUNS × STEPS steps in run mode on the page. */
async function timeSingle(browser, baseUrl, backend) {
  const total = RUNS * STEPS;
  const { context, page, name } = await openPage(
    browser,
    baseUrl,
    backend,
    `${QUERY}&steps=${total}`,
  );
  try {
    const t0 = Date.now();
    await page.getByTestId('run-button').click();
    await page.getByTestId('stop-reason').waitFor({ timeout: TIMEOUT_MS });
    const wallMs = Date.now() - t0;
    // The history records the run at its stop (give it a moment to be written).
    await page.waitForTimeout(500);
    const { runs } = await readHistory(page);
    const run = runs.find((r) => !r.study);
    return {
      backend: name,
      wallMs,
      steps: run?.step ?? total,
      trainingMs: run?.compute.wallMs ?? null,
    };
  } finally {
    await context.close();
  }
}

/** Times the study and the single run on each backend (single run first, then the study). */
export async function benchStudy(browser, baseUrl, backends) {
  const rows = [];
  for (const backend of backends) {
    console.log(
      `Study runner on ${backend}: ${RUNS} runs × ${STEPS} steps against one run of ${RUNS * STEPS}`,
    );
    try {
      const single = await timeSingle(browser, baseUrl, backend);
      const study = await timeStudy(browser, baseUrl, backend);
      const sps = (steps, ms) => (ms ? (steps / ms) * 1000 : null);
      const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
      rows.push({
        backend,
        ranOn: study.backend,
        runs: RUNS,
        stepsPerRun: STEPS,
        single: {
          ...single,
          stepsPerSecond: round(sps(single.steps, single.wallMs)),
          trainingStepsPerSecond: round(sps(single.steps, single.trainingMs)),
        },
        study: {
          ...study,
          stepsPerSecond: round(sps(study.steps, study.wallMs)),
          trainingStepsPerSecond: round(sps(study.steps, study.trainingMs)),
          setupMsPerRun: round(mean(study.setupMs), 0),
        },
        ratio: round(sps(study.steps, study.wallMs) / sps(single.steps, single.wallMs), 3),
        trainingRatio: round(
          sps(study.steps, study.trainingMs) / sps(single.steps, single.trainingMs),
          3,
        ),
      });
    } catch (error) {
      rows.push({
        backend,
        error: error instanceof Error ? error.message.split('\n')[0] : String(error),
      });
    }
  }
  return rows;
}

export function printStudyTable(rows) {
  console.log(
    `\nStudy runner: ${RUNS} runs × ${STEPS} steps as a study against one run of ${RUNS * STEPS} ` +
      'steps in run mode (same config; wall time from the click to the end). Set-up per run: ' +
      "the runner's time for a run less its training time. Training-only steps/s from the " +
      "records' compute.wallMs.\n",
  );
  console.log(
    'backend | single s | single steps/s | study s | study steps/s | ratio | set-up ms/run | training steps/s single / study | training ratio',
  );
  for (const r of rows) {
    if (r.error) {
      console.log(`${r.backend} | failed: ${r.error}`);
      continue;
    }
    console.log(
      [
        r.ranOn,
        round(r.single.wallMs / 1000, 1),
        r.single.stepsPerSecond,
        round(r.study.wallMs / 1000, 1),
        r.study.stepsPerSecond,
        r.ratio,
        `${r.study.setupMsPerRun} (${r.study.setupMs.map((m) => Math.round(m)).join(', ')})`,
        `${r.single.trainingStepsPerSecond} / ${r.study.trainingStepsPerSecond}`,
        r.trainingRatio,
      ].join(' | '),
    );
  }
}
