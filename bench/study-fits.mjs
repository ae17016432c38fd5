/**
 * Three real studies through the study runner of the production build (the Studies view, its
 * own engine worker, each study in a fresh page), and their results as the views compute them:
 * the records are read from the page's run history and given to the same pure functions the
 * views use (src/data/study/study-results.ts, scaling-results.ts, study-cost.ts), loaded from
 * src/ through Vite's SSR loader, so the printed numbers are those the app shows.
 *
 *   1. A learning-rate sweep on the 2-D points: random search, log-uniform over [1e-3, 1]
 *      (W&B's log_uniform_values), 6 runs of 150 steps; the best learning rate and its
 *      validation loss.
 *   2. An ablation on the 2-D points: SGD with momentum, cosine schedule, 2 hidden layers; each
 *      of momentum, the schedule and the second hidden layer taken away, 3 seeds each; the mean
 *      ± standard deviation of the change in validation loss per component and whether it is
 *      larger than the seed noise (|mean Δ| > 2 SE, src/data/study/ablation.ts).
 *   3. A scaling study on the names language model (MLP): hidden units × training steps, at
 *      Adam's learning rate 0.001 (at the task's 0.01, or 0.003, the widest models train worse
 *      than narrower ones within 2,000 steps, which no law in N describes; one learning rate
 *      for all sizes, as the study form plans it, favours the small ones); the
 *      fits L(X) = a·X^(−α) + c against parameters N, data D (characters seen) and compute C
 *      with their standard errors, compared with Kaplan et al. 2020, and the compute-optimal
 *      tokens per parameter (Hoffmann et al. 2022, approach 3) against Chinchilla's 20.
 * Each with its wall time from "Start study" to the study done, and the training time and
 * FLOPs its records add up to.
 *
 * Run alone with `node bench/run.mjs study-fits [wasm] [cpu] [webgpu]` (default wasm, the
 * fastest backend for these small models on a CPU-only machine: on 2 shared cores the sweep
 * took 2.5 s on wasm and 3.6 s on cpu, two names runs of 500 steps 7.7 s and 17.0 s, with
 * the same losses to 6 digits; the three studies together about 2.5 minutes on wasm).
 */
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { readHistory } from './study.mjs';

export const STUDY_FITS_BACKENDS = ['wasm'];
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TIMEOUT_MS = 600_000;
/** Evaluation at the end of every run only, no checkpoints, no early stopping. */
const QUIET = { checkpointInterval: 1_000_000, earlyStopping: 'off' };

/** The three studies (definitions as the Studies view's JSON takes them). */
export const STUDY_FITS = [
  {
    id: 'sweep',
    title: 'learning-rate sweep, 2-D points (random, log-uniform 1e-3..1, 6 runs × 150 steps)',
    definition: {
      kind: 'sweep',
      method: 'random',
      base: { task: 'classify2d', evalInterval: 150, ...QUIET },
      parameters: { learningRate: { min: 0.001, max: 1 } },
      runs: 6,
      stepsPerRun: 150,
      seed: 1,
    },
  },
  {
    id: 'ablation',
    title:
      'ablation, 2-D points (SGD momentum 0.9, lr 0.1, cosine, 2 hidden layers; 3 components × 3 seeds, 200 steps)',
    definition: {
      kind: 'ablation',
      base: {
        task: 'classify2d',
        optimizer: 'momentum',
        learningRate: 0.1,
        lrSchedule: 'cosine',
        hiddenLayers: 2,
        evalInterval: 200,
        ...QUIET,
      },
      components: [
        { name: 'momentum', changes: { optimizer: 'sgd' } },
        { name: 'cosine schedule', changes: { lrSchedule: 'constant' } },
        { name: 'second hidden layer', changes: { hiddenLayers: 1 } },
      ],
      seeds: [1, 2, 3],
      stepsPerRun: 200,
    },
  },
  {
    id: 'scaling',
    title:
      'scaling, names MLP (units 4, 8, 16, 32, 64, 128, 256 × steps 125, 250, 500, 1000, 2000; Adam lr 0.001, batch 64)',
    definition: {
      kind: 'scaling',
      base: { task: 'names', model: 'mlp', learningRate: 0.001, evalInterval: 125, ...QUIET },
      modelSizes: { field: 'units', values: [4, 8, 16, 32, 64, 128, 256] },
      dataSizes: { field: 'maxSteps', values: [125, 250, 500, 1000, 2000] },
      stepsPerRun: 2000,
    },
  },
];

/** Runs one study in a fresh page; returns its study record, its run records and the wall time. */
async function runStudy(browser, baseUrl, backend, definition) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${baseUrl}/?backend=${backend}`);
    await page.waitForFunction(
      () => {
        const b = document.querySelector('[data-testid="backend"]')?.textContent?.trim();
        const next = document.querySelector('[data-testid="next-phase-button"]');
        return b && b !== '—' && next && !next.disabled;
      },
      null,
      { timeout: 120_000 },
    );
    const view = page.getByTestId('studies-view');
    await view.locator('summary').first().click();
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
    const backendShown = (await page.getByTestId('backend').textContent())?.trim() ?? backend;
    return {
      study,
      records: runs.filter((r) => r.study?.studyId === study.id),
      wallMs,
      backendShown,
    };
  } finally {
    await context.close();
  }
}

/** The study's results as its view computes them (the same functions, from src/). */
function resultsOf(lib, s, study, records) {
  const { results, scaling, cost } = lib;
  const d = study.definition;
  const join = results.joinStudyRuns(study, records, 'valLoss');
  const spent = cost.studyCost(records);
  const base = { planned: join.rows.length + join.pending.length, recorded: join.rows.length };
  base.trainingSeconds = spent.wallMs / 1000;
  base.flops = spent.flops;
  if (d.kind === 'sweep') {
    const best = results.sweepBest(d, join.rows, 'valLoss');
    return {
      ...base,
      runs: results
        .sortRows(join.rows, 'learningRate', 'asc')
        .map((r) => ({ learningRate: r.settings.learningRate, valLoss: r.metric })),
      best: best ? { learningRate: best.settings.learningRate, valLoss: best.metric } : null,
    };
  }
  if (d.kind === 'ablation') {
    const r = results.ablationResults(d, join.rows);
    return {
      ...base,
      base: { mean: r.base.mean, std: r.base.std, bySeed: r.base.bySeed },
      components: r.components.map((c) => ({
        component: c.variant,
        mean: c.mean,
        std: c.std,
        delta: c.effect
          ? {
              mean: c.effect.mean,
              std: c.effect.std,
              standardError: c.effect.standardError,
              significant: c.effect.significant,
            }
          : null,
      })),
    };
  }
  const points = scaling.scalingPoints(d, join.rows);
  const fits = scaling.scalingFits(points);
  const marks = scaling.optimalMarks(d, fits, scaling.budgetsOf(points));
  const fitOut = {};
  for (const axis of ['parameters', 'data', 'compute']) {
    const f = fits[axis];
    fitOut[axis] = f.ok
      ? {
          a: f.fit.a,
          alpha: f.fit.alpha,
          alphaStdError: f.fit.alphaStdError,
          c: f.fit.c,
          cStdError: f.fit.cStdError,
          points: f.points.length,
          kaplan: scaling.KAPLAN_EXPONENTS[axis],
          comparison: scaling.compareExponent(f.fit.alpha, axis),
        }
      : { error: f.reason, points: f.points.length };
  }
  return {
    ...base,
    points: points.map((p) => ({
      units: p.modelSize,
      steps: p.dataSize,
      parameters: p.parameters,
      data: p.data,
      compute: p.compute,
      loss: p.loss,
    })),
    fits: fitOut,
    optimal: marks.map((m) => ({
      flops: m.flops,
      parameters: m.parameters,
      tokens: m.tokens,
      tokensPerParameter: m.tokensPerParameter,
      vsChinchilla: m.vsChinchilla,
    })),
  };
}

/** Runs the three studies on each backend; one row per study and backend. */
export async function benchStudyFits(browser, baseUrl, backends) {
  const server = await createServer({
    root: ROOT,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  const rows = [];
  try {
    const load = (path) => server.ssrLoadModule(path);
    const lib = {
      results: await load('/src/data/study/study-results.ts'),
      scaling: await load('/src/data/study/scaling-results.ts'),
      cost: await load('/src/data/study/study-cost.ts'),
    };
    for (const backend of backends) {
      for (const s of STUDY_FITS) {
        console.log(`Study fits on ${backend}: ${s.title}`);
        try {
          const { study, records, wallMs, backendShown } = await runStudy(
            browser,
            baseUrl,
            backend,
            s.definition,
          );
          rows.push({
            study: s.id,
            title: s.title,
            backend,
            ranOn: backendShown,
            wallSeconds: wallMs / 1000,
            ...resultsOf(lib, s, study, records),
          });
        } catch (error) {
          rows.push({
            study: s.id,
            title: s.title,
            backend,
            error: error instanceof Error ? error.message.split('\n')[0] : String(error),
          });
        }
      }
    }
  } finally {
    await server.close();
  }
  return rows;
}

const g = (v, digits = 3) => (v === null || v === undefined ? '—' : Number(v).toPrecision(digits));
const f = (v, digits = 3) => (v === null || v === undefined ? '—' : Number(v).toFixed(digits));
const signed = (v, digits = 3) =>
  v === null || v === undefined ? '—' : `${v >= 0 ? '+' : ''}${v.toFixed(digits)}`;

function printHead(r) {
  console.log(
    `\nstudy-fits ${r.study} on ${r.ranOn}: ${r.title}\n` +
      `  wall ${f(r.wallSeconds, 1)} s (click to done), ${r.recorded}/${r.planned} runs recorded, ` +
      `training ${f(r.trainingSeconds, 1)} s, ${g(r.flops)} FLOPs`,
  );
}

function printSweep(r) {
  console.log('  learningRate | val loss');
  for (const x of r.runs)
    console.log(`  ${g(x.learningRate, 3).padStart(12)} | ${f(x.valLoss, 4)}`);
  console.log(
    r.best
      ? `  best: learningRate ${g(r.best.learningRate)}, val loss ${f(r.best.valLoss, 4)}`
      : '  best: none (no run has a validation loss)',
  );
}

function printAblation(r) {
  console.log(
    `  base val loss ${f(r.base.mean, 4)} ± ${f(r.base.std, 4)} (mean ± sd over seeds)\n` +
      '  without component    | val loss mean ± sd | Δ mean ± sd       | 2·SE   | beats seed noise',
  );
  for (const c of r.components) {
    const d = c.delta;
    console.log(
      `  ${c.component.padEnd(20)} | ${f(c.mean, 4)} ± ${f(c.std, 4)}    | ` +
        (d
          ? `${signed(d.mean, 4)} ± ${f(d.std, 4)} | ${f(2 * d.standardError, 4)} | ${d.significant ? 'yes' : 'no'}`
          : 'fewer than 2 seeds shared with the base'),
    );
  }
}

function printScaling(r) {
  console.log('  units | steps | N params | D chars | C FLOPs  | val loss');
  for (const p of r.points)
    console.log(
      `  ${String(p.units).padStart(5)} | ${String(p.steps).padStart(5)} | ${g(p.parameters).padStart(8)} | ` +
        `${g(p.data).padStart(7)} | ${g(p.compute).padStart(8)} | ${f(p.loss, 4)}`,
    );
  for (const [axis, x] of Object.entries(r.fits)) {
    console.log(
      x.error
        ? `  L(${axis}): no fit (${x.error}, ${x.points} frontier points)`
        : `  L(${axis}) = ${g(x.a)}·X^(−α) + c: α = ${f(x.alpha, 3)} ± ${f(x.alphaStdError, 3)}, ` +
            `c = ${f(x.c, 3)} ± ${f(x.cStdError, 3)} (${x.points} points; Kaplan ${x.kaplan}: ${x.comparison})`,
    );
  }
  if (r.optimal.length === 0)
    console.log('  compute-optimal: none (a fit is missing or has α ≤ 0)');
  for (const m of r.optimal)
    console.log(
      `  compute-optimal at ${g(m.flops, 2)} FLOPs: N ${g(m.parameters)}, D ${g(m.tokens)}, ` +
        `${g(m.tokensPerParameter)} tokens/parameter (${g(m.vsChinchilla)}× Hoffmann's 20)`,
    );
}

/** Prints each study's results. */
export function printStudyFits(rows) {
  console.log(
    '\nStudy fits: three studies through the study runner (production build), results by the ' +
      "views' own functions (src/data/study/study-results.ts, scaling-results.ts); metric: the " +
      'final validation loss.',
  );
  for (const r of rows) {
    if (r.error) {
      console.log(`\nstudy-fits ${r.study} on ${r.backend}: failed: ${r.error}`);
      continue;
    }
    printHead(r);
    if (r.study === 'sweep') printSweep(r);
    else if (r.study === 'ablation') printAblation(r);
    else printScaling(r);
  }
}
