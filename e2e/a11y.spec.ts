/**
 * Accessibility: axe-core (WCAG 2.0, 2.1 and 2.2 A and AA rules, and best practices) finds no
 * violation on the page of each task at the start, on the panel of each phase after it ran, and
 * with the Scale view and the guided tour open; in German, and in lecture mode.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, type LabPage, PHASE_IDS, type PhaseId, test } from './lab-page';

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

/**
 * Each task of the URL's `task=` key, the digits and names also with their other model. The
 * CNN's and the transformer's evaluation takes minutes on a CPU-emulated GPU: they stop after
 * the update, which is where their panels differ from the MLP's.
 */
const CASES: { query: string; upTo: PhaseId }[] = [
  { query: 'task=classify2d', upTo: 'stopping' },
  { query: 'task=mnist', upTo: 'stopping' },
  { query: 'task=mnist&model=cnn', upTo: 'update' },
  { query: 'task=regress1d', upTo: 'stopping' },
  { query: 'task=names', upTo: 'stopping' },
  { query: 'task=names&model=transformer', upTo: 'update' },
  { query: 'task=table', upTo: 'stopping' },
];

/** Axe on the page, then on each phase's panel as it runs, then with Scale view and tour open. */
async function check(lab: LabPage, query: string, upTo: PhaseId | null): Promise<void> {
  const { page } = lab;
  await lab.goto(query);
  await lab.waitReady();
  expect(await violations(page), 'at the start').toEqual([]);
  for (const phase of upTo ? PHASE_IDS.slice(0, PHASE_IDS.indexOf(upTo) + 1) : []) {
    await lab.nextPhase(phase);
    const panel = `[data-testid="phase-panel-${phase}"]`;
    await expect(page.locator(panel).locator('.pv-empty')).toHaveCount(0);
    expect(await violations(page, panel), phase).toEqual([]);
  }
  if (query.includes('present=1')) return; // lecture mode hides the Scale view
  await page.getByTestId('scale').locator('summary').click();
  await page.getByTestId('tour-button').click();
  expect(await violations(page), 'with the Scale view and the tour open').toEqual([]);
}

for (const { query, upTo } of CASES)
  test(`no axe violations: ${query}`, async ({ lab }) => {
    await check(lab, `?${query}`, upTo);
    if (query !== 'task=classify2d') return;
    // The charts' canvases say their key numbers in words.
    const n = '\\d+(\\.\\d+)?';
    await expect(
      lab.page.getByRole('img', {
        name: new RegExp(
          `^Training loss over 1 steps, last ${n} at step 1; validation loss over 1 evaluations, last ${n}, lowest ${n} at step 1\\.$`,
        ),
      }),
    ).toBeVisible();
    await expect(
      lab.page.getByRole('img', {
        name: new RegExp(
          `^Validation accuracy over 1 evaluations, last ${n} %, highest ${n} % at step 1\\.$`,
        ),
      }),
    ).toBeVisible();
  });

// German: the same structure with other words (longer labels, other line breaks); and lecture
// mode (larger type, the sidebar folded away, its own control bar) in both languages.
for (const { query, upTo } of [
  { query: 'task=classify2d&lang=de', upTo: 'stopping' as const },
  { query: 'task=names&lang=de', upTo: null },
  { query: 'task=classify2d&present=1', upTo: 'update' as const },
  { query: 'task=mnist&present=1&lang=de', upTo: null },
])
  test(`no axe violations: ${query}`, async ({ lab }) => {
    await check(lab, `?${query}`, upTo);
  });

/** WCAG's contrast ratio of two `rgb(…)` colours (relative luminance, sRGB). */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test('keyboard focus is visible at 3:1, and a skip link leads to the phases', async ({ lab }) => {
  const { page } = lab;
  await lab.goto('');
  await lab.waitReady();
  // The first Tab reaches the skip link, which shows; Enter moves on to the phase rail.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the phases' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const rail = page.getByRole('navigation', { name: 'Phases of a training step' });
  await expect(rail.getByRole('button').first()).toBeFocused();

  // Each button with a focus ring of its own: the ring against what lies around it.
  for (const button of [
    page.getByRole('button', { name: 'Run', exact: true }),
    rail.getByRole('button').first(),
    page.getByRole('button', { name: 'Export config' }),
    page.getByRole('button', { name: 'Tour' }),
  ]) {
    await button.focus();
    const ring = await button.evaluate((el) => {
      const style = getComputedStyle(el);
      // The first ancestor with a background of its own is what the ring lies on.
      let bg = 'rgb(255, 255, 255)';
      for (let p = el.parentElement; p; p = p.parentElement) {
        const c = getComputedStyle(p).backgroundColor;
        if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') {
          bg = c;
          break;
        }
      }
      return {
        visible: el.matches(':focus-visible'),
        style: style.outlineStyle,
        width: parseFloat(style.outlineWidth),
        color: style.outlineColor,
        bg,
      };
    });
    const name = await button.textContent();
    expect(ring.visible, name!).toBe(true);
    expect(ring.style, name!).not.toBe('none');
    expect(ring.width, name!).toBeGreaterThanOrEqual(2);
    expect(
      contrast(ring.color, ring.bg),
      `${name}: ${ring.color} on ${ring.bg}`,
    ).toBeGreaterThanOrEqual(3);
  }
});
