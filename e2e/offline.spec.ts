/**
 * The app works offline once loaded (scripts/pwa.mjs): after one visit with the network on,
 * its service worker has precached the page, the engine worker, tfjs's wasm binaries and the
 * MNIST digits, and with the network off the app starts again, trains the 2-D points on wasm,
 * and loads the MNIST task's data. The Content-Security-Policy still holds offline.
 */
import { expect, test } from './lab-page';

// The other specs block service workers (playwright.config.ts); this one needs it.
test.use({ serviceWorkers: 'allow' });

test('after one visit the app trains and loads MNIST with the network off', async ({
  lab,
  context,
}) => {
  const { page } = lab;
  const workerUrls: string[] = [];
  page.on('worker', (worker) => workerUrls.push(worker.url()));
  await lab.goto({ backend: 'wasm' });
  await lab.waitReady();
  // The service worker takes control once it has precached everything (clientsClaim).
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 60_000,
  });
  // The page says that it now works offline.
  await expect(page.getByTestId('offline-ready')).toContainText('offline');

  await context.setOffline(true);
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation(v: string): void }).reportViolation(
        `${e.effectiveDirective} blocked ${e.blockedURI}`,
      ),
    ),
  );
  const fromNetwork: string[] = [];
  page.on('response', (response) => {
    if (!response.fromServiceWorker()) fromNetwork.push(response.url());
  });
  await page.reload();
  await lab.waitReady();
  await expect(lab.backendBadge).toHaveText('wasm');
  await lab.run();
  await lab.waitForStep(10);
  await lab.pause();
  expect(await lab.trainLoss()).not.toBeNull();

  // Another address of the app (its settings are in the query) and the MNIST task's digits.
  await lab.goto({ task: 'mnist', backend: 'wasm' });
  await lab.waitReady();
  await expect(lab.page.getByTestId('model-summary')).toContainText('101,770');
  await lab.nextPhase('initialization');
  await lab.nextPhase('data');
  await expect(
    lab.phasePanel('data').getByLabel('Digit labelled', { exact: false }),
  ).not.toHaveCount(0);

  expect(fromNetwork, 'every response came from the service worker').toEqual([]);
  // The engine worker's script, answered from the cache, still carries the policy header.
  const workerUrl = workerUrls.at(-1) ?? '';
  const header = await page.evaluate(
    async (url) => (await fetch(url)).headers.get('content-security-policy'),
    workerUrl,
  );
  expect(header).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(violations).toEqual([]);
  expect(lab.errors).toEqual([]);
  // The network really is off: a page that is not precached cannot be fetched.
  const benchLoads = await page.evaluate(() =>
    fetch('/bench.html').then(
      () => true,
      () => false,
    ),
  );
  expect(benchLoads).toBe(false);
});
