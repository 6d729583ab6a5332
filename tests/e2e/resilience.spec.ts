/**
 * The site keeps working when things go wrong: no JavaScript, corrupt or future progress, storage that throws.
 */
import { expect, test } from '@playwright/test';
import { catalog, layoutShift } from './helpers';

const first = catalog.modules[0]!.lessons[0]!;

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a lesson shows every step in order, with the quiz link at the end', async ({ page }) => {
    await page.goto(`/modul/${first.id}/`);
    const steps = page.locator('section.step');
    await expect(steps).toHaveCount(first.text.id.steps.length);
    for (const [i, step] of first.text.id.steps.entries()) {
      await expect(steps.nth(i)).toBeVisible();
      await expect(steps.nth(i).getByRole('heading', { level: 2 })).toHaveText(step.title);
      await expect(steps.nth(i)).toContainText(`Langkah ${i + 1}`);
    }
    await expect(page.getByText(/Pelajaran ini punya \d+ langkah\. Waktunya sekitar \d+ menit\./)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Kerjakan kuis' })).toBeVisible();
  });

  test('the home page lists the modules and lessons and starts the first lesson', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Mulai belajar' })).toHaveAttribute(
      'href',
      `/modul/${first.id}/#langkah-1`,
    );
    for (const lesson of catalog.modules[0]!.lessons)
      await expect(page.getByRole('link', { name: new RegExp(lesson.text.id.title) })).toBeVisible();
  });
});

test('before a lesson starts, it says how many steps and minutes', async ({ page }) => {
  await page.goto(`/en/module/${first.id}/`);
  await expect(
    page.getByText(
      `This lesson has ${first.text.en.steps.length} steps. It takes about ${first.text.en.minutes} minutes.`,
    ),
  ).toBeVisible();
  await expect(page.locator('section.step:visible')).toHaveCount(0);
  await page.getByRole('link', { name: 'Start the lesson' }).click();
  await expect(page.locator('#step-1-title')).toBeFocused();
});

test('corrupt progress is kept aside, the learner starts fresh and is told', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('bp:progress', '{"v":1,"lessons":{"akun/persiapan":');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'Data progres lama rusak' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Mulai belajar' })).toBeVisible();
  const aside = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('bp:progress:aside:'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(aside).toEqual(['{"v":1,"lessons":{"akun/persiapan":']);
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Data progres lama rusak' })).toBeHidden();
});

test('progress from an unknown (newer) version is left as it is; the page only reads and asks to reload', async ({
  page,
}) => {
  const future = JSON.stringify({ v: 9, lessons: {}, checks: {}, last: null });
  await page.addInitScript((value) => localStorage.setItem('bp:progress', value), future);
  await page.goto(`/en/module/${first.id}/#step-2`);
  await expect(page.getByText('Your progress was saved by a newer version of this site')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  expect(await page.evaluate(() => Object.entries(localStorage))).toEqual([['bp:progress', future]]);
});

test('when storage throws, the lesson still works and the learner is told progress will not be saved', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto(`/modul/${first.id}/#langkah-1`);
  await expect(page.getByText('Progres tidak bisa disimpan di browser ini')).toBeVisible();
  await page.getByRole('link', { name: 'Lanjut', exact: true }).click();
  await expect(page.locator('#langkah-2-title')).toBeFocused();
});

test('"Hapus progres" asks first, then resets to a newcomer', async ({ page }) => {
  await page.goto(`/modul/${first.id}/#langkah-2`);
  await expect(page.getByText(/Langkah 2 dari/)).toBeVisible();
  await page.goto('/progres/');
  await expect(page.locator(`[data-progress-row="${first.id}"] [data-col="steps"]`)).toHaveText(
    `2 / ${first.text.id.steps.length}`,
  );
  await page.getByRole('button', { name: 'Hapus progres' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Hapus semua progres di perangkat ini?');
  await dialog.getByRole('button', { name: 'Batal' }).click();
  await expect(page.locator(`[data-progress-row="${first.id}"] [data-col="steps"]`)).toHaveText(
    `2 / ${first.text.id.steps.length}`,
  );
  await page.getByRole('button', { name: 'Hapus progres' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ya, hapus' }).click();
  await expect(page.getByText('Progres sudah dihapus.')).toBeVisible();
  await expect(page.locator(`[data-progress-row="${first.id}"] [data-col="steps"]`)).toHaveText(
    `0 / ${first.text.id.steps.length}`,
  );
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Mulai belajar' })).toBeVisible();
});

test('nothing shifts while pages load, for a returning learner too', async ({ page }) => {
  const progress = JSON.stringify({
    v: 1,
    lessons: {
      [first.id]: { furthestStep: 3, lastStep: 3, completed: false, quizBest: 50, quizAttempts: 1, updatedAt: 1 },
    },
    checks: {},
    last: { at: 'step', id: first.id, step: 3 },
  });
  await page.addInitScript((value) => localStorage.setItem('bp:progress', value), progress);
  for (const url of ['/', `/modul/${first.id}/#langkah-3`, `/modul/${first.id}/kuis/`, '/progres/', '/en/']) {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    expect(await layoutShift(page), url).toBeLessThan(0.01);
  }
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Lanjutkan' })).toHaveAttribute('href', `/modul/${first.id}/#langkah-3`);
});
