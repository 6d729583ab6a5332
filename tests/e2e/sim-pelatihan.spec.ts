/**
 * The training simulator on a 360 px phone, with the keyboard alone: find, compare, buy (card number + on-screen
 * SMS code), redeem on the training institution's page — first too early, then too late (the expired window),
 * then inside it —, face check, certificate and review. Every screen passes axe and fits the width; afterwards
 * nothing typed is in localStorage or sessionStorage (only task ids in bp:progress), the tasks are still ticked
 * after a reload, and "Mulai lagi" clears them.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { tabTo, hydrated } from './helpers';
import { EXAMPLE_CARD } from '../../src/lib/simulators/pelatihan/data';
import { TASKS } from '../../src/lib/simulators/pelatihan/machine';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const REAL_LOOKING = '3174012345678901';
const SHORT_CARD = '9999 0000 1234';
const REVIEW = 'Materinya jelas dan sangat berguna';

/** Tab to `target` (there may be many cards between) and press `key`. */
async function press(page: Page, target: Locator, key = 'Enter') {
  await tabTo(page, target, 200);
  await page.keyboard.press(key);
}

async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field, 200);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

/** Chooses an option of a <select> with the arrow keys. */
async function choose(page: Page, select: Locator, label: string) {
  await tabTo(page, select, 200);
  for (let i = 0; i < 10; i++) {
    if ((await select.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.text)) === label) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`option ${label} not reached`);
}

/** The new screen's heading has focus, the screen passes axe and nothing is wider than the phone. */
async function screen(page: Page, title: string | RegExp) {
  const heading = page.locator('#sim-screen-title');
  await expect(heading).toHaveText(title);
  await expect(heading).toBeFocused();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const results = await new AxeBuilder({ page }).include('.sim').withTags(TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const task = (page: Page, id: string) => page.locator(`.sim-tasks li[data-task="${id}"]`);

test('every task with the keyboard alone, an expired redeem window, and nothing typed is stored', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/latihan/pelatihan/');
  await hydrated(page);
  const phone = page.locator('.sim-phone');
  await expect(phone.locator('.sim-mark')).toHaveText('LATIHAN');
  await expect(page.locator('.sim-tasks li')).toHaveCount(TASKS.length);
  await expect(page.getByRole('heading', { name: 'Cari pelatihan' })).toBeVisible();

  // 1. Find: a digital-marketing webinar, rating ≥ 4.5, within the balance.
  await choose(page, page.getByLabel('Format', { exact: true }), 'Webinar');
  await choose(page, page.getByLabel('Topik', { exact: true }), 'Pemasaran digital');
  await press(page, page.getByRole('checkbox', { name: 'Hanya yang harganya tidak lebih dari saldo' }), 'Space');
  await choose(page, page.getByLabel('Urutkan', { exact: true }), 'Rating tertinggi dulu');
  await expect(page.getByText('2 pelatihan ditemukan')).toBeVisible();
  await expect(phone.locator('.pl-card h3')).toHaveText([
    'Pemasaran Digital lewat Media Sosial',
    'Membuat Konten Promosi',
  ]);
  await press(page, page.getByRole('button', { name: 'Lihat rincian: Pemasaran Digital lewat Media Sosial' }));
  await screen(page, 'Pemasaran Digital lewat Media Sosial');
  await expect(task(page, 'cari-pelatihan')).toHaveAttribute('data-done', 'true');
  await expect(page.locator('.sim-island p.sr-only[aria-live="polite"]')).toHaveText(
    /^Tugas selesai: Cari webinar pemasaran digital/,
  );

  // 2. Compare two side by side.
  await press(page, page.getByRole('button', { name: 'Kembali' }));
  await screen(page, 'Cari pelatihan');
  await press(page, page.getByRole('checkbox', { name: 'Bandingkan: Pemasaran Digital lewat Media Sosial' }), 'Space');
  await press(page, page.getByRole('checkbox', { name: 'Bandingkan: Membuat Konten Promosi' }), 'Space');
  await press(page, page.getByRole('button', { name: 'Bandingkan yang dicentang (2 dari 2)' }));
  await screen(page, 'Bandingkan pelatihan');
  await expect(phone.locator('table thead th')).toHaveText([
    'Pemasaran Digital lewat Media Sosial',
    'Membuat Konten Promosi',
  ]);
  await expect(phone.locator('table tbody tr').first()).toContainText('Rp2.750.000');
  await expect(task(page, 'bandingkan')).toHaveAttribute('data-done', 'true');

  // 3. Buy: a wrong length is explained, a hint after two tries, a real-looking number is only a reminder.
  await press(page, page.getByRole('button', { name: 'Lihat rincian: Pemasaran Digital lewat Media Sosial' }));
  await screen(page, 'Pemasaran Digital lewat Media Sosial');
  await press(page, page.getByRole('button', { name: 'Beli', exact: true }));
  await screen(page, 'Bayar dengan Kartu Prakerja');
  const card = page.getByRole('textbox', { name: 'Nomor Kartu Prakerja' });
  await typeInto(page, card, SHORT_CARD);
  await press(page, page.getByRole('button', { name: 'Bayar', exact: true }));
  await expect(card).toBeFocused();
  await expect(card).toHaveAttribute('aria-invalid', 'true');
  await expect(phone.getByText('Nomor Kartu Prakerja harus 16 angka. Hitung lagi angkanya.')).toBeVisible();
  await expect(phone.locator('.sim-hint', { hasText: 'Tekan “Isi dengan data contoh”' })).toHaveCount(0);
  await press(page, page.getByRole('button', { name: 'Bayar', exact: true }));
  await expect(phone.locator('.sim-hint', { hasText: 'Tekan “Isi dengan data contoh”' })).toBeVisible();
  await typeInto(page, card, REAL_LOOKING);
  await expect(phone.getByText('Ini latihan. Jangan ketik nomor asli Anda.')).toBeVisible();
  await press(page, page.getByRole('button', { name: 'Isi dengan data contoh' }));
  await expect(card).toHaveValue(EXAMPLE_CARD);
  await expect(phone.getByText('Ini latihan. Jangan ketik nomor asli Anda.')).toHaveCount(0);
  await press(page, page.getByRole('button', { name: 'Bayar', exact: true }));
  await screen(page, 'Cek SMS');
  await expect(phone.locator('[data-sms]')).toContainText('Jangan berikan kode ini kepada siapa pun.');
  const otp = (await phone.locator('[data-code]').innerText()).trim();
  expect(otp).toMatch(/^\d{6}$/);
  await typeInto(page, page.getByRole('textbox', { name: 'Kode OTP (6 angka)' }), otp);
  await press(page, page.getByRole('button', { name: 'Verifikasi' }));
  await screen(page, 'Pembayaran berhasil');
  await expect(phone).toContainText('Sisa saldo: Rp750.000');
  await expect(task(page, 'beli')).toHaveAttribute('data-done', 'true');
  const voucher = (await phone.locator('[data-voucher]').innerText()).trim();
  const redeem = (await phone.locator('[data-redeem]').innerText()).trim();

  // 4. Redeem: too early, then too late (the expired window), then inside the window.
  await press(page, page.getByRole('button', { name: 'Buka situs Akademi Pelangi Contoh' }));
  await screen(page, 'Situs lembaga pelatihan: Akademi Pelangi Contoh');
  await expect(phone.locator('[data-clock]')).toHaveText('07.00');
  await typeInto(page, page.getByRole('textbox', { name: 'Kode voucher' }), voucher);
  await typeInto(page, page.getByRole('textbox', { name: 'Kode redeem' }), redeem);
  const submit = page.getByRole('button', { name: 'Tukar kode' });
  await press(page, submit);
  const timeError = phone.locator('.sim-error');
  await expect(timeError).toHaveText(
    'Belum waktunya. Kode redeem baru bisa ditukar mulai jam 08.00. Tunggu sampai jam pelatihan.',
  );
  await expect(timeError).toBeFocused();
  for (let i = 0; i < 7; i++) await press(page, page.getByRole('button', { name: 'Tunggu 30 menit' }));
  await expect(phone.locator('[data-clock]')).toHaveText('10.30');
  await press(page, submit);
  await expect(timeError).toHaveText(/^Terlambat\. Kode redeem hanya bisa ditukar sampai jam 10\.00\./);
  await expect(timeError).toBeFocused();
  await expect(phone.locator('.sim-hint')).toContainText('sampai jam menunjukkan antara 08.00 dan 10.00');
  await expect(task(page, 'tukar-kode')).toHaveAttribute('data-done', 'false');
  await press(page, page.getByRole('button', { name: 'Mundur 30 menit' }));
  await expect(phone.locator('[data-clock]')).toHaveText('10.00');
  await press(page, submit);
  await screen(page, 'Verifikasi wajah');
  await expect(task(page, 'tukar-kode')).toHaveAttribute('data-done', 'true');

  // 5. Attend: pick the clear photo of yourself, finish, certificate.
  await tabTo(page, page.getByRole('radio', { name: 'Wajah Anda memakai masker' }));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Wajah Anda, jelas dan terang' })).toBeChecked();
  await press(page, page.getByRole('button', { name: 'Scan Wajah' }));
  await screen(page, 'Ikuti pelatihan');
  await press(page, page.getByRole('button', { name: 'Selesaikan pelatihan' }));
  await screen(page, 'Sertifikat');
  await expect(phone.locator('.pl-cert')).toContainText('Budi Contoh');
  await expect(task(page, 'ikuti-pelatihan')).toHaveAttribute('data-done', 'true');

  // 6. Review: "Beri Ulasan", stars and a short review, "Kirim".
  await press(page, page.getByRole('button', { name: 'Beri Ulasan' }));
  await screen(page, 'Beri ulasan');
  await tabTo(page, page.getByRole('radio', { name: '1 bintang: “sangat tidak puas”' }));
  await page.keyboard.press('Space');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: '4 bintang' })).toBeChecked();
  await typeInto(page, page.getByRole('textbox', { name: 'Ulasan singkat' }), REVIEW);
  await press(page, page.getByRole('button', { name: 'Kirim' }));
  await screen(page, 'Ulasan terkirim');
  for (const id of TASKS) await expect(task(page, id)).toHaveAttribute('data-done', 'true');
  await expect(page.locator('.sim-tasks h2')).toContainText('(6/6)');

  // Progress is written under a Web Lock (read, merge, write), a moment after the screen shows the task done.
  await expect
    .poll(() =>
      page.evaluate(() => JSON.parse(localStorage.getItem('bp:progress') ?? '{}').sims?.pelatihan?.tasks?.length ?? 0),
    )
    .toBe(TASKS.length);
  // Nothing typed is stored: only task ids, under bp:progress.
  const storage = await page.evaluate(() => ({ local: { ...localStorage }, session: { ...sessionStorage } }));
  const typed = [
    REAL_LOOKING,
    SHORT_CARD,
    SHORT_CARD.replace(/\s/g, ''),
    EXAMPLE_CARD,
    otp,
    voucher,
    redeem,
    REVIEW,
    'Materinya',
  ];
  for (const [where, entries] of Object.entries(storage)) {
    for (const [key, value] of Object.entries(entries)) {
      for (const text of typed) expect(value, `${where}Storage ${key}`).not.toContain(text);
      expect(key.startsWith('bp:'), `${where}Storage ${key}`).toBe(true);
    }
  }
  expect(Object.keys(storage.local).filter((k) => k !== 'bp:progress')).toEqual([]);
  const progress = JSON.parse(storage.local['bp:progress']) as { sims: Record<string, { tasks: string[] }> };
  expect(progress.sims.pelatihan?.tasks).toEqual([...TASKS]);

  // Resumable: after a reload the tasks are still ticked; "Mulai lagi" clears them.
  await page.reload();
  await hydrated(page);
  await expect(task(page, 'beri-ulasan')).toHaveAttribute('data-done', 'true');
  await expect(page.getByRole('heading', { name: 'Cari pelatihan' })).toBeVisible();
  await press(page, page.getByRole('button', { name: 'Mulai lagi' }));
  await expect(page.locator('#sim-screen-title')).toBeFocused();
  for (const id of TASKS) await expect(task(page, id)).toHaveAttribute('data-done', 'false');
  expect(await page.evaluate(() => localStorage.getItem('bp:progress'))).not.toContain('pelatihan');
});

test('explains a training above the balance and a friend’s used redeem code (English page)', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/en/practice/pelatihan/');
  await hydrated(page);
  await expect(page.getByRole('heading', { name: 'Find training' })).toBeVisible();
  await choose(page, page.getByLabel('Sort', { exact: true }), 'Cheapest first');
  await press(page, page.getByRole('button', { name: 'See details: Selling Online for Beginners' }));
  await screen(page, 'Selling Online for Beginners');
  const buy = page.getByRole('button', { name: 'Buy', exact: true });
  await press(page, buy);
  await expect(page.getByText('This training costs Rp4,200,000, more than your balance (Rp3,500,000).')).toBeFocused();
  await press(page, buy);
  await expect(page.locator('.sim-hint')).toContainText('Only trainings that cost no more than my balance');
  await press(page, page.getByRole('button', { name: 'Back' }));
  await screen(page, 'Find training');
  await press(page, page.getByRole('button', { name: 'See details: Home Cake Business' }));
  await press(page, page.getByRole('button', { name: 'Buy', exact: true }));
  await screen(page, 'Pay with Kartu Prakerja');
  await press(page, page.getByRole('button', { name: 'Fill in example data' }));
  await press(page, page.getByRole('button', { name: 'Pay', exact: true }));
  await screen(page, 'Check the SMS');
  await typeInto(
    page,
    page.getByRole('textbox', { name: 'OTP code (6 digits)' }),
    (await page.locator('[data-code]').innerText()).trim(),
  );
  await press(page, page.getByRole('button', { name: 'Verifikasi' }));
  await screen(page, 'Payment successful');
  const voucher = (await page.locator('[data-voucher]').innerText()).trim();
  await press(page, page.getByRole('button', { name: /^Open the .* site$/ }));
  await screen(page, /^Training institution site:/);
  const friend = (await page.locator('.sim-msg').innerText()).match(/RD\d{6}/)![0];
  await typeInto(page, page.getByRole('textbox', { name: 'Voucher code' }), voucher);
  await typeInto(page, page.getByRole('textbox', { name: 'Redeem code' }), friend);
  await press(page, page.getByRole('button', { name: 'Redeem codes' }));
  const redeemField = page.getByRole('textbox', { name: 'Redeem code' });
  await expect(redeemField).toBeFocused();
  await expect(redeemField).toHaveAttribute('aria-invalid', 'true');
  await expect(
    page.getByText('“Kode redeem sudah digunakan” (Redeem code already used). Your friend’s code was already used.'),
  ).toBeVisible();
  await expect(page.locator('[data-clock]')).toHaveText('08:00');
});
