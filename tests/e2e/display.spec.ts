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
    const seen = window as unknown as { __atBody?: Record<string, string> };
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
    expect(
      await page.evaluate(() => (window as unknown as { __atBody?: Record<string, string> }).__atBody),
      url,
    ).toMatchObject({ text: '200', theme: 'dark', motion: 'reduce' });
    // 200 % of 18 px is 36 px; on a phone under 400 px wide it stops at 180 % (32.4 px), where a 13-letter word
    // still fits a line (README, "How large text is laid out").
    const size = await page.locator('body').evaluate((b) => parseFloat(getComputedStyle(b).fontSize));
    expect(size, url).toBeGreaterThanOrEqual(32.4);
    await page.waitForLoadState('networkidle');
    expect(await layoutShift(page), url).toBeLessThan(0.01);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
      `${url} has no sideways scrolling`,
    ).toBeLessThanOrEqual(360);
    if (url.includes('#langkah')) {
      // From 150 % the bar is not sticky: it sits right under the step (README, "How large text is laid out").
      const bar = page.locator('[data-player-bar]');
      expect(await bar.evaluate((el) => getComputedStyle(el).position)).toBe('static');
      const stepBottom = (await page.locator('.step:target').boundingBox())!;
      for (const name of ['Kembali', 'Lanjut']) {
        const link = page.getByRole('link', { name, exact: true });
        const box = (await link.boundingBox())!;
        expect(box.x + box.width, `${name} fits on screen`).toBeLessThanOrEqual(360);
        expect(box.y, `${name} is under the step`).toBeGreaterThan(stepBottom.y + stepBottom.height);
        expect(box.height, `${name} is a large target`).toBeGreaterThanOrEqual(48);
      }
    }
  }
  await page.goto('/en/display/');
  await page.getByRole('button', { name: 'Back to default' }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-text');
});

for (const theme of ['dark', 'contrast'] as const) {
  test(`the ${theme} theme passes axe on every kind of page`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.addInitScript(
      (t) => localStorage.setItem('bp:settings', JSON.stringify({ text: 100, theme: t, reduceMotion: false })),
      theme,
    );
    const urls = [
      '/',
      `/modul/${first.id}/#langkah-1`,
      `/modul/${first.id}/kuis/`,
      '/modul/akun/uji/',
      '/latihan/',
      '/latihan/pendaftaran/',
      '/latihan/pelatihan/',
      '/latihan/saldo/',
      '/alat/cek-syarat/',
      '/alat/rencana-saldo/',
      '/tampilan/',
      '/progres/',
      '/istilah/',
      '/bantuan/',
      '/cari/?q=OTP',
      '/sertifikat/',
      '/pelatih/',
      '/pelatih/akun/',
      '/en/',
      '/en/module/akun/persiapan/#step-2',
    ];
    for (const url of urls) {
      await page.goto(url);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      // The text-size panel too, open, on the first page.
      if (url === '/') {
        await page.getByRole('button', { name: 'Aa Tulisan' }).click();
        await expect(page.locator('#text-size')).toBeVisible();
        await expect(page.locator('#text-size button[aria-pressed="true"]')).toHaveCount(1);
      }
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
      expect(
        results.violations.map((v) => `${url}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
    }
  });
}

test('"Aa" in the header: one tap opens the sizes, a size applies at once and stays, Escape closes', async ({
  page,
}) => {
  await page.goto(`/modul/${first.id}/#langkah-2`);
  const aa = page.getByRole('button', { name: 'Aa Tulisan' });
  await expect(aa).toBeVisible();
  const box = (await aa.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(48);
  await aa.click();
  const panel = page.getByRole('dialog', { name: 'Ukuran tulisan' });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('button', { name: /^100/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.getByRole('button', { name: /^100/ })).toBeFocused();
  await panel.getByRole('button', { name: /^150/ }).click();
  await expect(page.locator('html')).toHaveAttribute('data-text', '150');
  await expect(panel.getByRole('button', { name: /^150/ })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-text', '150');
  // The English page has it too, and "Close" closes it.
  await page.goto('/en/');
  await page.getByRole('button', { name: 'Aa Text' }).click();
  await expect(page.getByRole('dialog', { name: 'Text size' }).getByRole('button', { name: /^150/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByRole('dialog', { name: 'Text size' }).getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('dialog', { name: 'Text size' })).toBeHidden();
});

test('the display page explains why "Dengarkan" is missing when the device has no Indonesian voice', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const synth = {
      getVoices: () => [],
      speak() {},
      cancel() {},
      pause() {},
      resume() {},
      addEventListener() {},
      removeEventListener() {},
      speaking: false,
      pending: false,
      paused: false,
      onvoiceschanged: null,
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  });
  await page.goto('/tampilan/');
  await expect(page.locator('[data-voice-status]')).toContainText('belum punya suara bahasa Indonesia', {
    timeout: 5000,
  });
});
