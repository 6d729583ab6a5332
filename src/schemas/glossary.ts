import { z } from 'astro/zod';
import { slug, text } from './common';

/**
 * A term in the glossary ("Istilah"): `content/glossary/<locale>/<term-id>.yaml`, the same ids in every language.
 * Lessons link a term's first use with `<Term id="nik">NIK</Term>`.
 */
export const glossarySchema = z.strictObject({
  /** The term as learners meet it, e.g. "NIK" or "Gelombang". */
  term: text,
  /** What it stands for, when it is an abbreviation, e.g. "Nomor Induk Kependudukan". */
  full: text.optional(),
  /** The meaning in plain words: one to three short sentences. */
  meaning: text.max(400),
  /** Related terms, by id. */
  see: z.array(slug).default([]),
});

export type GlossaryEntry = z.infer<typeof glossarySchema>;
