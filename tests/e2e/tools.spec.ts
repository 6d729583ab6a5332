/**
 * The two interactive tools: the eligibility self-check (both outcomes) and the balance planner (over-budget
 * warning and the .ics download, parsed back with ical.js).
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { catalog, hydrated } from './helpers';

async function pick(page: Page, question: string, option: string) {
  await page.locator(`[data-question="${question}"]`).getByRole('radio', { name: option, exact: true }).check();
}

test.describe('eligibility self-check', () => {
  test('a likely-eligible learner sees each rule explained and "kemungkinan memenuhi syarat"', async ({ page }) => {
    await page.goto('/alat/cek-syarat/');
    await hydrated(page);
    await pick(page, 'wni', 'Ya');
    await expect(page.locator('[data-question="wni"] .elig-why')).toContainText('Sesuai aturan.');
    await expect(page.locator('[data-question="wni"] .elig-why')).toContainText('Sumber:');
    await page.locator('[data-question="usia"] input').fill('30');
    await expect(page.locator('[data-question="usia"] .elig-why')).toContainText('Usia peserta 18 sampai 64 tahun');
    await pick(page, 'sekolah', 'Tidak');
    await pick(page, 'pekerjaan', 'Tidak');
    await pick(page, 'kk', 'Belum ada');
    await pick(page, 'pernah', 'Tidak');
    await pick(page, 'situasi', 'Saya sedang mencari kerja');
    await pick(page, 'bansos', 'Ya');
    await expect(page.locator('[data-question="bansos"] .elig-why')).toContainText('Tidak menghalangi.');
    await page.getByRole('button', { name: 'Lihat hasil' }).click();
    await expect(page.locator('#elig-result')).toBeFocused();
    await expect(page.getByText('Anda kemungkinan memenuhi syarat.')).toBeVisible();
    await expect(page.locator('.elig-result')).toContainText('Ini bukan keputusan resmi');
    // Nothing answered is stored.
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => !k.startsWith('bp:progress')))).toEqual(
      [],
    );
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain('30');
  });

  test('a student who is too young sees which rules block, in English too', async ({ page }) => {
    await page.goto('/en/tools/cek-syarat/');
    await hydrated(page);
    await pick(page, 'wni', 'Yes');
    await page.locator('[data-question="usia"] input').fill('17');
    await expect(page.locator('[data-question="usia"] .elig-why')).toContainText('This means you cannot join yet.');
    await pick(page, 'sekolah', 'Yes');
    await page.getByRole('button', { name: 'See the result' }).click();
    const result = page.locator('.elig-result');
    await expect(result).toContainText('You are likely not eligible yet, because:');
    await expect(result.locator('li')).toHaveText([
      'Participants are 18 to 64 years old.',
      'Participants must not be in school or university.',
    ]);
    await page.getByRole('button', { name: 'Start again' }).click();
    await expect(page.locator('#elig-first')).toBeFocused();
    await expect(page.locator('.elig-result')).toHaveCount(0);
  });
});

test.describe('balance planner', () => {
  const examples = readFileSync('content/tools/pelatihan-contoh.yaml', 'utf8');
  const saldo = catalog.facts['saldo-pelatihan'];

  test('warns when the plan costs more than the balance, and the warning goes when a training is removed', async ({
    page,
  }) => {
    expect(saldo?.kind === 'amount' && saldo.value).toBe(3500000);
    expect(examples).toContain('Barista');
    await page.goto('/alat/rencana-saldo/');
    await hydrated(page);
    await expect(page.getByRole('heading', { name: 'Saldo pelatihan: Rp3.500.000' })).toBeVisible();
    await page.getByRole('button', { name: 'Tambah ke rencana: Barista Dasar' }).click();
    await page.getByRole('button', { name: 'Tambah ke rencana: Administrasi Perkantoran' }).click();
    await expect(page.getByText('Sisa saldo: Rp-350.000')).toBeVisible();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Rencana ini lebih mahal Rp350.000 dari saldo Anda.');
    await page.getByRole('button', { name: 'Hapus dari rencana: Barista Dasar' }).click();
    await expect(page.getByText('Sisa saldo: Rp1.750.000')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('shows the buying deadline and downloads reminders as a valid calendar file made in the browser', async ({
    page,
  }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('/en/tools/rencana-saldo/');
    await hydrated(page);
    await page.getByLabel('The day you were accepted').fill('2026-12-01');
    await expect(
      page.getByText('Buy your first training by 16 December 2026 (15 days after being accepted).'),
    ).toBeVisible();
    await page.getByLabel('Your target day to finish training').fill('2027-01-31');
    const before = requests.length;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download reminders (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('pengingat-prakerja.ics');
    const ics = readFileSync(await download.path(), 'utf8');
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events.map((e) => [e.summary, e.startDate.toString()])).toEqual([
      ['Kartu Prakerja: last day to buy the first training', '2026-12-16'],
      ['Target: finish the training', '2027-01-31'],
      ['Review the training', '2027-01-31'],
      ['Check the dashboard for the evaluation survey', '2027-02-07'],
    ]);
    expect(requests.slice(before).filter((u) => !u.startsWith('blob:'))).toEqual([]);
  });
});
