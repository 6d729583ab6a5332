/**
 * Read-aloud ("Dengarkan") with a fake speechSynthesis: records every utterance and ends one only when the test
 * says so, so the order, the language, the highlight and the controls can be checked exactly.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { catalog, layoutShift } from './helpers';

const lesson = catalog.modules[0]!.lessons[0]!;
const ID_VOICE = { name: 'Damayanti', lang: 'id-ID' };
const EN_VOICE = { name: 'Samantha', lang: 'en-US' };

/**
 * Replaces the Web Speech API; the voices appear after a `voiceschanged` event, as in Chrome. By default the device
 * is one the site has seen before (`bp-device:voice` remembers its voices); `firstVisit` starts from nothing.
 */
async function fakeSpeech(page: Page, voices: { name: string; lang: string }[], { firstVisit = false } = {}) {
  if (!firstVisit)
    await page.addInitScript(
      (langs) => localStorage.setItem('bp-device:voice', langs),
      [...new Set(voices.map((v) => v.lang.slice(0, 2)))].sort().join(' '),
    );
  await page.addInitScript((list) => {
    type U = {
      text: string;
      lang: string;
      voice: { name: string } | null;
      rate: number;
      onstart?: () => void;
      onend?: () => void;
      onerror?: (e: { error: string }) => void;
    };
    const spoken: { text: string; lang: string; voice: string | undefined; rate: number }[] = [];
    const queue: U[] = [];
    let current: U | null = null;
    let listed: object[] = [];
    const target = new EventTarget();
    const next = () => {
      current = queue.shift() ?? null;
      const u = current;
      if (u) setTimeout(() => u.onstart?.(), 5);
    };
    const synth = {
      get speaking() {
        return !!current;
      },
      paused: false,
      pending: false,
      getVoices: () => listed,
      speak(u: U) {
        if (!u.text) return; // the "unlock" call made inside the first tap
        spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name, rate: u.rate });
        queue.push(u);
        if (!current) next();
      },
      cancel() {
        queue.length = 0;
        const u = current;
        current = null;
        if (u) setTimeout(() => u.onerror?.({ error: 'interrupted' }), 5);
      },
      pause() {},
      resume() {},
      addEventListener: target.addEventListener.bind(target),
      removeEventListener: target.removeEventListener.bind(target),
      onvoiceschanged: null,
    };
    class Utterance {
      text: string;
      lang = '';
      voice = null;
      rate = 1;
      constructor(text: string) {
        this.text = text;
      }
    }
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
    const w = window as unknown as Record<string, unknown>;
    w.__spoken = spoken;
    w.__speaking = [] as boolean[];
    document.addEventListener('bp:speaking', (e) =>
      (w.__speaking as boolean[]).push((e as CustomEvent<boolean>).detail),
    );
    /** Ends the utterance being spoken (the next one then starts). */
    w.__endSentence = () => {
      const u = current;
      if (!u) return false;
      setTimeout(() => {
        u.onend?.();
        next();
      }, 5);
      return true;
    };
    setTimeout(() => {
      listed = list.map((v) => ({ ...v, voiceURI: v.name, localService: true, default: false }));
      target.dispatchEvent(new Event('voiceschanged'));
    }, 50);
  }, voices);
}

const spoken = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __spoken: { text: string; lang: string; voice?: string; rate: number }[] }).__spoken,
  );
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const h = CSS.highlights.get('bp-reading');
    return h ? [...h].map((r) => (r as Range).toString().replace(/\s+/g, ' ').trim()).join(' ') : null;
  });
const endSentence = (page: Page) =>
  page.evaluate(() => (window as unknown as { __endSentence: () => boolean }).__endSentence());

test('an Indonesian step is read sentence by sentence in id-ID, with the sentence highlighted, pause, resume and stop', async ({
  page,
}) => {
  await fakeSpeech(page, [EN_VOICE, ID_VOICE]);
  await page.goto(`/modul/${lesson.id}/#langkah-1`);
  const step = page.locator('#langkah-1');
  const bar = step.locator('[data-read-aloud]');
  const listen = bar.getByRole('button', { name: 'Dengarkan' });
  await expect(listen).toBeVisible();
  await expect(bar.getByRole('button', { name: 'Berhenti' })).toBeHidden();
  const box = (await listen.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(48);
  // Nothing plays by itself.
  await page.waitForTimeout(200);
  expect(await spoken(page)).toEqual([]);

  await listen.click();
  await expect.poll(() => spoken(page).then((s) => s.length)).toBe(1);
  const title = lesson.text.id.steps[0]!.title;
  await expect.poll(() => highlighted(page)).toBe(title);
  let said = await spoken(page);
  expect(said[0]).toEqual({ text: title, lang: 'id-ID', voice: ID_VOICE.name, rate: 1 });
  await expect(bar.locator('[data-ra-play]')).toBeFocused(); // focus stays where it was
  await expect(bar.getByRole('button', { name: 'Jeda' })).toBeVisible();

  // Each sentence follows when the previous one ends, highlighted in turn.
  await endSentence(page);
  await expect.poll(() => spoken(page).then((s) => s.length)).toBe(2);
  said = await spoken(page);
  await expect.poll(() => highlighted(page)).toBe(said[1]!.text);
  await endSentence(page);
  await expect.poll(() => spoken(page).then((s) => s.length)).toBe(3);
  said = await spoken(page);
  for (const u of said) {
    expect(u.lang).toBe('id-ID');
    expect(u.text.length).toBeLessThanOrEqual(200);
    expect(u.text).not.toMatch(/Dengarkan|Berhenti/);
  }
  // The sentences are the step's text, in order.
  const stepText = (await step.innerText()).replace(/\s+/g, ' ');
  let from = 0;
  for (const u of said) {
    const at = stepText.indexOf(u.text.replace(/\s+/g, ' '), from);
    expect(at, u.text).toBeGreaterThanOrEqual(from);
    from = at;
  }

  // Pause: silence, the button offers to resume; resume repeats the current sentence.
  await page.getByRole('button', { name: 'Jeda' }).click();
  await expect(bar.getByRole('button', { name: 'Lanjut dengar' })).toBeVisible();
  await page.waitForTimeout(100);
  expect((await spoken(page)).length).toBe(3);
  await bar.getByRole('button', { name: 'Lanjut dengar' }).click();
  await expect.poll(() => spoken(page).then((s) => s.length)).toBe(4);
  said = await spoken(page);
  expect(said[3]!.text).toBe(said[2]!.text);

  // Slower: the current sentence again at 0.8.
  const slower = bar.getByRole('button', { name: 'Pelan' });
  await expect(slower).toHaveAttribute('aria-pressed', 'false');
  await slower.click();
  await expect(slower).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => spoken(page).then((s) => s.at(-1)!.rate)).toBe(0.8);

  // Stop: nothing more is said, the highlight goes, the bar is back to "Dengarkan" with focus kept in it.
  await bar.getByRole('button', { name: 'Berhenti' }).click();
  await expect(listen).toBeVisible();
  await expect(listen).toBeFocused();
  await expect.poll(() => highlighted(page)).toBe(null);
  const count = (await spoken(page)).length;
  await endSentence(page);
  await page.waitForTimeout(100);
  expect((await spoken(page)).length).toBe(count);
  const events = await page.evaluate(() => (window as unknown as { __speaking: boolean[] }).__speaking);
  expect(events[0]).toBe(true);
  expect(events.at(-1)).toBe(false);
  // No live region chatter: the page's only live region is the player's step announcement.
  await expect(page.locator('[aria-live]')).toHaveCount(1);
});

test('changing the step stops the voice', async ({ page }) => {
  await fakeSpeech(page, [ID_VOICE]);
  await page.goto(`/modul/${lesson.id}/#langkah-1`);
  await page.locator('#langkah-1').getByRole('button', { name: 'Dengarkan' }).click();
  await expect.poll(() => highlighted(page)).not.toBe(null);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#langkah-2$/);
  await expect.poll(() => highlighted(page)).toBe(null);
  const count = (await spoken(page)).length;
  await endSentence(page);
  await page.waitForTimeout(100);
  expect((await spoken(page)).length).toBe(count);
  await expect(page.locator('#langkah-2').getByRole('button', { name: 'Dengarkan' })).toBeVisible();
});

test('an English page speaks en-US with an English voice', async ({ page }) => {
  await fakeSpeech(page, [ID_VOICE, EN_VOICE]);
  await page.goto(`/en/module/${lesson.id}/#step-1`);
  const bar = page.locator('#step-1 [data-read-aloud]');
  await bar.getByRole('button', { name: 'Listen' }).click();
  await expect.poll(() => spoken(page).then((s) => s.length)).toBe(1);
  expect((await spoken(page))[0]).toMatchObject({
    text: lesson.text.en.steps[0]!.title,
    lang: 'en-US',
    voice: EN_VOICE.name,
  });
  await expect(bar.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(bar.getByRole('button', { name: 'Stop' })).toBeVisible();
});

test('without a voice for the language there is no button', async ({ page }) => {
  await fakeSpeech(page, [EN_VOICE]);
  await page.goto(`/modul/${lesson.id}/#langkah-1`);
  await page.waitForTimeout(300);
  await expect(page.locator('#langkah-1 [data-read-aloud]')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Dengarkan' })).toHaveCount(0);
});

test('a quiz question can be read, with its options', async ({ page }) => {
  await fakeSpeech(page, [ID_VOICE]);
  await page.goto(`/modul/${lesson.id}/kuis/`);
  const prompt = (await page.locator('#quiz-question').innerText()).trim();
  await page.getByRole('button', { name: 'Dengarkan' }).click();
  await expect.poll(() => spoken(page).then((s) => s.length)).toBe(1);
  await expect.poll(() => highlighted(page)).toBe((await spoken(page))[0]!.text);
  // "Pertanyaan 1 dari 5", the question, the hint, then the options, one by one.
  for (let i = 0; i < 8; i++) {
    const before = (await spoken(page)).length;
    if (!(await endSentence(page))) break;
    await expect.poll(() => spoken(page).then((s) => s.length)).toBeGreaterThanOrEqual(before);
    await page.waitForTimeout(30);
  }
  const said = (await spoken(page)).map((u) => u.text);
  expect(said[0]).toMatch(/^Pertanyaan 1 dari \d+$/);
  expect(said).toContain(prompt);
  const options = (await page.locator('label.choice').allInnerTexts()).map((o) => o.trim());
  expect(options.length).toBeGreaterThan(0);
  expect(said).toContain(options[0]);
  for (const u of await spoken(page)) expect(u.lang).toBe('id-ID');
});

test('on a device with no voice the bar takes no space, and nothing is stored', async ({ page }) => {
  await fakeSpeech(page, [], { firstVisit: true });
  await page.goto(`/modul/${lesson.id}/#langkah-2`);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const step = page.locator('#langkah-2');
  await expect(step.locator('[data-read-aloud]')).toBeHidden();
  expect(await step.locator('[data-read-aloud]').evaluate((el) => getComputedStyle(el).display)).toBe('none');
  // The heading is followed straight by the step's text: no gap where the buttons would be.
  const gap = await step.evaluate((s) => {
    const h = s.querySelector('h2')!.getBoundingClientRect();
    const next = [...s.children].find((c) => c.matches('p, ul, ol, figure, .tip, .warn'))!.getBoundingClientRect();
    return next.top - h.bottom;
  });
  expect(gap).toBeLessThan(40);
  expect(await page.evaluate(() => localStorage.getItem('bp-device:voice'))).toBeNull();
  expect(await page.evaluate(() => document.documentElement.dataset.voice)).toBeUndefined();
});

test('the first page ever with a voice: a bar on screen waits for the next touch or key instead of shifting the page', async ({
  page,
}) => {
  await fakeSpeech(page, [ID_VOICE], { firstVisit: true });
  await page.goto(`/modul/${lesson.id}/#langkah-2`);
  await page.waitForLoadState('networkidle');
  expect(await layoutShift(page)).toBeLessThan(0.01);
  const bar = page.locator('#langkah-2 [data-read-aloud]');
  await expect(bar).toBeHidden();
  expect(await page.evaluate(() => localStorage.getItem('bp-device:voice'))).toBe('id');
  // Bars of steps not on screen are ready at once.
  expect(await page.locator('#langkah-3 [data-read-aloud]').evaluate((el) => (el as HTMLElement).hidden)).toBe(false);
  await page.keyboard.press('Shift');
  await expect(bar.getByRole('button', { name: 'Dengarkan' })).toBeVisible();
  // The next page knows: its bars keep their place from the first paint.
  await page.goto(`/modul/${lesson.id}/kuis/`);
  expect(await page.evaluate(() => document.documentElement.dataset.voice)).toBe('id');
  await expect(page.locator('[data-read-aloud]:visible').first()).toBeVisible();
  expect(await layoutShift(page)).toBeLessThan(0.01);
});

test('showing the bar causes no layout shift, and the bar passes axe', async ({ page }) => {
  await fakeSpeech(page, [ID_VOICE, EN_VOICE]);
  for (const url of [
    `/modul/${lesson.id}/#langkah-2`,
    `/modul/${lesson.id}/kuis/`,
    `/en/module/${lesson.id}/#step-1`,
  ]) {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('[data-read-aloud]:visible').first()).toBeVisible();
    expect(await layoutShift(page), url).toBeLessThan(0.01);
  }
  await page.goto(`/modul/${lesson.id}/#langkah-2`);
  const bar = page.locator('#langkah-2 [data-read-aloud]');
  await bar.getByRole('button', { name: 'Dengarkan' }).click();
  await expect(bar.getByRole('button', { name: 'Berhenti' })).toBeVisible();
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
