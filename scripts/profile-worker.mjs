// Profiles the training worker for 8 s of run mode (or of the bare loop, with `--bare`) and
// prints the functions with the most self time on the worker's thread, from a Chromium trace.
// Usage (after a build): node scripts/profile-worker.mjs [--bare] [query]
//   node scripts/profile-worker.mjs '?backend=wasm&steps=100000&epochs=100000&eval=100000&ckpt=1000000&es=off'
//   node scripts/profile-worker.mjs --bare '?backend=wasm&seconds=14'
import { withLab } from './browser.mjs';

const bare = process.argv.includes('--bare');
const query =
  process.argv.slice(2).find((a) => a.startsWith('?')) ??
  (bare
    ? '?backend=wasm&seconds=14'
    : '?backend=wasm&steps=100000&epochs=100000&eval=100000&ckpt=1000000&es=off');

/**
 * Self and total (inclusive) time per function of the CPU profile samples recorded on one
 * thread of the trace. A thread's `Profile` event names the profile; its `ProfileChunk`s
 * come from another thread.
 */
function profileTimes(events, tid) {
  const ids = new Set(events.filter((e) => e.name === 'Profile' && e.tid === tid).map((e) => e.id));
  const nodes = new Map();
  const self = new Map();
  const total = new Map();
  let sampled = 0;
  const name = (f) =>
    `${f.functionName || '(anon)'} ${(f.url ?? '').split('/').pop()}:${f.lineNumber}`;
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || !ids.has(e.id)) continue;
    const cpu = e.args?.data?.cpuProfile;
    for (const n of cpu?.nodes ?? []) nodes.set(n.id, n);
    const deltas = e.args?.data?.timeDeltas ?? [];
    (cpu?.samples ?? []).forEach((id, i) => {
      const ms = (deltas[i] ?? 0) / 1000;
      sampled += ms;
      const leaf = nodes.get(id);
      const key = leaf ? name(leaf.callFrame) : '?';
      self.set(key, (self.get(key) ?? 0) + ms);
      const seen = new Set();
      for (let n = leaf; n; n = nodes.get(n.parent)) {
        const k = name(n.callFrame);
        if (seen.has(k)) continue;
        seen.add(k);
        total.set(k, (total.get(k) ?? 0) + ms);
      }
    });
  }
  return { self, total, sampled };
}

await withLab(4198, async (browser, base) => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${base}${bare ? 'bench.html' : ''}${query}`);
  if (!bare) {
    await page.getByTestId('backend').waitFor({ timeout: 60_000 });
    await page.getByTestId('next-phase-button').waitFor();
    await page.waitForTimeout(1000);
    await page.getByTestId('run-button').click();
  }
  await page.waitForTimeout(4000);
  await browser.startTracing(page, {
    categories: [
      '__metadata',
      'v8.execute',
      'disabled-by-default-v8.cpu_profiler',
      'disabled-by-default-devtools.timeline',
    ],
  });
  await page.waitForTimeout(8000);
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
  const threads = traceEvents.filter((e) => e.name === 'thread_name');
  const workers = threads.filter((e) => /Worker/i.test(e.args?.name ?? ''));
  for (const w of workers) {
    const { self, total, sampled } = profileTimes(traceEvents, w.tid);
    if (sampled === 0) continue;
    console.log(`\n${w.args.name} (tid ${w.tid}): ${sampled.toFixed(0)} ms sampled`);
    for (const [title, times] of [
      ['self time', self],
      ['total time (with callees)', total],
    ]) {
      console.log(`\n${title}`);
      const rows = [...times.entries()].sort((a, b) => b[1] - a[1]).slice(0, 400);
      for (const [k, ms] of rows) console.log(ms.toFixed(0).padStart(6), 'ms', k);
    }
  }
  if (!bare) console.log('\nsteps', await page.getByTestId('step').textContent());
  else console.log('\n', await page.textContent('#out'));
});
