// Profiles the page's main thread for 8 s of run mode and prints the functions with the most self time.
// Usage (after a build): node scripts/profile-main.mjs [query]
import { withLab } from './browser.mjs';

await withLab(4197, async (browser, base) => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(
    `${base}${process.argv[2] ?? '?backend=cpu&steps=100000&epochs=100000&eval=100000&ckpt=1000000&es=off'}`,
  );
  await page.getByTestId('backend').waitFor({ timeout: 60_000 });
  await page.waitForTimeout(1000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await page.getByTestId('run-button').click();
  await page.waitForTimeout(2000);
  await cdp.send('Profiler.start');
  await page.waitForTimeout(8000);
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map();
  const dt = profile.timeDeltas;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const counts = new Map();
  for (const s of profile.samples) counts.set(s, (counts.get(s) ?? 0) + 1);
  const total = profile.endTime - profile.startTime;
  const per = total / profile.samples.length / 1000;
  for (const [id, c] of counts) {
    const n = byId.get(id);
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + c * per);
  }
  const rows = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25);
  for (const [k, ms] of rows) console.log(ms.toFixed(0).padStart(6), 'ms', k);
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  for (const [id, c] of [...counts.entries()].sort((a, b) => b[1] - a[1])) {
    const n = byId.get(id);
    if (n.callFrame.functionName !== 'getBoundingClientRect') continue;
    const chain = [];
    for (let p = parent.get(id); p && chain.length < 8; p = parent.get(p)) {
      const f = byId.get(p).callFrame;
      chain.push(`${f.functionName || '(anon)'}:${f.lineNumber}`);
    }
    console.log((c * per).toFixed(0), 'ms getBoundingClientRect <-', chain.join(' <- '));
  }
  console.log('steps', await page.getByTestId('step').textContent(), 'dt', dt.length);
});
