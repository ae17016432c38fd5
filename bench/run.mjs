/**
 * Benchmark of the production build (`npm run bench` builds first, then runs this).
 *
 * For each backend it measures, in one headless Chromium and one run so the ratios mean
 * something even on a busy machine:
 *   - the bare tfjs loop of bench.html (same model and batch, its own minimize loop),
 *     before and after the app's window, averaged;
 *   - the app in run mode, with evaluation and checkpoints pushed out of the window (the
 *     ratio to the bare loop), and again with the default evaluation and checkpoint
 *     intervals;
 *   - main-thread long tasks (> 50 ms) during the app's timed 10 s;
 *   - tf.memory() as the app shows it, after 100 and 1,000 steps of the run with the
 *     default intervals, so evaluation and checkpoints are part of the leak check.
 *
 * Usage: node bench/run.mjs [webgpu] [webgl] [wasm] [cpu]   (default: all four)
 * Results: a table on stdout and bench/results/latest.json.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { preview } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));
const BACKENDS = ['webgpu', 'webgl', 'wasm', 'cpu'];
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--enable-unsafe-webgpu',
];

const BATCH_SIZE = 32; // the default config's batch size, for samples/s
const WARMUP_STEPS = 20;
const APP_SECONDS = 10;
const BARE_SECONDS = 8;
const MEMORY_STEPS = [100, 1000];
/** SwiftShader WebGPU trains at ~10-20 steps/s, so 1,000 steps may not fit: cap the wait. */
const MEMORY_CAP_MS = 120_000;
const READY_TIMEOUT_MS = 120_000;

/**
 * Run mode without evaluation, checkpoints or stopping inside the timed window. The
 * limits are the schema's maxima (eval ≤ 100,000); epochs are raised too, because the
 * default 500 epochs (5,000 steps) end a run on cpu before the window is over.
 */
const APP_QUERY_BARE = 'steps=100000&epochs=100000&eval=100000&ckpt=1000000&es=off';
/** Run mode with the default evaluation and checkpoint intervals. */
const APP_QUERY_DEFAULT = 'steps=100000&epochs=100000&es=off';

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

async function measureBare(context, baseUrl, backend) {
  const page = await context.newPage();
  try {
    await page.goto(`${baseUrl}/bench.html?backend=${backend}&seconds=${BARE_SECONDS}`);
    await page.waitForFunction(() => document.title === 'done', null, {
      timeout: READY_TIMEOUT_MS + BARE_SECONDS * 1000,
    });
    return JSON.parse((await page.textContent('#out')) ?? '{}');
  } catch (error) {
    return { ok: false, backend, error: message(error) };
  } finally {
    await page.close();
  }
}

/**
 * Opens the app, presses Run, skips `WARMUP_STEPS`, then times `APP_SECONDS` between two
 * read-backs. With `memory`, keeps running to read the tensor counters at MEMORY_STEPS.
 */
async function measureApp(context, baseUrl, backend, query, memory) {
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  const result = { ok: false, query };
  try {
    await page.goto(`${baseUrl}/?backend=${backend}&${query}`);
    result.backend = await waitReady(page);
    const run = page.getByRole('button', { name: 'Run', exact: true });
    if (await run.isDisabled()) throw new Error('Run is disabled: the app rejected the config');
    await run.click();
    const runStart = await page.evaluate(() => performance.now());

    const start = await stepRecord(page, WARMUP_STEPS, READY_TIMEOUT_MS);
    await page.waitForFunction(
      (t) => window.__benchProbe.steps.some((s) => s.t >= t),
      start.t + APP_SECONDS * 1000,
      { timeout: APP_SECONDS * 1000 + 60_000, polling: 100 },
    );
    const timed = await page.evaluate(
      ({ from, seconds }) => {
        const probe = window.__benchProbe;
        const end = probe.steps.find((s) => s.t >= from.t + seconds * 1000);
        const tasks = probe.longTasks.filter((l) => l.start >= from.t && l.start < end.t);
        return {
          end,
          longTasks: tasks.length,
          longTaskMs: tasks.reduce((sum, l) => sum + l.duration, 0),
          longestTaskMs: tasks.reduce((max, l) => Math.max(max, l.duration), 0),
          longTasksUnsupported: probe.longTasksUnsupported === true,
        };
      },
      { from: start, seconds: APP_SECONDS },
    );
    const stepsPerSecond = ((timed.end.step - start.step) * 1000) / (timed.end.t - start.t);
    Object.assign(result, {
      ok: true,
      measuredSteps: timed.end.step - start.step,
      measuredMs: round(timed.end.t - start.t, 0),
      stepsPerSecond: round(stepsPerSecond, 2),
      samplesPerSecond: round(stepsPerSecond * BATCH_SIZE, 0),
      longTasks: timed.longTasksUnsupported ? null : timed.longTasks,
      longTaskMs: round(timed.longTaskMs, 0),
      longestTaskMs: round(timed.longestTaskMs, 0),
    });

    if (memory) {
      result.memory = [];
      for (const target of MEMORY_STEPS) {
        const left = MEMORY_CAP_MS - ((await page.evaluate(() => performance.now())) - runStart);
        try {
          const at = await stepRecord(page, target, Math.max(left, 1));
          result.memory.push({ target, step: at.step, tensors: at.tensors, bytes: at.bytes });
        } catch {
          // Capped: report the last values seen, and at which step.
          const last = await page.evaluate(() => window.__benchProbe.steps.at(-1));
          result.memory.push({
            target,
            capped: true,
            step: last?.step ?? null,
            tensors: last?.tensors ?? null,
            bytes: last?.bytes ?? null,
          });
        }
      }
      result.memoryRaw = await page.evaluate(() => {
        const last = window.__benchProbe.steps.at(-1);
        return last ? { tensors: last.tensorsText, bytes: last.bytesText } : null;
      });
    }
    await page
      .getByRole('button', { name: 'Pause', exact: true })
      .click({ timeout: 5000 })
      .catch(() => {});
  } catch (error) {
    result.error = message(error);
  } finally {
    result.consoleErrors = consoleErrors.slice(0, 5);
    await page.close();
  }
  return result;
}

/**
 * One backend, in a fresh browser context. The bare loop is measured before and after the
 * app's run-mode window and averaged, so load from other processes on a shared machine
 * weighs on both sides of the ratio alike.
 */
async function benchBackend(browser, baseUrl, backend) {
  const context = await browser.newContext();
  await context.addInitScript(installProbe);
  const log = (text) => console.log(`[${backend}] ${text}`);
  const bareRun = async (label) => {
    log(`bare tfjs loop (${label}): ${BARE_SECONDS} s after ${WARMUP_STEPS} steps`);
    const r = await measureBare(context, baseUrl, backend);
    log(r.ok ? `  ${round(r.stepsPerSecond, 2)} steps/s` : `  failed: ${r.error}`);
    return r;
  };
  const appRun = async (label, query, memory) => {
    log(`app, ${label}: ${APP_SECONDS} s after ${WARMUP_STEPS} steps`);
    if (memory) {
      log(
        `  then tensors at ${MEMORY_STEPS.join(' and ')} steps ` +
          `(wait capped at ${MEMORY_CAP_MS / 1000} s from Run)`,
      );
    }
    const r = await measureApp(context, baseUrl, backend, query, memory);
    log(
      r.ok
        ? `  ${r.stepsPerSecond} steps/s on ${r.backend}, ${r.longTasks} long tasks`
        : `  failed: ${r.error}`,
    );
    return r;
  };

  const bareBefore = await bareRun('before');
  const app = await appRun('run mode without evaluation or checkpoints', APP_QUERY_BARE, false);
  const bareAfter = await bareRun('after');
  const appDefaultIntervals = await appRun(
    'run mode with the default evaluation and checkpoint intervals',
    APP_QUERY_DEFAULT,
    true,
  );
  await context.close();

  const bareOk = [bareBefore, bareAfter].filter((b) => b.ok);
  const bare = {
    ok: bareOk.length > 0,
    samplesPerSecond:
      bareOk.length > 0
        ? bareOk.reduce((sum, b) => sum + b.samplesPerSecond, 0) / bareOk.length
        : null,
    runs: [bareBefore, bareAfter],
  };
  const ratio = app.ok && bare.ok ? round(app.samplesPerSecond / bare.samplesPerSecond, 3) : null;
  const row = { backend, bare, app, appDefaultIntervals, ratio };
  row.targets = targets(row);
  return row;
}

function pad(cells, widths) {
  return cells.map((c, i) => String(c).padStart(widths[i])).join('  ');
}

function printTable(rows) {
  const head = [
    'backend',
    'app steps/s',
    'app samples/s',
    'app+eval samples/s',
    'bare samples/s',
    'app/bare',
    'long tasks (total ms)',
    'read at steps',
    'tensors@100',
    'bytes@100',
    'tensors@1000',
    'bytes@1000',
  ];
  const fmt = (v) => (v === null || v === undefined ? '—' : v.toLocaleString('en-US'));
  const memCell = (r, i, key) => {
    const m = r.appDefaultIntervals.memory?.[i];
    if (!m) return '—';
    return m.capped ? `${fmt(m[key])} (capped)` : fmt(m[key]);
  };
  const body = rows.map((r) => [
    r.app.backend && r.app.backend !== r.backend ? `${r.backend}→${r.app.backend}` : r.backend,
    fmt(r.app.stepsPerSecond),
    fmt(r.app.samplesPerSecond),
    fmt(r.appDefaultIntervals.samplesPerSecond),
    fmt(round(r.bare.samplesPerSecond, 0)),
    r.ratio === null ? '—' : r.ratio.toFixed(2),
    r.app.longTasks === null || r.app.longTasks === undefined
      ? '—'
      : `${fmt(r.app.longTasks)} (${fmt(r.app.longTaskMs)})`,
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
  };
}

async function main() {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((b) => !BACKENDS.includes(b));
  if (unknown.length > 0) throw new Error(`Unknown backend(s): ${unknown.join(', ')}`);
  const backends = asked.length > 0 ? asked : BACKENDS;
  if (!existsSync(`${ROOT}/dist/bench.html`)) {
    throw new Error('No production build in dist/: use `npm run bench`, which builds first.');
  }

  const port = await freePort();
  console.log(`Starting vite preview of dist/ on http://127.0.0.1:${port}`);
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  console.log(`Launching ${CHROMIUM} (headless)`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const browserVersion = browser.version();
  const rows = [];
  try {
    for (const backend of backends) rows.push(await benchBackend(browser, baseUrl, backend));
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }

  console.log(
    `\nTraining Run Lab benchmark, default config (MLP 2-8-8-2, Adam, batch ${BATCH_SIZE}); ` +
      `app timed over ${APP_SECONDS} s, bare loop over ${BARE_SECONDS} s\n`,
  );
  printTable(rows);
  console.log(
    '\nTargets: app/bare ≥ 0.9 on every backend; 0 long tasks; tensors and bytes equal at ' +
      '100 and 1,000 steps (read at the first counter update at or after those steps; "read ' +
      'at steps" shows which). "capped" means 1,000 steps were not reached within ' +
      `${MEMORY_CAP_MS / 1000} s of pressing Run; the last values seen are shown.`,
  );
  for (const r of rows) {
    const t = r.targets;
    const show = (v) => (v === null ? 'n/a' : v ? 'met' : 'MISSED');
    const capped = r.appDefaultIntervals.memory?.some((m) => m.capped)
      ? ' (capped before 1,000 steps)'
      : '';
    console.log(
      `  ${r.backend.padEnd(6)} ratio ${show(t.ratioAtLeast09)}, long tasks ${show(t.noLongTasks)}, ` +
        `memory flat ${show(t.memoryFlat)}${capped}`,
    );
  }

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
        settings: {
          batchSize: BATCH_SIZE,
          warmupSteps: WARMUP_STEPS,
          appSeconds: APP_SECONDS,
          bareSeconds: BARE_SECONDS,
          memorySteps: MEMORY_STEPS,
          memoryCapMs: MEMORY_CAP_MS,
          appQuery: APP_QUERY_BARE,
          appQueryDefaultIntervals: APP_QUERY_DEFAULT,
        },
        results: rows,
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
