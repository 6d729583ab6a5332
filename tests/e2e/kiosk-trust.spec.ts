/**
 * The kiosk findings of the security review (../shared/reviews/security-review-2026-12.md), each replayed as the
 * report describes it and now harmless:
 *   F1 a kiosk link or /kios/ on a learner's own phone; F2 ways out of a visit (trainer pages, new tabs, print,
 *   downloads) and leftovers; F3 the PIN lockout across page changes; F4 a speech engine that never says "end";
 *   F7 a kiosk whose sessionStorage fails.
 * Idle timers and lockouts run on Playwright's clock.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { catalog, makeKiosk } from './helpers';
import { worstCaseSeconds } from '../../src/lib/kiosk/pin-lock';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const FLAG = 'bp-device:kiosk';
const lesson = catalog.modules[0]!.lessons[0]!;

const LEARNER = {
  'bp:progress': JSON.stringify({
    v: 2,
    lessons: {
      [lesson.id]: {
        furthestStep: 3,
        lastStep: 3,
        completed: false,
        quizBest: 80,
        quizAttempts: 1,
        updatedAt: 1_700_000_000_000,
      },
    },
    checks: {},
    sims: { pendaftaran: { tasks: ['akun'], updatedAt: 1_700_000_000_000 } },
    last: { at: 'step', id: lesson.id, step: 3 },
  }),
  'bp:certificate-name': 'Siti',
  'bp:settings': JSON.stringify({ text: 150, theme: 'dark', reduceMotion: false }),
};

async function seedLearner(page: Page) {
  await page.goto('/bantuan/');
  await page.evaluate((items) => {
    for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v);
  }, LEARNER);
}

const localItems = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .sort()
        .map((k) => [k, localStorage.getItem(k)]),
    ),
  );
/** The learner's own keys (the app's prefix "bp:"; device keys such as the PIN lockout are not theirs). */
const learnerItems = async (page: Page) =>
  Object.fromEntries(Object.entries(await localItems(page)).filter(([k]) => k.startsWith('bp:')));

async function holdCorner(page: Page) {
  await page.mouse.move(8, 8);
  await page.mouse.down();
  await page.clock.runFor(3_100);
  await expect(page.getByRole('dialog', { name: 'Petugas: masukkan PIN' })).toBeVisible();
  await page.mouse.up();
}

async function enterPin(page: Page, pin: string, ok: string) {
  const pad = page.getByRole('dialog', { name: 'Petugas: masukkan PIN' });
  for (const d of pin) await pad.getByRole('button', { name: d, exact: true }).click();
  await pad.getByRole('button', { name: ok }).click();
  return pad;
}

async function startVisit(page: Page) {
  if (!page.url().endsWith('/kios/')) await page.goto('/kios/');
  await expect(page.locator('[data-attract][data-ready]')).toHaveCount(1);
  await page.getByRole('link', { name: 'Bahasa Indonesia' }).click();
  await expect(page.locator('.kiosk-bar')).toBeVisible();
}

test.describe('F1: a device becomes a kiosk only on purpose', () => {
  test('kiosk links and /kios/ on a learner’s phone delete nothing and change nothing', async ({ page }) => {
    await seedLearner(page);
    const before = await localItems(page);
    for (const url of [
      '/?kiosk=1',
      `/modul/${lesson.id}/?kiosk=1#langkah-2`,
      '/cari/?q=otp&kiosk=1',
      '/kios/',
      '/en/kiosk/',
    ]) {
      await page.goto(url);
      await page.waitForLoadState('load');
      const now = await localItems(page);
      // Opening a lesson step records it, as it should; everything the learner had is still there.
      const lessonNow = JSON.parse(now['bp:progress']!).lessons[lesson.id];
      expect(lessonNow, url).toMatchObject({ furthestStep: 3, quizBest: 80, quizAttempts: 1 });
      expect(JSON.parse(now['bp:progress']!).sims, url).toEqual(JSON.parse(before['bp:progress']!).sims);
      expect({ ...now, 'bp:progress': '' }, url).toEqual({ ...before, 'bp:progress': '' });
      await expect(page.locator('html'), url).not.toHaveAttribute('data-kiosk', /.*/);
      await expect(page.locator('.kiosk-bar'), url).toHaveCount(0);
    }
    // The last two showed the set-up screen: what a kiosk is, and one tap back for the learner.
    await page.goto('/kios/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Layar ini untuk kios');
    await expect(page.getByText('Progres Anda aman dan tidak diubah.')).toBeVisible();
    expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations).toEqual([]);
    await page.getByRole('link', { name: 'Kembali ke Belajar Prakerja' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(Object.keys(await localItems(page))).toEqual(Object.keys(before));
  });

  test('staff make a device a kiosk with the PIN; the learner’s data is set aside and comes back when they leave', async ({
    page,
  }) => {
    await page.clock.install();
    await seedLearner(page);
    const before = await localItems(page);
    await page.goto('/kios/');
    await expect(page.locator('[data-kiosk-setup][data-ready]')).toHaveCount(1);
    await page.getByRole('button', { name: 'Jadikan perangkat ini kios' }).click();
    const pad = await enterPin(page, '1357', 'Jadikan kios');
    await expect(pad.getByRole('alert')).toHaveText('PIN salah. Coba lagi.');
    expect(await learnerItems(page)).toEqual(before);
    expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations).toEqual([]);
    await enterPin(page, '2468', 'Jadikan kios');
    await expect(page.locator('[data-attract][data-ready]')).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Belajar cara daftar Kartu Prakerja');
    // Every learner key is out of a visit's reach, kept whole under the device's aside key.
    const kiosk = await localItems(page);
    expect(Object.keys(kiosk).filter((k) => k.startsWith('bp:'))).toEqual([]);
    expect(kiosk[FLAG]).toBe('1');
    const aside = JSON.parse(kiosk['bp-device:learner-aside']!) as { items: Record<string, string> }[];
    expect(aside.at(-1)!.items).toEqual(before);

    // A visit starts from nothing and ends leaving nothing; the aside copy is untouched.
    await startVisit(page);
    await page.goto('/progres/');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
    await expect(page.locator('[data-progress-row] [data-col="steps"]').first()).toHaveText(/^0 \//);
    await page.getByRole('button', { name: 'Selesai' }).click();
    await page.getByRole('dialog', { name: 'Sudah selesai?' }).getByRole('button', { name: 'Ya, selesai' }).click();
    await expect(page.locator('[data-attract][data-ready]')).toHaveCount(1);
    expect((await localItems(page))['bp-device:learner-aside']).toBe(kiosk['bp-device:learner-aside']);

    // Staff leave kiosk mode: the learner's progress, name and settings are back exactly.
    await holdCorner(page);
    await enterPin(page, '2468', 'Keluar dari mode kios');
    await expect(page).toHaveURL(/^http:\/\/[^/]+\/$/);
    expect(await learnerItems(page)).toEqual(before);
    expect(await localItems(page)).toEqual(before); // and no device key is left: not a kiosk, no lockout
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });
});

test.describe('F2: a kiosk visit has no way out and leaves nothing anywhere', () => {
  test.beforeEach(async ({ page }) => {
    await makeKiosk(page);
  });

  test('the trainer area is neither linked nor reachable in a visit; outside a visit it shows nothing', async ({
    page,
  }) => {
    await startVisit(page);
    await expect(page.getByRole('link', { name: 'Untuk pelatih' })).toHaveCount(0);
    for (const path of [
      '/en/trainer/akun/presenter/',
      '/pelatih/',
      '/pelatih/akun/',
      '/pelatih/akun/presentasi/',
      '/pelatih/saldo/uji-kelas/',
      '/pelatih/kartu-abcd/',
    ]) {
      await page.goto(path);
      await expect(page, path).toHaveURL(path.startsWith('/en/') ? /\/en\/$/ : /^http:\/\/[^/]+\/$/);
      await expect(page.locator('.kiosk-bar'), path).toBeVisible();
    }
    await page.getByRole('button', { name: 'Selesai' }).click();
    await page.getByRole('dialog', { name: 'Sudah selesai?' }).getByRole('button', { name: 'Ya, selesai' }).click();
    await expect(page.locator('[data-attract][data-ready]')).toHaveCount(1);
    await page.goto('/pelatih/akun/presentasi/');
    await expect(page.locator('[data-attract][data-ready]')).toHaveCount(1);
  });

  test('no new tabs or windows; another tab of the kiosk is wiped when the visit ends', async ({ page, context }) => {
    await startVisit(page);
    expect(await page.evaluate(() => window.open('/progres/') === null)).toBe(true);
    // A same-site link asking for a new tab opens in this tab.
    await page.evaluate(() => {
      const a = document.createElement('a');
      a.href = '/bantuan/';
      a.target = '_blank';
      a.textContent = 'new tab';
      document.querySelector('main')!.append(a);
    });
    await page.getByRole('link', { name: 'new tab' }).click();
    await expect(page).toHaveURL(/\/bantuan\/$/);
    expect(context.pages()).toHaveLength(1);

    // A second tab (however it was opened) running a visit ends with the first.
    const other = await context.newPage();
    await startVisit(other);
    await other.goto('/progres/');
    await expect(other.locator('.kiosk-bar')).toBeVisible();
    await page.getByRole('button', { name: 'Selesai' }).click();
    await page.getByRole('dialog', { name: 'Sudah selesai?' }).getByRole('button', { name: 'Ya, selesai' }).click();
    await expect(page.locator('[data-attract][data-ready]')).toHaveCount(1);
    await expect(other.locator('[data-attract][data-ready]')).toHaveCount(1);
    expect(await other.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('bp:')))).toEqual([]);
  });

  test('no printing and no downloads in a visit; trainer pages leave nothing in the offline cache', async ({
    page,
  }) => {
    await startVisit(page);
    await page.goto('/alat/rencana-saldo/');
    await expect(page.locator('.kiosk-bar')).toBeVisible(); // the kiosk runtime, and its lockdown, are running
    await expect(page.getByRole('button', { name: /Unduh/ })).toBeHidden();
    const prevented = await page.evaluate(() => {
      const e = new KeyboardEvent('keydown', { key: 'p', ctrlKey: true, bubbles: true, cancelable: true });
      document.body.dispatchEvent(e);
      return e.defaultPrevented;
    });
    expect(prevented).toBe(true);
    expect(await page.evaluate(() => /native code/.test(window.print.toString()))).toBe(false);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('main')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(async () => (await caches.open('trainer-pages')).put('/pelatih/akun/', new Response('x')));
    await page.getByRole('button', { name: 'Selesai' }).click();
    await page.getByRole('dialog', { name: 'Sudah selesai?' }).getByRole('button', { name: 'Ya, selesai' }).click();
    await expect(page.locator('[data-attract][data-ready]')).toHaveCount(1);
    await expect.poll(() => page.evaluate(() => caches.has('trainer-pages'))).toBe(false);
  });
});

test('F3: the PIN lockout survives page changes and restarts, and grows', async ({ page, context }) => {
  test.setTimeout(180_000);
  await page.clock.install();
  await makeKiosk(page);
  await startVisit(page);
  const pages = ['/bantuan/', '/progres/', '/glosarium/', '/'];
  let tries = 0;
  /**
   * One try on a freshly loaded page (a page change before every try, as in the review's bypass).
   * `waitMs`: time passing on that page first. (Playwright's clock starts each document afresh, so waiting is done
   * on the page where the next try happens.)
   */
  const tryOnce = async (pin = '0000', waitMs = 0) => {
    // Visit pages while the visit lasts; long waits on the attract screen (a visit page would time out idle).
    const attract = waitMs > 0 || !(await page.locator('.kiosk-bar').count());
    await page.goto(attract ? '/kios/' : pages[tries % pages.length]!);
    await expect(page.locator(attract ? '[data-attract][data-ready]' : '.kiosk-bar')).toBeVisible(); // the staff corner is listening
    tries++;
    if (waitMs) await page.clock.runFor(waitMs);
    await holdCorner(page);
    const pad = await enterPin(page, pin, 'Keluar dari mode kios');
    await expect(pad.getByRole('alert')).not.toBeEmpty();
    return (await pad.getByRole('alert').textContent()) ?? '';
  };
  for (let i = 0; i < 4; i++) expect(await tryOnce()).toBe('PIN salah. Coba lagi.');
  expect(await tryOnce()).toBe('Terlalu banyak salah. Tunggu 60 detik.');
  // The right PIN after a page change is refused while locked (it left kiosk mode before).
  expect(await tryOnce('2468')).toMatch(/^Terlalu banyak salah\. Tunggu \d+ detik\.$/);
  expect(await page.evaluate((f) => localStorage.getItem(f), FLAG)).toBe('1');
  // Another tab (a restarted browser reads the same storage) is locked too.
  const fresh = await context.newPage();
  await startVisit(fresh);
  await holdCorner(fresh);
  const freshPad = await enterPin(fresh, '2468', 'Keluar dari mode kios');
  await expect(freshPad.getByRole('alert')).toContainText('Terlalu banyak salah');
  await fresh.close();
  expect(await page.evaluate((f) => localStorage.getItem(f), FLAG)).toBe('1');
  // Once the minute has passed: five more tries, then a lock twice as long.
  expect(await tryOnce('0000', 75_000)).toBe('PIN salah. Coba lagi.');
  for (let i = 0; i < 3; i++) expect(await tryOnce()).toBe('PIN salah. Coba lagi.');
  expect(await tryOnce()).toBe('Terlalu banyak salah. Tunggu 2 menit.');
  expect(await tryOnce('2468', 60_000)).toMatch(/^Terlalu banyak salah/);
  expect(await page.evaluate((f) => localStorage.getItem(f), FLAG)).toBe('1');
  // After the two minutes, the right PIN works and the lockout is forgotten.
  await tryOnce('2468', 140_000).catch(() => '');
  await expect(page).toHaveURL(/^http:\/\/[^/]+\/$/);
  expect(
    await page.evaluate(() => [localStorage.getItem('bp-device:kiosk'), localStorage.getItem('bp-device:kiosk-pin')]),
  ).toEqual([null, null]);
  const days = worstCaseSeconds(10_000) / 86_400;
  console.log(
    `PIN: ${tries} tries, each on a new page: 10 wrong accepted, then refused while locked (60 s, then 120 s). All 10,000 four-digit PINs at this pace: ${days.toFixed(1)} days at worst, ${(worstCaseSeconds(5_000) / 86_400).toFixed(1)} on average.`,
  );
  expect(days).toBeGreaterThan(80);
});

test('F4: a speech engine that never says "end" does not keep a visit forever', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('bp-device:voice', 'id');
    const voice = { name: 'Stuck', lang: 'id-ID', voiceURI: 'Stuck', localService: true, default: true };
    type U = { text: string; onstart?: () => void };
    let talking = false;
    const synth = {
      get speaking() {
        return talking;
      },
      paused: false,
      pending: false,
      getVoices: () => [voice],
      speak(u: U) {
        if (!u.text) return;
        talking = true;
        setTimeout(() => u.onstart?.(), 5); // starts, and never ends or fails
      },
      cancel() {},
      pause() {},
      resume() {},
      addEventListener() {},
      removeEventListener() {},
      onvoiceschanged: null,
    };
    class Utterance {
      text: string;
      lang = '';
      voice = null;
      rate = 1;
      constructor(text: string) {
        this.text = text;
      }
    }
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  });
  await page.clock.install();
  await makeKiosk(page);
  await startVisit(page);
  await page.goto(`/modul/${lesson.id}/#langkah-1`);
  await expect(page.locator('[data-ready]')).toHaveCount(1);
  await page.locator('#langkah-1').getByRole('button', { name: 'Dengarkan' }).click();
  await expect(page.locator('#langkah-1').getByRole('button', { name: 'Jeda' })).toBeVisible();
  // 15 minutes on the clock, as in the review: the visit is gone well before.
  await page.clock.runFor(15 * 60_000);
  await expect(page.locator('[data-attract][data-ready]')).toHaveCount(1);
  expect(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('bp:')))).toEqual([]);
});

test('F7: without sessionStorage the kiosk fails closed: bar, idle wipe, nothing kept', async ({ page }) => {
  await page.clock.install();
  await makeKiosk(page);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'sessionStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await page.reload();
  await expect(page.locator('[data-attract][data-ready]')).toHaveCount(1);
  await page.getByRole('link', { name: 'Bahasa Indonesia' }).click();
  await expect(page).toHaveURL(/^http:\/\/[^/]+\/$/);
  await expect(page.locator('.kiosk-bar')).toBeVisible();
  await page.goto('/latihan/pendaftaran/');
  await expect(page.locator('.kiosk-bar')).toBeVisible();
  const field = page.getByRole('textbox', { name: 'Email' });
  await field.waitFor();
  await page
    .locator('astro-island[ssr]')
    .first()
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
  await field.fill('contoh.nama@contoh.id');
  await page.clock.runFor(6 * 60_000);
  await expect(page.locator('[data-attract][data-ready]')).toHaveCount(1);
  expect(await page.content()).not.toContain('contoh.nama@contoh.id');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('bp:')))).toEqual([]);
});

test('F10: the presenter takes only a slide number and on/off from other windows', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/pelatih/akun/presentasi/#2');
  await expect(page.locator('.slide.current')).toHaveAttribute('data-index', '2');
  const post = (message: unknown) =>
    page.evaluate((m) => new BroadcastChannel(`bp-deck:akun:id`).postMessage(m), message);
  await post({ type: 'state', state: { slide: 4, blank: '<img src=x onerror=alert(1)>' } });
  await expect(page).toHaveURL(/#5$/);
  await expect(page.locator('[data-deck-blank]')).toHaveAttribute('aria-pressed', 'false');
  await post({ type: 'state', state: { slide: 3, blank: { toString: null } } });
  await post({ type: 'state', state: { slide: 2, blank: Object.create(null) } });
  await post(null);
  await post('state');
  await expect(page).toHaveURL(/#3$/);
  await expect(page.locator('[data-deck-blank]')).toHaveAttribute('aria-pressed', 'false');
  await post({ type: 'state', state: { slide: 1, blank: true } });
  await expect(page.locator('[data-deck-blank]')).toHaveAttribute('aria-pressed', 'true');
  expect(errors).toEqual([]);
});
