import { expect, type Locator, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { loadContent } from '../helpers/content-files';
import { buildCatalog } from '../../src/lib/content/catalog';
import { fillFactsDeep } from '../../src/lib/content/format-fact';
import type { Locale } from '../../src/i18n/locales';
import type { Question } from '../../src/schemas/quiz';

/** The real course, read from content/ the way the build reads it. */
export const catalog = buildCatalog(loadContent().input);

/** Stored progress (v2) with every lesson read and passed and every module check passed: the certificate's condition. */
export function everythingDone() {
  const all = {
    v: 2,
    lessons: {} as Record<string, unknown>,
    checks: {} as Record<string, unknown>,
    sims: {},
    last: null,
  };
  for (const m of catalog.modules) {
    for (const l of m.lessons)
      all.lessons[l.id] = {
        furthestStep: l.text.id.steps.length,
        lastStep: 1,
        completed: true,
        quizBest: 100,
        quizAttempts: 1,
        updatedAt: 1,
      };
    all.checks[m.id] = { best: 90, attempts: 1, updatedAt: 1 };
  }
  return all;
}

/** A lesson quiz's questions as the page shows them (facts filled in). */
export function quizFor(lessonId: string, locale: Locale): Question[] {
  const lesson = catalog.modules.flatMap((m) => m.lessons).find((l) => l.id === lessonId)!;
  return fillFactsDeep(lesson.quiz[locale].questions, catalog.facts, locale);
}

/** A module check's questions as the page shows them. */
export function checkFor(moduleId: string, locale: Locale): Question[] {
  const module = catalog.modules.find((m) => m.id === moduleId)!;
  return fillFactsDeep(module.check![locale].questions, catalog.facts, locale);
}

/** Presses Tab until `target` has focus — how a keyboard user gets there. Fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Answers the question on screen with the keyboard only; `right` chooses the right answer, else a wrong one. */
export async function answerWithKeyboard(
  page: Page,
  question: Question,
  right: boolean,
  labels: { true: string; false: string; up: RegExp },
) {
  const card = page.locator('section.card').filter({ has: page.locator('#quiz-question') });
  switch (question.type) {
    case 'single':
    case 'truefalse': {
      const wanted =
        question.type === 'single'
          ? question.options.find((o) => o.correct === right)!.text
          : question.answer === right
            ? labels.true
            : labels.false;
      const radios = card.getByRole('radio');
      await tabTo(page, radios.first());
      for (let i = 0; i < 10; i++) {
        const checked = card.locator('label.choice', { has: page.locator('input:checked') });
        if ((await checked.count()) && (await checked.innerText()).trim() === wanted) break;
        await page.keyboard.press(i === 0 && !(await checked.count()) ? 'Space' : 'ArrowDown');
      }
      break;
    }
    case 'multiple': {
      const targets = right ? question.options.filter((o) => o.correct) : [question.options.find((o) => !o.correct)!];
      for (const option of targets) {
        await tabTo(page, card.getByRole('checkbox', { name: option.text, exact: true }));
        await page.keyboard.press('Space');
      }
      break;
    }
    case 'match': {
      const terms = card.locator('.match-col').first();
      const meanings = card.locator('.match-col').nth(1);
      for (const [i, p] of question.pairs.entries()) {
        const meaning = right ? p : question.pairs[(i + 1) % question.pairs.length]!;
        await tabTo(page, terms.getByRole('button', { name: p.term, exact: true }));
        await page.keyboard.press('Enter');
        await tabTo(page, meanings.getByRole('button', { name: meaning.meaning, exact: true }));
        await page.keyboard.press('Enter');
      }
      break;
    }
    case 'scam': {
      for (const [i, item] of question.items.entries()) {
        const mark = right ? item.fake : !item.fake;
        if (!mark) continue;
        await tabTo(page, card.locator('.mockup').nth(i).getByRole('checkbox'));
        await page.keyboard.press('Space');
      }
      break;
    }
    case 'order': {
      const want = question.items.map((i) => i.text);
      if (!right) break; // the starting order is never right
      for (let pos = 0; pos < want.length; pos++) {
        for (let guard = 0; guard < want.length; guard++) {
          const current = await card.locator('.order-item > span:nth-child(2)').allInnerTexts();
          const texts = current.map((t) => t.replace(/^.*?:\s*/, '').trim());
          const at = texts.indexOf(want[pos]!);
          if (at === pos) break;
          await tabTo(page, card.locator('.order-item').nth(at).getByRole('button', { name: labels.up }));
          await page.keyboard.press('Enter');
        }
      }
      break;
    }
  }
  await tabTo(page, page.getByRole('button', { name: /Periksa jawaban|Check answer/ }));
  await page.keyboard.press('Enter');
  await expect(page.locator('.feedback h3')).toBeFocused();
}

/** Records every request that leaves the site's origin. */
export function watchOutsideRequests(page: Page, origin: string): string[] {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
  });
  return outside;
}

/** Total layout shift since the page started loading (no user input), measured after half a second. */
export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
            if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 500);
      }),
  );
}

/** Waits until every island on the page is live (Astro removes `ssr` from an island once it has hydrated). */
export async function hydrated(page: Page) {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/** Reads the QR code drawn in `selector` back from the screen's pixels (jsQR), as a phone camera would. */
export async function decodeQr(page: Page, selector: string): Promise<string> {
  const el = page.locator(selector).first();
  await expect(el.locator('svg')).toBeVisible();
  // Read again until it decodes: a screenshot taken while a dialog is still settling can catch a half-painted frame.
  let data: string | null = null;
  await expect
    .poll(
      async () => {
        const png = PNG.sync.read(await el.screenshot());
        data = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
        return data;
      },
      { message: 'a readable QR code', timeout: 10_000 },
    )
    .not.toBeNull();
  return data!;
}

/**
 * Every page reachable from `root` without leaving its language (the 404 page is checked with Indonesian), each
 * loaded once with status 200. `visit` runs on each page after it loads.
 */
export async function crawl(
  page: Page,
  origin: string,
  root: '/' | '/en/',
  visit?: (path: string) => Promise<void>,
): Promise<string[]> {
  const inLanguage = (path: string) => (root === '/en/' ? path.startsWith('/en/') : !path.startsWith('/en/'));
  const seen = new Set<string>();
  const queue: string[] = root === '/' ? ['/', '/404.html'] : ['/en/'];
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const response = await page.goto(new URL(path, origin).href);
    expect(response?.status(), path).toBe(200);
    await visit?.(path);
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== origin || !inLanguage(url.pathname)) continue;
      if (!seen.has(url.pathname)) queue.push(url.pathname);
    }
  }
  return [...seen].sort();
}

/**
 * Makes this browser a kiosk device the way staff leave it after the set-up screen (that screen and its PIN are
 * tested in kiosk-trust.spec.ts): the device flag set, then the attract screen at `path`.
 */
export async function makeKiosk(page: Page, path = '/kios/') {
  await page.goto(path);
  await page.evaluate(() => localStorage.setItem('bp-device:kiosk', '1'));
  await page.reload();
  await expect(page.locator('[data-attract][data-ready]')).toHaveCount(1);
}
