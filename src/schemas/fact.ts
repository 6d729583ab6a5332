import { z } from 'astro/zod';
import { text } from './common';
import { tier } from './source';

/** Where a fact comes from: the key used in shared/prakerja-facts.md, the page, and its reliability tier. */
const source = z.strictObject({
  /** Source key from the fact sheet, e.g. "OFF-FAQ-Akun-2023". */
  key: text,
  /** The page the fact was read from. */
  url: z.url(),
  /** A = official page or regulation, B = national media quoting officials, C = regional or blog, C→B = a tier-C page relaying a tier-B fact-check. */
  tier,
});

/** An earlier value of the fact ("sebelumnya"), e.g. the 2020–2022 balance, with its own year and source. */
const earlier = z.strictObject({
  value: z.union([z.number(), text, z.strictObject({ id: text, en: text })]),
  year: z.string().regex(/^\d{4}(?:–\d{4})?$/),
  source,
});

const year = z.string().regex(/^\d{4}(?:–\d{4})?$/, 'write a year like "2024" or a range like "2023–2024" (en dash)');

const common = {
  /** Earlier values, newest first. Lessons show the current value; the sources list shows these as "sebelumnya". */
  history: z.array(earlier).optional(),
  /** The year or years the fact applies to, e.g. "2023–2024". Shown to learners next to the fact. */
  year,
  /** Where the fact comes from. */
  source,
  /** More sources that say the same (corroboration, or the page for another screen that shows the same label). */
  also: z.array(source).optional(),
  /** When someone last checked the fact against its sources; the build warns when this is over six months old. */
  checked: z.coerce.date(),
  /** What the fact is, in a few plain words per language, as the "Sumber" page names it (e.g. "Saldo pelatihan"). */
  about: z.strictObject({ id: text, en: text }),
  /** The topic it is listed under on the "Sumber" page. */
  topic: z.enum(['status', 'syarat', 'akun', 'pelatihan', 'saldo', 'aman']),
  /** Optional note for content writers (never shown), e.g. a conflict between sources. */
  note: z.string().optional(),
};

/**
 * A program fact: an amount, a number, a label of the official site, or a short text. One YAML file per fact:
 * `content/facts/<fact-id>.yaml`. Lessons use facts with `<Fact id="…"/>` and `<Label id="…"/>`, never by typing
 * the value, so a change in the program is one edit.
 */
export const factSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    /** Money in rupiah, e.g. the training balance. */
    kind: z.literal('amount'),
    value: z.number().int().nonnegative(),
    ...common,
  }),
  z.strictObject({
    /** A count with a unit, e.g. 18 years, 2 people, 40 minutes. */
    kind: z.literal('count'),
    value: z.number().nonnegative(),
    /** The unit; its words in each language live in the UI dictionaries under `unit.<name>`. */
    unit: z.enum(['years', 'people', 'minutes', 'hours', 'times', 'digits', 'days']),
    ...common,
  }),
  z.strictObject({
    /**
     * A label exactly as the official site shows it, e.g. "Gabung Gelombang". The site is in Indonesian, so the
     * label is the same in both languages; `en` is the English gloss shown after it on English pages.
     */
    kind: z.literal('label'),
    value: text,
    en: text,
    ...common,
  }),
  z.strictObject({
    /**
     * The program's status: the last wave, where the program is going, which year's flow the lessons teach and
     * the date of the newest confirmation. One fact (content/facts/status-program.yaml) drives the status notice
     * on every page where learners start; the words around these values live in the UI dictionaries (`status.*`).
     */
    kind: z.literal('status'),
    value: z.strictObject({
      /** Number of the last wave that opened, e.g. 71. */
      lastWave: z.number().int().positive(),
      /** When it opened: "2024-08". */
      lastWaveOpened: z.string().regex(/^\d{4}-\d{2}$/),
      /** Where the program is moving, in each language, e.g. "Kementerian Ketenagakerjaan (Kemnaker)". */
      movingTo: z.strictObject({ id: text, en: text }),
      /** Its short name, for a slide read from across a room: "Kemnaker". */
      movingToShort: text,
      /** The years of the flow the lessons teach, e.g. "2023–2024". Facts whose years end before it read "dulu". */
      flow: year,
      /** Date of the newest source confirming this status, e.g. 2025-12-31. */
      asOf: z.coerce.date(),
    }),
    ...common,
  }),
  z.strictObject({
    /** A short text that differs by language, e.g. an address or the name of a form. */
    kind: z.literal('text'),
    value: z.strictObject({ id: text, en: text }),
    ...common,
  }),
]);

export type Fact = z.infer<typeof factSchema>;
