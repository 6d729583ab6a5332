/**
 * What a person would notice on a screen, measured in the page: sideways scrolling, text outside its button,
 * badge, option or the screen, words broken inside themselves, fixed bars that cover the screen, blank space kept
 * for a control that is not there, small touch targets, small kiosk text, a narrow kiosk column, and a lesson step
 * whose heading and first words are not on the first screen. Each problem comes back as one line of text.
 *
 * `findings` runs in the browser (page.evaluate), so it uses nothing from outside its own body.
 */
import type { Page } from '@playwright/test';

export interface LayoutRules {
  /** Smallest height and width of a touch target, in CSS px (48 on phones, 56 on kiosks; 0 to skip). */
  minTarget: number;
  /** Smallest font size of any visible text in <main>, in CSS px (kiosks: 24; 0 to skip). */
  minText: number;
  /** The content column must be at least min(this share of the screen's width, 40 em) wide (0 to skip). */
  minContentShare: number;
  /** Fixed and sticky bars together may cover at most this share of the screen's height. */
  maxBars: number;
  /** A lesson step is open: its heading and the start of its text must be on the first screen. */
  step: boolean;
  /** Check text, words and targets only inside these elements (the rest of the page was checked already). */
  scope?: string;
}

export interface Measures {
  /** Height of each fixed or sticky bar on screen, px. */
  bars: { name: string; height: number }[];
  /** Words of the open step's text visible on the first screen, between the bars. */
  stepWords: number | null;
  /** Font size of <body> text (the first paragraph in <main>), px. */
  bodyText: number;
  /** Width of the content column, px. */
  contentWidth: number;
}

export interface Result {
  findings: string[];
  measures: Measures;
}

/** Runs every check on the page as it is now. */
export async function check(page: Page, rules: LayoutRules): Promise<Result> {
  return page.evaluate(findings, rules);
}

function findings(rules: LayoutRules): Result {
  const out: string[] = [];
  const W = document.documentElement.clientWidth;
  const H = window.innerHeight;
  const TOL = 1;
  const describe = (el: Element): string => {
    const cls = el.classList.length ? `.${[...el.classList].slice(0, 2).join('.')}` : '';
    const text = ((el as HTMLElement).innerText ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `<${el.tagName.toLowerCase()}${cls}>${text ? ` "${text}"` : ''}`;
  };
  const visible = (el: Element): boolean =>
    el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && el.getClientRects().length > 0;
  /** Screen-reader-only text is clipped to a pixel on purpose (.sr-only, or any box of ≤ 2 px that hides overflow). */
  const clippedAway = (el: Element): boolean => {
    for (let a: Element | null = el; a && a !== document.body; a = a.parentElement) {
      if (a.matches('.sr-only')) return true;
      const r = a.getBoundingClientRect();
      if ((r.width <= 2 || r.height <= 2) && /hidden|clip/.test(getComputedStyle(a).overflow)) return true;
    }
    return false;
  };

  // 1. Sideways scrolling.
  const scrollW = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
  if (scrollW > W + TOL) {
    // Name the widest culprits: elements that end past the screen's right edge while their parent does not.
    const culprits = [...document.querySelectorAll('body *')]
      .filter(
        (el) =>
          el.getBoundingClientRect().right > W + TOL &&
          !(el.parentElement && el.parentElement.getBoundingClientRect().right > W + TOL),
      )
      .slice(0, 3)
      .map(describe);
    out.push(
      `sideways scrolling: the page is ${scrollW} px wide on a ${W} px screen (${culprits.join(', ') || 'no element named'})`,
    );
  }

  // Boxes that text must stay inside, and elements whose words must not break inside themselves.
  const BOX =
    '.btn, button, .badge, .choice, .match-item, .lang-switch, .site-nav a, summary, [role="button"], .kiosk-bar a, .order-item, .mockup-kind, .tab';
  const WHOLE_WORDS =
    'h1, h2, h3, h4, legend, label, .btn, button, .badge, .choice, .match-item, .lang-switch, .site-nav a, summary, [role="button"], .order-item, th, .player-status, .quiz-progress, .brand';

  const roots: Element[] = rules.scope ? [...document.querySelectorAll(rules.scope)] : [document.body];
  const seenBroken = new Set<Element>();
  const seenOut = new Set<Element>();
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue ?? '';
      if (!text.trim()) continue;
      const parent = node.parentElement;
      if (!parent || !visible(parent) || clippedAway(parent)) continue;
      if (parent.closest('script, style, noscript, template, svg, dialog:not([open])')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5);
      if (!rects.length) continue;
      // 2a. Text outside the screen (sideways: a person can't scroll there when the page does not scroll).
      // Text clipped by a box that hides or scrolls its overflow (an ellipsis, a scroll strip) is checked by that box.
      let clipper: Element | null = parent;
      while (
        clipper &&
        clipper !== document.body &&
        !/hidden|clip|auto|scroll/.test(getComputedStyle(clipper).overflowX)
      )
        clipper = clipper.parentElement;
      if (!clipper || clipper === document.body) {
        for (const r of rects) {
          if (r.left < -TOL || r.right > W + TOL) {
            if (!seenOut.has(parent))
              out.push(
                `text outside the screen: ${describe(parent)} spans x ${Math.round(r.left)}–${Math.round(r.right)} of ${W}`,
              );
            seenOut.add(parent);
            break;
          }
        }
      }
      // 2b. Text outside its box.
      const box = parent.closest(BOX);
      if (box && !seenOut.has(box)) {
        const b = box.getBoundingClientRect();
        for (const r of rects) {
          if (r.left < b.left - TOL || r.right > b.right + TOL || r.top < b.top - TOL || r.bottom > b.bottom + TOL) {
            out.push(`text outside its box: ${describe(box)} (${Math.round(b.width)}×${Math.round(b.height)} px)`);
            seenOut.add(box);
            break;
          }
        }
      }
      // 3. A word broken inside itself (addresses may break; a break after a hyphen is a normal line break).
      const whole = parent.closest(WHOLE_WORDS);
      if (whole && !seenBroken.has(whole)) {
        for (const m of text.matchAll(/\S+/g)) {
          const word = m[0];
          if (/[/@]|\.\w/.test(word) || word.length > 30) continue;
          let offset = m.index;
          for (const part of word.split(/(?<=[-–—])/)) {
            const wr = document.createRange();
            wr.setStart(node, offset);
            wr.setEnd(node, offset + part.length);
            offset += part.length;
            const lines = new Set(
              [...wr.getClientRects()].filter((r) => r.width > 0.5).map((r) => Math.round(r.top / 4)),
            );
            if (lines.size > 1) {
              out.push(`word broken inside itself: "${part}" in ${describe(whole)}`);
              seenBroken.add(whole);
              break;
            }
          }
          if (seenBroken.has(whole)) break;
        }
      }
    }
  }

  // 4. Fixed and sticky bars on screen.
  const bars: Measures['bars'] = [];
  let coverTop = 0;
  let coverBottom = H;
  for (const el of document.querySelectorAll<HTMLElement>('body *')) {
    const pos = getComputedStyle(el).position;
    if (pos !== 'fixed' && pos !== 'sticky') continue;
    if (!visible(el) || el.closest('dialog') || el.parentElement?.closest('[data-fixed-bar]')) continue;
    const r = el.getBoundingClientRect();
    const top = Math.max(0, r.top);
    const bottom = Math.min(H, r.bottom);
    if (bottom - top < 2 || r.width < 2) continue;
    // Bars only: a sticky sidebar beside the content (the simulator's task list on a wide screen) covers nothing.
    if (el.matches('.skip') || r.width < 0.5 * W) continue;
    bars.push({ name: describe(el).slice(0, 40), height: Math.round(bottom - top) });
    if (top <= 1) coverTop = Math.max(coverTop, bottom);
    else coverBottom = Math.min(coverBottom, top);
  }
  const barTotal = bars.reduce((s, b) => s + b.height, 0);
  if (barTotal > rules.maxBars * H + TOL)
    out.push(
      `fixed bars cover ${Math.round((barTotal / H) * 100)} % of the screen (${bars.map((b) => `${b.name}: ${b.height} px`).join(', ')}); at most ${rules.maxBars * 100} %`,
    );

  // 5. Blank space kept for a control that is not there (visibility: hidden with a size, under a visible parent).
  for (const el of roots.flatMap((root) => [
    ...root.querySelectorAll<HTMLElement>(rules.scope ? '*' : 'main *, header *, footer *'),
  ])) {
    const style = getComputedStyle(el);
    if (style.visibility !== 'hidden' || style.display === 'none') continue;
    if (el.parentElement && getComputedStyle(el.parentElement).visibility === 'hidden') continue;
    if (el.closest('dialog:not([open])')) continue;
    const r = el.getBoundingClientRect();
    if (r.height >= 16 && r.width >= 16)
      out.push(
        `blank space kept for a hidden control: ${describe(el)} (${Math.round(r.width)}×${Math.round(r.height)} px)`,
      );
  }

  // 6. Touch targets.
  if (rules.minTarget) {
    const seen = new Set<Element>();
    const targets = roots.flatMap((root) => [
      ...root.querySelectorAll<HTMLElement>(
        'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex="0"]',
      ),
    ]);
    for (const el of targets) {
      let target: HTMLElement = el;
      if (el.matches('input[type="radio"], input[type="checkbox"]')) target = el.closest('label') ?? el;
      if (seen.has(target) || !visible(target) || clippedAway(target)) continue;
      if (target.closest('.skip, dialog:not([open])')) continue;
      seen.add(target);
      // Links inside a sentence are exempt (WCAG 2.5.8 "inline"): the paragraph around them holds more text.
      if (target.matches('a') && getComputedStyle(target).display === 'inline') {
        const block = target.closest('p, li, td, dd, figcaption, small, span:not(.btn)');
        if (block && (block.textContent ?? '').trim().length > (target.textContent ?? '').trim().length + 2) continue;
      }
      const r = target.getBoundingClientRect();
      if (r.height + 0.5 < rules.minTarget || r.width + 0.5 < rules.minTarget)
        out.push(
          `touch target under ${rules.minTarget} px: ${describe(target)} is ${Math.round(r.width)}×${Math.round(r.height)} px`,
        );
    }
  }

  // 7. Text size in <main> (kiosks).
  const main = document.querySelector('main');
  const firstP = main?.querySelector('p') ?? document.body;
  const bodyText = parseFloat(getComputedStyle(firstP).fontSize);
  if (rules.minText && main) {
    const small = new Map<string, number>();
    const tw = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = tw.nextNode(); node; node = tw.nextNode()) {
      const p = node.parentElement;
      if (!p || !(node.nodeValue ?? '').trim() || !visible(p) || clippedAway(p)) continue;
      const size = parseFloat(getComputedStyle(p).fontSize);
      if (size + 0.1 < rules.minText) small.set(describe(p), size);
    }
    for (const [el, size] of [...small].slice(0, 8)) out.push(`text under ${rules.minText} px: ${el} is ${size} px`);
    if (small.size > 8) out.push(`text under ${rules.minText} px: ${small.size - 8} more elements`);
  }

  // 8. The content column uses the screen (kiosks).
  const column = document.querySelector('main .wrap') ?? main;
  const contentWidth = column ? Math.round(column.getBoundingClientRect().width) : 0;
  if (rules.minContentShare && column) {
    const want = Math.min(rules.minContentShare * W, 40 * bodyText);
    if (contentWidth + TOL < want)
      out.push(`content column ${contentWidth} px wide on a ${W} px screen; want at least ${Math.round(want)} px`);
  }

  // 9. A lesson step: its heading and the start of its text on the first screen, between the bars.
  let stepWords: number | null = null;
  if (rules.step) {
    const step = document.querySelector<HTMLElement>('.step:target');
    if (!step) out.push('no lesson step is open');
    else {
      const h = step.querySelector('h2')!.getBoundingClientRect();
      if (h.top < coverTop - TOL || h.bottom > coverBottom + TOL)
        out.push(
          `step heading not on the first screen: y ${Math.round(h.top)}–${Math.round(h.bottom)}, free ${Math.round(coverTop)}–${Math.round(coverBottom)}`,
        );
      stepWords = 0;
      const tw = document.createTreeWalker(step, NodeFilter.SHOW_TEXT);
      for (let node = tw.nextNode(); node; node = tw.nextNode()) {
        const p = node.parentElement;
        if (!p || !visible(p) || p.closest('h2, .step-count, .read-aloud, figcaption, .sr-only')) continue;
        for (const m of (node.nodeValue ?? '').matchAll(/\S+/g)) {
          const wr = document.createRange();
          wr.setStart(node, m.index);
          wr.setEnd(node, m.index + m[0].length);
          const r = wr.getBoundingClientRect();
          if (r.height > 0 && r.top >= coverTop - TOL && r.bottom <= coverBottom + TOL) stepWords++;
        }
      }
      if (stepWords < 3) out.push(`only ${stepWords} words of the step's text on the first screen`);
    }
  }

  return { findings: out, measures: { bars, stepWords, bodyText, contentWidth } };
}
