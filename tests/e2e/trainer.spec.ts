/**
 * Trainer mode: the presenter and projector windows in step over BroadcastChannel, the class check with raised
 * cards, and the printables — a handout, a take-home card, the certificate and the A/B/C/D cards — printed to
 * PDF by Chromium and checked for pages and for nothing falling outside the page.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { catalog, decodeQr, watchOutsideRequests, everythingDone } from './helpers';
import { decodeProgress } from '../../src/lib/progress/schema';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const DIST = resolve('dist');
const MM = 96 / 25.4; // CSS px per millimetre

/** Pages in a PDF made by Chromium: one "/Type /Page" object each ("/Pages" is the tree). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

/**
 * Lays the page out as print media at the printable width of the paper, and returns how tall the content is in
 * pages of the printable height, where the last element ends, and anything sticking out at the sides.
 */
async function printBox(page: Page, paper: { width: number; height: number; margin: number }, last: string) {
  const width = Math.floor((paper.width - 2 * paper.margin) * MM);
  const height = Math.floor((paper.height - 2 * paper.margin) * MM);
  await page.setViewportSize({ width, height });
  await page.emulateMedia({ media: 'print' });
  const box = await page.evaluate(
    ([selector, w]) => {
      const end = document.querySelector(selector)!.getBoundingClientRect();
      const wide = [...document.body.querySelectorAll('*')]
        .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).position !== 'fixed')
        .filter((el) => el.getBoundingClientRect().right > w + 1)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
      return { bottom: end.bottom + scrollY, right: end.right, visible: end.height > 0, wide };
    },
    [last, width] as const,
  );
  // null, not 'screen': a page emulating screen media would also print (page.pdf) with its screen styles.
  await page.emulateMedia({ media: null });
  return { ...box, pageHeight: height };
}

test.describe('presenter view', () => {
  test('presenter and projector windows stay in step over 20 slides of PageDown/PageUp; B blanks; notes only for the trainer', async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const outside = watchOutsideRequests(page, baseURL!);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/pelatih/akun/presentasi/');
    const screen = await context.newPage();
    await screen.setViewportSize({ width: 1280, height: 720 });
    await screen.goto('/pelatih/akun/layar/');
    const at = (p: Page) => p.locator('.slide.current').getAttribute('data-index');
    await expect(page.locator('.slide.current')).toHaveAttribute('data-index', '1');
    await expect(screen.locator('.slide.current')).toHaveAttribute('data-index', '1');
    const total = await page.locator('.deck-stage [data-slide]').count();
    expect(total).toBeGreaterThan(20);

    let notesSeen = 0;
    for (let i = 2; i <= 21; i++) {
      await page.keyboard.press('PageDown');
      await expect(page.locator('.slide.current')).toHaveAttribute('data-index', String(i));
      await expect(screen.locator('.slide.current')).toHaveAttribute('data-index', String(i));
      // Same slide title in both windows, and the presenter's "next" preview is the following slide.
      expect(await screen.locator('.slide.current .slide-title').textContent()).toBe(
        await page.locator('.slide.current .slide-title').textContent(),
      );
      await expect(page.locator('[data-deck-count]')).toHaveText(`Slide ${i} dari ${total}`);
      if ((await page.locator('[data-deck-notes] > .trainer-note').count()) > 0) notesSeen += 1;
    }
    for (let i = 20; i >= 2; i--) {
      await page.keyboard.press('PageUp');
      await expect(screen.locator('.slide.current')).toHaveAttribute('data-index', String(i));
    }
    // A clicker plugged into the projector's computer drives the presenter window too.
    await screen.keyboard.press('PageDown');
    await expect(page.locator('.slide.current')).toHaveAttribute('data-index', '3');
    await screen.keyboard.press('Space');
    await expect(page.locator('.slide.current')).toHaveAttribute('data-index', '4');
    expect(await at(page)).toBe(await at(screen));

    // B blanks the projector (and B again brings it back); G jumps to a slide.
    await page.keyboard.press('b');
    await expect(screen.locator('[data-deck-blankscreen]')).toBeVisible();
    await expect(page.locator('[data-deck-blank]')).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('B');
    await expect(screen.locator('[data-deck-blankscreen]')).toBeHidden();
    await page.keyboard.press('g');
    await page.getByLabel('Nomor slide').fill('12');
    await page.keyboard.press('Enter');
    await expect(screen.locator('.slide.current')).toHaveAttribute('data-index', '12');

    // Trainer notes: shown in the presenter window, absent from the projector's HTML.
    expect(notesSeen).toBeGreaterThan(3);
    expect(await page.locator('[data-trainer-note]').count()).toBeGreaterThan(5);
    expect(await screen.locator('[data-trainer-note], .trainer-note').count()).toBe(0);
    const noteText = (await page.locator('.slide [data-trainer-note]').first().textContent())!.trim().slice(0, 40);
    expect(await screen.content()).not.toContain(noteText);

    // The projector: text of at least 28 px, no navigation.
    const size = await screen
      .locator('.slide.current p')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(28);
    await expect(screen.locator('nav, .site-header')).toHaveCount(0);
    expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations).toEqual([]);
    expect((await new AxeBuilder({ page: screen }).withTags(TAGS).analyze()).violations).toEqual([]);
    expect(outside).toEqual([]);
  });

  test('a step longer than a slide goes on over the next: its title with "(lanjutan)", its notes on each part, the same split on the projector', async ({
    page,
    context,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto('/pelatih/akun/presentasi/');
    const screen = await context.newPage();
    await screen.setViewportSize({ width: 1280, height: 720 });
    await screen.goto('/pelatih/akun/layar/');
    // The first step split in two that has a trainer note, read from the deck itself.
    const first = await page.evaluate(() => {
      const slides = [...document.querySelectorAll<HTMLElement>('.deck-stage [data-slide]')];
      return (
        slides.findIndex(
          (s, i) =>
            s.dataset.part === '1' &&
            s.dataset.parts === '2' &&
            s.querySelector('[data-trainer-note]') &&
            slides[i + 1]?.dataset.part === '2',
        ) + 1
      );
    });
    expect(first).toBeGreaterThan(0);
    const total = await page.locator('.deck-stage [data-slide]').count();
    expect(await screen.locator('[data-slide]').count()).toBe(total);
    // A slide number typed into the address moves both windows.
    await page.evaluate((n) => (location.hash = `#${n}`), first);
    await expect(screen.locator('.slide.current')).toHaveAttribute('data-index', String(first));
    const title = (await page.locator('.slide.current .slide-title').textContent())!.trim();
    const notes = await page.locator('[data-deck-notes]').textContent();
    expect(notes?.trim().length).toBeGreaterThan(10);
    await expect(page.locator('[data-deck-next-preview] .slide-title')).toHaveText(`${title} (lanjutan)`);
    await page.keyboard.press('PageDown');
    await expect(page.locator('[data-deck-count]')).toHaveText(`Slide ${first + 1} dari ${total}`);
    await expect(page.locator('.slide.current .slide-title')).toHaveText(`${title} (lanjutan)`);
    await expect(screen.locator('.slide.current .slide-title')).toHaveText(`${title} (lanjutan)`);
    await expect(page.locator('[data-deck-notes]')).toHaveText(notes!);
    expect(await screen.locator('[data-trainer-note], .trainer-note').count()).toBe(0);
  });

  test('a grep over the built learner, kiosk, projector and handout HTML finds no trainer note text', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
      );
    const notes = walk(resolve('content/lessons'))
      .filter((f) => f.endsWith('.mdx'))
      .flatMap((f) =>
        [...readFileSync(f, 'utf8').matchAll(/<TrainerNote\b[^>]*>([\s\S]*?)<\/TrainerNote>/g)].map((m) =>
          m[1]!.trim().replace(/\s+/g, ' ').slice(0, 50),
        ),
      );
    expect(notes.length).toBeGreaterThan(40);
    const trainerView =
      /^(en\/trainer|pelatih)\/(?!kartu-|abcd-|take-home)[^/]+\/((presenter|presentasi)\/)?index\.html$/;
    const html = walk(DIST).filter((f) => f.endsWith('.html'));
    const checked = html.filter((f) => !trainerView.test(relative(DIST, f).replace(/\\/g, '/')));
    expect(checked.some((f) => f.includes('/kios/'))).toBe(true);
    expect(checked.some((f) => /\/(layar|screen)\//.test(f))).toBe(true);
    const found = checked.flatMap((f) => {
      const text = readFileSync(f, 'utf8').replace(/\s+/g, ' ');
      return notes.filter((n) => text.includes(n)).map((n) => `${relative(DIST, f)}: ${n}`);
    });
    expect(found).toEqual([]);
    // …while the presenter views do carry them.
    const presenter = readFileSync(join(DIST, 'pelatih/akun/presentasi/index.html'), 'utf8').replace(/\s+/g, ' ');
    expect(notes.some((n) => presenter.includes(n))).toBe(true);
  });
});

test('class check: cards counted before and after, answer revealed, and the gain in the summary', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/pelatih/akun/uji-kelas/');
  await expect(page.locator('body[data-ready]')).toHaveCount(1);
  const first = page.locator('[data-question]:visible');
  const tapA = async (n: number, letter: string) => {
    for (let i = 0; i < n; i++) await first.getByRole('button', { name: `Tambah satu kartu ${letter}` }).click();
  };
  // Opening check, question 1: which option is right is read from the page.
  const correct = await first.locator('[data-option][data-correct]').getAttribute('data-option');
  const right = 'ABCD'[Number(correct)]!;
  const wrong = right === 'A' ? 'B' : 'A';
  await tapA(3, right);
  await tapA(7, wrong);
  await first.getByRole('button', { name: `Kurangi satu kartu ${wrong}` }).click();
  await expect(first.locator('[data-total]')).toHaveText('Jumlah jawaban: 9');
  await first.getByRole('button', { name: 'Tampilkan jawaban' }).click();
  await expect(first.locator('[data-result]')).toHaveText('Yang benar: 33%');
  await expect(first.locator('.cc-why').first()).toBeVisible();
  // Closing check: the class does better.
  await page.getByRole('button', { name: 'Uji akhir' }).click();
  await expect(page.getByRole('button', { name: 'Uji akhir' })).toHaveAttribute('aria-pressed', 'true');
  await expect(first.locator('[data-total]')).toHaveText('Jumlah jawaban: 0');
  await tapA(8, right);
  await tapA(1, wrong);
  await page.reload(); // the counts survive a reload
  await expect(page.locator('body[data-ready]')).toHaveCount(1);
  await page.getByRole('button', { name: 'Ringkasan' }).first().click();
  const row = page.locator('tbody tr').first();
  await expect(row.locator('[data-col="pre"]')).toHaveText('33%');
  await expect(row.locator('[data-col="post"]')).toHaveText('89%');
  await expect(row.locator('[data-col="gain"]')).toHaveText('+56');
  await expect(page.locator('[data-gain-text]')).toContainText('naik +56 poin');
  expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations).toEqual([]);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdfPages(pdf)).toBe(1);
});

test.describe('printables', () => {
  test('a lesson handout prints on one or two A4 pages with nothing cut off', async ({ page }) => {
    const counts: Record<number, number> = {};
    for (const lesson of catalog.modules.flatMap((m) => m.lessons)) {
      await page.goto(`/pelatih/${lesson.id}/lembar/`);
      await expect(page.locator('.handout-step')).toHaveCount(lesson.text.id.steps.length);
      await page.evaluate(() =>
        Promise.all([...document.images].map((img) => ((img.loading = 'eager'), img.decode().catch(() => undefined)))),
      );
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const pages = pdfPages(pdf);
      expect(pages, lesson.id).toBeGreaterThanOrEqual(1);
      expect(pages, lesson.id).toBeLessThanOrEqual(2);
      const box = await printBox(page, { width: 210, height: 297, margin: 12 }, '[data-handout-end]');
      expect(box.visible).toBe(true);
      expect(box.wide, lesson.id).toEqual([]);
      expect(box.bottom, lesson.id).toBeLessThanOrEqual(pages * box.pageHeight);
      counts[pages] = (counts[pages] ?? 0) + 1;
      await page.setViewportSize({ width: 360, height: 640 });
    }
    console.log(
      `handouts: ${Object.entries(counts)
        .map(([p, n]) => `${n} on ${p} page(s)`)
        .join(', ')}`,
    );
    expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations).toEqual([]);
  });

  test('take-home cards: what was practised, the next real step, and a QR code that carries the progress to a phone', async ({
    page,
    browser,
    baseURL,
  }) => {
    await page.goto('/pelatih/kartu-pulang/');
    await expect(page.locator('form[data-ready]')).toHaveCount(1);
    for (const id of ['kenali', 'pelatihan', 'saldo', 'aman', 'masalah'])
      await page.locator(`input[value="${id}"]`).uncheck();
    await page.getByLabel('Jumlah kartu').fill('1');
    await page.getByRole('button', { name: 'Buat kartu' }).click();
    const card = page.locator('.take-card');
    await expect(card).toHaveCount(1);
    await expect(card).toContainText('Membuat akun');
    await expect(card.locator('.take-next')).toContainText('prakerja.go.id');
    const url = await decodeQr(page, '.take-qr');
    expect(url).toMatch(new RegExp(`^${baseURL}/progres/#kode=[0-9A-Z]+$`));
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdfPages(pdf)).toBe(1);
    const box = await printBox(
      page,
      { width: 210, height: 297, margin: 10 },
      '.take-card:last-child .take-small:last-child',
    );
    expect(box.wide).toEqual([]);
    expect(box.bottom).toBeLessThanOrEqual(box.pageHeight);
    await page.setViewportSize({ width: 360, height: 640 });
    await page.getByLabel('Jumlah kartu').fill('3');
    await page.getByRole('button', { name: 'Buat kartu' }).click();
    await expect(card).toHaveCount(3);
    expect(pdfPages(await page.pdf({ preferCSSPageSize: true }))).toBe(2);
    expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations).toEqual([]);

    // On the learner's phone: the module's lessons are read, nothing else.
    const phone = await browser.newContext({ baseURL });
    const p = await phone.newPage();
    await p.goto(url);
    await p.getByRole('button', { name: 'Ya, gabungkan' }).click();
    // The import is written under a Web Lock (read, merge, write), a moment after the click.
    await expect.poll(() => p.evaluate(() => localStorage.getItem('bp:progress') !== null)).toBe(true);
    const stored = decodeProgress((await p.evaluate(() => localStorage.getItem('bp:progress'))) ?? '');
    const akun = catalog.modules.find((m) => m.id === 'akun')!;
    expect(stored.ok && Object.keys(stored.progress.lessons).sort()).toEqual(akun.lessons.map((l) => l.id).sort());
    await phone.close();
  });

  test('the practice certificate: only after every module, the name printed but not kept, one landscape page', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      window.print = () =>
        document.documentElement.setAttribute(
          'data-printed',
          String(Number(document.documentElement.getAttribute('data-printed') ?? 0) + 1),
        );
    });
    await page.goto('/sertifikat/');
    await expect(page.getByText('Sertifikat latihan ada setelah')).toBeVisible();
    await expect(page.locator('[data-certificate]')).toBeHidden();
    await page.evaluate((p) => localStorage.setItem('bp:progress', JSON.stringify(p)), everythingDone());
    await page.reload();
    const cert = page.locator('[data-certificate]');
    await expect(cert).toBeVisible();
    await page.getByLabel('Nama Anda (untuk sertifikat)').fill('Siti Contoh');
    await expect(cert.locator('.cert-name')).toHaveText('Siti Contoh');
    await expect(cert).toContainText('BUKAN sertifikat Kartu Prakerja');
    for (const m of catalog.modules) await expect(cert).toContainText(m.text.id.title);
    await page.getByRole('button', { name: 'Cetak sertifikat' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-printed', '1');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('certificate')))).toEqual([]);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdfPages(pdf)).toBe(1);
    const box = await printBox(page, { width: 297, height: 210, margin: 10 }, '[data-cert-end]');
    expect(box.wide).toEqual([]);
    expect(box.bottom).toBeLessThanOrEqual(box.pageHeight);
    await page.setViewportSize({ width: 360, height: 640 });
    expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations).toEqual([]);
    // Keeping the name is the learner's choice.
    await page.getByLabel('Simpan nama ini di perangkat ini').check();
    await page.getByRole('button', { name: 'Cetak sertifikat' }).click();
    expect(await page.evaluate(() => localStorage.getItem('bp:certificate-name'))).toBe('Siti Contoh');
    await page.reload();
    await expect(page.getByLabel('Nama Anda (untuk sertifikat)')).toHaveValue('Siti Contoh');
    await page.getByLabel('Simpan nama ini di perangkat ini').uncheck();
    expect(await page.evaluate(() => localStorage.getItem('bp:certificate-name'))).toBeNull();
  });

  test('A/B/C/D cards print one letter per A4 page', async ({ page }) => {
    await page.goto('/pelatih/kartu-abcd/');
    await expect(page.locator('.abcd-card')).toHaveCount(4);
    expect(pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }))).toBe(4);
    expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations).toEqual([]);
  });
});

test('trainer pages: the hub and a session plan list everything a session needs, in both languages', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Untuk pelatih' }).click();
  await expect(page).toHaveURL(/\/pelatih\/$/);
  await page.getByRole('link', { name: /Modul 1:/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Rencana sesi');
  for (const name of [
    'Tujuan',
    'Yang perlu disiapkan',
    'Kegiatan',
    'Pertanyaan diskusi',
    'Pertanyaan yang sering ditanyakan peserta',
    'Pelajaran dan catatan pelatih',
  ])
    await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
  await expect(page.locator('.plan-notes').first()).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations).toEqual([]);
  await page.goto('/en/trainer/akun/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Session plan');
  await expect(page.getByRole('link', { name: 'Open the presenter view' })).toHaveAttribute(
    'href',
    '/en/trainer/akun/presenter/',
  );
});

test('a lesson quiz in class: every card-answerable question, one round, the share right per question', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/pelatih/akun/');
  await page
    .locator('.plan-lesson')
    .filter({ has: page.getByRole('heading', { name: /Membuat akun$/ }) })
    .getByRole('link', { name: 'Kuis kelas' })
    .click();
  await expect(page).toHaveURL(/\/pelatih\/akun\/buat-akun\/kuis-kelas\/$/);
  await expect(page.locator('body[data-ready]')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kuis kelas: Membuat akun');
  await expect(page.getByRole('button', { name: 'Uji awal' })).toHaveCount(0);
  const count = await page.locator('[data-question]').count();
  expect(count).toBeGreaterThanOrEqual(2);
  const q = page.locator('[data-question]:visible');
  const right = 'ABCD'[Number(await q.locator('[data-option][data-correct]').getAttribute('data-option'))]!;
  for (let i = 0; i < 4; i++) await q.getByRole('button', { name: `Tambah satu kartu ${right}` }).click();
  await q.getByRole('button', { name: right === 'A' ? 'Tambah satu kartu B' : 'Tambah satu kartu A' }).click();
  await q.getByRole('button', { name: 'Tampilkan jawaban' }).click();
  await expect(q.locator('[data-result]')).toHaveText('Yang benar: 80%');
  await page.getByRole('button', { name: 'Ringkasan' }).first().click();
  await expect(page.locator('thead th')).toHaveText(['Soal', 'Benar']);
  await expect(page.locator('tbody tr').first().locator('[data-col="pre"]')).toHaveText('80%');
  await expect(page.locator('tfoot [data-col="pre"]')).toHaveText('80%');
  await expect(page.locator('[data-gain-text]')).toBeEmpty();
  expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations).toEqual([]);
  // The module's check keeps its own counts.
  expect(await page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem('bp:class') ?? '{}')))).toEqual([
    'akun/buat-akun',
  ]);
});
