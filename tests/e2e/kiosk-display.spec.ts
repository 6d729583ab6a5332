/**
 * Display mode (/kios/tayang/, /en/kiosk/display/) on a screen nobody touches: slides advance every 10 s on a fake
 * clock, a safety tip comes every third slide, pause stops it (button, Space, K), each slide's QR code decodes to
 * its lesson step, nothing scrolls sideways on a landscape or portrait TV, reduced motion has no animation, axe
 * finds nothing, and without JavaScript the tips are a readable list.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { load } from 'js-yaml';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { catalog } from './helpers';
import { routes } from '../../src/i18n/routes';
import type { Locale } from '../../src/i18n/locales';
import { fillFacts, formatFact } from '../../src/lib/content/format-fact';
import { statusOf, statusShort, statusValues } from '../../src/lib/content/program-status';
import { t } from '../../src/i18n';
import { slideOrder } from '../../src/lib/kiosk/slides';
import { kioskTipsSchema, type KioskTip } from '../../src/schemas/kiosk-tip';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const ROOT = join(import.meta.dirname, '..', '..');
const SCREENS = join(ROOT, 'test-results', 'screens');
const TV = { width: 1920, height: 1080 };

const PAGES = {
  id: {
    url: routes.kioskDisplay('id'),
    pause: 'Jeda tayangan',
    play: 'Putar tayangan',
    of: 'dari',
    safety: 'Tips keamanan',
  },
  en: {
    url: routes.kioskDisplay('en'),
    pause: 'Pause slideshow',
    play: 'Play slideshow',
    of: 'of',
    safety: 'Safety tip',
  },
} as const;

interface Slide {
  id: string;
  kind: KioskTip['kind'] | 'status';
  shown: string;
  href: string;
}

/** The program's status, three short slides that open the loop (content/facts/status-program.yaml). */
function statusSlides(locale: Locale): Slide[] {
  const status = statusOf(catalog.facts);
  const values = {
    ...statusValues(status, formatFact(catalog.facts['situs-resmi']!, locale), locale),
    short: statusShort(status, locale),
  };
  return (['status.slide1', 'status.slide2', 'status.slide3'] as const).map((key) => ({
    id: key,
    kind: 'status',
    shown: t(locale, key, values),
    href: routes.home(locale),
  }));
}

/** The loop the page should play, worked out from the content files: the status first, then the tips. */
function loop(locale: Locale): Slide[] {
  const { tips } = kioskTipsSchema.parse(
    load(readFileSync(join(ROOT, 'content', 'kiosk', locale, 'tips.yaml'), 'utf8')),
  );
  const tipSlides = slideOrder(tips).map((tip): Slide => ({
    id: tip.id,
    kind: tip.kind,
    shown: fillFacts(tip.text, catalog.facts, locale),
    href: routes.step(locale, tip.lesson, tip.step),
  }));
  return [...statusSlides(locale), ...tipSlides];
}

const current = (page: Page) => page.locator('.kd-slide[data-current]');

const clocked = new WeakSet<Page>();
const START = new Date('2026-01-05T08:00:00+07:00').getTime();

/**
 * Opens the page on a fake clock, so the test decides when time passes. (`realTime` for axe, which needs its own
 * timers to run.)
 */
async function open(page: Page, locale: Locale, viewport = TV, realTime = false) {
  await page.setViewportSize(viewport);
  // The clock stands still from the start: the page's first timer is set at a known moment.
  if (!realTime && !clocked.has(page)) {
    await page.clock.install({ time: START });
    await page.clock.pauseAt(START + 1_000);
  }
  clocked.add(page);
  await page.goto(PAGES[locale].url);
  await expect(current(page)).toHaveCount(1);
}

async function axe(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(
    results.violations.map(
      (v) => `${label}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
}

/** Reads the QR code on screen. */
async function decodeQr(page: Page): Promise<string | undefined> {
  const png = PNG.sync.read(await page.locator('[data-qr]').screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

/** The origin the QR codes use: the public address when the site was built with one. */
const qrOrigin = (baseURL: string) => new URL(process.env.SITE_URL || baseURL).origin;

for (const locale of ['id', 'en'] as const) {
  const L = PAGES[locale];
  const slides = loop(locale);

  test(`${locale}: a slide every 10 s, a safety tip on every third slide, and the loop starts over`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await open(page, locale);
    expect(slides.length).toBeGreaterThanOrEqual(12);
    const seen: string[] = [];
    for (let i = 0; i <= slides.length; i++) {
      const want = slides[i % slides.length]!;
      await expect(current(page).locator('.kd-text')).toHaveText(want.shown);
      await expect(current(page)).toHaveAttribute('data-kind', want.kind);
      await expect(page.locator('[data-count]')).toHaveText(`${(i % slides.length) + 1} ${L.of} ${slides.length}`);
      seen.push(want.kind);
      if (want.kind === 'safety') await expect(current(page).locator('.kd-kind')).toHaveText(L.safety);
      if (i === 0) {
        // Not a moment early.
        await page.clock.runFor(9_900);
        await expect(current(page).locator('.kd-text')).toHaveText(want.shown);
        await page.clock.runFor(100);
      } else await page.clock.runFor(10_000);
    }
    // The loop opens with the program's status; after it, among any three tips in a row, one is a safety tip; the
    // three core safety tips all come round.
    const status = slides.filter((s) => s.kind === 'status').length;
    expect(status).toBe(3);
    expect(seen.slice(0, status)).toEqual(['status', 'status', 'status']);
    const tips = seen.slice(status, slides.length);
    for (let i = 0; i + 3 <= tips.length; i++)
      expect(tips.slice(i, i + 3), `tips ${i + 1}–${i + 3}`).toContain('safety');
    expect(new Set(slides.filter((s) => s.kind === 'safety').map((s) => s.id)).size).toBeGreaterThanOrEqual(3);
    expect(errors).toEqual([]);
  });

  test(`${locale}: pause stops the slides and play resumes them (button, Space, K)`, async ({ page }) => {
    await open(page, locale);
    const toggle = page.getByRole('button', { name: L.pause });
    await expect(toggle).toBeVisible();
    await toggle.click();
    const play = page.getByRole('button', { name: L.play });
    await expect(play).toBeVisible();
    await expect(page.locator('[data-slides]')).toHaveAttribute('aria-live', 'polite');
    await page.clock.runFor(60_000);
    await expect(current(page).locator('.kd-text')).toHaveText(slides[0]!.shown);
    await play.click();
    await expect(page.getByRole('button', { name: L.pause })).toBeVisible();
    await expect(page.locator('[data-slides]')).toHaveAttribute('aria-live', 'off');
    await page.clock.runFor(10_000);
    await expect(current(page).locator('.kd-text')).toHaveText(slides[1]!.shown);
    // The keyboard, with focus on the page rather than the button.
    await page.locator('h1').click();
    await page.keyboard.press('k');
    await expect(page.getByRole('button', { name: L.play })).toBeVisible();
    await page.clock.runFor(30_000);
    await expect(current(page).locator('.kd-text')).toHaveText(slides[1]!.shown);
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: L.pause })).toBeVisible();
    await page.clock.runFor(10_000);
    await expect(current(page).locator('.kd-text')).toHaveText(slides[2]!.shown);
    // Space on the focused button toggles once, not twice.
    await page.getByRole('button', { name: L.pause }).focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: L.play })).toBeFocused();
    // ← and → step through by hand.
    await page.keyboard.press('ArrowRight');
    await expect(current(page).locator('.kd-text')).toHaveText(slides[3]!.shown);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(current(page).locator('.kd-text')).toHaveText(slides[1]!.shown);
  });

  test(`${locale}: each slide's QR code opens that slide's lesson step, with the address written under it`, async ({
    page,
    baseURL,
  }) => {
    await open(page, locale);
    const origin = qrOrigin(baseURL!);
    // The three status slides open the home page (which tells the status in full); the tips open their step.
    for (let i = 0; i < 5; i++) {
      const want = `${origin}${slides[i]!.href}`;
      await expect(current(page).locator('.kd-text')).toHaveText(slides[i]!.shown);
      const url = new URL(want);
      await expect(page.locator('[data-address]')).toHaveText(`${url.host}${url.pathname}${url.hash}`);
      await expect(page.locator('[data-qr] svg')).toHaveAttribute(
        'aria-label',
        new RegExp(url.pathname.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')),
      );
      expect(await decodeQr(page), `slide ${i + 1}`).toBe(want);
      console.log(`${locale} slide ${i + 1} (${slides[i]!.kind}) QR → ${want}`);
      await page.clock.runFor(10_000);
    }
    // The address really is that step: the lesson page has an element with that id.
    const [path, hash] = slides.find((s) => s.kind !== 'status')!.href.split('#');
    expect(await (await page.request.get(path!)).text()).toContain(` id="${hash}"`);
  });

  test(`${locale}: axe finds nothing at 1920×1080, playing, paused, dark and high contrast`, async ({ page }) => {
    await open(page, locale, TV, true);
    await axe(page, `${L.url} playing`);
    await page.getByRole('button', { name: L.pause }).click();
    await axe(page, `${L.url} paused`);
    for (const theme of ['dark', 'contrast']) {
      await page.evaluate((t) => {
        const settings = JSON.stringify({ text: 100, theme: t, reduceMotion: false });
        localStorage.setItem('bp:settings', settings);
        sessionStorage.setItem('bp:settings', settings);
      }, theme);
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await axe(page, `${L.url} ${theme}`);
    }
  });

  test(`${locale}: fits a landscape and a portrait TV without scrolling and without layout shift`, async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __shift: number };
      w.__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!e.hadRecentInput) w.__shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    for (const viewport of [TV, { width: 1080, height: 1920 }, { width: 1280, height: 720 }]) {
      await open(page, locale, viewport);
      const size = `${viewport.width}×${viewport.height}`;
      for (let i = 0; i < slides.length; i++) {
        const box = await page.evaluate(() => ({
          w: document.documentElement.scrollWidth,
          h: document.documentElement.scrollHeight,
        }));
        expect(box.w, `${size} slide ${i + 1}: no sideways scrolling`).toBeLessThanOrEqual(viewport.width);
        expect(box.h, `${size} slide ${i + 1}: fits the screen`).toBeLessThanOrEqual(viewport.height);
        await page.clock.runFor(10_000);
      }
      // Tip text about 96 px on a 1920×1080 screen, scaled with the screen elsewhere.
      const px = await current(page)
        .locator('.kd-text')
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(px, size).toBeCloseTo(Math.min(viewport.width, viewport.height) * 0.089, 0);
      expect(
        await page.evaluate(() => (window as unknown as { __shift: number }).__shift),
        `${size}: layout shift`,
      ).toBeLessThan(0.01);
      // The button and the "practice, not official" line stay on screen.
      for (const el of [page.getByRole('button', { name: L.pause }), page.locator('.kd-notice')]) {
        const b = (await el.boundingBox())!;
        expect(b.y + b.height, size).toBeLessThanOrEqual(viewport.height);
      }
      // For the team's notes: the first safety tip.
      if (locale === 'id') {
        mkdirSync(SCREENS, { recursive: true });
        await page.clock.runFor(10_000 * slides.findIndex((s) => s.kind === 'safety'));
        await expect(current(page)).toHaveAttribute('data-kind', 'safety');
        await page.screenshot({
          path: join(SCREENS, `display-${viewport.width}x${viewport.height}.png`),
          animations: 'disabled',
        });
      }
    }
  });

  test(`${locale}: reduced motion has no animation or transition, and the slides still advance`, async ({ page }) => {
    const motion = (p: Page) =>
      p.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.kd-slide[data-current], [data-bar]')].map((el) => {
          const s = getComputedStyle(el);
          return `${s.animationName}|${s.transitionDuration}`;
        }),
      );
    // By default there is a soft fade, so the checks below are not vacuous.
    await open(page, locale);
    expect((await motion(page)).join()).not.toBe('none|0s,none|0s');
    // The system setting…
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.reload();
    expect(await motion(page)).toEqual(['none|0s', 'none|0s']);
    await page.clock.runFor(10_000);
    await expect(current(page).locator('.kd-text')).toHaveText(slides[1]!.shown);
    expect(await motion(page)).toEqual(['none|0s', 'none|0s']);
    // …or the site's own "less motion" setting.
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    // (In kiosk mode the head script reads settings from sessionStorage; elsewhere from localStorage.)
    await page.evaluate(() => {
      const settings = JSON.stringify({ text: 100, theme: 'light', reduceMotion: true });
      localStorage.setItem('bp:settings', settings);
      sessionStorage.setItem('bp:settings', settings);
    });
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduce');
    expect(await motion(page)).toEqual(['none|0s', 'none|0s']);
    await page.clock.runFor(10_000);
    await expect(current(page).locator('.kd-text')).toHaveText(slides[1]!.shown);
  });
}

test('the page stands alone: no site navigation, a permanent "practice, not official" line, kiosk runtime told to keep off', async ({
  page,
}) => {
  await open(page, 'id');
  await expect(page.locator('html')).toHaveAttribute('data-kiosk-page', 'display');
  await expect(page.locator('nav, .site-header, .site-footer')).toHaveCount(0);
  await expect(page.locator('main h1')).toBeVisible();
  const notice = page.locator('.kd-notice');
  await expect(notice).toContainText('bukan situs resmi');
  for (let i = 0; i < 3; i++) {
    await expect(notice).toBeVisible();
    await page.clock.runFor(10_000);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the tips are a readable list, each linking to its lesson step', async ({ page }) => {
    await page.setViewportSize(TV);
    await page.goto(PAGES.id.url);
    const { tips } = kioskTipsSchema.parse(
      load(readFileSync(join(ROOT, 'content', 'kiosk', 'id', 'tips.yaml'), 'utf8')),
    );
    // The program's status comes first (three items, linking to the home page), then every tip.
    const status = statusSlides('id');
    const all = page.locator('.kd-slide');
    await expect(all).toHaveCount(status.length + tips.length);
    for (const [i, slide] of status.entries()) {
      await expect(all.nth(i).locator('.kd-text')).toHaveText(slide.shown);
      await expect(all.nth(i).getByRole('link')).toHaveAttribute('href', slide.href);
    }
    const items = page.locator('.kd-slide:not([data-kind="status"])');
    for (const [i, tip] of tips.entries()) {
      await expect(items.nth(i)).toBeVisible();
      await expect(items.nth(i).locator('.kd-text')).toHaveText(fillFacts(tip.text, catalog.facts, 'id'));
      await expect(items.nth(i).getByRole('link')).toHaveAttribute('href', routes.step('id', tip.lesson, tip.step));
    }
    await expect(page.locator('[data-toggle]')).toBeHidden();
    await expect(page.locator('.kd-qr')).toBeHidden();
    await expect(page.locator('.kd-progress')).toBeHidden();
    await expect(page.locator('.kd-notice')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(TV.width);
  });
});
