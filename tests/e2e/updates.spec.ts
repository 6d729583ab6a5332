/**
 * Updates never strand a tab (review F6). A copy of the built site is served by a small server of the test's own;
 * the test "deploys" a new version into it the way a real deploy changes files: the quiz, its matching-question
 * part and the class-check page get new hashed names, every reference (pages, scripts, sw.js) follows, and the
 * old files are deleted.
 *
 * - Tab A, in the middle of a quiz, loads the matching question's old part after tab B switched to the new
 *   version: the worker still has it (bp-previous-assets), so the question works; tab A is told the site changed.
 * - A trainer page opened online before the update still becomes ready offline after it.
 * - When a part can't be loaded at all, the quiz (inline) and the page (banner) offer a reload that keeps
 *   progress.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { answerWithKeyboard, hydrated, quizFor } from './helpers';
import { serveDir, type StaticServer } from './static-server';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const QUIZ = '/modul/pelatihan/platform-dan-format/kuis/';
const TRAINER = '/pelatih/saldo/uji-kelas/';
const LABELS = { true: 'Benar', false: 'Salah', up: /Naik/ };
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );

/** Waits until the worker is active, controls the page and has finished precaching. */
async function saved(page: Page) {
  await page.evaluate(async () => !!(await navigator.serviceWorker.ready).active);
  await expect
    .poll(() => page.evaluate(async () => (await caches.keys()).some((k) => k.startsWith('workbox-precache'))), {
      timeout: 30_000,
    })
    .toBe(true);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 30_000 }).toBe(true);
}

/** A new version: the three chunks get new names everywhere, the old files are gone. Returns old → new names. */
function deployNewVersion(root: string): Map<string, string> {
  const renames = new Map<string, string>();
  for (const f of readdirSync(join(root, '_astro'))) {
    const m = /^(MatchQuestion|Quiz|ClassCheckPage\..+)\.([\w-]{8})\.js$/.exec(f);
    if (m) renames.set(f, `${m[1]}.n3w${m[2]!.slice(3)}.js`);
  }
  expect([...renames.keys()].map((f) => f.split('.')[0]).sort()).toEqual(['ClassCheckPage', 'MatchQuestion', 'Quiz']);
  for (const file of walk(root).filter((f) => /\.(html|js|json|webmanifest)$/.test(f))) {
    const text = readFileSync(file, 'utf8');
    let next = text;
    for (const [from, to] of renames) next = next.split(from).join(to);
    if (next !== text) writeFileSync(file, next);
  }
  for (const [from, to] of renames) renameSync(join(root, '_astro', from), join(root, '_astro', to));
  return renames;
}

test.describe('a deployed update', () => {
  test.use({ serviceWorkers: 'allow' });
  let root: string;
  let site: StaticServer;
  test.beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'bp-site-'));
    cpSync(DIST, root, { recursive: true });
    site = await serveDir(root);
  });
  test.afterEach(async () => {
    await site.close();
    rmSync(root, { recursive: true, force: true });
  });

  test('an open quiz, another tab and an offline trainer page all keep working across it', async ({ context }) => {
    test.setTimeout(120_000);
    const at = (path: string) => `${site.origin}${path}`;
    const questions = quizFor('pelatihan/platform-dan-format', 'id');
    expect(questions[2]!.type).toBe('match');

    // Tab A: the quiz, with the worker installed; question 3's part is not loaded yet.
    const a = await context.newPage();
    await a.goto(at(QUIZ));
    await hydrated(a);
    await saved(a);
    // The trainer opens a class check online: kept in 'trainer-pages' for offline use.
    const trainer = await context.newPage();
    await trainer.goto(at(TRAINER));
    await expect(trainer.locator('body[data-ready]')).toHaveCount(1);
    await trainer.close();
    for (const q of questions.slice(0, 2)) {
      await answerWithKeyboard(a, q, true, LABELS);
      await expect(a.locator('.feedback')).toContainText('Benar');
      if (q !== questions[1]) await a.getByRole('button', { name: 'Pertanyaan berikutnya' }).click();
    }
    // The first worker taking over was not an update: no banner.
    await expect(a.locator('[data-update-banner]')).toBeHidden();

    const renames = deployNewVersion(root);
    const oldMatch = [...renames.keys()].find((f) => f.startsWith('MatchQuestion'))!;
    expect((await context.request.get(at(`/_astro/${oldMatch}`))).status()).toBe(404);

    // Tab B sees the new version and switches to it.
    const b = await context.newPage();
    await b.goto(at('/'));
    const bannerB = b.locator('[data-update-banner]');
    await expect(bannerB).toContainText('Versi baru tersedia.', { timeout: 30_000 });
    await Promise.all([b.waitForEvent('load'), bannerB.getByRole('button', { name: 'Muat ulang' }).click()]);
    await expect(b.locator('[data-update-banner]')).toBeHidden();
    const kept = await b.evaluate(
      async (file) => !!(await (await caches.open('bp-previous-assets')).match(`/_astro/${file}`)),
      oldMatch,
    );
    expect(kept, 'the old part is kept in bp-previous-assets').toBe(true);

    // Tab A was not reloaded under the learner's hands, but is told.
    const bannerA = a.locator('[data-update-banner]');
    await expect(bannerA).toContainText('sudah diperbarui');
    await expect(bannerA).toContainText('progres Anda tetap tersimpan');
    // …and question 3 still works: its old part comes from the worker.
    await a.getByRole('button', { name: 'Pertanyaan berikutnya' }).click();
    await expect(a.locator('.quiz-progress')).toHaveText('Pertanyaan 3 dari 5');
    await answerWithKeyboard(a, questions[2]!, true, LABELS);
    await expect(a.locator('.feedback')).toContainText('Benar');
    await expect(a.locator('[data-reload-offer]')).toHaveCount(0);

    // The class check opened before the update still starts offline: its old script is kept too.
    await context.setOffline(true);
    const offline = await context.newPage();
    await offline.goto(at(TRAINER));
    await expect(offline.locator('body[data-ready]')).toHaveCount(1);
    await context.setOffline(false);
  });
});

test('a part that cannot be loaded offers a reload, inline in the quiz and as a banner elsewhere, and progress stays', async ({
  page,
}) => {
  await page.route('**/_astro/MatchQuestion.*.js', (route) => route.fulfill({ status: 404, body: 'gone' }));
  const questions = quizFor('pelatihan/platform-dan-format', 'id');
  await page.goto(QUIZ);
  await hydrated(page);
  for (const q of questions.slice(0, 2)) {
    await answerWithKeyboard(page, q, true, LABELS);
    await page.getByRole('button', { name: 'Pertanyaan berikutnya' }).click();
  }
  const offer = page.locator('[data-reload-offer]');
  await expect(offer).toContainText('progres Anda tetap tersimpan');
  // The quiz's own offer is enough: the page banner stays out of the way.
  await expect(page.locator('[data-update-banner]')).toBeHidden();
  // What the learner has, without the write ids every write carries (src/lib/progress/sync.ts).
  const stored = () =>
    page.evaluate(() => {
      const { basedOn, writeId, ...rest } = JSON.parse(localStorage.getItem('bp:progress') ?? '{}') as Record<
        string,
        unknown
      >;
      void basedOn;
      void writeId;
      return rest;
    });
  const before = await stored();
  expect(JSON.stringify(before)).toContain('pelatihan/platform-dan-format');
  await Promise.all([page.waitForEvent('load'), offer.getByRole('button', { name: 'Muat ulang' }).click()]);
  expect(await stored()).toEqual(before);

  // Anywhere else (here: a part imported by a script, like the read-aloud player), the banner offers the same.
  await page.evaluate(() => {
    void import(/* @vite-ignore */ `/_astro/gone.${Date.now()}.js`);
  });
  const banner = page.locator('[data-update-banner]');
  await expect(banner).toContainText('tidak bisa dimuat');
  await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Muat ulang' }).click()]);
  await expect(banner).toBeHidden();
});
