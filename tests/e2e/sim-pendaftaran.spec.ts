/**
 * The registration simulator, keyboard only, at 360 px: every task, the fake-officer OTP trap, and no typed value
 * left in storage.
 */
import { expect, test, type Page } from '@playwright/test';
import { tabTo, hydrated } from './helpers';
import { EXAMPLE_IDENTITY } from '../../src/lib/simulators/common';

const press = async (page: Page, name: string | RegExp) => {
  await tabTo(page, page.getByRole('button', { name, exact: typeof name === 'string' }));
  await page.keyboard.press('Enter');
};
/** Selects option `index` (0-based) of the radio group whose first radio is `first`, by keyboard. */
const choose = async (page: Page, groupLabel: string, index: number) => {
  const group = page.getByRole('group', { name: groupLabel });
  await tabTo(page, group.getByRole('radio').first());
  await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
};
const heading = (page: Page) => page.locator('#sim-screen-title');

test('registration: every task by keyboard, with the OTP trap refused, and nothing typed kept', async ({ page }) => {
  await page.goto('/latihan/pendaftaran/');
  await hydrated(page);
  await press(page, 'Isi dengan data contoh');
  await press(page, 'Daftar');
  await expect(heading(page)).toHaveText('Kotak masuk email');
  await expect(heading(page)).toBeFocused();
  await press(page, 'Verifikasi');
  await expect(heading(page)).toHaveText('Masuk');
  await press(page, 'Isi dengan data contoh');
  await press(page, 'Masuk');
  const emailCode = (await page.locator('[data-email-code]').textContent())!;
  await tabTo(page, page.getByLabel('Kode 6 angka'));
  await page.keyboard.type(emailCode);
  await press(page, 'Verifikasi');

  // KTP data: a wrong NIK is explained; a real-looking one gets the reminder; example data goes through.
  await expect(heading(page)).toHaveText('Data KTP');
  await tabTo(page, page.getByLabel('NIK'));
  await page.keyboard.type('12345');
  await page.keyboard.press('Enter');
  await expect(page.getByText('NIK harus 16 angka. Lihat baris NIK di KTP Anda.')).toBeVisible();
  await page.getByLabel('NIK').fill('');
  await tabTo(page, page.getByLabel('NIK'));
  await page.keyboard.type('3171010101900001');
  await expect(page.getByRole('alert').filter({ hasText: 'Sepertinya ini nomor asli' })).toBeVisible();
  await press(page, 'Isi dengan data contoh');
  await press(page, 'Lanjut');
  await press(page, 'Isi dengan data contoh');
  await press(page, 'Lanjut');

  // Photos: a blurry KTP photo is rejected with its reason.
  await choose(page, 'Pilih foto KTP yang bisa dipakai.', 1);
  await press(page, 'Gunakan Foto');
  await expect(page.getByText('Foto buram. Tulisan di KTP harus terbaca.')).toBeVisible();
  await choose(page, 'Pilih foto KTP yang bisa dipakai.', 0);
  await press(page, 'Gunakan Foto');
  await choose(page, 'Pilih foto wajah yang bisa dipakai.', 0);
  await press(page, 'Scan Wajah');

  // Phone OTP with the fake officer.
  await expect(heading(page)).toHaveText('Verifikasi nomor HP');
  await press(page, 'Isi dengan data contoh');
  await press(page, 'Minta kode SMS');
  await expect(page.getByRole('alert').filter({ hasText: 'petugas Prakerja' })).toBeVisible();
  await press(page, 'Tolak dan abaikan');
  const smsCode = (await page.locator('[data-sms-code]').getAttribute('data-sms-code'))!;
  await expect(page.getByText(`Jangan berikan kode ini kepada siapa pun`)).toBeVisible();
  await tabTo(page, page.getByLabel('Kode dari SMS'));
  await page.keyboard.type(smsCode);
  await press(page, 'Kirim');

  await expect(heading(page)).toHaveText('Pernyataan Pendaftar');
  await choose(page, 'Apakah Anda sedang bekerja?', 1);
  await choose(page, 'Apakah Anda sedang sekolah atau kuliah?', 1);
  await choose(page, 'Apa alasan utama Anda ikut?', 0);
  await press(page, 'Lanjut');
  await choose(page, 'Kata yang artinya sama dengan “cepat”?', 1);
  await choose(page, '2, 4, 6, 8, … angka berikutnya?', 2);
  await choose(page, 'Budi lebih tinggi dari Ani. Ani lebih tinggi dari Cici. Siapa paling pendek?', 0);
  await press(page, 'Lanjut');
  await expect(heading(page)).toHaveText('Gabung Gelombang');
  await choose(page, 'Pilih gelombang yang sesuai dengan alamat di KTP Anda.', 2);
  await press(page, 'Gabung');
  await expect(page.getByText('Pilih gelombang yang sesuai alamat di KTP (DKI Jakarta).')).toBeVisible();
  await choose(page, 'Pilih gelombang yang sesuai dengan alamat di KTP Anda.', 0);
  await press(page, 'Gabung');
  await press(page, 'Saya Menyetujui');
  await press(page, 'Percepat waktu (latihan)');
  await expect(page.getByText('Selamat, Anda lolos (latihan)!')).toBeVisible();

  await expect(page.locator('[data-task][data-done="true"]')).toHaveCount(10);
  // Progress is written under a Web Lock (read, merge, write), a moment after the screen shows the task done.
  await expect
    .poll(() =>
      page.evaluate(
        () => JSON.parse(localStorage.getItem('bp:progress') ?? '{}').sims?.pendaftaran?.tasks?.length ?? 0,
      ),
    )
    .toBe(10);
  const stored = await page.evaluate(() => {
    const all: Record<string, string> = {};
    for (const s of [localStorage, sessionStorage])
      for (let i = 0; i < s.length; i++) all[s.key(i)!] = s.getItem(s.key(i)!)!;
    return all;
  });
  const typed = [
    EXAMPLE_IDENTITY.email,
    EXAMPLE_IDENTITY.password,
    EXAMPLE_IDENTITY.nik,
    EXAMPLE_IDENTITY.kk,
    EXAMPLE_IDENTITY.name,
    EXAMPLE_IDENTITY.mother,
    EXAMPLE_IDENTITY.phone,
    '3171010101900001',
    '12345',
    emailCode,
    smsCode,
  ];
  for (const [key, value] of Object.entries(stored))
    for (const t of typed) expect(value, `${key} holds "${t}"`).not.toContain(t);
  expect(JSON.parse(stored['bp:progress']!).sims.pendaftaran.tasks).toHaveLength(10);

  // Reload: the tasks are remembered.
  await page.reload();
  await hydrated(page);
  await expect(page.locator('[data-task][data-done="true"]')).toHaveCount(10);
});

test('registration: giving the OTP to the fake officer ends the attempt, with an explanation', async ({ page }) => {
  await page.goto('/en/practice/pendaftaran/');
  await hydrated(page);
  await press(page, 'Fill with example data');
  await press(page, 'Daftar');
  await press(page, 'Verifikasi');
  await press(page, 'Fill with example data');
  await press(page, 'Masuk');
  await page.getByLabel('6-digit code').fill((await page.locator('[data-email-code]').textContent())!);
  await press(page, 'Verifikasi');
  await press(page, 'Fill with example data');
  await press(page, 'Lanjut');
  await press(page, 'Fill with example data');
  await press(page, 'Lanjut');
  await choose(page, 'Choose the KTP photo that can be used.', 0);
  await press(page, 'Gunakan Foto');
  await choose(page, 'Choose the face photo that can be used.', 0);
  await press(page, 'Scan Wajah');
  await press(page, 'Fill with example data');
  await press(page, 'Ask for the SMS code');
  await press(page, 'Reply with the code');
  await expect(heading(page)).toHaveText('Your account was taken over');
  await expect(page.getByText('The Project Management Office never asks for an OTP code.')).toBeVisible();
  await expect(page.locator('[data-task="tolak-penipu"]')).toHaveAttribute('data-done', 'false');
  await press(page, 'Start again');
  await expect(heading(page)).toHaveText('Create an account');
});
