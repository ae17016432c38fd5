/**
 * The built pages run under their Content-Security-Policy (scripts/csp.mjs): no inline
 * script, no eval, connections to their own origin only. Training on webgpu and on wasm
 * (whose binaries need 'wasm-unsafe-eval'), and the benchmark page, report no violation:
 * neither a `securitypolicyviolation` event in the page nor a console error from the page
 * or its workers (where the browser reports a worker's violations).
 */
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './lab-page';

type Watched = { cspViolations?: string[] };

/** Collects `securitypolicyviolation` events on `target`, into `target.cspViolations`. */
function listen(target: EventTarget & Watched): void {
  const seen: string[] = (target.cspViolations = []);
  target.addEventListener('securitypolicyviolation', (event) => {
    const e = event as SecurityPolicyViolationEvent;
    seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}`);
  });
}

/**
 * Watches the page, from before its first script, and each of its workers, from when it
 * starts (a worker's own policy comes from its response's header, and its violations are
 * events on the worker's global scope). Returns a function that reads what they saw.
 */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(`(${listen.toString()})(document)`);
  const workers: Worker[] = [];
  page.on('worker', (worker) => {
    workers.push(worker);
    void worker.evaluate(`(${listen.toString()})(self)`).catch(() => undefined);
  });
  return async () => {
    const seen = await page.evaluate(() => (document as Watched).cspViolations ?? []);
    for (const worker of workers) {
      seen.push(
        ...(await worker.evaluate(() => (self as Watched).cspViolations ?? []).catch(() => [])),
      );
    }
    return seen;
  };
}

test('the page and the server set the policy', async ({ lab, request }) => {
  const response = await request.get('/');
  const header = response.headers()['content-security-policy'];
  expect(header).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(header).toContain("connect-src 'self'");
  expect(header).not.toContain("'unsafe-eval'");
  expect(header).not.toContain('unsafe-inline');
  const html = await response.text();
  expect(html).toContain('http-equiv="Content-Security-Policy"');
  // No inline script: every script of the page is a file of its own origin.
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  const started = lab.page.waitForEvent('worker');
  await lab.goto();
  // The engine's worker gets the policy from its own response's header, and keeps to it.
  const worker = await started;
  const workerResponse = await request.get(new URL(worker.url()).pathname);
  expect(workerResponse.headers()['content-security-policy']).toBe(header);
  // (A connection to another origin from inside the worker is refused and reported there.)
  const refused = await worker.evaluate(async () => {
    const seen: string[] = [];
    self.addEventListener('securitypolicyviolation', (e) => seen.push(e.effectiveDirective));
    await fetch('http://127.0.0.1:9/').catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return seen;
  });
  expect(refused).toEqual(['connect-src']);
});

for (const backend of ['webgpu', 'wasm'] as const) {
  test(`trains on ${backend} with no policy violation`, async ({ lab }) => {
    const violations = await watchViolations(lab.page);
    await lab.goto({ backend, readback: 1 });
    await lab.waitReady();
    await expect(lab.backendBadge).toHaveText(backend);
    await lab.fullCycle();
    await lab.run();
    await lab.waitForStep(15);
    await lab.pause();
    expect(await violations()).toEqual([]);
    expect(lab.errors).toEqual([]);
  });
}

test('the benchmark page runs its loop with no policy violation', async ({ lab }) => {
  const violations = await watchViolations(lab.page);
  await lab.page.goto('/bench.html?backend=wasm&seconds=1&warmup=2');
  await expect(lab.page).toHaveTitle('done', { timeout: 60_000 });
  expect(await lab.page.locator('#out').textContent()).toContain('"ok": true');
  expect(await violations()).toEqual([]);
  expect(lab.errors).toEqual([]);
});
