/**
 * Progress a learner can trust (review F5, F8, F10): an old tab never writes over a newer version; one bad field
 * costs nothing else; a full storage is still read; copies kept aside can be restored; two tabs writing at the
 * same moment lose nothing; a code link works on the progress page itself; an oversized stored name is trimmed.
 */
import { expect, test, type Page } from '@playwright/test';
import { answerWithKeyboard, catalog, quizFor, tabTo } from './helpers';
import { encodeProgressCode, codeFragment } from '../../src/lib/progress/code';
import { emptyProgress } from '../../src/lib/progress/schema';

const [first, second] = catalog.modules[0]!.lessons as [
  (typeof catalog.modules)[0]['lessons'][0],
  (typeof catalog.modules)[0]['lessons'][0],
];
const other = catalog.modules[1]!.lessons[0]!;
const stepsOf = (l: typeof first) => l.text.id.steps.length;

const lessonDone = (l: typeof first, quizBest = 100) => ({
  furthestStep: stepsOf(l),
  lastStep: 1,
  completed: true,
  quizBest,
  quizAttempts: 1,
  updatedAt: 1,
});
/** Real progress: two lessons read and passed, one module check. */
const goodRecord = () => ({
  v: 2,
  lessons: { [first.id]: lessonDone(first), [second.id]: lessonDone(second, 80) },
  checks: { [catalog.modules[0]!.id]: { best: 90, attempts: 1, updatedAt: 1 } },
  sims: {},
  last: { at: 'step', id: first.id, step: 1 },
});

const stored = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)!])));
const asideValues = async (page: Page) =>
  Object.entries(await stored(page))
    .filter(([k]) => k.startsWith('bp:progress:aside:'))
    .map(([, v]) => v);
const row = (page: Page, id: string, col: string) => page.locator(`[data-progress-row="${id}"] [data-col="${col}"]`);

test.describe('F5: a newer version, corrupt parts, a full storage', () => {
  test('an old tab never writes over or deletes a newer version’s record, and asks to reload', async ({
    page,
    context,
  }) => {
    await page.goto(`/modul/${first.id}/#langkah-1`);
    await expect(page.locator('[data-status]')).toHaveText(`Langkah 1 dari ${stepsOf(first)}`);
    const newer = await context.newPage();
    await newer.goto('/bantuan/');
    for (let i = 1; i <= 5; i++) {
      const v3 = JSON.stringify({ v: 3, lessons: { [first.id]: { reached: i } }, write: i });
      await newer.evaluate((value) => localStorage.setItem('bp:progress', value), v3);
      // The old tab keeps working and tries to save a step after every write of the newer one.
      const step = (i % (stepsOf(first) - 1)) + 2;
      await page.evaluate((h) => (location.hash = h), `#langkah-${step}`);
      await expect(page.locator('[data-status]')).toHaveText(`Langkah ${step} dari ${stepsOf(first)}`);
      await expect(
        page.getByRole('status').filter({ hasText: 'Progres Anda disimpan oleh versi situs yang lebih baru' }),
      ).toBeVisible();
      // The newer record is still there, untouched, and nothing was set aside or deleted.
      expect(await stored(newer)).toEqual({ 'bp:progress': v3 });
    }
    await expect(page.getByRole('button', { name: 'Muat ulang halaman' })).toBeVisible();
    const box = await page.getByRole('button', { name: 'Muat ulang halaman' }).boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(48);
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Muat ulang halaman' }).click()]);
    expect(JSON.parse((await stored(page))['bp:progress']!).write).toBe(5);
  });

  const lesson = (over: Record<string, unknown>) => ({ ...lessonDone(other), ...over });
  const variants: [string, (r: ReturnType<typeof goodRecord>) => unknown][] = [
    ['an unknown upper-case id', (r) => ({ ...r, lessons: { ...r.lessons, 'Akun/Persiapan': lessonDone(first) } })],
    ['quizBest 101', (r) => ({ ...r, lessons: { ...r.lessons, [other.id]: lesson({ quizBest: 101 }) } })],
    ['furthestStep 1e9', (r) => ({ ...r, lessons: { ...r.lessons, [other.id]: lesson({ furthestStep: 1e9 }) } })],
    [
      'lastStep > furthestStep',
      (r) => ({
        ...r,
        lessons: { ...r.lessons, [other.id]: lesson({ furthestStep: 2, lastStep: 4, completed: false }) },
      }),
    ],
    ['updatedAt below zero', (r) => ({ ...r, lessons: { ...r.lessons, [other.id]: lesson({ updatedAt: -5 }) } })],
    ['last.step 0', (r) => ({ ...r, last: { at: 'step', id: first.id, step: 0 } })],
    [
      'a __proto__ key',
      (r) =>
        JSON.parse(
          JSON.stringify(r).replace(
            '"lessons":{',
            '"lessons":{"__proto__":{"furthestStep":1,"lastStep":1,"completed":false,"quizBest":null,"quizAttempts":0,"updatedAt":0},',
          ),
        ),
    ],
    [
      'a constructor key',
      (r) => ({ ...r, checks: { ...r.checks, constructor: { best: 10, attempts: 1, updatedAt: 1 } } }),
    ],
    [
      'a simulator with 51 tasks',
      (r) => ({ ...r, sims: { saldo: { tasks: Array.from({ length: 51 }, (_, i) => `t${i}`), updatedAt: 1 } } }),
    ],
  ];

  test('9 corrupt variants: every good part is shown (not 0 %), only the bad part is set aside', async ({ page }) => {
    await page.goto('/bantuan/');
    for (const [name, make] of variants) {
      const raw = JSON.stringify(make(goodRecord()));
      await page.evaluate((value) => {
        localStorage.clear();
        localStorage.setItem('bp:progress', value);
      }, raw);
      await page.goto('/progres/');
      await expect(row(page, first.id, 'steps'), name).toHaveText(`${stepsOf(first)} / ${stepsOf(first)}`);
      await expect(row(page, first.id, 'quiz'), name).toHaveText('100%');
      await expect(row(page, second.id, 'quiz'), name).toHaveText('80%');
      await expect(page.locator(`[data-check-row="${catalog.modules[0]!.id}"] [data-col="quiz"]`), name).toHaveText(
        '90%',
      );
      await expect(page.getByRole('status').filter({ hasText: 'Data progres lama rusak' }), name).toBeVisible();
      // The good parts are under the main key, the bad part (and nothing else) in one aside copy.
      const main = JSON.parse((await stored(page))['bp:progress']!);
      expect(Object.keys(main.lessons).sort(), name).toEqual([first.id, second.id].sort());
      const aside = await asideValues(page);
      expect(aside, name).toHaveLength(1);
      expect(aside[0], name).not.toContain(second.id);
      await page.goto('/');
      await expect(page.getByText(/Progres Anda: \d+%/), name).not.toHaveText('Progres Anda: 0%');
    }
  });

  test('a full storage is still read: progress is shown, with the "can\'t be saved" notice', async ({ page }) => {
    await page.goto('/bantuan/');
    const record = JSON.stringify(goodRecord());
    const left = await page.evaluate((value) => {
      localStorage.setItem('bp:progress', value);
      let size = 1 << 20;
      let i = 0;
      while (size >= 1) {
        try {
          localStorage.setItem(`fill${i++}`, 'x'.repeat(size));
        } catch {
          size = Math.floor(size / 2);
        }
      }
      try {
        localStorage.setItem('bp:probe', '1');
        localStorage.removeItem('bp:probe');
        return 'room';
      } catch {
        return 'full';
      }
    }, record);
    expect(left).toBe('full');
    await page.goto('/progres/');
    await expect(row(page, first.id, 'steps')).toHaveText(`${stepsOf(first)} / ${stepsOf(first)}`);
    await expect(row(page, second.id, 'quiz')).toHaveText('80%');
    await expect(page.getByText('Progres tidak bisa disimpan di browser ini')).toBeVisible();
    await page.goto('/');
    await expect(page.getByText(/Progres Anda: \d+%/)).not.toHaveText('Progres Anda: 0%');
    expect(await page.evaluate(() => localStorage.getItem('bp:progress'))).toBe(record);
  });

  test('copies kept aside by older builds can be restored, and are deleted only when the learner confirms', async ({
    page,
  }) => {
    await page.goto('/bantuan/');
    const current = {
      ...emptyProgress(),
      lessons: {
        [first.id]: { furthestStep: 2, lastStep: 2, completed: false, quizBest: null, quizAttempts: 0, updatedAt: 1 },
      },
    };
    const olderWhole = goodRecord();
    const future = { v: 3, lessons: { [other.id]: lessonDone(other, 70) }, somethingNew: true };
    await page.evaluate(
      ([c, a, f]) => {
        localStorage.setItem('bp:progress', c!);
        localStorage.setItem('bp:progress:aside:2026-01-01T00:00:00.000Z', a!);
        localStorage.setItem('bp:progress:aside:2026-02-01T00:00:00.000Z', f!);
        localStorage.setItem('bp:progress:aside:2026-03-01T00:00:00.000Z', '{"v":1,"lessons":');
      },
      [JSON.stringify(current), JSON.stringify(olderWhole), JSON.stringify(future)],
    );
    await page.goto('/progres/');
    await expect(row(page, first.id, 'steps')).toHaveText(`2 / ${stepsOf(first)}`);
    const restore = page.getByRole('button', { name: 'Pulihkan progres lama' });
    await expect(restore).toBeVisible();
    expect((await restore.boundingBox())!.height).toBeGreaterThanOrEqual(48);
    await restore.click();
    await expect(page.getByText('Progres lama sudah dipulihkan.')).toBeVisible();
    await expect(row(page, first.id, 'steps')).toHaveText(`${stepsOf(first)} / ${stepsOf(first)}`);
    await expect(row(page, second.id, 'quiz')).toHaveText('80%');
    await expect(row(page, other.id, 'quiz')).toHaveText('70%');
    await expect(restore).toBeHidden();
    // Restoring deletes nothing.
    expect(await asideValues(page)).toHaveLength(3);
    // Deleting asks first; "Batal" keeps the copies.
    await page.getByRole('button', { name: 'Hapus salinan lama' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Batal' }).click();
    expect(await asideValues(page)).toHaveLength(3);
    await page.getByRole('button', { name: 'Hapus salinan lama' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ya, hapus salinan' }).click();
    await expect(page.getByText('Salinan lama sudah dihapus.')).toBeVisible();
    expect(await asideValues(page)).toHaveLength(0);
    await expect(page.getByRole('heading', { name: 'Progres lama' })).toBeHidden();
    const main = JSON.parse((await stored(page))['bp:progress']!);
    expect(main.lessons[other.id].quizBest).toBe(70);
    expect(main.lessons[first.id].furthestStep).toBe(stepsOf(first));
  });
});

test.describe('F8: two tabs writing at the same moment', () => {
  test('two lessons changing step at the same instant, 12 rounds: no update lost', async ({ page, context }) => {
    const a = page;
    const b = await context.newPage();
    await a.goto(`/modul/${first.id}/#langkah-1`);
    await b.goto(`/modul/${other.id}/#langkah-1`);
    await expect(a.locator('[data-status]')).toHaveText(`Langkah 1 dari ${stepsOf(first)}`);
    await expect(b.locator('[data-status]')).toHaveText(`Langkah 1 dari ${stepsOf(other)}`);
    let lost = 0;
    const rounds = 12;
    for (let r = 0; r < rounds; r++) {
      const sa = (r % (stepsOf(first) - 1)) + 2;
      const sb = ((r + 2) % (stepsOf(other) - 1)) + 2;
      // Both pages change step in the same millisecond: each sets a timer for the same moment on the shared clock.
      const at = Date.now() + 150;
      await Promise.all([
        a.evaluate(
          ([h, t]) => void setTimeout(() => (location.hash = h as string), (t as number) - Date.now()),
          [`#langkah-${sa}`, at],
        ),
        b.evaluate(
          ([h, t]) => void setTimeout(() => (location.hash = h as string), (t as number) - Date.now()),
          [`#langkah-${sb}`, at],
        ),
      ]);
      await expect(a.locator('[data-status]')).toHaveText(`Langkah ${sa} dari ${stepsOf(first)}`);
      await expect(b.locator('[data-status]')).toHaveText(`Langkah ${sb} dari ${stepsOf(other)}`);
      try {
        await expect
          .poll(
            async () => {
              const p = JSON.parse((await stored(a))['bp:progress'] ?? '{"lessons":{}}');
              return [p.lessons[first.id]?.lastStep, p.lessons[other.id]?.lastStep];
            },
            { timeout: 3_000 },
          )
          .toEqual([sa, sb]);
      } catch {
        lost++;
      }
    }
    console.log(`F8 steps: ${rounds} rounds at a 0 ms gap, ${lost} updates lost`);
    expect(lost).toBe(0);
  });

  test('two quizzes finished at the same instant are both stored', async ({ page, context }) => {
    const a = page;
    const b = await context.newPage();
    const pages: [Page, typeof first][] = [
      [a, first],
      [b, other],
    ];
    for (const [p, l] of pages) {
      await p.goto(`/modul/${l.id}/kuis/`);
      const questions = quizFor(l.id, 'id');
      for (const [i, question] of questions.entries()) {
        await expect(p.locator('#quiz-question')).toHaveText(question.prompt);
        await answerWithKeyboard(p, question, true, { true: 'Benar', false: 'Salah', up: /^Naik/ });
        await expect(p.locator('.feedback h3')).toHaveText(/Benar!/);
        if (i < questions.length - 1) {
          const go = p.getByRole('button', { name: 'Pertanyaan berikutnya' });
          await tabTo(p, go);
          await p.keyboard.press('Enter');
        }
      }
      await expect(p.getByRole('button', { name: 'Lihat hasil' })).toBeVisible();
    }
    const at = Date.now() + 150;
    await Promise.all(
      pages.map(([p]) =>
        p.evaluate((t) => {
          const button = [...document.querySelectorAll('button')].find((x) => x.textContent?.trim() === 'Lihat hasil')!;
          setTimeout(() => button.click(), t - Date.now());
        }, at),
      ),
    );
    for (const [p, l] of pages)
      await expect(
        p.getByText(`Benar ${quizFor(l.id, 'id').length} dari ${quizFor(l.id, 'id').length} (100%)`),
      ).toBeVisible();
    await expect
      .poll(async () => {
        const p = JSON.parse((await stored(a))['bp:progress'] ?? '{"lessons":{}}');
        return [
          p.lessons[first.id]?.quizBest,
          p.lessons[first.id]?.quizAttempts,
          p.lessons[other.id]?.quizBest,
          p.lessons[other.id]?.quizAttempts,
        ];
      })
      .toEqual([100, 1, 100, 1]);
  });
});

test.describe('F10', () => {
  test('a code link opened while on the progress page asks to merge, then leaves the address bar', async ({ page }) => {
    await page.goto('/progres/');
    await expect(row(page, first.id, 'steps')).toHaveText(`0 / ${stepsOf(first)}`);
    const incoming = {
      ...emptyProgress(),
      lessons: {
        [first.id]: { furthestStep: 3, lastStep: 3, completed: false, quizBest: 60, quizAttempts: 1, updatedAt: 0 },
      },
    };
    const fragment = codeFragment(encodeProgressCode(incoming), 'id');
    // Same-document navigation: only the fragment changes.
    await page.goto(`/progres/${fragment}`);
    await expect(page.getByRole('heading', { name: 'Gabungkan progres?' })).toBeVisible();
    await page.getByRole('button', { name: 'Ya, gabungkan' }).click();
    await expect(row(page, first.id, 'steps')).toHaveText(`3 / ${stepsOf(first)}`);
    await expect(row(page, first.id, 'quiz')).toHaveText('60%');
    expect(new URL(page.url()).hash).toBe('');
    // A second link, declined: nothing changes and the code leaves the address bar too.
    const again = codeFragment(encodeProgressCode({ ...incoming, lessons: { [second.id]: lessonDone(second) } }), 'id');
    await page.evaluate((h) => (location.hash = h), again);
    await expect(page.getByRole('heading', { name: 'Gabungkan progres?' })).toBeVisible();
    await page.getByRole('button', { name: 'Batal' }).first().click();
    await expect(page.getByRole('heading', { name: 'Gabungkan progres?' })).toBeHidden();
    await expect(row(page, second.id, 'steps')).toHaveText(`0 / ${stepsOf(second)}`);
    expect(new URL(page.url()).hash).toBe('');
  });

  test('a huge stored certificate name is trimmed to 80 characters and written back', async ({ page }) => {
    await page.goto('/bantuan/');
    await page.evaluate(() => localStorage.setItem('bp:certificate-name', 'Siti Aminah '.repeat(262_144)));
    expect(await page.evaluate(() => localStorage.getItem('bp:certificate-name')!.length)).toBeGreaterThan(3_000_000);
    await page.goto('/sertifikat/');
    await expect(page.getByLabel(/nama/i).first()).toHaveValue(/^Siti Aminah/);
    await expect.poll(() => page.evaluate(() => localStorage.getItem('bp:certificate-name')?.length)).toBe(80);
    expect(await page.evaluate(() => localStorage.getItem('bp:certificate-name'))).toBe(
      'Siti Aminah '.repeat(262_144).slice(0, 80),
    );
  });
});
