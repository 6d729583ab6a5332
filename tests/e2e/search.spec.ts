/**
 * Site search (Pagefind, built with the site): results in the page's language with links into the lessons,
 * typo correction ("verifkasi" → "verifikasi"), landing on the step a result names, and the page without
 * JavaScript.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

async function searchFor(page: Page, label: string, query: string) {
  const box = page.getByRole('search').getByLabel(label);
  await box.fill(query);
  await box.press('Enter'); // the keyboard way
}

test.describe('search', () => {
  test('"OTP" finds Indonesian lessons on /cari/, and a result opens its lesson at the step', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto('/cari/');
    await expect(page.getByRole('heading', { level: 1, name: 'Cari' })).toBeVisible();
    expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]); // nothing loads before a search
    await searchFor(page, 'Kata yang dicari', 'OTP');
    const status = page.getByRole('status').filter({ hasText: 'hasil untuk “OTP”' });
    await expect(status).toHaveText(/^\d+ hasil untuk “OTP”\.$/);
    const links = page.locator('.search-result h2 a');
    expect(await links.count()).toBeGreaterThan(1);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
      expect(href).toMatch(/^\/(modul|istilah)\//);
    await expect(page.locator('.search-excerpt mark').first()).toHaveText(/otp/i);
    expect(page.url()).toContain('?q=OTP');

    // Open the first result that names a step: the lesson opens at that step.
    const stepLink = page.locator('.search-result h2 a[href*="#langkah-"]').first();
    const href = (await stepLink.getAttribute('href'))!;
    const n = /#langkah-(\d+)$/.exec(href)![1];
    await stepLink.click();
    await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await expect(page.locator(`#langkah-${n}-title`)).toBeVisible();
    await expect(page.locator('[data-status]')).toContainText(`Langkah ${n} dari`);

    // Back returns to the same results.
    await page.goBack();
    await expect(page.getByRole('status')).toHaveText(/hasil untuk “OTP”/);
  });

  test('"OTP" finds English lessons on /en/search/', async ({ page }) => {
    await page.goto('/en/search/');
    await searchFor(page, 'Words to search for', 'OTP');
    await expect(page.getByRole('status')).toHaveText(/^\d+ results for “OTP”\.$/);
    const hrefs = await page.locator('.search-result h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(1);
    for (const href of hrefs) expect(href).toMatch(/^\/en\/(module|glossary)\//);
    expect(hrefs.some((h) => /^\/en\/module\/[^#]+\/#step-\d+$/.test(h!))).toBe(true);
    const result = page.locator('.search-result').first();
    await result.locator('h2 a').click();
    await expect(page).toHaveURL(/\/en\/(module|glossary)\//);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('a typo is corrected: "verifkasi" shows results for "verifikasi"', async ({ page }) => {
    await page.goto('/cari/');
    await searchFor(page, 'Kata yang dicari', 'verifkasi');
    const status = page.getByRole('status');
    await expect(status).toContainText('Hasil untuk “verifikasi”');
    await expect(status).toContainText('Anda menulis “verifkasi”');
    await expect(page.locator('.search-result').first()).toBeVisible();
    await expect(page.locator('.search-excerpt mark').first()).toHaveText(/verifikasi/i);

    await page.goto('/en/search/?q=verifkasi');
    await expect(page.getByRole('status')).toContainText('Showing results for “verifikasi”');
  });

  test('no results, an empty search, and targets big enough to tap', async ({ page }) => {
    await page.goto('/cari/');
    await searchFor(page, 'Kata yang dicari', 'qqqqxxxx');
    await expect(page.getByRole('status')).toHaveText(/^Tidak ada hasil untuk “qqqqxxxx”/);
    await expect(page.locator('.search-result')).toHaveCount(0);
    await searchFor(page, 'Kata yang dicari', '   ');
    await expect(page.getByRole('status')).toHaveText('Tulis kata yang dicari dulu.');
    await searchFor(page, 'Kata yang dicari', 'saldo');
    await expect(page.locator('.search-result').first()).toBeVisible();
    for (const target of [
      page.getByRole('searchbox'),
      page.getByRole('button', { name: 'Cari', exact: true }),
      page.locator('.search-result h2 a').first(),
    ]) {
      const box = (await target.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(48);
    }
    const size = await page
      .locator('.search-excerpt')
      .first()
      .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(size).toBeGreaterThanOrEqual(18);
  });

  test('the results page passes axe', async ({ page }) => {
    await page.goto('/en/search/?q=verifkasi');
    await expect(page.locator('.search-result').first()).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('a very long search is cut to 200 characters, in the box and in the address', async ({ page }) => {
    await page.goto('/cari/');
    const box = page.getByRole('search').getByLabel('Kata yang dicari');
    await expect(box).toHaveAttribute('maxlength', '200');
    // Pasted or scripted text can exceed maxlength; the address must not grow with it.
    await box.evaluate((input: HTMLInputElement) => (input.value = 'otp '.repeat(5000)));
    await box.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: '“' })).toBeVisible();
    expect(new URL(page.url()).searchParams.get('q')!.length).toBeLessThanOrEqual(200);
    expect(page.url().length).toBeLessThan(1000);
  });

  test('the footer links to search', async ({ page }) => {
    await page.goto('/istilah/');
    await page.locator('footer').getByRole('link', { name: 'Cari di pelajaran' }).click();
    await expect(page).toHaveURL(/\/cari\/$/);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page says search needs JavaScript and links to the home page and the glossary', async ({ page }) => {
    await page.goto('/cari/');
    await expect(page.getByText('Pencarian memerlukan JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Ke halaman utama' })).toHaveAttribute('href', '/');
    await expect(page.getByRole('link', { name: 'Buka daftar istilah' })).toHaveAttribute('href', '/istilah/');
    await expect(page.getByRole('search')).toBeHidden();
  });
});
