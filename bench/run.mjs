/**
 * Benchmark of the production build (`npm run bench` builds first, then runs this).
 *
 * For each case of CASES (a task and model) and each backend it measures, in one headless
 * Chromium and one run so the ratios mean something even on a busy machine:
 *   - the app in run mode, with evaluation and checkpoints pushed out of the window, against
 *     the bare tfjs loop of bench.html (the same model and batch, its own minimize loop, the
 *     loss read every 10 steps), in interleaved windows: bare, app, bare, …, app, bare. Both
 *     pages are prepared once; each app window is compared with the mean of the two bare
 *     windows around it, and the ratio is the median over the rounds;
 *   - the app again with the default evaluation and checkpoint intervals, over one window
 *     right after the warm-up steps: it includes compiling the kernels of the first
 *     evaluations, so it is a lower bound of the speed a longer run settles at;
 *   - main-thread long tasks (> 50 ms) during the app's timed windows, per 10 s;
 *   - tf.memory() as the app shows it, after 100 and 1,000 steps of the run with the
 *     default intervals (or the steps reached within the case's cap), so evaluation and
 *     checkpoints are part of the leak check.
 * A backend that cannot train a case's model (the CNN on wasm: tfjs-backend-wasm 4.22 has no
 * Conv2DBackpropFilter kernel) is reported as a fallback: the app must say so and train on
 * the backend it falls back to; there is no bare loop to compare with.
 *
 * Then the techniques (bench/techniques.mjs): the default config plain and with each training
 * technique (warm-up + cosine, accumulation 4, clipping by norm, fp16 with dynamic loss
 * scaling, 4 simulated data-parallel workers, gradient checkpointing, the first four together),
 * every row in the same run against the plain step; on wasm and cpu unless backends are named.
 *
 * Last comes the soak (bench/soak.mjs): 5 minutes of the default config on wasm and cpu, steps/s
 * per 10-second slice, the last slice against the first.
 *
 * Then the study runner (bench/study.mjs): a study of 4 runs against one run of the same total
 * steps, and the set-up time per run of a study; on wasm and cpu unless backends are named.
 *
 * Then the study fits (bench/study-fits.mjs): a learning-rate sweep and an ablation on the 2-D
 * points and a scaling study on the names MLP through the study runner, with the best learning
 * rate, each component's effect against the seed noise, the fitted scaling exponents and the
 * compute-optimal tokens per parameter, and each study's wall time; on wasm unless backends
 * are named (about 5 minutes).
 *
 * Usage: node bench/run.mjs [webgpu] [webgl] [wasm] [cpu] [case id …] [techniques | tech-… …]
 * [study] [study-fits] [soak] (default: all). Naming cases, technique rows, `study`,
 * `study-fits` or `soak` runs only those; the technique rows, the study and the soak run on
 * wasm and cpu, the study fits on wasm, unless backends are named.
 * LAB_DIST and LAB_PORT choose the served build and its port, as for the other scripts.
 * Results: a table per case on stdout and bench/results/latest.json.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS } from '../scripts/browser.mjs';
import { runSoak, SOAK_BACKENDS } from './soak.mjs';
import { benchStudy, printStudyTable, STUDY_BACKENDS } from './study.mjs';
import { benchStudyFits, printStudyFits, STUDY_FITS_BACKENDS } from './study-fits.mjs';
import { kernelsPerStep } from './kernels.mjs';
import {
  benchTechniques,
  printTechniqueTable,
  TECHNIQUE_BACKENDS,
  TECHNIQUE_IDS,
  techniqueRowsOf,
} from './techniques.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));
const BACKENDS = ['webgpu', 'webgl', 'wasm', 'cpu'];
const CHROMIUM = '/usr/bin/chromium';

/** Defaults of a case's timing; a case may override any of them, per backend too. */
const TIMING = {
  /** Untimed steps at the start of the app's and the bare loop's training (kernel compilation)… */
  warmupSteps: 20,
  /** …and untimed seconds after them, so JavaScript is optimised before the first window. */
  warmupSeconds: 2,
  /** Length of each timed window, app and bare loop alike. */
  seconds: 5,
  /** App windows; the bare loop gets one more, before the first and after each. */
  rounds: 3,
  /** The memory wait from pressing Run: SwiftShader WebGPU may not reach 1,000 steps. */
  memoryCapMs: 120_000,
};
const MEMORY_STEPS = [100, 1000];
const READY_TIMEOUT_MS = 120_000;

/**
 * The cases: one entry per task and model. `query` picks them in the app's URL (keys of
 * src/config/schema.ts); `bare` is the bare loop's model (bench.html?model=, see
 * src/bench/bare-loop.worker.ts), or null to measure the app alone (no ratio); `fallback`
 * names the backends the app is expected to leave for this model, and for which one.
 * Timings are shortened where a backend trains a model slowly. The whole bench takes about
 * 50 minutes on a 2-core machine with SwiftShader: a window ends at a read-back, every 10
 * steps, which for the CNN on its WebGPU is about a minute.
 */
const CASES = [
  {
    id: 'classify2d',
    title: 'two circles, MLP 2-8-8-2, Adam, batch 32 (the default config)',
    query: '',
    bare: 'classify2d-mlp',
    batchSize: 32,
    timing: { memoryCapMs: 75_000 },
  },
  {
    // Mixed precision (simulated): the rounding's cost without loss scaling, and with it the
    // cost of reading one value back per step to decide the skip (as PyTorch's scaler.step()).
    id: 'classify2d-fp16',
    title: 'the default config in fp16 without loss scaling (rounding of logits and gradients)',
    query: 'prec=fp16&lscale=off',
    bare: null,
    batchSize: 32,
    timing: { memoryCapMs: 30_000 },
  },
  {
    id: 'classify2d-fp16-scaled',
    title: 'the default config in fp16 with dynamic loss scaling (one read-back per step)',
    query: 'prec=fp16',
    bare: null,
    batchSize: 32,
    timing: { memoryCapMs: 30_000 },
  },
  {
    id: 'mnist-mlp',
    title: 'MNIST, MLP 784-128-10, Adam, batch 64',
    query: 'task=mnist&model=mlp&bs=64',
    bare: 'mnist-mlp',
    batchSize: 64,
    timing: { memoryCapMs: 45_000 },
  },
  {
    id: 'mnist-cnn',
    title: 'MNIST, CNN conv 5x5x8-pool-conv 5x5x16-pool-dense 10, Adam, batch 64',
    query: 'task=mnist&model=cnn&bs=64',
    bare: 'mnist-cnn',
    batchSize: 64,
    fallback: { wasm: 'cpu' },
    timing: {
      warmupSteps: 10,
      memoryCapMs: 30_000,
      webgpu: { seconds: 4, memoryCapMs: 20_000 },
    },
  },
  {
    id: 'names-mlp',
    title: 'names, MLP: embeddings 5x16 -> 64 tanh -> 27, Adam, batch 64',
    query: 'task=names&model=mlp&bs=64',
    bare: 'names-mlp',
    batchSize: 64,
    timing: { memoryCapMs: 45_000 },
  },
  {
    id: 'names-transformer',
    title: 'names, transformer: 1 block, 2 heads, width 16, context 5, Adam, batch 64',
    query: 'task=names&model=transformer&bs=64',
    bare: 'names-transformer',
    batchSize: 64,
    timing: { memoryCapMs: 45_000 },
  },
];

/**
 * Run mode without evaluation, checkpoints or stopping inside the timed window. The
 * limits are the schema's maxima (eval ≤ 100,000); epochs are raised too, because the
 * default 500 epochs (5,000 steps) end a run on cpu before the window is over.
 */
const APP_QUERY_BARE = 'steps=100000&epochs=100000&eval=100000&ckpt=1000000&es=off';
/** Run mode with the default evaluation and checkpoint intervals. */
const APP_QUERY_DEFAULT = 'steps=100000&epochs=100000&es=off';

/** A case's timing on a backend: the defaults, the case's, then the case's for the backend. */
function timingFor(c, backend) {
  const { webgpu, webgl, wasm, cpu, ...own } = c.timing ?? {};
  return { ...TIMING, ...own, ...({ webgpu, webgl, wasm, cpu }[backend] ?? {}) };
}

/**
 * Installed before any page script: records long tasks and every change of the step
 * counter (with the tensor counters next to it) with its page timestamp, so rates are
 * computed from exact read-back times instead of from polling.
 */
function installProbe() {
  const probe = { longTasks: [], steps: [] };
  window.__benchProbe = probe;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        probe.longTasks.push({ start: e.startTime, duration: e.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    probe.longTasksUnsupported = true;
  }
  const text = (id) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? null;
  const number = (t) => {
    if (t === null) return null;
    const v = Number(t.replace(/[\s,\u202f]/g, ''));
    return Number.isFinite(v) ? v : null;
  };
  const record = () => {
    const step = number(text('step'));
    if (step === null) return;
    const last = probe.steps[probe.steps.length - 1];
    if (last && last.step === step) return;
    probe.steps.push({
      t: performance.now(),
      step,
      tensors: number(text('tensors')),
      bytes: number(text('tensor-bytes')),
      tensorsText: text('tensors'),
      bytesText: text('tensor-bytes'),
    });
  };
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver(record).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const message = (error) => (error instanceof Error ? error.message.split('\n')[0] : String(error));
const round = (v, digits = 1) => (v === null || v === undefined ? null : Number(v.toFixed(digits)));

/** Ready: the backend badge has a name and "Next phase" is enabled. Returns the backend. */
async function waitReady(page) {
  const backend = page.getByTestId('backend');
  const next = page.getByRole('button', { name: 'Next phase', exact: true });
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    const name = (await backend.textContent({ timeout: 1000 }).catch(() => null))?.trim() ?? '';
    const enabled = await next.isEnabled({ timeout: 1000 }).catch(() => false);
    if (name !== '' && name !== '—' && enabled) return name;
    if (Date.now() > deadline)
      throw new Error(`the app was not ready after ${READY_TIMEOUT_MS} ms`);
    await page.waitForTimeout(200);
  }
}

/** The first recorded step change at or after `step`, waiting for it up to `timeout` ms. */
async function stepRecord(page, step, timeout) {
  await page.waitForFunction((n) => window.__benchProbe.steps.some((s) => s.step >= n), step, {
    timeout,
    polling: 100,
  });
  return page.evaluate((n) => window.__benchProbe.steps.find((s) => s.step >= n), step);
}

/** Opens bench.html and prepares the bare loop (set-up and warm-up): windows may follow. */
async function openBare(context, baseUrl, backend, c, timing) {
  const page = await context.newPage();
  const query = new URLSearchParams({
    backend,
    model: c.bare,
    bs: String(c.batchSize),
    warmup: String(timing.warmupSteps),
    manual: '1',
  });
  await page.goto(`${baseUrl}/bench.html?${query}`);
  await page.waitForFunction(() => document.title === 'ready' || document.title === 'done', null, {
    timeout: READY_TIMEOUT_MS + 120_000,
  });
  const prepared = JSON.parse((await page.textContent('#out')) ?? '{}');
  if (!prepared.ok) {
    await page.close();
    throw new Error(prepared.error ?? 'the bare loop could not be prepared');
  }
  return { page, prepared };
}

/** One timed window of the prepared bare loop, with its page in front. */
async function bareWindow(bare, seconds) {
  await bare.page.bringToFront();
  const r = await bare.page.evaluate((s) => window.benchWindow(s), seconds);
  if (!r.ok) throw new Error(r.error);
  return r;
}

/** Opens the app with `query` and waits until it is ready to run. */
async function openApp(context, baseUrl, backend, c, query) {
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  const url = [`backend=${backend}`, c.query, query].filter(Boolean).join('&');
  await page.goto(`${baseUrl}/?${url}`);
  const app = { page, consoleErrors, backend: await waitReady(page), fallbackReason: null };
  if (await page.getByRole('button', { name: 'Run', exact: true }).isDisabled())
    throw new Error('Run is disabled: the app rejected the config');
  return app;
}

/** Presses Run; resolves with the page time and the step counter at that moment. */
async function pressRun(app) {
  await app.page.bringToFront();
  const before = await app.page.evaluate(() => ({
    t: performance.now(),
    step: window.__benchProbe.steps.at(-1)?.step ?? 0,
  }));
  await app.page.getByRole('button', { name: 'Run', exact: true }).click();
  return before;
}

/**
 * One timed window of the app in run mode: Run, skip `skipSteps` steps and `skipSeconds`
 * (the warm-up, before the first window), time `seconds` between two read-backs, count the main thread's long
 * tasks in between, then Pause and wait until the run has stopped.
 */
async function appWindow(app, seconds, skipSteps, skipSeconds) {
  const { page } = app;
  const atRun = await pressRun(app);
  let start = await stepRecord(page, atRun.step + skipSteps, READY_TIMEOUT_MS);
  if (skipSeconds > 0) {
    const after = start.t + skipSeconds * 1000;
    await page.waitForFunction((t) => window.__benchProbe.steps.some((s) => s.t >= t), after, {
      timeout: skipSeconds * 1000 + 120_000,
      polling: 100,
    });
    start = await page.evaluate((t) => window.__benchProbe.steps.find((s) => s.t >= t), after);
  }
  // The backend may change once the task is prepared (a model the backend cannot train).
  app.backend = (await page.getByTestId('backend').textContent())?.trim() ?? app.backend;
  const notice = page.getByTestId('fallback-reason');
  app.fallbackReason = (await notice.count()) > 0 ? await notice.textContent() : null;
  await page.waitForFunction(
    (t) => window.__benchProbe.steps.some((s) => s.t >= t),
    start.t + seconds * 1000,
    { timeout: seconds * 1000 + 120_000, polling: 100 },
  );
  const timed = await page.evaluate(
    ({ from, seconds }) => {
      const probe = window.__benchProbe;
      const end = probe.steps.find((s) => s.t >= from.t + seconds * 1000);
      const tasks = probe.longTasks.filter((l) => l.start >= from.t && l.start < end.t);
      return {
        end,
        longTasks: probe.longTasksUnsupported ? null : tasks.length,
        longTaskMs: tasks.reduce((sum, l) => sum + l.duration, 0),
        longestTaskMs: tasks.reduce((max, l) => Math.max(max, l.duration), 0),
      };
    },
    { from: start, seconds },
  );
  await page.getByRole('button', { name: 'Pause', exact: true }).click({ timeout: 10_000 });
  await page.getByRole('button', { name: 'Run', exact: true }).waitFor({ timeout: 120_000 });
  const measuredMs = timed.end.t - start.t;
  const measuredSteps = timed.end.step - start.step;
  return {
    measuredSteps,
    measuredMs,
    stepsPerSecond: (measuredSteps * 1000) / measuredMs,
    longTasks: timed.longTasks,
    longTaskMs: timed.longTaskMs,
    longestTaskMs: timed.longestTaskMs,
    startTensors: start.tensors,
    endTensors: timed.end.tensors,
  };
}

/**
 * The app with the default evaluation and checkpoint intervals: its speed over one window,
 * then the tensor counters at MEMORY_STEPS (or the last ones seen when the wait is capped),
 * so evaluation and checkpoints are part of the leak check.
 */
async function measureDefaultIntervals(context, baseUrl, backend, c, timing) {
  const result = { ok: false, query: APP_QUERY_DEFAULT };
  let app = null;
  try {
    app = await openApp(context, baseUrl, backend, c, APP_QUERY_DEFAULT);
    const atRun = await pressRun(app);
    const start = await stepRecord(app.page, atRun.step + timing.warmupSteps, READY_TIMEOUT_MS);
    const until = start.t + timing.seconds * 1000;
    await app.page.waitForFunction((t) => window.__benchProbe.steps.some((s) => s.t >= t), until, {
      timeout: timing.seconds * 1000 + 120_000,
      polling: 100,
    });
    const end = await app.page.evaluate(
      (t) => window.__benchProbe.steps.find((s) => s.t >= t),
      until,
    );
    const stepsPerSecond = ((end.step - start.step) * 1000) / (end.t - start.t);
    Object.assign(result, {
      ok: true,
      stepsPerSecond: round(stepsPerSecond, 2),
      samplesPerSecond: round(stepsPerSecond * c.batchSize, 0),
      memory: [],
    });
    for (const target of MEMORY_STEPS) {
      const left =
        timing.memoryCapMs - ((await app.page.evaluate(() => performance.now())) - atRun.t);
      try {
        const at = await stepRecord(app.page, target, Math.max(left, 1));
        result.memory.push({ target, step: at.step, tensors: at.tensors, bytes: at.bytes });
      } catch {
        // Capped: report the last values seen, and at which step.
        const last = await app.page.evaluate(() => window.__benchProbe.steps.at(-1));
        result.memory.push({
          target,
          capped: true,
          step: last?.step ?? null,
          tensors: last?.tensors ?? null,
          bytes: last?.bytes ?? null,
        });
      }
    }
    result.memoryRaw = await app.page.evaluate(() => {
      const last = window.__benchProbe.steps.at(-1);
      return last ? { tensors: last.tensorsText, bytes: last.bytesText } : null;
    });
  } catch (error) {
    result.error = message(error);
  } finally {
    result.consoleErrors = app?.consoleErrors.slice(0, 5) ?? [];
    await app?.page.close();
  }
  return result;
}

const median = (values) => {
  const v = [...values].sort((a, b) => a - b);
  const m = Math.floor(v.length / 2);
  return v.length % 2 === 1 ? v[m] : (v[m - 1] + v[m]) / 2;
};

/**
 * The app against the bare loop, interleaved: bare, app, bare, app, …, bare, with both
 * pages prepared once and only the one in front training. Each app window is compared with
 * the mean of the bare windows on either side of it; the ratio is the median over the
 * rounds, so a burst of load from other processes on a shared machine moves one round, not
 * the result. Without a bare loop (an expected fallback) the app windows alone are timed.
 */
async function interleaved(context, baseUrl, backend, c, timing, withBare, log) {
  const out = { app: { ok: false, windows: [] }, bare: { ok: false, windows: [] }, rounds: [] };
  let bare = null;
  let app = null;
  try {
    if (withBare) {
      log(
        `bare tfjs loop: preparing (${timing.warmupSteps} warm-up steps, ` +
          `then ${timing.warmupSeconds} s untimed)`,
      );
      bare = await openBare(context, baseUrl, backend, c, timing);
      out.bare.prepared = bare.prepared;
    }
    log('app, run mode without evaluation or checkpoints: opening');
    app = await openApp(context, baseUrl, backend, c, APP_QUERY_BARE);
    const bareOnce = async () => {
      const w = await bareWindow(bare, timing.seconds);
      log(`  bare ${round(w.stepsPerSecond, 2)} steps/s`);
      out.bare.windows.push(w);
    };
    for (let r = 0; r < timing.rounds; r++) {
      if (bare && r === 0) {
        await bareWindow(bare, timing.warmupSeconds); // the bare loop's warm-up, untimed
        await bareOnce();
      }
      const w =
        r === 0
          ? await appWindow(app, timing.seconds, timing.warmupSteps, timing.warmupSeconds)
          : await appWindow(app, timing.seconds, 1, 0);
      log(
        `  app  ${round(w.stepsPerSecond, 2)} steps/s on ${app.backend}, ${w.longTasks} long tasks`,
      );
      out.app.windows.push(w);
      if (bare) await bareOnce();
    }
    out.app.ok = true;
    out.bare.ok = bare !== null;
  } catch (error) {
    out.error = message(error);
    log(`  failed: ${out.error}`);
  } finally {
    out.app.backend = app?.backend ?? null;
    out.app.fallbackReason = app?.fallbackReason ?? null;
    out.app.consoleErrors = app?.consoleErrors.slice(0, 5) ?? [];
    await app?.page.close();
    await bare?.page.close();
  }
  const rate = (windows) => {
    const steps = windows.reduce((s, w) => s + w.measuredSteps, 0);
    const ms = windows.reduce((s, w) => s + w.measuredMs, 0);
    return ms > 0 ? (steps * 1000 * c.batchSize) / ms : null;
  };
  const a = out.app.windows;
  const b = out.bare.windows;
  if (out.app.ok) {
    const ms = a.reduce((s, w) => s + w.measuredMs, 0);
    const longTasks = a.some((w) => w.longTasks === null)
      ? null
      : a.reduce((s, w) => s + w.longTasks, 0);
    Object.assign(out.app, {
      samplesPerSecond: round(rate(a), 0),
      stepsPerSecond: round(rate(a) / c.batchSize, 2),
      measuredMs: round(ms, 0),
      longTasks,
      longTasksPer10s: longTasks === null ? null : round((longTasks * 10_000) / ms, 1),
      longTaskMs: round(
        a.reduce((s, w) => s + w.longTaskMs, 0),
        0,
      ),
      longestTaskMs: round(Math.max(...a.map((w) => w.longestTaskMs)), 0),
    });
  }
  if (out.bare.ok) {
    out.bare.samplesPerSecond = round(rate(b), 0);
    out.rounds = a.map((w, r) => {
      const bareRate = (b[r].samplesPerSecond + b[r + 1].samplesPerSecond) / 2;
      return round((w.stepsPerSecond * c.batchSize) / bareRate, 3);
    });
  }
  return out;
}

/**
 * One case on one backend, in a fresh browser context: the interleaved windows, then the
 * app with the default intervals and its memory. A backend the case's model is expected to
 * fall back from gets no bare loop and no memory run: the check is that the app says why,
 * and trains on the other backend without an error.
 */
async function benchCase(browser, baseUrl, c, backend) {
  const timing = timingFor(c, backend);
  const expectedFallback = c.fallback?.[backend] ?? null;
  const context = await browser.newContext();
  await context.addInitScript(installProbe);
  const log = (text) => console.log(`[${c.id} ${backend}] ${text}`);
  const skipped = (why) => ({ ok: false, skipped: true, error: why });
  const hasBare = c.bare !== null && expectedFallback === null;

  log(`${timing.rounds} rounds of ${timing.seconds} s windows`);
  const { app, bare, rounds, error } = await interleaved(
    context,
    baseUrl,
    backend,
    c,
    timing,
    hasBare,
    log,
  );
  if (error) app.error = error;
  if (!hasBare) {
    bare.error = expectedFallback
      ? `${backend} cannot train this model: the app falls back to ${expectedFallback}`
      : 'no bare loop for this case';
  }
  let appDefaultIntervals;
  if (expectedFallback) {
    appDefaultIntervals = skipped('fallback: not measured');
  } else {
    log(
      `app, default evaluation and checkpoint intervals: ${timing.seconds} s, then tensors ` +
        `at ${MEMORY_STEPS.join(' and ')} steps (wait capped at ${timing.memoryCapMs / 1000} s)`,
    );
    appDefaultIntervals = await measureDefaultIntervals(context, baseUrl, backend, c, timing);
    log(
      appDefaultIntervals.ok
        ? `  ${appDefaultIntervals.stepsPerSecond} steps/s`
        : `  failed: ${appDefaultIntervals.error}`,
    );
  }
  await context.close();

  const ratio = rounds.length > 0 ? round(median(rounds), 3) : null;
  const fellBackTo = app.backend && app.backend !== backend ? app.backend : null;
  const fallback = {
    expected: expectedFallback,
    to: fellBackTo,
    reason: app.fallbackReason ?? null,
    // As expected: on the named backend, saying why, with no error.
    ok:
      expectedFallback === null
        ? fellBackTo === null
        : app.ok && fellBackTo === expectedFallback && !!app.fallbackReason,
  };
  const row = {
    case: c.id,
    backend,
    timing,
    bare,
    app,
    rounds,
    appDefaultIntervals,
    ratio,
    fallback,
  };
  row.targets = targets(row);
  return row;
}

function pad(cells, widths) {
  return cells.map((c, i) => String(c).padStart(widths[i])).join('  ');
}

function printTable(rows) {
  const head = [
    'backend',
    'app samples/s',
    'app+eval samples/s',
    'bare samples/s',
    'app/bare (rounds)',
    'long tasks /10 s (ms)',
    'read at steps',
    'tensors',
    'bytes',
    'tensors',
    'bytes',
  ];
  const fmt = (v) => (v === null || v === undefined ? '—' : v.toLocaleString('en-US'));
  const memCell = (r, i, key) => {
    const m = r.appDefaultIntervals.memory?.[i];
    if (!m) return '—';
    return m.capped ? `${fmt(m[key])}*` : fmt(m[key]);
  };
  const body = rows.map((r) => [
    r.fallback.to ? `${r.backend}→${r.fallback.to}` : r.backend,
    r.app.ok ? fmt(r.app.samplesPerSecond) : 'failed',
    fmt(r.appDefaultIntervals.samplesPerSecond),
    r.bare.ok ? fmt(round(r.bare.samplesPerSecond, 0)) : r.fallback.expected ? 'fallback' : '—',
    r.ratio === null
      ? '—'
      : `${r.ratio.toFixed(2)} (${Math.min(...r.rounds).toFixed(2)}–${Math.max(...r.rounds).toFixed(2)})`,
    r.app.longTasks === null || r.app.longTasks === undefined
      ? '—'
      : `${fmt(r.app.longTasksPer10s)} (${fmt(r.app.longTaskMs)})`,
    r.appDefaultIntervals.memory
      ? r.appDefaultIntervals.memory.map((m) => fmt(m.step)).join(' / ')
      : '—',
    memCell(r, 0, 'tensors'),
    memCell(r, 0, 'bytes'),
    memCell(r, 1, 'tensors'),
    memCell(r, 1, 'bytes'),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => String(b[i]).length)));
  console.log(pad(head, widths));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) console.log(pad(b, widths));
}

function targets(r) {
  const [m100, m1000] = r.appDefaultIntervals.memory ?? [];
  const flat =
    m100 && m1000 && m100.tensors !== null && m100.bytes !== null
      ? m100.tensors === m1000.tensors && m100.bytes === m1000.bytes
      : null;
  return {
    ratioAtLeast09: r.ratio === null ? null : r.ratio >= 0.9,
    noLongTasks:
      r.app.longTasks === null || r.app.longTasks === undefined ? null : r.app.longTasks === 0,
    memoryFlat: flat,
    fallbackAsExpected: r.fallback.ok,
  };
}

async function main() {
  const asked = process.argv.slice(2);
  const caseIds = CASES.map((c) => c.id);
  const unknown = asked.filter(
    (a) =>
      !BACKENDS.includes(a) &&
      !caseIds.includes(a) &&
      !TECHNIQUE_IDS.includes(a) &&
      a !== 'soak' &&
      a !== 'study' &&
      a !== 'study-fits',
  );
  if (unknown.length > 0) {
    throw new Error(
      `Unknown argument(s): ${unknown.join(', ')}; use backends (${BACKENDS.join(', ')}) ` +
        `and cases (${caseIds.join(', ')}, ${TECHNIQUE_IDS.join(', ')}, study, study-fits, soak).`,
    );
  }
  const askedBackends = asked.filter((a) => BACKENDS.includes(a));
  const askedCases = asked.filter((a) => caseIds.includes(a));
  const backends = askedBackends.length > 0 ? askedBackends : BACKENDS;
  const askedTechniques = asked.filter((a) => TECHNIQUE_IDS.includes(a));
  const soakAsked = asked.includes('soak');
  const studyAsked = asked.includes('study');
  const studyFitsAsked = asked.includes('study-fits');
  // Named cases, technique rows, `study`, `study-fits` or `soak`: only those; none named: every
  // case, the technique rows, the study, the study fits, then the soak.
  const noneNamed =
    askedCases.length === 0 &&
    askedTechniques.length === 0 &&
    !soakAsked &&
    !studyAsked &&
    !studyFitsAsked;
  const studyBackends =
    studyAsked || noneNamed ? (askedBackends.length > 0 ? askedBackends : STUDY_BACKENDS) : [];
  const studyFitsBackends =
    studyFitsAsked || noneNamed
      ? askedBackends.length > 0
        ? askedBackends
        : STUDY_FITS_BACKENDS
      : [];
  const cases = noneNamed ? CASES : CASES.filter((c) => askedCases.includes(c.id));
  const techniques = noneNamed ? ['techniques'] : askedTechniques;
  const soakBackends =
    soakAsked || noneNamed ? (askedBackends.length > 0 ? askedBackends : SOAK_BACKENDS) : [];
  // The technique rows run on wasm and cpu unless backends are named (about 3.5 minutes each).
  const techniqueBackends = askedBackends.length > 0 ? askedBackends : TECHNIQUE_BACKENDS;
  // LAB_DIST and LAB_PORT choose the served build and its port (as for the other scripts).
  const dist = process.env.LAB_DIST ?? 'dist';
  if (!existsSync(`${resolve(ROOT, dist)}/bench.html`)) {
    throw new Error(`No production build in ${dist}/: use \`npm run bench\`, which builds first.`);
  }

  // Kernels per step of the technique rows, in Node on tfjs's cpu backend (bench/kernels.mjs).
  let kernels = {};
  if (techniques.length > 0) {
    console.log('Counting kernels per step of the technique rows (tfjs cpu backend, in Node)');
    kernels = await kernelsPerStep(techniqueRowsOf(techniques)).catch((error) => {
      console.log(`  not counted: ${message(error)}`);
      return {};
    });
  }

  const port = process.env.LAB_PORT ? Number(process.env.LAB_PORT) : await freePort();
  console.log(`Starting vite preview of ${dist}/ on http://127.0.0.1:${port}`);
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  console.log(`Launching ${CHROMIUM} (headless)`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const browserVersion = browser.version();
  const started = Date.now();
  const rows = [];
  const techniqueRows = [];
  let soak = [];
  let study = [];
  let studyFits = [];
  try {
    for (const c of cases) {
      for (const backend of backends) rows.push(await benchCase(browser, baseUrl, c, backend));
    }
    if (techniques.length > 0) {
      const tools = { installProbe, openApp, appWindow, appQuery: APP_QUERY_BARE };
      for (const backend of techniqueBackends) {
        for (const row of await benchTechniques(browser, baseUrl, backend, techniques, tools)) {
          techniqueRows.push({ ...row, kernelsPerStep: kernels[row.case] ?? null });
        }
      }
    }
    if (studyBackends.length > 0) study = await benchStudy(browser, baseUrl, studyBackends);
    if (studyFitsBackends.length > 0)
      studyFits = await benchStudyFits(browser, baseUrl, studyFitsBackends);
    if (soakBackends.length > 0) soak = await runSoak(browser, baseUrl, soakBackends);
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }
  const minutes = (Date.now() - started) / 60_000;

  const show = (v) => (v === null ? 'n/a' : v ? 'met' : 'MISSED');
  for (const c of cases) {
    const caseRows = rows.filter((r) => r.case === c.id);
    const t = timingFor(c, '');
    console.log(
      `\n${c.id}: ${c.title}. ${t.rounds} app windows of ${t.seconds} s interleaved with ` +
        `${t.rounds + 1} of the bare loop, after ${t.warmupSteps} steps and ${t.warmupSeconds} s ` +
        `(other timings on slow backends, see ` +
        `latest.json). Tensors and bytes at 100 and 1,000 steps (* = capped).\n`,
    );
    printTable(caseRows);
    for (const r of caseRows) {
      const t = r.targets;
      const capped = r.appDefaultIntervals.memory?.some((m) => m.capped)
        ? ' (capped before 1,000 steps)'
        : '';
      const fallback = r.fallback.expected
        ? `, fallback to ${r.fallback.expected} ${r.fallback.ok ? 'reported' : 'NOT AS EXPECTED'}` +
          (r.fallback.reason ? `: "${r.fallback.reason.trim()}"` : '')
        : '';
      console.log(
        `  ${r.backend.padEnd(6)} ratio ${show(t.ratioAtLeast09)}, long tasks ${show(t.noLongTasks)}, ` +
          `memory flat ${show(t.memoryFlat)}${capped}${fallback}`,
      );
    }
  }
  if (cases.length > 0) {
    console.log(
      '\nTargets: app/bare ≥ 0.9; 0 long tasks; tensors and bytes equal at 100 and 1,000 steps ' +
        '(read at the first counter update at or after those steps; "read at steps" shows which; ' +
        '"*" means the wait was capped and the last values seen are shown).',
    );
  }
  if (techniqueRows.length > 0) {
    const t = techniqueRows[0].timing;
    console.log(
      `\nTechniques: the cost of each training technique per step, each row measured in the ` +
        `same run against the plain step of the same model (two circles, MLP 2-8-8-2, Adam, ` +
        `batch 32; run mode without evaluation or checkpoints). Windows of ${t.seconds} s ` +
        `in ${t.rounds} rounds, each technique's window between two of the plain step; ` +
        `"×plain" is the time of one optimizer step (or one example) over the plain step's ` +
        `(the mean of the two windows around it), the median over the rounds (> 1 = slower). ` +
        `Accumulation: 4 micro-batches of 32 per optimizer step. Tensors: the count at the ` +
        `end of the last window and its change since the first. Kernels per step: one ` +
        `run-mode step between read-backs under tf.profile on tfjs's cpu backend in Node ` +
        `(the same for every backend's table; loss scaling's read-back included).\n`,
    );
    for (const backend of techniqueBackends) {
      const forBackend = techniqueRows.filter((r) => r.backend === backend);
      if (forBackend.length > 0) printTechniqueTable(forBackend);
    }
  }
  if (study.length > 0) printStudyTable(study);
  if (studyFits.length > 0) printStudyFits(studyFits);
  console.log(`Bench time: ${minutes.toFixed(1)} min.`);

  await mkdir(RESULTS_DIR, { recursive: true });
  const file = `${RESULTS_DIR}latest.json`;
  await writeFile(
    file,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        chromium: browserVersion,
        machine: {
          cpus: os.cpus().length,
          cpu: os.cpus()[0]?.model ?? null,
          platform: os.platform(),
        },
        minutes: round(minutes, 1),
        settings: {
          timing: TIMING,
          memorySteps: MEMORY_STEPS,
          appQuery: APP_QUERY_BARE,
          appQueryDefaultIntervals: APP_QUERY_DEFAULT,
          cases: cases.map((c) => ({ ...c })),
        },
        results: rows,
        techniques: techniqueRows,
        study,
        studyFits,
        soak,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\nWrote ${file}`);
}

main().catch((error) => {
  console.error(`bench: ${message(error)}`);
  process.exitCode = 1;
});
