/**
 * Does the classroom material look right on the screens and paper it is used on? Fails on what a trainer or a
 * learner would notice, not on how the pages are built:
 *   - the projector window (1280×720 and 1920×1080), every slide of every module in both languages: nothing
 *     outside the window, no text under 28 px, no more than 45 words, no text over a picture, no sideways scroll;
 *   - the presenter window on a 1366×768 laptop: no sideways scroll, no button text outside its button, and the
 *     current and next slide panes show the whole slide;
 *   - printed on A4: each handout picture inside its own step's box (not beside the next step), wide enough to
 *     see, nothing past the printable width; the certificate, take-home cards and A/B/C/D cards inside the page.
 * Each test collects every finding first and compares the list with [] once, so one run shows all of them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { catalog, everythingDone } from './helpers';

type Locale = 'id' | 'en';
const LOCALES: Locale[] = ['id', 'en'];
const url = {
  screen: (l: Locale, m: string) => (l === 'id' ? `/pelatih/${m}/layar/` : `/en/trainer/${m}/screen/`),
  presenter: (l: Locale, m: string) => (l === 'id' ? `/pelatih/${m}/presentasi/` : `/en/trainer/${m}/presenter/`),
  handout: (l: Locale, lesson: string) =>
    l === 'id' ? `/pelatih/${lesson}/lembar/` : `/en/trainer/${lesson}/handout/`,
  certificate: (l: Locale) => (l === 'id' ? '/sertifikat/' : '/en/certificate/'),
  takeHome: (l: Locale) => (l === 'id' ? '/pelatih/kartu-pulang/' : '/en/trainer/take-home-cards/'),
  abcd: (l: Locale) => (l === 'id' ? '/pelatih/kartu-abcd/' : '/en/trainer/abcd-cards/'),
};
const MIN_TEXT_PX = 28;
const MAX_WORDS = 45;
const MM = 96 / 25.4; // CSS px per millimetre

interface SlideReport {
  slides: number;
  maxWords: number;
  minFont: number;
  findings: string[];
}

/**
 * Walks every slide of the deck open in `page`, pressing → (as a clicker does) from the first to the last, and
 * measures each one as it is shown. Runs inside the page: one round trip per module.
 */
function walkProjector(page: Page, limits: { minFont: number; maxWords: number }): Promise<SlideReport> {
  return page.evaluate(async ({ minFont, maxWords }) => {
    const W = document.documentElement.clientWidth;
    const H = window.innerHeight;
    const slides = [...document.querySelectorAll<HTMLElement>('[data-slide]')];
    const findings: string[] = [];
    let most = 0;
    let smallest = Infinity;
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
    const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    // Every picture loaded first (they are lazy), so each slide is measured as the room sees it.
    await Promise.all(
      [...document.images].map((img) => ((img.loading = 'eager'), img.decode().catch(() => undefined))),
    );
    for (let i = 0; i < slides.length; i++) {
      // The deck moves on synchronously; reading a box below makes the browser lay the new slide out.
      if (i > 0)
        document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }));
      const slide = document.querySelector<HTMLElement>('.slide.current');
      const name = `slide ${i + 1} "${slide?.querySelector('.slide-title')?.textContent?.trim().replace(/\s+/g, ' ') ?? ''}"`;
      if (!slide || slide.dataset.index !== String(i + 1)) {
        findings.push(`${name}: → did not reach it (on ${slide?.dataset.index})`);
        continue;
      }
      const problems: string[] = [];
      // Anything of the slide, pictures included, outside the window.
      for (const el of [slide, ...slide.querySelectorAll('*')]) {
        if (!shown(el)) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        if (r.left < -1 || r.top < -1 || r.right > W + 1 || r.bottom > H + 1)
          problems.push(
            `${describe(el)} outside the ${W}×${H} window (${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)})`,
          );
      }
      // Every piece of text: its size, and whether it lies over a picture.
      const pictures = [...slide.querySelectorAll('img')].filter(shown).map((img) => img.getBoundingClientRect());
      const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
      let small = '';
      let over = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!node.textContent?.trim() || !parent || !shown(parent)) continue;
        const size = parseFloat(getComputedStyle(parent).fontSize);
        smallest = Math.min(smallest, size);
        if (size < minFont && !small)
          small = `text "${node.textContent.trim().slice(0, 30)}" is ${size.toFixed(1)} px (< ${minFont})`;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const t of range.getClientRects())
          for (const p of pictures)
            if (
              !over &&
              Math.min(t.right, p.right) - Math.max(t.left, p.left) > 2 &&
              Math.min(t.bottom, p.bottom) - Math.max(t.top, p.top) > 2
            )
              over = `text "${node.textContent.trim().slice(0, 30)}" lies over a picture`;
      }
      if (small) problems.push(small);
      if (over) problems.push(over);
      const words = slide.innerText.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
      most = Math.max(most, words);
      if (words > maxWords) problems.push(`${words} words (> ${maxWords})`);
      if (document.documentElement.scrollWidth > document.documentElement.clientWidth)
        problems.push(`the window scrolls sideways (${document.documentElement.scrollWidth} px wide)`);
      if (problems.length)
        findings.push(
          `${name}: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? `; +${problems.length - 3} more` : ''}`,
        );
    }
    return { slides: slides.length, maxWords: most, minFont: smallest, findings };
  }, limits);
}

test('projector: the "press F" note goes away by itself, without a key, within a few seconds', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(url.screen('id', 'akun'));
  const hint = page.locator('[data-deck-hint]');
  await expect(hint).toBeVisible();
  await expect(hint).toBeHidden({ timeout: 8_000 });
});

for (const locale of LOCALES) {
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    test(`projector ${locale} ${width}×${height}: every slide of every module inside the window, text ≥ ${MIN_TEXT_PX} px, ≤ ${MAX_WORDS} words`, async ({
      page,
    }) => {
      test.setTimeout(process.env.LAYOUT_SHOTS ? 300_000 : 90_000);
      await page.setViewportSize({ width, height });
      const findings: string[] = [];
      for (const module of catalog.modules) {
        await page.goto(url.screen(locale, module.id));
        await expect(page.locator('.slide.current')).toHaveAttribute('data-index', '1');
        const report = await walkProjector(page, { minFont: MIN_TEXT_PX, maxWords: MAX_WORDS });
        console.log(
          `projector ${locale} ${width}×${height} ${module.id}: ${report.slides} slides, at most ${report.maxWords} words on a slide, smallest text ${report.minFont.toFixed(1)} px, ${report.findings.length} slide(s) with findings`,
        );
        findings.push(...report.findings.map((f) => `${module.id} ${f}`));
        // `npm run shots`: every slide of module 1 as the projector shows it, for the contact sheet.
        if (process.env.LAYOUT_SHOTS && module.id === 'akun') {
          const dir = join('test-results', 'shots', `projector-${width}x${height}-${locale}`);
          mkdirSync(dir, { recursive: true });
          for (let n = 1; n <= report.slides; n++) {
            await page.evaluate((i) => (location.hash = String(i)), n);
            await expect(page.locator('.slide.current')).toHaveAttribute('data-index', String(n));
            writeFileSync(join(dir, `${String(n).padStart(3, '0')}.png`), await page.screenshot());
          }
        }
      }
      expect(findings).toEqual([]);
    });
  }

  test(`presenter ${locale} 1366×768: no sideways scroll, button text inside its button, the slide panes show whole slides`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 1366, height: 768 });
    const findings: string[] = [];
    for (const module of catalog.modules) {
      await page.goto(url.presenter(locale, module.id));
      await expect(page.locator('.slide.current')).toHaveAttribute('data-index', '1');
      const found = await page.evaluate(() => {
        const out: string[] = [];
        const total = document.querySelectorAll('[data-slide]').length;
        const within = (r: DOMRect, box: DOMRect) =>
          r.left >= box.left - 1 && r.top >= box.top - 1 && r.right <= box.right + 1 && r.bottom <= box.bottom + 1;
        for (let i = 0; i < total; i++) {
          if (i > 0)
            document.dispatchEvent(
              new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }),
            );
          const problems: string[] = [];
          if (document.documentElement.scrollWidth > document.documentElement.clientWidth)
            problems.push(`the window scrolls sideways (${document.documentElement.scrollWidth} px wide)`);
          for (const button of document.querySelectorAll<HTMLElement>('button, .btn')) {
            if (button.getClientRects().length === 0 || button.closest('dialog:not([open])')) continue;
            const range = document.createRange();
            range.selectNodeContents(button);
            if (!within(range.getBoundingClientRect(), button.getBoundingClientRect()))
              problems.push(`the text of button "${button.textContent?.trim()}" runs outside it`);
          }
          // The presenter's panes are scaled copies of the projector: whatever is cut there is cut for the room too.
          for (const [pane, label] of [
            ['[data-deck-stage]', 'current'],
            ['[data-deck-next-preview]', 'next'],
          ] as const) {
            const box = document.querySelector(pane)!.getBoundingClientRect();
            const slide = document.querySelector(`${pane} .slide${label === 'current' ? '.current' : ''}`);
            if (!slide) continue;
            const out2 = [slide, ...slide.querySelectorAll('*')].find(
              (el) =>
                el.getClientRects().length > 0 &&
                getComputedStyle(el).display !== 'none' &&
                !within(el.getBoundingClientRect(), box),
            );
            if (out2) problems.push(`the ${label} slide pane cuts ${out2.tagName.toLowerCase()}.${out2.className}`);
          }
          if (problems.length) out.push(`slide ${i + 1}: ${[...new Set(problems)].join('; ')}`);
        }
        return out;
      });
      findings.push(...found.map((f) => `${module.id} ${f}`));
    }
    expect(findings).toEqual([]);
  });

  test(`handouts ${locale} on A4: each picture in its own step's box, at least 40 mm wide, nothing past the printable width`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const width = Math.floor((210 - 2 * 12) * MM);
    const findings: string[] = [];
    let figures = 0;
    // Laid out as print media at the printable width of A4 with 12 mm margins (handout.css), as in trainer.spec.ts.
    await page.setViewportSize({ width, height: Math.floor((297 - 2 * 12) * MM) });
    await page.emulateMedia({ media: 'print' });
    for (const lesson of catalog.modules.flatMap((m) => m.lessons)) {
      await page.goto(url.handout(locale, lesson.id));
      await page.evaluate(() =>
        Promise.all([...document.images].map((img) => ((img.loading = 'eager'), img.decode().catch(() => undefined)))),
      );
      const result = await page.evaluate(
        ({ w, minFigure }) => {
          const out: string[] = [];
          const steps = [...document.querySelectorAll('.handout-step')];
          const title = (s: Element | null) =>
            s?.querySelector('h2')?.textContent?.trim().replace(/\s+/g, ' ') ?? '(no step)';
          const figs = [...document.querySelectorAll('.handout figure')];
          for (const fig of figs) {
            const f = fig.getBoundingClientRect();
            const own = fig.closest('.handout-step');
            const o = own?.getBoundingClientRect();
            if (
              !own ||
              !o ||
              f.left < o.left - 1 ||
              f.top < o.top - 1 ||
              f.right > o.right + 1 ||
              f.bottom > o.bottom + 1
            )
              out.push(`the picture of "${title(own)}" sticks out of its step's box`);
            for (const other of steps) {
              if (other === own) continue;
              const r = other.getBoundingClientRect();
              if (
                Math.min(f.right, r.right) - Math.max(f.left, r.left) > 1 &&
                Math.min(f.bottom, r.bottom) - Math.max(f.top, r.top) > 1
              )
                out.push(`the picture of "${title(own)}" lies beside/over step "${title(other)}"`);
            }
            const img = fig.querySelector('img')?.getBoundingClientRect();
            if (img && img.width < minFigure)
              out.push(`the picture of "${title(own)}" is only ${(img.width / (96 / 25.4)).toFixed(0)} mm wide`);
          }
          const wide = [...document.body.querySelectorAll('*')]
            .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).position !== 'fixed')
            .filter((el) => el.getBoundingClientRect().right > w + 1)
            .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
          if (wide.length) out.push(`past the printable width: ${wide.slice(0, 3).join(', ')}`);
          return { out, figures: figs.length };
        },
        { w: width, minFigure: 40 * MM },
      );
      figures += result.figures;
      findings.push(...result.out.map((f) => `${lesson.id}: ${f}`));
    }
    console.log(`handouts ${locale}: ${figures} pictures checked, ${findings.length} finding(s)`);
    expect(figures).toBeGreaterThan(40);
    expect(findings).toEqual([]);
  });

  test(`printables ${locale}: the certificate, take-home cards and A/B/C/D cards stay inside the printable area`, async ({
    page,
  }) => {
    const findings: string[] = [];
    /** Print media at the paper's printable size: elements past the sides, and `units` (pages or cards) too tall or cut. */
    const check = async (what: string, paper: { width: number; height: number; margin: number }, unit: string) => {
      const w = Math.floor((paper.width - 2 * paper.margin) * MM);
      const h = Math.floor((paper.height - 2 * paper.margin) * MM);
      await page.setViewportSize({ width: w, height: h });
      await page.emulateMedia({ media: 'print' });
      const out = await page.evaluate(
        ({ w, h, unit }) => {
          const problems: string[] = [];
          const shown = [...document.body.querySelectorAll('*')].filter(
            (el) => el.getClientRects().length > 0 && getComputedStyle(el).position !== 'fixed',
          );
          const wide = shown.filter(
            (el) => el.getBoundingClientRect().right > w + 1 || el.getBoundingClientRect().left < -1,
          );
          if (wide.length)
            problems.push(
              `past the printable width: ${wide
                .slice(0, 3)
                .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
                .join(', ')}`,
            );
          const units = [...document.querySelectorAll(unit)].filter((el) => el.getClientRects().length > 0);
          if (!units.length) problems.push(`no ${unit} shown`);
          for (const [i, u] of units.entries()) {
            const box = u.getBoundingClientRect();
            if (box.height > h + 1)
              problems.push(`${unit} ${i + 1} is ${Math.round(box.height)} px tall, the page ${h} px`);
            const cut = [...u.querySelectorAll('*')].find((el) => {
              const r = el.getBoundingClientRect();
              return (
                el.getClientRects().length > 0 &&
                (r.width > 0 || r.height > 0) &&
                (r.left < box.left - 1 || r.top < box.top - 1 || r.right > box.right + 1 || r.bottom > box.bottom + 1)
              );
            });
            if (cut) problems.push(`${unit} ${i + 1}: ${cut.tagName.toLowerCase()}.${cut.className} runs outside it`);
          }
          return problems;
        },
        { w, h, unit },
      );
      await page.emulateMedia({ media: null });
      await page.setViewportSize({ width: 1024, height: 800 });
      findings.push(...out.map((f) => `${what}: ${f}`));
    };

    // The certificate, once every module is done, with a long name.
    await page.goto(url.certificate(locale));
    await page.evaluate((p) => localStorage.setItem('bp:progress', JSON.stringify(p)), everythingDone());
    await page.reload();
    await expect(page.locator('[data-certificate]')).toBeVisible();
    await page.locator('[data-cert-name]').fill('Siti Nurhaliza Rahmawati Kusumaningrum Wijayakusuma');
    await check('certificate', { width: 297, height: 210, margin: 10 }, '[data-certificate]');

    // Take-home cards for every module, four of them (two pages).
    await page.goto(url.takeHome(locale));
    await expect(page.locator('form[data-ready]')).toHaveCount(1);
    await page.locator('#take-count').fill('4');
    await page.locator('[data-take-form] button[type="submit"]').click();
    await expect(page.locator('.take-card')).toHaveCount(4);
    await check('take-home cards', { width: 210, height: 297, margin: 10 }, '.take-card');

    await page.goto(url.abcd(locale));
    await check('A/B/C/D cards', { width: 210, height: 297, margin: 10 }, '.abcd-card');
    expect(findings).toEqual([]);
  });
}
