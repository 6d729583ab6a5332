/**
 * The display mode's tips (content/kiosk/<locale>/tips.yaml): valid, the same in both languages, short, drawn from
 * a real lesson step, free of typed program numbers, and covering the three core safety messages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { ROOT, loadContent } from '../helpers/content-files';
import { buildCatalog } from '../../src/lib/content/catalog';
import { findTypedNumbers } from '../../src/lib/content/lesson-body';
import { FACT_PLACEHOLDER, fillFacts } from '../../src/lib/content/format-fact';
import {
  kioskTipSchema,
  kioskTipsSchema,
  countTipWords,
  MAX_TIP_WORDS,
  type KioskTip,
} from '../../src/schemas/kiosk-tip';
import { LOCALES, type Locale } from '../../src/i18n/locales';

const file = (locale: Locale) => join(ROOT, 'content', 'kiosk', locale, 'tips.yaml');
const read = (locale: Locale) => kioskTipsSchema.safeParse(load(readFileSync(file(locale), 'utf8')));
const tips = Object.fromEntries(LOCALES.map((l) => [l, read(l).data?.tips ?? []])) as Record<Locale, KioskTip[]>;
const catalog = buildCatalog(loadContent().input);
const lessons = new Map(catalog.modules.flatMap((m) => m.lessons).map((l) => [l.id, l]));
const shown = (tip: KioskTip, locale: Locale) => fillFacts(tip.text, catalog.facts, locale);

describe('kiosk tip schema', () => {
  const valid = {
    id: 'kode-otp',
    kind: 'safety',
    text: 'Jangan berikan kode OTP kepada siapa pun.',
    lesson: 'aman/rahasia',
    step: 3,
  };
  it('accepts a tip', () => {
    expect(kioskTipSchema.safeParse(valid).success).toBe(true);
  });
  it.each([
    ['an unknown kind', { ...valid, kind: 'warning' }],
    [
      'more than 12 words',
      { ...valid, text: 'satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas dua belas' },
    ],
    ['a lesson with its numeric prefix', { ...valid, lesson: '04-aman/03-rahasia' }],
    ['step 0', { ...valid, step: 0 }],
    ['an extra field', { ...valid, note: 'x' }],
    ['empty text', { ...valid, text: '  ' }],
  ])('rejects %s', (_, data) => {
    expect(kioskTipSchema.safeParse(data).success).toBe(false);
  });
  it('rejects a file with a repeated id or too few tips', () => {
    const twelve = Array.from({ length: 12 }, (_, i) => ({ ...valid, id: `tip-${i}` }));
    expect(kioskTipsSchema.safeParse({ tips: twelve }).success).toBe(true);
    expect(kioskTipsSchema.safeParse({ tips: [...twelve.slice(1), twelve[0], twelve[0]] }).success).toBe(false);
    expect(kioskTipsSchema.safeParse({ tips: twelve.slice(1) }).success).toBe(false);
  });
  it('counts a fact placeholder as one word', () => {
    expect(countTipWords('Situs resmi hanya {{situs-resmi}}.')).toBe(4);
    expect(countTipWords('Kode OTP — rahasia!')).toBe(3);
  });
});

describe('display page strings', () => {
  it('text.id.json and text.en.json have the same keys, none empty', () => {
    const strings = (locale: Locale) =>
      JSON.parse(
        readFileSync(join(ROOT, 'src', 'components', 'kiosk', 'display', `text.${locale}.json`), 'utf8'),
      ) as Record<string, string>;
    expect(Object.keys(strings('en')).sort()).toEqual(Object.keys(strings('id')).sort());
    for (const locale of LOCALES)
      for (const [key, value] of Object.entries(strings(locale))) expect(value.trim(), `${locale} ${key}`).not.toBe('');
  });
});

describe('content/kiosk tips', () => {
  it.each(LOCALES)('%s/tips.yaml passes the schema and has 12–18 tips', (locale) => {
    const result = read(locale);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(tips[locale].length).toBeGreaterThanOrEqual(12);
    expect(tips[locale].length).toBeLessThanOrEqual(18);
  });

  it('has the same ids, kinds, lessons and steps in both languages, in the same order', () => {
    const shape = (list: KioskTip[]) => list.map(({ id, kind, lesson, step }) => ({ id, kind, lesson, step }));
    expect(shape(tips.en)).toEqual(shape(tips.id));
  });

  it('points every tip at a lesson step that exists', () => {
    for (const locale of LOCALES)
      for (const tip of tips[locale]) {
        const lesson = lessons.get(tip.lesson);
        expect(lesson, `${locale} ${tip.id}: no lesson "${tip.lesson}"`).toBeDefined();
        expect(
          tip.step,
          `${locale} ${tip.id}: "${tip.lesson}" has ${lesson!.text[locale].steps.length} steps`,
        ).toBeLessThanOrEqual(lesson!.text[locale].steps.length);
      }
  });

  it(`keeps every tip at ${MAX_TIP_WORDS} words or fewer, as shown (facts filled in)`, () => {
    for (const locale of LOCALES)
      for (const tip of tips[locale])
        expect(countTipWords(shown(tip, locale)), `${locale} ${tip.id}: "${shown(tip, locale)}"`).toBeLessThanOrEqual(
          MAX_TIP_WORDS,
        );
  });

  it('types no program number and uses only address and label facts', () => {
    for (const locale of LOCALES)
      for (const tip of tips[locale]) {
        expect(findTypedNumbers(tip.text), `${locale} ${tip.id}`).toEqual([]);
        expect(tip.text, `${locale} ${tip.id}: no digits at all`).not.toMatch(/\d/);
        for (const [, id] of tip.text.matchAll(FACT_PLACEHOLDER)) {
          const fact = catalog.facts[id!];
          expect(fact, `${locale} ${tip.id}: no content/facts/${id}.yaml`).toBeDefined();
          expect(
            ['text', 'label'],
            `${locale} ${tip.id}: {{${id}}} is a ${fact!.kind}; amounts and counts stay out of tips`,
          ).toContain(fact!.kind);
        }
      }
  });

  it('has at least three safety tips: the OTP code, the official site, free registration', () => {
    for (const locale of LOCALES) {
      const safety = tips[locale].filter((t) => t.kind === 'safety');
      expect(safety.length).toBeGreaterThanOrEqual(3);
      const free = locale === 'id' ? /\bgratis\b/i : /\bfree\b/i;
      expect(
        safety.some((t) => /\bOTP\b/.test(t.text)),
        `${locale}: a safety tip about the OTP code`,
      ).toBe(true);
      expect(
        safety.some((t) => t.text.includes('{{situs-resmi}}')),
        `${locale}: a safety tip naming the official site`,
      ).toBe(true);
      expect(
        safety.some((t) => free.test(t.text)),
        `${locale}: a safety tip saying registration is free`,
      ).toBe(true);
    }
  });
});
