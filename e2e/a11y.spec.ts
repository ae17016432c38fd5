/**
 * Accessibility: axe-core (WCAG 2.0, 2.1 and 2.2 A and AA rules, and best practices) finds no
 * violation on the page of each task, in English and in German, at the start and on the
 * panel of each of the nine phases after it ran, with the Scale view and the guided tour open.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, PHASE_IDS, test } from './lab-page';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The violations axe finds in `include` (the whole page when absent), one line each. */
async function violations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(TAGS);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]}`,
    ),
  );
}

/** Each task of the URL's `task=` key, the names also with their transformer. */
const CASES = [
  'task=classify2d',
  'task=mnist',
  'task=mnist&model=cnn',
  'task=regress1d',
  'task=names',
  'task=names&model=transformer',
  'task=table',
];

for (const lang of ['en', 'de'] as const)
  for (const query of CASES)
    test(`no axe violations: ${query}, lang=${lang}`, async ({ lab }) => {
      const { page } = lab;
      await lab.goto(`?${query}&lang=${lang}`);
      await lab.waitReady();
      expect(await violations(page), 'at the start').toEqual([]);
      for (const phase of PHASE_IDS) {
        await lab.nextPhase(phase);
        const panel = `[data-testid="phase-panel-${phase}"]`;
        await expect(page.locator(panel).locator('.pv-empty')).toHaveCount(0);
        expect(await violations(page, panel), phase).toEqual([]);
      }
      // The Scale view unfolded, and the tour open.
      await page.getByTestId('scale').locator('summary').click();
      await page.getByTestId('tour-button').click();
      expect(await violations(page), 'after a cycle').toEqual([]);
    });
