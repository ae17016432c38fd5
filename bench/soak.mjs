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
 * far less, and the load average; the summary adds the median of the last three slices
 * against that of the first three.
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

/** One backend: opens the app, presses Run, and samples the step counter for `minutes`. */
async function soakBackend(browser, baseUrl, backend, minutes, log) {
  const context = await browser.newContext();
  await context.addInitScript(installStepProbe);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
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
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.waitForFunction(() => (window.__soakProbe.last?.step ?? 0) > 0, null, {
      timeout: 120_000,
    });
    await page.waitForTimeout(WARMUP_SECONDS * 1000);
    const sample = async () => ({
      ...(await page.evaluate(() => window.__soakProbe.last)),
      cpu: cpuSecondsOfDescendants(),
      load: os.loadavg()[0],
    });
    const samples = [await sample()];
    const count = Math.round((minutes * 60) / SLICE_SECONDS);
    const started = Date.now();
    for (let k = 1; k <= count; k++) {
      await page.waitForTimeout(Math.max(0, started + k * SLICE_SECONDS * 1000 - Date.now()));
      samples.push(await sample());
      const s = slices(samples.slice(-2))[0];
      log(
        `  slice ${k}: ${s.stepsPerSecond?.toFixed(1)} steps/s, ` +
          `${s.stepsPerCpuSecond?.toFixed(1) ?? '—'} steps per CPU s (load ${samples.at(-1).load.toFixed(1)})`,
      );
    }
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
      ranOn: (await page.getByTestId('backend').textContent())?.trim() ?? null,
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
        `${r.slices.length} slices, ${r.lastStep?.toLocaleString('en-US')} steps, ` +
        `load ${r.slices[0].load} → ${r.slices.at(-1).load}`,
    );
  }
  return results;
}
