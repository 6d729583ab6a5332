import { z } from 'astro/zod';
import { text } from './common';

/** A publication date as precise as the source gives it: "2025", "2025-11" or "2025-12-31". */
const sourceDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'write a date like "2025", "2025-11" or "2025-12-31"');

/** Reliability, as in the fact sheet: A official or regulation, B national media quoting officials, C regional or blog, C→B a tier-C page relaying a named tier-B fact-check. */
export const tier = z.enum(['A', 'B', 'C', 'C→B']);

/**
 * One source of program facts: `content/sources/<key-slug>.yaml`, copied from the fact sheet's §12
 * (../shared/prakerja-facts.md). Facts name it by `key`; the "Sumber" page lists it in full so that anyone can
 * check the site against the original.
 */
export const sourceSchema = z.strictObject({
  /** The key used in the fact sheet and in facts, e.g. "Telisik-Tempo 2025-12-31". */
  key: text,
  /** Who published it, e.g. "Tribun Jambi (relaying Kompas.com Cek Fakta)" or "prakerja.go.id". */
  publisher: text,
  /** The page's title or, when the fact sheet gives none, its headline as the address spells it. */
  title: text,
  /** Publication or last-updated date; omit only for a page the fact sheet calls undated. */
  date: sourceDate.optional(),
  /** The address, shown as text (the site never links out on its own). */
  url: z.url(),
  tier,
  /** What the fact sheet says about its reliability, if anything (e.g. "full article URL not recorded"). */
  note: z.string().optional(),
});

export type Source = z.infer<typeof sourceSchema>;
