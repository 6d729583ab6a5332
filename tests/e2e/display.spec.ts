/**
 * Display settings: saved across reloads, applied before first paint (no flash, no shift), and every theme
 * stays accessible.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { catalog, layoutShift } from './helpers';

const first = catalog.modules[0]!.lessons[0]!;

/** Records the <html> attributes at the moment <body> first appears, i.e. before anything can be painted. */
async function watchFirstPaint(page: Page) {
  await page.addInitScript(() => {
    const seen = (window as unknown as { __atBody?: Record<string, string> });
    new MutationObserver((_, observer) => {
      if (document.body) {
        seen.__atBody = { ...document.documentElement.dataset } as Record<string, string>;
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
}
test('text size and theme are saved, applied before first paint, and nothing shifts at 200 %', async ({ page }) => {
  await watchFirstPaint(page);
  await page.goto('/tampilan/');
  await page.getByRole('radio', { name: '200%' }).check();
  await page.getByRole('radio', { name: 'Gelap' }).check();
  await page.getByRole('checkbox', { name: 'Kurangi gerakan di layar' }).check();
  await expect(page.getByRole('status')).toHaveText('Tersimpan.');
  await expect(page.locator('html')).toHaveAttribute('data-text', '200');
  await page.reload();
  await expect(page.getByRole('radio', { name: '200%' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Gelap' })).toBeChecked();
  for (const url of ['/', `/modul/${first.id}/#langkah-2`, `/en/module/${first.id}/quiz/`]) {
    await page.goto(url);
    expect(await page.evaluate(() => (window as unknown as { __atBody?: Record<string, string> }).__atBody), url).toMatchObject({ text: '200', theme: 'dark', motion: 'reduce' });
    const size = await page.locator('body').evaluate((b) => parseFloat(getComputedStyle(b).fontSize));
    expect(size, url).toBeGreaterThanOrEqual(36);
    await page.waitForLoadState('networkidle');
    expect(await layoutShift(page), url).toBeLessThan(0.01);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${url} has no sideways scrolling`).toBeLessThanOrEqual(360);
    if (url.includes('#langkah')) {
      for (const name of ['Kembali', 'Lanjut']) {
        const box = (await page.getByRole('link', { name, exact: true }).boundingBox())!;
        expect(box.x + box.width, `${name} fits on screen`).toBeLessThanOrEqual(360);
        expect(box.y + box.height, `${name} stays on screen`).toBeLessThanOrEqual(640);
      }
    }
  }
  await page.goto('/en/display/');
  await page.getByRole('button', { name: 'Back to default' }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-text');
});

for (const theme of ['dark', 'contrast'] as const) {
  test(`the ${theme} theme passes axe on key pages`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('bp:settings', JSON.stringify({ text: 100, theme: t, reduceMotion: false })), theme);
    for (const url of ['/', `/modul/${first.id}/#langkah-1`, `/modul/${first.id}/kuis/`, '/latihan/pendaftaran/', '/alat/rencana-saldo/', '/tampilan/']) {
      await page.goto(url);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${url}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
}

test('the display page explains why "Dengarkan" is missing when the device has no Indonesian voice', async ({ page }) => {
  await page.addInitScript(() => {
    const synth = { getVoices: () => [], speak() {}, cancel() {}, pause() {}, resume() {}, addEventListener() {}, removeEventListener() {}, speaking: false, pending: false, paused: false, onvoiceschanged: null };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  });
  await page.goto('/tampilan/');
  await expect(page.locator('[data-voice-status]')).toContainText('belum punya suara bahasa Indonesia', { timeout: 5000 });
});
