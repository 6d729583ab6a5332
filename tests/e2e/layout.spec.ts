/**
 * The layout suite: every kind of learner page, opened in the contexts real people use — small and large phones at
 * the site's text sizes 100, 150 and 200 % (and the dark and high-contrast themes at 200 %), a laptop, and kiosks
 * in kiosk mode — in both languages, checked for what a person would notice (tests/e2e/layout/checks.ts).
 * Projector slides, the presenter view and printed pages are in layout-trainer.spec.ts.
 *
 * One test per context and language; it collects every finding and fails once with the whole list.
 * `npm run shots` runs the same suite and writes a contact sheet per context to test-results/shots/.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { readFileSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerWithKeyboard, catalog, hydrated, quizFor } from './helpers';
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
  if (c.kind === 'kiosk') return { minTarget: 56, minText: 24, minContentShare: 0.85, maxBars: 0.25, step, ...(scope ? { scope } : {}) };
  return { minTarget: c.kind === 'phone' ? 48 : 24, minText: 0, minContentShare: 0, maxBars: 0.25, step, ...(scope ? { scope } : {}) };
}

/** Every lesson step with its word count, from the MDX files (the longest steps are the hardest to fit). */
function stepsOf(locale: Locale) {
  const base = join(import.meta.dirname, '..', '..', 'content', 'lessons', locale);
  const out: { lessonId: string; n: number; words: number }[] = [];
  for (const dir of readdirSync(base)) {
    for (const file of readdirSync(join(base, dir))) {
      const body = readFileSync(join(base, dir, file), 'utf8');
      const lesson = catalog.modules.flatMap((m) => m.lessons).find((l) => l.text[locale].entryId.endsWith(`${dir}/${file.replace(/\.mdx$/, '')}`));
      if (!lesson) continue;
      for (const m of body.matchAll(/<Step n=\{(\d+)\}[^>]*>([\s\S]*?)<\/Step>/g)) {
        const words = m[2]!.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;
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
}

/** Waits until the page's scripts have settled (islands live, the lesson player ready, fonts and images in). */
async function settle(page: Page) {
  await page.waitForLoadState('load');
  await hydrated(page);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

function learnerVisits(locale: Locale, c: Context): Visit[] {
  const stepWord = locale === 'id' ? 'langkah' : 'step';
  const lesson = (id: string) => routes.lesson(locale, id);
  const goto = (url: string) => async (page: Page) => {
    await page.goto(url);
    await settle(page);
  };
  const all = stepsOf(locale);
  const longest = [...all].sort((a, b) => b.words - a.words)[0]!;
  const steps = c.allSteps ? all : [all[0]!, longest];
  const visits: Visit[] = [
    { label: 'home', run: goto(routes.home(locale)) },
    { label: 'lesson start', run: goto(lesson('akun/persiapan')) },
  ];
  let open = '';
  for (const [i, s] of steps.entries()) {
    visits.push({
      label: `step ${s.lessonId} ${s.n} (${s.words} words)`,
      step: true,
      scoped: i > 0 && steps[i - 1]!.lessonId === s.lessonId,
      run: async (page) => {
        const url = `${lesson(s.lessonId)}#${stepWord}-${s.n}`;
        if (open === s.lessonId && page.url().includes(lesson(s.lessonId))) {
          await page.evaluate((hash) => (location.hash = hash), `${stepWord}-${s.n}`);
        } else {
          await page.goto(url);
          open = s.lessonId;
        }
        await expect(page.locator('[data-player][data-ready]')).toHaveCount(1);
        await expect(page.locator('.step:target h2')).toBeVisible();
        await settle(page);
      },
    });
  }
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
            await page.getByRole('button', { name: locale === 'id' ? 'Pertanyaan berikutnya' : 'Next question' }).click();
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
            await page.getByRole('button', { name: locale === 'id' ? 'Pertanyaan berikutnya' : 'Next question' }).click();
            await answerWithKeyboard(page, questions[i]!, true, LABELS[locale]);
          }
          await page.getByRole('button', { name: locale === 'id' ? 'Lihat hasil' : 'See results' }).click();
          await settle(page);
        },
      });
    return out;
  };
  visits.push(
    ...quiz('akun/persiapan', 3, true),
    ...quiz('kenali/perjalanan', 1),
    ...quiz('kenali/manfaat', 1),
    ...quiz('aman/saluran-resmi', 1),
    { label: 'module check', run: goto(routes.check(locale, 'akun')) },
    { label: 'practice hub', run: goto(routes.practice(locale)) },
    { label: 'simulator pendaftaran', run: goto(routes.practice(locale, 'pendaftaran')) },
    {
      label: 'simulator pendaftaran with example data',
      run: async (page) => {
        await page.getByRole('button', { name: locale === 'id' ? 'Isi dengan data contoh' : /example data/i }).first().click();
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
  );
  if (c.kind !== 'kiosk') visits.push({ label: 'certificate', run: goto(routes.certificate(locale)) });
  if (c.kind === 'laptop')
    visits.push(
      { label: 'trainer hub', run: goto(routes.trainer(locale)) },
      { label: 'session plan', run: goto(routes.trainer(locale, 'akun')) },
    );
  return visits;
}

async function openContext(browser: Browser, c: Context, locale: Locale) {
  const context = await browser.newContext({
    viewport: { width: c.width, height: c.height },
    hasTouch: c.kind !== 'laptop',
    isMobile: false,
    locale: locale === 'id' ? 'id-ID' : 'en-US',
  });
  const settings = { text: c.text ?? 100, theme: c.theme ?? 'light', reduceMotion: true };
  await context.addInitScript((s) => {
    try {
      localStorage.setItem('bp:settings', s);
      sessionStorage.setItem('bp:settings', s);
    } catch {}
  }, JSON.stringify(settings));
  return context;
}

/** A contact sheet: every screenshot of one context on one page, with its label, for people to look at. */
async function contactSheet(browser: Browser, name: string, shots: { label: string; png: Buffer }[], width: number) {
  const dir = join('test-results', 'shots');
  mkdirSync(dir, { recursive: true });
  const thumb = Math.min(320, width);
  const page = await browser.newPage({ viewport: { width: 1800, height: 1000 } });
  const cells = shots
    .map((s) => `<figure><img src="data:image/png;base64,${s.png.toString('base64')}"><figcaption>${s.label.replace(/[<&]/g, '')}</figcaption></figure>`)
    .join('');
  await page.setContent(
    `<style>body{margin:12px;font:14px system-ui;background:#ddd}h1{font-size:20px}main{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-start}figure{margin:0;width:${thumb}px;background:#fff;padding:4px}img{width:100%;display:block;border:1px solid #999}figcaption{padding-top:4px}</style><h1>${name}</h1><main>${cells}</main>`,
  );
  await page.waitForLoadState('load');
  const file = join(dir, `${name.replace(/[^\w%]+/g, '-').replace(/%/g, 'pc')}.png`);
  writeFileSync(file, await page.screenshot({ fullPage: true }));
  await page.close();
  return file;
}

for (const c of CONTEXTS)
  for (const locale of ['id', 'en'] as const)
    test(`layout: ${c.name}, ${locale}`, async ({ browser }) => {
      test.setTimeout(c.allSteps ? 300_000 : 150_000);
      const context = await openContext(browser, c, locale);
      const page = await context.newPage();
      const findings: string[] = [];
      const shots: { label: string; png: Buffer }[] = [];
      let checking = 0;
      const started = Date.now();
      const measure = async (label: string, step = false, scoped = false) => {
        const t0 = Date.now();
        const { findings: f, measures } = await check(page, rulesFor(c, step, scoped));
        checking += Date.now() - t0;
        findings.push(...f.map((x) => `${label}: ${x}`));
        if (step && c.width === 360 && c.text === 200 && !c.theme)
          console.log(`[360×740 200 % ${locale}] ${label}: bars ${JSON.stringify(measures.bars)}, step words on first screen ${measures.stepWords}`);
        if (c.kind === 'kiosk' && /^(home|step)/.test(label))
          console.log(`[${c.name} ${locale}] ${label}: body text ${measures.bodyText} px, content ${measures.contentWidth} px`);
        if (SHOTS && (!c.allSteps || !step || /persiapan|\(\d{2,} words\)/.test(label))) shots.push({ label, png: await page.screenshot() });
      };
      if (c.kind === 'kiosk') {
        await page.goto(locale === 'id' ? '/kios/' : '/en/kiosk/');
        await expect(page.locator('[data-attract][data-ready]')).toHaveCount(1);
        await measure('kiosk attract');
        await page.getByRole('link', { name: locale === 'id' ? 'Bahasa Indonesia' : 'English' }).click();
        await expect(page.locator('.kiosk-bar')).toBeVisible();
      }
      if (process.env.LAYOUT_TIMING) console.log(`${Date.now() - started} ms before visits`);
      const visits = learnerVisits(locale, c);
      if (process.env.LAYOUT_TIMING) console.log(`${Date.now() - started} ms visits listed`);
      for (const v of visits) {
        const t0 = Date.now();
        try {
          await v.run(page);
          if (process.env.LAYOUT_TIMING) console.log(`${Date.now() - t0} ms ${v.label}`);
        } catch (e) {
          findings.push(`${v.label}: could not open: ${(e as Error).message.split('\n')[0]}`);
          continue;
        }
        await measure(v.label, !!v.step, !!v.scoped);
      }
      if (SHOTS) console.log(`contact sheet: ${await contactSheet(browser, `${c.name} ${locale}`, shots, c.width)}`);
      await context.close();
      console.log(`[${c.name} ${locale}] ${visits.length + (c.kind === 'kiosk' ? 1 : 0)} page states, ${findings.length} findings (${((Date.now() - started) / 1000).toFixed(1)} s, checks ${(checking / 1000).toFixed(1)} s)`);
      expect(findings).toEqual([]);
    });
