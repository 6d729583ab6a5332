/**
 * The balance-and-incentives simulator, keyboard only, at 360 px: every task (with the linking failures, the
 * real-data reminder, the hint after two wrong tries and the OTP wait), the deadline passing without a purchase
 * (membership revoked, balance back to the state, start again), and no typed value left in storage.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { tabTo, catalog, hydrated } from './helpers';
import { EXAMPLE_IDENTITY } from '../../src/lib/simulators/common';
import { EXAMPLE_PIN } from '../../src/lib/simulators/saldo/data';
import { TASKS } from '../../src/lib/simulators/saldo/machine';

const screen = (page: Page) => page.locator('.sim-screen');
const heading = (page: Page) => page.locator('.sim-screen h2');

async function press(page: Page, name: string, scope: Page | Locator = page) {
  await tabTo(page, scope.getByRole('button', { name, exact: true }));
  await page.keyboard.press('Enter');
}
/** Picks option `index` (0-based) of a radio group by keyboard. */
async function choose(page: Page, group: string, index: number) {
  const radios = page.getByRole('group', { name: group }).getByRole('radio');
  await tabTo(page, radios.first());
  await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(radios.nth(index)).toBeChecked();
}
/** Focuses a field by keyboard, empties it and types `text`. */
async function type(page: Page, label: string, text: string) {
  await tabTo(page, page.getByLabel(label, { exact: true }));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}
async function expectScreen(page: Page, title: string) {
  await expect(heading(page)).toHaveText(title);
  await expect(heading(page)).toBeFocused();
}
/** axe (WCAG 2.2 A and AA) on the simulator as it is now, e.g. with errors and hints showing. */
async function axe(page: Page, label: string) {
  const results = await new AxeBuilder({ page })
    .include('.sim')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${label}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}
const task = (page: Page, id: string) => page.locator(`[data-task="${id}"]`);
async function open(page: Page, path = '/latihan/saldo/') {
  await page.goto(path);
  await hydrated(page);
}

test('saldo: every task by keyboard, with the linking failures, hints and the OTP wait, and nothing typed kept', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const realPhone = '081398765432';
  const review = 'Materinya jelas dan mudah dipraktikkan di rumah.';
  const typed: string[] = [realPhone, review, EXAMPLE_PIN, EXAMPLE_IDENTITY.phone];
  await open(page);
  await expect(heading(page)).toHaveText('Dashboard Anda');

  // The deadline, with the practice clock.
  await press(page, 'Cek batas waktu');
  await expectScreen(page, 'Batas waktu membeli pelatihan pertama');
  await expect(screen(page)).toContainText('dalam 15 hari sejak dinyatakan lolos');
  await expect(screen(page)).toContainText('Sisa 15 hari');
  await press(page, 'Maju 1 hari');
  await expect(screen(page)).toContainText('Sisa 14 hari');
  await expect(task(page, 'cek-batas-waktu')).toHaveAttribute('data-done', 'true');
  await expect(page.locator('[aria-live="polite"]').filter({ hasText: 'Tugas selesai: Cek batas waktu' })).toHaveCount(
    1,
  );
  await press(page, 'Kembali ke dashboard');
  await expectScreen(page, 'Dashboard Anda');

  // Linking: nothing chosen, then each failure of facts §4.3.
  await press(page, 'Sambungkan Sekarang');
  await expectScreen(page, 'Pilih e-wallet atau rekening');
  await press(page, 'Sambungkan');
  await expect(screen(page)).toContainText('Pilih dulu salah satu akun contoh.');
  const failures: [number, string][] = [
    [2, 'Nama atau NIK di akun ini berbeda dengan akun Prakerja.'],
    [3, 'Nomor HP e-wallet ini berbeda dengan nomor HP di akun Prakerja.'],
    [4, 'E-wallet ini belum di-upgrade.'],
  ];
  for (const [index, why] of failures) {
    await choose(page, 'Pilih satu akun contoh', index);
    await press(page, 'Sambungkan');
    await expectScreen(page, 'Ketik nomor HP e-wallet');
    await press(page, 'Isi dengan data contoh');
    await press(page, 'Sambungkan');
    await expectScreen(page, 'Periksa sekali lagi');
    await press(page, 'Ya, Sambungkan');
    await expectScreen(page, 'Gagal tersambung');
    await expect(screen(page)).toContainText(why);
    await press(page, 'Pilih akun lain');
    await expectScreen(page, 'Pilih e-wallet atau rekening');
  }

  // The right e-wallet: a real-looking number gets the reminder; two wrong tries bring the hint.
  await choose(page, 'Pilih satu akun contoh', 0);
  await press(page, 'Sambungkan');
  await expectScreen(page, 'Ketik nomor HP e-wallet');
  await type(page, 'Nomor HP e-wallet', realPhone);
  await expect(page.getByRole('status').filter({ hasText: 'Sepertinya ini nomor asli' })).toBeVisible();
  await type(page, 'Nomor HP e-wallet', '123');
  await page.keyboard.press('Enter');
  await expect(screen(page)).toContainText('Nomor HP harus diawali 08, dengan 10 sampai 13 angka.');
  await expect(page.getByLabel('Nomor HP e-wallet', { exact: true })).toBeFocused();
  await expect(page.locator('.sim-hint')).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(page.locator('.sim-hint')).toContainText('Isi dengan data contoh');
  await axe(page, 'number error, hint and reminder');
  await press(page, 'Isi dengan data contoh');
  await expect(page.getByLabel('Nomor HP e-wallet', { exact: true })).toHaveValue(EXAMPLE_IDENTITY.phone);
  await press(page, 'Sambungkan');
  await press(page, 'Ya, Sambungkan');

  // OTP from the on-screen SMS: more wrong tries than allowed means waiting, then a new code.
  await expectScreen(page, 'Ketik kode OTP');
  const codeOf = async () => (await page.locator('[data-sms]').textContent())!.match(/\d{6}/)![0];
  const first = await codeOf();
  typed.push(first);
  const wrong = first === '111111' ? '222222' : '111111';
  await type(page, 'Kode OTP (6 angka)', wrong);
  await page.keyboard.press('Enter');
  await expect(screen(page)).toContainText('Kode OTP salah. Sudah salah 1 kali.');
  for (let i = 2; i <= 3; i++) {
    await page.keyboard.press('Enter');
    await expect(screen(page)).toContainText(`Sudah salah ${i} kali.`);
  }
  await expect(page.locator('.sim-hint')).toContainText('Lihat SMS di atas.');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Tunggu dulu');
  await expect(screen(page)).toContainText('lebih dari 3 kali. Anda harus menunggu satu jam');
  await press(page, 'Lewati waktu tunggu (latihan)');
  await expectScreen(page, 'Ketik kode OTP');
  const second = await codeOf();
  expect(second).not.toBe(first);
  typed.push(second);
  await type(page, 'Kode OTP (6 angka)', second);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Ketik kode keamanan e-wallet');
  await type(page, 'Kode keamanan (PIN), 6 angka', EXAMPLE_PIN);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Berhasil tersambung');
  await expect(task(page, 'hubungkan-rekening')).toHaveAttribute('data-done', 'true');
  await press(page, 'Kembali ke dashboard');
  await expect(screen(page)).toContainText(`Tersambung: E-wallet Contoh · ${EXAMPLE_IDENTITY.phone}`);
  await expect(screen(page)).toContainText('Status: Menunggu Diproses');

  // Buying a training lowers the balance.
  await press(page, 'Beli pelatihan');
  await expectScreen(page, 'Beli pelatihan');
  await press(page, 'Beli: Jualan Online untuk Pemula');
  await expectScreen(page, 'Bayar dengan saldo');
  await expect(screen(page)).toContainText('Rp2.300.000');
  await press(page, 'Bayar');
  await expectScreen(page, 'Pelatihan Saya');
  await expect(task(page, 'beli-pelatihan')).toHaveAttribute('data-done', 'true');

  // Finishing and reviewing: an empty review is explained; then a rating and a text.
  await press(page, 'Selesaikan pelatihan (latihan)');
  await expect(heading(page)).toBeFocused();
  await expect(screen(page)).toContainText('Selesai. Sertifikat sudah terbit.');
  await press(page, 'Beri Ulasan');
  await expectScreen(page, 'Beri rating dan ulasan');
  await press(page, 'Kirim');
  await expect(screen(page)).toContainText('Pilih rating dulu: 1 sampai 5 bintang.');
  await expect(screen(page)).toContainText('Ulasan belum diisi.');
  await axe(page, 'review errors');
  await choose(page, 'Rating', 4);
  await type(page, 'Ulasan Anda', review);
  await press(page, 'Kirim');
  await expectScreen(page, 'Pelatihan Saya');
  await expect(screen(page)).toContainText('Rating dan ulasan sudah terkirim.');
  await expect(task(page, 'beri-ulasan')).toHaveAttribute('data-done', 'true');

  // The incentive: "Sedang Diproses", then received the next day.
  await press(page, 'Kembali ke dashboard');
  await expect(screen(page)).toContainText('Status: Sedang Diproses');
  await press(page, 'Maju 1 hari');
  await expect(screen(page)).toContainText('Status: Sudah diterima');
  await expect(screen(page)).toContainText('Uang Rp600.000 sudah masuk ke E-wallet Contoh');
  await expect(task(page, 'terima-insentif')).toHaveAttribute('data-done', 'true');

  // Two surveys (an unanswered question is explained), each paid.
  for (let n = 1; n <= 2; n++) {
    await press(page, 'Isi survei');
    await expectScreen(page, `Survei evaluasi ${n} dari 2`);
    if (n === 1) {
      await press(page, 'Kirim');
      await expect(screen(page)).toContainText('Masih ada pertanyaan yang belum dijawab.');
    }
    await choose(page, 'Apa kegiatan Anda sekarang?', 2);
    await choose(page, 'Apakah pelatihan itu berguna untuk Anda?', 0);
    await press(page, 'Kirim');
    await expectScreen(page, 'Dashboard Anda');
    await expect(screen(page)).toContainText(`${n} dari 2 survei sudah diisi.`);
  }
  await expect(screen(page)).toContainText('Insentif survei ke-2');
  for (const id of TASKS) await expect(task(page, id)).toHaveAttribute('data-done', 'true');
  await expect(page.locator('#sim-tasks-title')).toContainText('(6/6)');
  await axe(page, 'dashboard, all done');

  // Progress is written under a Web Lock (read, merge, write), a moment after the screen shows the task done.
  await expect
    .poll(() =>
      page.evaluate(() => JSON.parse(localStorage.getItem('bp:progress') ?? '{}').sims?.saldo?.tasks?.length ?? 0),
    )
    .toBe(TASKS.length);
  // Nothing typed is kept: only task ids, in bp:progress.
  const stored = await page.evaluate(() => {
    const all: [string, string][] = [];
    for (const store of [localStorage, sessionStorage]) {
      for (let i = 0; i < store.length; i++) {
        const key = store.key(i)!;
        all.push([key, store.getItem(key) ?? '']);
      }
    }
    return all;
  });
  expect(stored.map(([k]) => k)).toContain('bp:progress');
  for (const [key, value] of stored) {
    for (const needle of typed) expect(value, `${key} holds "${needle}"`).not.toContain(needle);
  }
  const progress = JSON.parse(stored.find(([k]) => k === 'bp:progress')![1]);
  expect([...progress.sims.saldo.tasks].sort()).toEqual([...TASKS].sort());
});

test('saldo: the clock passes the deadline without a purchase — membership revoked, balance returned, start again', async ({
  page,
}) => {
  const days = catalog.facts['batas-beli-pelatihan-pertama'];
  expect(days?.kind === 'count' && days.value).toBe(15);
  await open(page);
  // A task done earlier is still shown after a reload.
  await press(page, 'Cek batas waktu');
  await expect(task(page, 'cek-batas-waktu')).toHaveAttribute('data-done', 'true');
  await open(page);
  await expect(task(page, 'cek-batas-waktu')).toHaveAttribute('data-done', 'true');

  const next = page.getByRole('button', { name: 'Maju 1 hari', exact: true });
  await tabTo(page, next);
  for (let day = 1; day <= 15; day++) {
    await page.keyboard.press('Enter');
    await expect(screen(page)).toContainText(`Hari ke-${day} sejak Anda lolos`);
  }
  await expect(screen(page)).toContainText('Hari ini hari terakhir!');
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Kepesertaan dicabut');
  await expect(screen(page)).toContainText('Sekarang hari ke-16.');
  await expect(screen(page)).toContainText('Saldo Rp3.500.000 dikembalikan ke kas negara.');
  await expect(screen(page)).toContainText('Kartu Prakerja dinonaktifkan. Kepesertaan Anda dicabut.');
  await axe(page, 'revoked');
  await press(page, 'Mulai lagi', screen(page));
  await expectScreen(page, 'Dashboard Anda');
  await expect(screen(page)).toContainText('Rp3.500.000');
  await expect(screen(page)).toContainText('Sisa 15 hari');
  await expect(task(page, 'cek-batas-waktu')).toHaveAttribute('data-done', 'false');
  await expect(page.locator('#sim-tasks-title')).toContainText('(0/6)');
});

test('saldo: the English page keeps the official labels and explains them', async ({ page }) => {
  await open(page, '/en/practice/saldo/');
  await expect(heading(page)).toHaveText('Your dashboard');
  await expect(screen(page)).toContainText('Status: “Menunggu Diproses” (Waiting to be processed)');
  await press(page, 'Sambungkan Sekarang');
  await expectScreen(page, 'Choose an e-wallet or account');
  await choose(page, 'Choose one example account', 1);
  await press(page, 'Sambungkan');
  await expectScreen(page, 'Type the account number');
  await press(page, 'Fill in with example data');
  await press(page, 'Sambungkan');
  await expect(screen(page)).toContainText('press “Ya, Sambungkan” (Yes, Connect)');
  await press(page, 'Ya, Sambungkan');
  await expectScreen(page, 'Linked');
  await expect(task(page, 'hubungkan-rekening')).toHaveAttribute('data-done', 'true');
});
