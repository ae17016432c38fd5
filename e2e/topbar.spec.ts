/**
 * The top bar at the sizes the lab is used at: one row on a 1440×900 desktop in English and in
 * German; on 1280×720 and 1024×768 two rows (title, backend and run controls, then the tools),
 * with every control on screen and nothing cut off at the right.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './lab-page';

/** The vertical centre of each item of the top bar, rounded to pixels, as a set of rows. */
async function rows(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const centres = [...document.querySelectorAll('header.topbar > *')]
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => Math.round(r.top + r.height / 2));
    // Items of one row differ by a few pixels in height; a second row is tens of pixels lower.
    return centres.sort((a, b) => a - b).filter((c, i, all) => i === 0 || c - all[i - 1] > 12);
  });
}

/**
 * The top bar's controls (the four run controls, the fault and scenario menus, the lecture
 * toggle, the tour and the language): each visible and inside the viewport horizontally.
 */
async function expectControlsOnScreen(page: Page, width: number): Promise<void> {
  const controls = page
    .locator('header.topbar')
    .locator('.controls button, summary, .lecture-toggle, .tour-button, .language-switch');
  const count = await controls.count();
  expect(count).toBe(9);
  for (let i = 0; i < count; i++) {
    const control = controls.nth(i);
    await expect(control).toBeVisible();
    const box = (await control.boundingBox())!;
    expect(box.x, await control.innerText()).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, await control.innerText()).toBeLessThanOrEqual(width);
  }
}

for (const lang of ['en', 'de'] as const) {
  test(`the top bar is one row at 1440×900 and two at 1280×720 and 1024×768 (${lang})`, async ({
    lab,
  }) => {
    const { page } = lab;
    await page.setViewportSize({ width: 1440, height: 900 });
    await lab.goto({ lang });
    await lab.waitReady();
    expect(await rows(page)).toHaveLength(1);
    await expectControlsOnScreen(page, 1440);
    for (const [width, height] of [
      [1280, 720],
      [1024, 768],
    ]) {
      await page.setViewportSize({ width, height });
      expect(await rows(page), `${width}×${height}`).toHaveLength(2);
      await expectControlsOnScreen(page, width);
    }
    expect(lab.errors).toEqual([]);
  });
}
