/**
 * Kiosk mode: a shared touch screen where anyone walks up and nobody logs in. Idle → "Masih di sini?" → wipe,
 * "Selesai", 50 visits in a row leaving nothing behind, the staff exit, lockdown, "Lanjutkan di HP" (the QR code
 * is decoded from the screen's pixels and opened in a fresh browser), and the screens the issue asks to see.
 * The idle timers run on Playwright's clock, so two minutes pass in milliseconds.
 */
import { test, expect, type Page, type BrowserContext } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { answerWithKeyboard, decodeQr, makeKiosk, quizFor, watchOutsideRequests } from './helpers';
import { progressProjection } from '../../src/lib/progress/merge';
import { decodeProgress } from '../../src/lib/progress/schema';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const FLAG = 'bp-device:kiosk';
const SCREENS = 'test-results/screens';
const ID_LABELS = { true: 'Benar', false: 'Salah', up: /^Naik/ };

/** Every key of the app (prefix "bp:") in localStorage and sessionStorage, and all localStorage keys. */
function storage(page: Page) {
  return page.evaluate(() => ({
    app: [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((k) => k.startsWith('bp:')),
    local: Object.keys(localStorage),
  }));
}

/** Back on an attract screen (the one the visit started from), with no app key left anywhere. */
async function expectWiped(page: Page) {
  await expect(page).toHaveURL(/\/(kios|en\/kiosk)\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await storage(page)).toEqual({ app: [], local: [FLAG] });
}

/** From the attract screen (opened if needed), a visitor chooses a language and lands on the home page. */
async function startVisit(page: Page, lang: 'id' | 'en' = 'id') {
  if (!/\/(kios|en\/kiosk)\/$/.test(new URL(page.url() === 'about:blank' ? 'http://x/' : page.url()).pathname))
    await page.goto('/kios/');
  await expect(page.locator('[data-attract][data-ready]')).toHaveCount(1);
  await page.getByRole('link', { name: lang === 'id' ? 'Bahasa Indonesia' : 'English' }).click();
  await expect(page).toHaveURL(lang === 'id' ? /\/$/ : /\/en\/$/);
  await expect(page.locator('.kiosk-bar')).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await makeKiosk(page);
});

/** The lesson player has taken over the page (arrow keys and Back/Next work). */
async function playerReady(page: Page) {
  await expect(page.locator('[data-ready]')).toHaveCount(1);
}

test.describe('kiosk visits', () => {
  test('idle in a lesson → "Masih di sini?" for 30 s → everything of the visit is gone', async ({ page, baseURL }) => {
    const outside = watchOutsideRequests(page, new URL(baseURL!).origin);
    await page.clock.install();
    await startVisit(page);
    await page.getByRole('link', { name: 'Mulai belajar' }).click();
    await expect(page).toHaveURL(/#langkah-1$/);
    await playerReady(page);
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/#langkah-2$/);
    expect((await storage(page)).app.sort()).toEqual(['bp:progress', 'bp:visit']);
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([FLAG]);
    await expect(page.locator('.kiosk-bar')).toBeVisible(); // the kiosk runtime (and its idle timer) is running

    await page.clock.runFor(119_000);
    await expect(page.locator('dialog.kiosk-idle')).toHaveCount(0);
    await page.clock.runFor(2_000);
    const warning = page.getByRole('dialog', { name: 'Masih di sini?' });
    await expect(warning).toBeVisible();
    await expect(warning.getByRole('button', { name: 'Lanjutkan', exact: true })).toBeFocused();
    // The clock also runs in real time between steps, so read the countdown rather than assume it.
    const left = async () => Number(/Sisa waktu: (\d+) detik/.exec((await warning.textContent()) ?? '')?.[1]);
    const first = await left();
    expect(first).toBeGreaterThanOrEqual(27);
    expect(first).toBeLessThanOrEqual(30);
    await page.clock.runFor(10_000);
    const second = await left();
    expect(first - second).toBeGreaterThanOrEqual(10);
    expect(first - second).toBeLessThanOrEqual(12);
    await expect(page).toHaveURL(/#langkah-2$/);
    await page.clock.runFor((second + 1) * 1000);
    await expectWiped(page);

    // Nothing of the visit behind the attract screen: Back stays here.
    await page.goBack().catch(() => undefined);
    await expect(page).toHaveURL(/\/kios\/$/);
    // The next visitor starts as a newcomer.
    await startVisit(page);
    await expect(page.getByRole('link', { name: 'Mulai belajar' })).toBeVisible();
    await page.goto('/progres/');
    await expect(page.locator('[data-progress-row] [data-col="steps"]').first()).toHaveText(/^0 \//);
    expect(outside).toEqual([]);
  });

  test('menus warn after 60 s; "Lanjutkan" keeps the visit; read-aloud stretches the timer, up to 3 times', async ({
    page,
  }) => {
    await page.clock.install();
    await startVisit(page);
    await page.clock.runFor(59_000);
    await expect(page.locator('dialog.kiosk-idle')).toHaveCount(0);
    await page.clock.runFor(2_000);
    await page.getByRole('button', { name: 'Lanjutkan', exact: true }).click();
    await expect(page.locator('dialog.kiosk-idle')).toHaveCount(0);
    expect((await storage(page)).app).toContain('bp:visit');

    await page.evaluate(() => document.dispatchEvent(new CustomEvent('bp:speaking', { detail: true })));
    await page.clock.runFor(170_000);
    await expect(page.locator('dialog.kiosk-idle')).toHaveCount(0);
    await page.evaluate(() => document.dispatchEvent(new CustomEvent('bp:speaking', { detail: false })));
    await page.clock.runFor(61_000);
    await expect(page.getByRole('dialog', { name: 'Masih di sini?' })).toBeVisible();
  });

  test('"Selesai" wipes the visit, typed fields included, and Back shows nothing of it', async ({ page }) => {
    await startVisit(page);
    await page.goto('/latihan/pendaftaran/');
    const field = page.locator('.sim input[type="text"], .sim input[type="email"], .sim input:not([type])').first();
    await field.waitFor();
    await page
      .locator('astro-island[ssr]')
      .first()
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
    await field.fill('Contoh Nama');
    await page.getByRole('button', { name: 'Selesai' }).click();
    const ask = page.getByRole('dialog', { name: 'Sudah selesai?' });
    await expect(ask).toBeVisible();
    await ask.getByRole('button', { name: 'Ya, selesai' }).click();
    await expectWiped(page);
    await page.goBack().catch(() => undefined);
    await expect(page).toHaveURL(/\/kios\/$/);
    expect(await page.content()).not.toContain('Contoh Nama');
  });

  test('50 visits in a row leave no trace', async ({ page }) => {
    test.setTimeout(240_000);
    await page.clock.install();
    await page.goto('/kios/');
    const lengths: number[] = [];
    for (let i = 0; i < 50; i++) {
      const lang = i % 3 === 2 ? 'en' : 'id';
      await startVisit(page, lang);
      await page.getByRole('link', { name: lang === 'id' ? 'Mulai belajar' : 'Start learning' }).click();
      await expect(page).toHaveURL(/-1$/);
      await playerReady(page);
      await page.keyboard.press('ArrowRight');
      await expect(page).toHaveURL(/-2$/);
      if (i % 5 === 0) {
        await page.goto(lang === 'id' ? '/tampilan/' : '/en/display/');
        await page
          .getByRole('radio')
          .nth(2)
          .check()
          .catch(() => undefined);
      }
      if (i % 2 === 0) {
        await page.getByRole('button', { name: lang === 'id' ? 'Selesai' : 'Done' }).click();
        await page.getByRole('button', { name: lang === 'id' ? 'Ya, selesai' : "Yes, I'm done" }).click();
      } else {
        await expect(page.locator('.kiosk-bar')).toBeVisible(); // the idle timer runs
        await page.clock.runFor(125_000);
        await page.clock.runFor(31_000);
      }
      await expectWiped(page);
      await expect(page.locator('html')).not.toHaveAttribute('data-text', /.+/);
      lengths.push(await page.evaluate(() => history.length));
    }
    console.log(`history.length after each of 50 visits: ${Math.min(...lengths)}–${Math.max(...lengths)}`);
    // History does not grow from visit to visit: every visit's pages are dropped.
    expect(Math.max(...lengths.slice(5))).toBeLessThanOrEqual(Math.max(...lengths.slice(0, 5)));
    await startVisit(page);
    await expect(page.getByRole('link', { name: 'Mulai belajar' })).toBeVisible();
  });
});

test.describe('take your progress home', () => {
  async function makeProgress(page: Page) {
    await startVisit(page);
    await page.getByRole('link', { name: 'Mulai belajar' }).click();
    await playerReady(page);
    const steps = await page.locator('.step').count();
    for (let i = 1; i < steps; i++) await page.keyboard.press('ArrowRight');
    const lessonId = new URL(page.url()).pathname.replace(/^\/modul\/|\/$/g, '');
    await page.goto(`/modul/${lessonId}/kuis/`);
    await page.locator('astro-island[ssr]').waitFor({ state: 'detached' });
    const questions = quizFor(lessonId, 'id');
    for (const [i, q] of questions.entries()) {
      // One wrong answer: a score below 100 must travel as it is.
      await answerWithKeyboard(page, q, i !== 0, ID_LABELS);
      await page
        .getByRole('button', { name: i === questions.length - 1 ? 'Lihat hasil' : 'Pertanyaan berikutnya' })
        .click();
    }
    await expect(page.locator('#quiz-result')).toBeFocused();
    const raw = await page.evaluate(() => sessionStorage.getItem('bp:progress'));
    const decoded = decodeProgress(raw ?? '');
    expect(decoded.ok).toBe(true);
    return decoded.ok ? decoded.progress : null;
  }

  async function phoneProgress(context: BrowserContext, url: string) {
    const phone = await context.newPage();
    await phone.goto(url);
    const confirm = phone.getByRole('region', { name: 'Gabungkan progres?' });
    await expect(confirm).toBeVisible();
    await expect(confirm).toBeFocused();
    await confirm.getByRole('button', { name: 'Ya, gabungkan' }).click();
    await expect(phone.locator('[data-transfer-done]')).toBeVisible();
    expect(new URL(phone.url()).hash).toBe('');
    await expect.poll(() => phone.evaluate(() => localStorage.getItem('bp:progress') !== null)).toBe(true);
    const stored = decodeProgress((await phone.evaluate(() => localStorage.getItem('bp:progress'))) ?? '');
    expect(stored.ok).toBe(true);
    return { phone, progress: stored.ok ? stored.progress : null };
  }

  test('QR round trip: kiosk progress → QR on screen → a fresh phone browser has identical progress', async ({
    page,
    browser,
    baseURL,
  }) => {
    const kiosk = await makeProgress(page);
    await page.getByRole('button', { name: 'Lanjutkan di HP' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lanjutkan di HP Anda' });
    await expect(dialog).toBeVisible();
    const url = await decodeQr(page, 'dialog .kiosk-qr');
    expect(url).toMatch(new RegExp(`^${baseURL}/progres/#kode=[0-9A-Z]+$`));
    const typed = (await dialog.locator('[data-progress-code]').textContent())!;
    expect(typed).toMatch(/^[0-9A-Z]{1,4}(-[0-9A-Z]{1,4})*$/);
    expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations).toEqual([]);

    const fresh = await browser.newContext({ baseURL });
    const { phone, progress } = await phoneProgress(fresh, url);
    expect(progressProjection(progress!)).toEqual(progressProjection(kiosk!));
    expect(await phone.evaluate(() => document.documentElement.dataset.kiosk)).toBeUndefined();

    // The short code typed by hand on another device gives the same progress.
    const other = await browser.newContext({ baseURL });
    const tablet = await other.newPage();
    await tablet.goto('/progres/');
    await tablet.getByLabel('Ketik kode progres').fill(typed.toLowerCase());
    await tablet.getByRole('button', { name: 'Periksa kode' }).click();
    await tablet.getByRole('button', { name: 'Ya, gabungkan' }).click();
    // The import is written under a Web Lock (read, merge, write), a moment after the click.
    await expect
      .poll(async () => {
        const typedProgress = decodeProgress((await tablet.evaluate(() => localStorage.getItem('bp:progress'))) ?? '');
        return typedProgress.ok && progressProjection(typedProgress.progress);
      })
      .toEqual(progressProjection(kiosk!));
    await fresh.close();
    await other.close();
  });

  test('a mangled code gets a clear message and changes nothing', async ({ page }) => {
    await page.evaluate(() => localStorage.removeItem('bp-device:kiosk')); // not a kiosk: an ordinary phone
    await page.goto('/progres/');
    await page.evaluate(() =>
      localStorage.setItem(
        'bp:progress',
        JSON.stringify({
          v: 2,
          lessons: {
            'akun/buat-akun': {
              furthestStep: 3,
              lastStep: 3,
              completed: false,
              quizBest: 100,
              quizAttempts: 2,
              updatedAt: 1,
            },
          },
          checks: {},
          sims: {},
          last: null,
        }),
      ),
    );
    await page.reload();
    const before = await page.evaluate(() => localStorage.getItem('bp:progress'));
    for (const code of ['ABCD-EFGH-JKMN', '1', '!!!!', 'A'.repeat(2000)]) {
      await page.getByLabel('Ketik kode progres').fill(code);
      await page.getByRole('button', { name: 'Periksa kode' }).click();
      await expect(page.locator('#transfer-code-error')).not.toBeEmpty();
      await expect(page.getByLabel('Ketik kode progres')).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByRole('region', { name: 'Gabungkan progres?' })).toBeHidden();
    }
    expect(await page.evaluate(() => localStorage.getItem('bp:progress'))).toBe(before);
    // Showing this device's code works outside kiosk mode too.
    await page.getByRole('button', { name: 'Tampilkan kode saya' }).click();
    const url = await decodeQr(page, '[data-transfer-qr]');
    expect(url).toContain('/progres/#kode=');
    expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations).toEqual([]);
  });
});

test.describe('lockdown and staff', () => {
  test('links to other sites become a QR code and the address; no navigation', async ({ page }) => {
    await startVisit(page);
    const link = page.locator('.not-official a[href^="https://"]').first();
    const href = (await link.getAttribute('href'))!;
    await link.click();
    const dialog = page.getByRole('dialog', { name: 'Buka alamat ini di HP Anda' });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('.kiosk-address')).toHaveText(href.replace(/^https:\/\//, '').replace(/\/$/, ''));
    expect(await decodeQr(page, 'dialog .kiosk-qr')).toBe(href);
    await expect(page).toHaveURL(/\/$/);
    expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations).toEqual([]);
  });

  test('staff leave kiosk mode with a long press on the corner and the PIN', async ({ page }) => {
    await page.clock.install();
    await page.goto('/kios/');
    await expect(page.locator('[data-attract][data-ready]')).toHaveCount(1);
    // A short tap in the corner does nothing special.
    await page.mouse.move(10, 10);
    await page.mouse.down();
    await page.clock.runFor(1_000);
    await page.mouse.up();
    await expect(page.locator('dialog.kiosk-staff')).toHaveCount(0);
    await page.goto('/kios/');
    await expect(page.locator('[data-attract][data-ready]')).toHaveCount(1);
    await page.mouse.move(10, 10);
    await page.mouse.down();
    await page.clock.runFor(3_100);
    const pad = page.getByRole('dialog', { name: 'Petugas: masukkan PIN' });
    await expect(pad).toBeVisible();
    await page.mouse.up();
    await expect(page).toHaveURL(/\/kios\/$/);
    for (const d of '1111') await pad.getByRole('button', { name: d, exact: true }).click();
    await pad.getByRole('button', { name: 'Keluar dari mode kios' }).click();
    await expect(pad.getByRole('alert')).toHaveText('PIN salah. Coba lagi.');
    await expect(pad).toContainText('PIN masih bawaan');
    expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations).toEqual([]);
    for (const d of '2468') await pad.getByRole('button', { name: d, exact: true }).click();
    await pad.getByRole('button', { name: 'Keluar dari mode kios' }).click();
    await expect(page).toHaveURL(/^http:\/\/[^/]+\/$/);
    await expect(page.locator('html')).not.toHaveAttribute('data-kiosk', /.*/);
    expect(await storage(page)).toEqual({ app: [], local: [] });
    await expect(page.locator('.kiosk-bar')).toHaveCount(0);
  });
});

for (const [name, width, height] of [
  ['portrait', 1080, 1920],
  ['landscape', 1920, 1080],
] as const) {
  test(`attract screen and countdown, ${name} ${width}×${height}: big, calm, controls low, axe clean`, async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ baseURL, viewport: { width, height }, hasTouch: true });
    const page = await context.newPage();
    await page.clock.install();
    await makeKiosk(page);
    mkdirSync(SCREENS, { recursive: true });
    await page.screenshot({ path: `${SCREENS}/attract-${width}x${height}.png` });
    expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations).toEqual([]);
    for (const button of await page.locator('.attract-language, .attract-pause').all()) {
      const box = (await button.boundingBox())!;
      expect(box.y, 'in the lower two-thirds').toBeGreaterThan(height / 3);
      expect(box.height).toBeGreaterThanOrEqual(56);
    }
    // The invitation moves and can be paused.
    const line = page.locator('.attract-lines p').first();
    expect(await line.evaluate((el) => getComputedStyle(el).animationName)).toBe('attract-line');
    await page.getByRole('button', { name: 'Jeda gerakan' }).click();
    expect(await line.evaluate((el) => getComputedStyle(el).animationPlayState)).toBe('paused');
    await expect(page.getByRole('button', { name: 'Putar gerakan' })).toBeVisible();
    expect(
      await page.evaluate(() => [
        getComputedStyle(document.documentElement).overscrollBehaviorY,
        getComputedStyle(document.body).userSelect,
      ]),
    ).toEqual(['none', 'none']);

    await page.getByRole('link', { name: 'Bahasa Indonesia' }).click();
    await expect(page.locator('.kiosk-bar')).toBeVisible();
    for (const button of await page.locator('.kiosk-bar .btn').all()) {
      const box = (await button.boundingBox())!;
      expect(box.y).toBeGreaterThan(height / 3);
      expect(box.height).toBeGreaterThanOrEqual(56);
    }
    await page.clock.runFor(61_000);
    await expect(page.getByRole('dialog', { name: 'Masih di sini?' })).toBeVisible();
    await page.clock.runFor(5_000);
    await page.screenshot({ path: `${SCREENS}/countdown-${width}x${height}.png` });
    const go = (await page.getByRole('button', { name: 'Lanjutkan', exact: true }).boundingBox())!;
    expect(go.y).toBeGreaterThan(height / 3);
    expect(go.height).toBeGreaterThanOrEqual(56);
    expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations).toEqual([]);
    await context.close();
  });
}

test('attract screen with reduced motion: nothing moves and there is nothing to pause', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await makeKiosk(page, '/en/kiosk/');
  const lines = page.locator('.attract-lines p');
  for (const line of await lines.all()) {
    await expect(line).toBeVisible();
    expect(await line.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  }
  await expect(page.locator('.attract-pause')).toBeHidden();
  await expect(page.getByRole('link', { name: 'Bahasa Indonesia' })).toHaveAttribute('lang', 'id');
  await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('lang', 'en');
});

test('five wrong PINs lock the keypad for 60 s, even against the right PIN', async ({ page }) => {
  await page.clock.install();
  await page.goto('/kios/');
  await expect(page.locator('[data-attract][data-ready]')).toHaveCount(1);
  await page.mouse.move(8, 8);
  await page.mouse.down();
  await page.clock.runFor(3_100);
  await page.mouse.up();
  const pad = page.getByRole('dialog', { name: 'Petugas: masukkan PIN' });
  const enter = async (pin: string) => {
    for (const d of pin) await pad.getByRole('button', { name: d, exact: true }).click();
    await pad.getByRole('button', { name: 'Keluar dari mode kios' }).click();
  };
  for (let i = 0; i < 4; i++) {
    await enter('0000');
    await expect(pad.getByRole('alert')).toHaveText('PIN salah. Coba lagi.');
  }
  await enter('0000');
  await expect(pad.getByRole('alert')).toHaveText('Terlalu banyak salah. Tunggu 60 detik.');
  await enter('2468');
  await expect(pad.getByRole('alert')).toContainText('Terlalu banyak salah');
  await expect(page).toHaveURL(/\/kios\/$/);
  await page.clock.runFor(61_000);
  await enter('2468');
  await expect(page).toHaveURL(/^http:\/\/[^/]+\/$/);
  expect(await page.evaluate(() => localStorage.getItem('bp-device:kiosk'))).toBeNull();
});
