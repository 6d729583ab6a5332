/**
 * Every built page, in both languages, found by crawling from / and /en/: axe (WCAG 2.2 A and AA) finds nothing,
 * no request leaves the site, nothing logs an error. Lesson pages are also checked with a step open, and quiz
 * pages with feedback showing.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { crawl, watchOutsideRequests } from './helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axe(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${label}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

for (const root of ['/', '/en/'] as const)
  test(`every page from ${root} passes axe, stays on the origin and logs no errors`, async ({ page, baseURL }) => {
    test.setTimeout(600_000);
    const origin = new URL(baseURL!).origin;
    const pages = await crawl(page, origin, root);
    console.log(`${root}: ${pages.length} pages`);
    expect(pages.length).toBeGreaterThanOrEqual(14);
    const outside = watchOutsideRequests(page, origin);
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`));
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
    page.on('requestfailed', (r) => errors.push(`failed: ${r.url()}`));
    for (const path of pages) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', root === '/en/' ? 'en' : 'id');
      await axe(page, path);
      if (/\/(modul|module)\/[^/]+\/[^/]+\/$/.test(path) && !/\/(uji|check)\/$/.test(path)) {
        await page.goto(`${path}#${path.startsWith('/en/') ? 'step' : 'langkah'}-1`);
        await expect(page.locator('[data-player-bar]')).toBeVisible();
        await axe(page, `${path}#step-1`);
      }
      if (/\/(kuis|quiz|uji|check)\/$/.test(path)) {
        await page.locator('.choice input:enabled, .order-item button:enabled, .match-item:enabled').first().waitFor();
        const terms = page.locator('.match-col').first().locator('.match-item');
        if ((await terms.count()) > 0) {
          const meanings = page.locator('.match-col').nth(1).locator('.match-item');
          for (let i = 0; i < (await terms.count()); i++) {
            await terms.nth(i).click();
            await meanings.nth(i).click();
          }
        } else {
          await page.locator('.choice input:enabled, .order-item button:enabled').first().click();
        }
        await page.getByRole('button', { name: /Periksa jawaban|Check answer/ }).click();
        await expect(page.locator('.feedback')).toBeVisible();
        await axe(page, `${path} (feedback)`);
      }
    }
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });

test('touch targets are at least 48 px and the player stays on screen at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 568 });
  await page.goto('/modul/akun/persiapan/#langkah-2');
  for (const name of ['Kembali', 'Lanjut']) {
    const box = (await page.getByRole('link', { name, exact: true }).boundingBox())!;
    expect(box.height, name).toBeGreaterThanOrEqual(48);
    expect(box.width, name).toBeGreaterThanOrEqual(48);
    expect(box.y + box.height, `${name} is within the screen`).toBeLessThanOrEqual(568);
  }
  const small = await page.locator('a, button, input, summary').evaluateAll((els) =>
    els
      .filter(
        (el) =>
          (el as HTMLElement).offsetParent !== null &&
          !el.closest('p, li:not(.choice), .sources ul, footer, .not-official, .tip, .warn'),
      )
      .map((el) => ({ el: el.outerHTML.slice(0, 80), h: el.getBoundingClientRect().height }))
      .filter((x) => x.h < 48),
  );
  expect(small).toEqual([]);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, 'no sideways scrolling at 320 px').toBeLessThanOrEqual(320);
  const sizes = await page
    .locator('#langkah-2 p, .not-official p, footer p')
    .evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
  expect(Math.min(...sizes), 'body text is at least 18 px').toBeGreaterThanOrEqual(18);
});
