/**
 * Offline: after one visit the service worker has saved the whole site; with the network off every page loads
 * and a quiz can be answered; a new version shows "Versi baru tersedia — Muat ulang".
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

test.use({ serviceWorkers: 'allow' });
test.describe.configure({ mode: 'serial' });

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
// Every page a learner may open: trainer pages are cached as a trainer visits them, not precached.
const pages = walk(DIST)
  .filter((f) => f.endsWith('index.html') && !/^(pelatih|en\/trainer)\//.test(relative(DIST, f).replace(/\\/g, '/')))
  .map(
    (f) =>
      '/' +
      relative(DIST, f)
        .replace(/\\/g, '/')
        .replace(/index\.html$/, ''),
  );

async function saved(page: Page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return !!registration.active;
  });
  await expect
    .poll(async () => page.evaluate(async () => (await caches.keys()).some((k) => k.startsWith('workbox-precache'))), {
      timeout: 30_000,
    })
    .toBe(true);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 30_000 }).toBe(true);
}

test('after one visit, every page loads offline and a quiz can be answered', async ({ page, context }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await saved(page);
  await page.reload();
  await expect(page.locator('[data-offline-status]')).toContainText('Sudah tersimpan');
  await expect(page.locator('[data-download-size]')).toHaveText(/^\d+,\d MB$/);
  await context.setOffline(true);
  expect(pages.length).toBeGreaterThan(100);
  for (const path of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('main h1, h1'), path).not.toHaveCount(0);
    await expect(page.locator('main h1, h1').first(), path).toBeVisible();
    // Kiosk pages switch the device into kiosk mode; switch it back for the pages after them.
    if (/^\/(kios|en\/kiosk)\//.test(path)) await page.evaluate(() => localStorage.removeItem('bp-device:kiosk'));
  }
  await page.goto('/modul/akun/persiapan/kuis/');
  await page.locator('.choice input:enabled').first().click();
  await page.getByRole('button', { name: 'Periksa jawaban' }).click();
  await expect(page.locator('.feedback')).toBeVisible();
  // Search works offline too (its index and WebAssembly are precached).
  await page.goto('/cari/');
  const box = page.getByRole('search').getByLabel('Kata yang dicari');
  await box.fill('verifkasi');
  await box.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '“verifikasi”' })).toBeVisible();
  expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
  await context.setOffline(false);
});

test('a new version shows the update banner, and "Muat ulang" switches to it', async ({ page }) => {
  await page.goto('/');
  await saved(page);
  const file = join(DIST, 'sw.js');
  const original = readFileSync(file, 'utf8');
  try {
    writeFileSync(file, `${original}\n// a new version of the site\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const banner = page.locator('[data-update-banner]');
    await expect(banner).toBeVisible({ timeout: 30_000 });
    await expect(banner).toContainText('Versi baru tersedia.');
    await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Muat ulang' }).click()]);
    await expect(page.locator('[data-update-banner]')).toBeHidden();
  } finally {
    writeFileSync(file, original);
  }
});
