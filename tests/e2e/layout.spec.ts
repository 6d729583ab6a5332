/**
 * The layout suite: every kind of learner page, opened in the contexts real people use — small and large phones at
 * the site's text sizes 100, 150 and 200 % (and the dark and high-contrast themes at 200 %), a laptop, and kiosks
 * in kiosk mode — in both languages, checked for what a person would notice (tests/e2e/layout/checks.ts).
 * Projector slides, the presenter view and printed pages are in layout-trainer.spec.ts.
 *
 * Each state of a page is reached once and then checked in every context in turn, without reloading: the window is
 * resized and the text size and theme are set as the head script sets them. A test collects every finding and fails
 * once with the whole list, each finding naming its context. `npm run shots` runs the same suite with LAYOUT_SHOTS=1:
 * every check also saves a screenshot, and scripts/shots.mjs lays them out as one contact sheet per context.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerWithKeyboard, catalog, hydrated, makeKiosk, quizFor } from './helpers';
import { check, type LayoutRules } from './layout/checks';
import { routes } from '../../src/i18n/routes';
import type { Locale } from '../../src/i18n/locales';

const SHOTS = !!process.env.LAYOUT_SHOTS;
const LABELS = {
  id: { true: 'Benar', false: 'Salah', up: /^Naik/ },
  en: { true: 'True', false: 'False', up: /^Up/ },
};

interface Context {
  name: string;
  width: number;
  height: number;
  text?: 150 | 200;
  theme?: 'dark' | 'contrast';
  kind: 'phone' | 'laptop' | 'kiosk';
  /** Walk every step of every lesson (the narrowest phone at the largest text); elsewhere the first and the longest step. */
  allSteps?: boolean;
}

const CONTEXTS: Context[] = [
  ...([320, 360, 412] as const).flatMap((width) => {
    const height = { 320: 640, 360: 740, 412: 915 }[width];
    return ([100, 150, 200] as const).map((text): Context => ({
      name: `phone ${width}×${height} text ${text} %`,
      width,
      height,
      kind: 'phone',
      ...(text === 100 ? {} : { text }),
      allSteps: text === 200 && width === 320,
    }));
  }),
  { name: 'phone 360×740 text 200 % dark', width: 360, height: 740, text: 200, theme: 'dark', kind: 'phone' },
  { name: 'phone 360×740 text 200 % contrast', width: 360, height: 740, text: 200, theme: 'contrast', kind: 'phone' },
  { name: 'laptop 1366×768', width: 1366, height: 768, kind: 'laptop' },
  { name: 'kiosk 1080×1920', width: 1080, height: 1920, kind: 'kiosk' },
  { name: 'kiosk 1920×1080', width: 1920, height: 1080, kind: 'kiosk' },
];

function rulesFor(c: Context, step = false, scoped = false): LayoutRules {
  // Later steps of a lesson already open: only the step, its bar and the lesson's end change.
  const scope = scoped ? '.step:target, .player, .lesson-end' : undefined;
  if (c.kind === 'kiosk')
    return { minTarget: 56, minText: 24, minContentShare: 0.85, maxBars: 0.25, step, ...(scope ? { scope } : {}) };
  return {
    minTarget: c.kind === 'phone' ? 48 : 24,
    minText: 0,
    minContentShare: 0,
    maxBars: 0.25,
    step,
    ...(scope ? { scope } : {}),
  };
}

/** Every lesson step with its word count, from the MDX files (the longest steps are the hardest to fit). */
function stepsOf(locale: Locale) {
  const base = join(import.meta.dirname, '..', '..', 'content', 'lessons', locale);
  const out: { lessonId: string; n: number; words: number }[] = [];
  for (const dir of readdirSync(base)) {
    for (const file of readdirSync(join(base, dir))) {
      const body = readFileSync(join(base, dir, file), 'utf8');
      const lesson = catalog.modules
        .flatMap((m) => m.lessons)
        .find((l) => l.text[locale].entryId.endsWith(`${dir}/${file.replace(/\.mdx$/, '')}`));
      if (!lesson) continue;
      for (const m of body.matchAll(/<Step n=\{(\d+)\}[^>]*>([\s\S]*?)<\/Step>/g)) {
        const words = m[2]!
          .replace(/<[^>]+>/g, ' ')
          .split(/\s+/)
          .filter(Boolean).length;
        out.push({ lessonId: lesson.id, n: Number(m[1]), words });
      }
    }
  }
  return out;
}

interface Visit {
  label: string;
  run: (page: Page) => Promise<void>;
  step?: boolean;
  /** The page around it was checked already (a later step of the same lesson). */
  scoped?: boolean;
  /** Checked only in these contexts (every step: the narrowest phone at the largest text). */
  only?: (c: Context) => boolean;
}

/** Waits until the page's scripts have settled (islands live, the lesson player ready, fonts and images in). */
async function settle(page: Page) {
  await page.waitForLoadState('load');
  await hydrated(page);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

type Group = 'pages' | 'quizzes' | 'steps';

function learnerVisits(locale: Locale, group: Group, kiosk: boolean): Visit[] {
  const stepWord = locale === 'id' ? 'langkah' : 'step';
  const lesson = (id: string) => routes.lesson(locale, id);
  const goto = (url: string) => async (page: Page) => {
    await page.goto(url);
    await settle(page);
  };
  const all = stepsOf(locale);
  const longest = [...all].sort((a, b) => b.words - a.words)[0]!;
  let open = '';
  const stepVisit = (
    s: { lessonId: string; n: number; words: number },
    scoped: boolean,
    only?: Visit['only'],
  ): Visit => ({
    label: `step ${s.lessonId} ${s.n} (${s.words} words)`,
    step: true,
    scoped,
    ...(only ? { only } : {}),
    run: async (page) => {
      if (open === s.lessonId && page.url().includes(lesson(s.lessonId))) {
        await page.evaluate((hash) => (location.hash = hash), `${stepWord}-${s.n}`);
      } else {
        await page.goto(`${lesson(s.lessonId)}#${stepWord}-${s.n}`);
        open = s.lessonId;
      }
      await expect(page.locator('[data-player][data-ready]')).toHaveCount(1);
      await expect(page.locator('.step:target h2')).toBeVisible();
      await settle(page);
    },
  });
  if (group === 'steps') {
    const hardest = (c: Context) => c.allSteps === true;
    return all
      .filter((s) => s !== all[0] && s !== longest)
      .map((s, i, list) => stepVisit(s, i > 0 && list[i - 1]!.lessonId === s.lessonId, hardest));
  }
  if (group === 'quizzes') {
    // Each question type, unanswered and with its feedback (answered wrong), then a quiz's result.
    const quiz = (lessonId: string, count: number, result = false): Visit[] => {
      const questions = quizFor(lessonId, locale);
      const out: Visit[] = [];
      for (let i = 0; i < count; i++) {
        const q = questions[i]!;
        out.push({
          label: `quiz ${lessonId} q${i + 1} ${q.type}`,
          run: async (page) => {
            if (i === 0) await goto(routes.quiz(locale, lessonId))(page);
            else {
              await page
                .getByRole('button', { name: locale === 'id' ? 'Pertanyaan berikutnya' : 'Next question' })
                .click();
              await settle(page);
            }
          },
        });
        out.push({
          label: `quiz ${lessonId} q${i + 1} ${q.type} feedback`,
          run: async (page) => {
            await answerWithKeyboard(page, q, false, LABELS[locale]);
            await settle(page);
          },
        });
      }
      if (result)
        out.push({
          label: `quiz ${lessonId} result`,
          run: async (page) => {
            for (let i = count; i < questions.length; i++) {
              await page
                .getByRole('button', { name: locale === 'id' ? 'Pertanyaan berikutnya' : 'Next question' })
                .click();
              await answerWithKeyboard(page, questions[i]!, true, LABELS[locale]);
            }
            await page.getByRole('button', { name: locale === 'id' ? 'Lihat hasil' : 'See results' }).click();
            await settle(page);
          },
        });
      return out;
    };
    return [
      ...quiz('akun/persiapan', 3, true),
      ...quiz('kenali/perjalanan', 1),
      ...quiz('kenali/manfaat', 1),
      ...quiz('aman/saluran-resmi', 1),
      { label: 'module check', run: goto(routes.check(locale, 'akun')) },
    ];
  }
  const visits: Visit[] = [
    { label: 'home', run: goto(routes.home(locale)) },
    { label: 'lesson start', run: goto(lesson('akun/persiapan')) },
    stepVisit(all[0]!, false),
    stepVisit(longest, false),
    { label: 'practice hub', run: goto(routes.practice(locale)) },
    { label: 'simulator pendaftaran', run: goto(routes.practice(locale, 'pendaftaran')) },
    {
      label: 'simulator pendaftaran with example data',
      run: async (page) => {
        await page
          .getByRole('button', { name: locale === 'id' ? 'Isi dengan data contoh' : /example data/i })
          .first()
          .click();
        await settle(page);
      },
    },
    { label: 'simulator pelatihan', run: goto(routes.practice(locale, 'pelatihan')) },
    { label: 'simulator saldo', run: goto(routes.practice(locale, 'saldo')) },
    { label: 'eligibility check', run: goto(routes.tool(locale, 'cek-syarat')) },
    { label: 'balance planner', run: goto(routes.tool(locale, 'rencana-saldo')) },
    { label: 'progress', run: goto(routes.progress(locale)) },
    { label: 'display settings', run: goto(routes.display(locale)) },
    { label: 'search results', run: goto(`${locale === 'id' ? '/cari/' : '/en/search/'}?q=OTP`) },
    { label: 'glossary', run: goto(routes.glossary(locale)) },
    { label: 'help', run: goto(routes.help(locale)) },
  ];
  if (!kiosk)
    visits.push(
      { label: 'certificate', run: goto(routes.certificate(locale)) },
      { label: 'trainer hub', run: goto(routes.trainer(locale)) },
      { label: 'session plan', run: goto(routes.trainer(locale, 'akun')) },
      // The kiosk address on a device that is not a kiosk: the set-up screen.
      { label: 'kiosk set-up screen', run: goto(routes.kiosk(locale)) },
    );
  return visits;
}

/**
 * Puts the open page in a context without reloading it: the window's size, and the text size and theme exactly as
 * the head script sets them before first paint. A lesson step is arrived at again (the player scrolls its heading
 * to the top), so what is checked is what a learner arriving there sees.
 */
async function apply(page: Page, c: Context) {
  const size = page.viewportSize();
  if (size?.width !== c.width || size.height !== c.height)
    await page.setViewportSize({ width: c.width, height: c.height });
  await page.evaluate(
    async ({ text, theme }) => {
      const d = document.documentElement;
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      if (!d.dataset.kiosk) {
        if (text === 100) delete d.dataset.text;
        else d.dataset.text = String(text);
        if (theme === 'light') delete d.dataset.theme;
        else d.dataset.theme = theme;
      }
      await frame();
      const heading = document.querySelector<HTMLElement>('.step:target h2');
      if (heading) {
        scrollTo({ top: 0, behavior: 'instant' });
        heading.scrollIntoView({ block: 'start', behavior: 'instant' });
      }
      await frame();
      await frame();
    },
    { text: c.text ?? 100, theme: c.theme ?? 'light' },
  );
}

const contextName = (c: Context, locale: Locale) => `${c.name} ${locale}`.replace(/[^\w%]+/g, '-').replace(/%/g, 'pc');

function layoutTest(title: string, locale: Locale, contexts: Context[], groups: Group[]) {
  test(title, async ({ browser }) => {
    test.setTimeout(240_000);
    const kiosk = contexts[0]!.kind === 'kiosk';
    const context = await browser.newContext({
      viewport: { width: contexts[0]!.width, height: contexts[0]!.height },
      hasTouch: true,
      locale: locale === 'id' ? 'id-ID' : 'en-US',
    });
    // Less motion, so nothing is caught mid-animation; text size and theme are set per context by apply().
    await context.addInitScript(() => {
      try {
        localStorage.setItem('bp:settings', JSON.stringify({ text: 100, theme: 'light', reduceMotion: true }));
      } catch {
        // No storage in this context: the defaults apply.
      }
    });
    const page = await context.newPage();
    const findings: string[] = [];
    let states = 0;
    let checks = 0;
    const started = Date.now();
    const measure = async (label: string, step = false, scoped = false, only?: Visit['only']) => {
      states++;
      for (const c of contexts) {
        if (only && !only(c)) continue;
        await apply(page, c);
        const { findings: f, measures } = await check(page, rulesFor(c, step, scoped));
        checks++;
        findings.push(...f.map((x) => `[${c.name}] ${label}: ${x}`));
        if (step && c.width === 360 && c.text === 200 && !c.theme)
          console.log(
            `[360×740 200 % ${locale}] ${label}: bars ${JSON.stringify(measures.bars)}, step words on first screen ${measures.stepWords}`,
          );
        if (c.kind === 'kiosk' && /^(home|step)/.test(label))
          console.log(
            `[${c.name} ${locale}] ${label}: body text ${measures.bodyText} px, content ${measures.contentWidth} px`,
          );
        if (SHOTS) {
          const dir = join('test-results', 'shots', contextName(c, locale));
          mkdirSync(dir, { recursive: true });
          writeFileSync(
            join(
              dir,
              `${groups.join('-')}-${String(states).padStart(3, '0')}-${label.replace(/[^\w]+/g, '-').slice(0, 60)}.png`,
            ),
            await page.screenshot(),
          );
        }
      }
    };
    if (kiosk) {
      await makeKiosk(page, locale === 'id' ? '/kios/' : '/en/kiosk/');
      await measure('kiosk attract');
      await page.getByRole('link', { name: locale === 'id' ? 'Bahasa Indonesia' : 'English' }).click();
      await expect(page.locator('.kiosk-bar')).toBeVisible();
    }
    for (const group of groups)
      for (const v of learnerVisits(locale, group, kiosk)) {
        try {
          await v.run(page);
        } catch (e) {
          findings.push(`${v.label}: could not open: ${(e as Error).message.split('\n')[0]}`);
          continue;
        }
        await measure(v.label, !!v.step, !!v.scoped, v.only);
      }
    await context.close();
    console.log(
      `[${title}] ${states} page states, ${checks} checks, ${findings.length} findings (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    expect(findings).toEqual([]);
  });
}

const PHONES_AND_LAPTOP = CONTEXTS.filter((c) => c.kind !== 'kiosk');
const KIOSKS = CONTEXTS.filter((c) => c.kind === 'kiosk');
for (const locale of ['id', 'en'] as const) {
  layoutTest(
    `layout: pages on phones (320, 360, 412 px × 100, 150, 200 %, dark, contrast) and a laptop, ${locale}`,
    locale,
    PHONES_AND_LAPTOP,
    ['pages'],
  );
  layoutTest(
    `layout: every question type and its feedback on phones and a laptop, ${locale}`,
    locale,
    PHONES_AND_LAPTOP,
    ['quizzes'],
  );
  layoutTest(`layout: every step of every lesson at 320 px and 200 % text, ${locale}`, locale, PHONES_AND_LAPTOP, [
    'steps',
  ]);
  layoutTest(`layout: kiosk mode at 1080×1920 and 1920×1080, ${locale}`, locale, KIOSKS, ['pages', 'quizzes']);
}
