/**
 * Soak: does training keep its speed over a long run? The default two-circles config trains
 * in run mode with the default evaluation, checkpoint and read-back intervals for
 * `minutes` (5 by default) on each backend, and the steps per second of each 10-second
 * slice are printed. Anything done per read-back, evaluation, checkpoint, journal write or
 * progress message (in the worker or on the page) that grows with the length of the run
 * shows as a falling rate. Target: the last slice is at least 0.95 × the first.
 *
 * Run alone with `node bench/run.mjs soak [wasm] [cpu]` (default: wasm and cpu);
 * SOAK_MINUTES shortens or lengthens it. `npm run bench` runs it after the other cases.
 *
 * On a shared machine other processes' load moves the wall-clock rate; each slice also
 * reports steps per CPU second of this browser's processes (from /proc), which it moves
 * less, and the load average; the summary adds the median of the last three slices against
 * that of the first three. Last, the long run is paused and timed in windows alternating
 * with a young run on a second page (as the bench compares app and bare loop): the ratio
 * long / young compares the two under the same load, and is near 1 when nothing grows with
 * the run's length.
 */
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
/** The default config, with nothing that would end the run inside the soak. */
export const SOAK_QUERY = 'es=off&steps=1000000&epochs=100000';
export const SOAK_BACKENDS = ['wasm', 'cpu'];
const SLICE_SECONDS = 10;
/** Clock ticks per second of /proc/<pid>/stat's times (USER_HZ, 100 on Linux). */
const CLOCK_TICKS = 100;
/** Untimed seconds after the first step: kernels compile, JavaScript gets optimised. */
const WARMUP_SECONDS = 5;
export const SOAK_TARGET = 0.95;
/** Rounds of the long run against a young one after the slices. */
const YOUNG_ROUNDS = 3;

/** Installed before any page script: the step counter's latest change, with its page time. */
function installStepProbe() {
  const probe = { last: null };
  window.__soakProbe = probe;
  const record = () => {
    const t = document.querySelector('[data-testid="step"]')?.textContent;
    if (t == null) return;
    const step = Number(t.replace(/[\s,\u202f]/g, ''));
    if (!Number.isFinite(step) || probe.last?.step === step) return;
    probe.last = { t: performance.now(), step };
  };
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver(record).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
}

/**
 * CPU seconds (user + system) used so far by the processes descended from `root` (the
 * browser this script launched: its page, worker and GPU processes), from /proc; null where
 * there is no /proc. Dividing steps by it gives a rate that other processes' load on a
 * shared machine barely moves.
 */
function cpuSecondsOfDescendants(root = process.pid) {
  let entries;
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return null;
  }
  const procs = [];
  for (const pid of entries) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces.
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      procs.push({ pid: Number(pid), ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) });
    } catch {
      // The process ended meanwhile.
    }
  }
  const mine = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of procs) {
      if (!mine.has(p.pid) && mine.has(p.ppid)) {
        mine.add(p.pid);
        grew = true;
      }
    }
  }
  mine.delete(root);
  const ticks = procs.filter((p) => mine.has(p.pid)).reduce((sum, p) => sum + p.ticks, 0);
  return ticks / CLOCK_TICKS;
}

/**
 * One slice per pair of consecutive samples ({t ms, step, cpu s}): steps per second of wall
 * time and per CPU second of the browser.
 */
export function slices(samples) {
  const out = [];
  for (let i = 1; i < samples.length; i++) {
    const a = samples[i - 1];
    const b = samples[i];
    const steps = b.step - a.step;
    const cpu = a.cpu === null || b.cpu === null ? null : b.cpu - a.cpu;
    out.push({
      stepsPerSecond: b.t > a.t ? (steps * 1000) / (b.t - a.t) : null,
      stepsPerCpuSecond: cpu && cpu > 0 ? steps / cpu : null,
    });
  }
  return out;
}

/** Opens the app on `backend` in `context` and waits until it is ready to run. */
async function openApp(context, baseUrl, backend, errors) {
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${baseUrl}/?backend=${backend}&${SOAK_QUERY}`);
  // Ready: the backend badge has a name and "Next phase" is enabled.
  await page.waitForFunction(
    () => {
      const name = document.querySelector('[data-testid="backend"]')?.textContent?.trim();
      const next = [...document.querySelectorAll('button')].find(
        (b) => b.textContent?.trim() === 'Next phase',
      );
      return !!name && name !== '—' && next && !next.disabled;
    },
    null,
    { timeout: 120_000, polling: 200 },
  );
  return page;
}

/** Presses Run and waits until the step counter has moved (kernels compiled). */
async function run(page) {
  await page.bringToFront();
  const before = await page.evaluate(() => window.__soakProbe.last?.step ?? 0);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.waitForFunction((n) => (window.__soakProbe.last?.step ?? 0) > n, before, {
    timeout: 120_000,
  });
}

async function pause(page) {
  await page.getByRole('button', { name: 'Pause', exact: true }).click({ timeout: 10_000 });
  await page.getByRole('button', { name: 'Run', exact: true }).waitFor({ timeout: 120_000 });
}

/** The latest step change of `page`, the browser's CPU time and the load average. */
async function sample(page) {
  return {
    ...(await page.evaluate(() => window.__soakProbe.last)),
    cpu: cpuSecondsOfDescendants(),
    load: os.loadavg()[0],
  };
}

/** Steps/s of `page` over `seconds` of run mode, after `warmupSeconds` untimed. */
async function timedWindow(page, seconds, warmupSeconds) {
  await run(page);
  await page.waitForTimeout(warmupSeconds * 1000);
  const a = await sample(page);
  await page.waitForTimeout(seconds * 1000);
  const b = await sample(page);
  await pause(page);
  return slices([a, b])[0].stepsPerSecond;
}

const median = (xs) => {
  const v = [...xs].sort((a, b) => a - b);
  const m = v.length >> 1;
  return v.length % 2 === 1 ? v[m] : (v[m - 1] + v[m]) / 2;
};

/**
 * One backend: opens the app, presses Run, and samples the step counter every slice for
 * `minutes`. Then the long run is compared with a young one under the same load: a second
 * page trains a new run, and windows of the two alternate (young, long, young, long, young,
 * long); each long window is divided by the mean of the young windows around it.
 */
async function soakBackend(browser, baseUrl, backend, minutes, log) {
  const context = await browser.newContext();
  await context.addInitScript(installStepProbe);
  const errors = [];
  try {
    const page = await openApp(context, baseUrl, backend, errors);
    await run(page);
    await page.waitForTimeout(WARMUP_SECONDS * 1000);
    const samples = [await sample(page)];
    const count = Math.round((minutes * 60) / SLICE_SECONDS);
    const started = Date.now();
    for (let k = 1; k <= count; k++) {
      await page.waitForTimeout(Math.max(0, started + k * SLICE_SECONDS * 1000 - Date.now()));
      samples.push(await sample(page));
      const s = slices(samples.slice(-2))[0];
      log(
        `  slice ${k}: ${s.stepsPerSecond?.toFixed(1)} steps/s, ` +
          `${s.stepsPerCpuSecond?.toFixed(1) ?? '—'} steps per CPU s (load ${samples.at(-1).load.toFixed(1)})`,
      );
    }
    const ranOn = (await page.getByTestId('backend').textContent())?.trim() ?? null;
    await pause(page);

    log(`  long run (step ${samples.at(-1).step}) against a young one, interleaved:`);
    const young = await openApp(context, baseUrl, backend, errors);
    const youngRates = [await timedWindow(young, SLICE_SECONDS, WARMUP_SECONDS)];
    const longRates = [];
    for (let r = 0; r < YOUNG_ROUNDS; r++) {
      longRates.push(await timedWindow(page, SLICE_SECONDS, 1));
      youngRates.push(await timedWindow(young, SLICE_SECONDS, 1));
      log(
        `  young ${youngRates[r].toFixed(1)}, long ${longRates[r].toFixed(1)}, ` +
          `young ${youngRates[r + 1].toFixed(1)} steps/s`,
      );
    }
    const youngRatio = median(
      longRates.map((l, r) => (2 * l) / (youngRates[r] + youngRates[r + 1])),
    );

    const all = slices(samples);
    const ratioOf = (key) => {
      const a = all[0]?.[key];
      const b = all.at(-1)?.[key];
      return a && b ? Number((b / a).toFixed(3)) : null;
    };
    // Less sensitive to a burst of load in one slice: the median of the last three slices
    // against the median of the first three.
    const median3 = (xs) => [...xs].sort((x, y) => x - y)[1];
    const medianRatioOf = (key) => {
      const xs = all.map((s) => s[key]);
      if (xs.length < 6 || xs.some((x) => !x)) return null;
      return Number((median3(xs.slice(-3)) / median3(xs.slice(0, 3))).toFixed(3));
    };
    const ratio = ratioOf('stepsPerSecond');
    return {
      backend,
      ranOn,
      ok: ratio !== null,
      minutes,
      sliceSeconds: SLICE_SECONDS,
      slices: all.map((s, i) => ({
        stepsPerSecond: Number(s.stepsPerSecond?.toFixed(1)),
        stepsPerCpuSecond:
          s.stepsPerCpuSecond === null ? null : Number(s.stepsPerCpuSecond.toFixed(1)),
        load: Number(samples[i + 1].load.toFixed(2)),
      })),
      first: all[0]?.stepsPerSecond ?? null,
      last: all.at(-1)?.stepsPerSecond ?? null,
      ratio,
      cpuRatio: ratioOf('stepsPerCpuSecond'),
      medianRatio: medianRatioOf('stepsPerSecond'),
      cpuMedianRatio: medianRatioOf('stepsPerCpuSecond'),
      youngRates: youngRates.map((x) => Number(x.toFixed(1))),
      longRates: longRates.map((x) => Number(x.toFixed(1))),
      youngRatio: Number(youngRatio.toFixed(3)),
      lastStep: samples.at(-1).step,
      met: ratio === null ? null : ratio >= SOAK_TARGET,
      errors: errors.slice(0, 5),
    };
  } catch (error) {
    return { backend, ok: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    await context.close();
  }
}

/**
 * The soak on each of `backends`, in `browser` against the app served at `baseUrl`.
 * Prints the slices as they come and a summary; returns one result per backend.
 */
export async function runSoak(browser, baseUrl, backends = SOAK_BACKENDS) {
  const minutes = Number(process.env.SOAK_MINUTES ?? 5);
  const results = [];
  for (const backend of backends) {
    const log = (text) => console.log(`[soak ${backend}] ${text}`);
    log(`${minutes} min of run mode (${SOAK_QUERY}), steps/s per ${SLICE_SECONDS} s slice`);
    results.push(await soakBackend(browser, baseUrl, backend, minutes, log));
  }
  console.log(`\nsoak: default two-circles config, ${SOAK_QUERY}, ${minutes} min per backend\n`);
  for (const r of results) {
    if (!r.ok) {
      console.log(`  ${r.backend.padEnd(6)} failed: ${r.error ?? 'no complete slice'}`);
      continue;
    }
    const cpu = r.slices.map((x) => x.stepsPerCpuSecond);
    console.log(
      `  ${r.backend.padEnd(6)} first ${r.first.toFixed(1)}, last ${r.last.toFixed(1)} steps/s, ` +
        `last/first ${r.ratio.toFixed(3)} (${r.met ? 'met' : 'MISSED'}; target ≥ ${SOAK_TARGET}); ` +
        `per CPU second ${cpu[0] ?? '—'} → ${cpu.at(-1) ?? '—'} (last/first ${r.cpuRatio ?? '—'}); ` +
        `median of the last 3 / first 3 slices: ${r.medianRatio ?? '—'} (per CPU second ${r.cpuMedianRatio ?? '—'}); ` +
        `long run / young run, interleaved: ${r.youngRatio}; ` +
        `${r.slices.length} slices, ${r.lastStep?.toLocaleString('en-US')} steps, ` +
        `load ${r.slices[0].load} → ${r.slices.at(-1).load}`,
    );
  }
  return results;
}
