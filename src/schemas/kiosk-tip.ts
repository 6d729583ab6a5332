import { z } from 'astro/zod';
import { slug, text } from './common';

/** The most words a tip may have: it must be read from 3 m away in one glance. */
export const MAX_TIP_WORDS = 12;

/**
 * Counts the words of a tip as a viewer reads them. A `{{fact-id}}` placeholder counts as one word (tests count
 * the filled-in text too).
 * @example countTipWords('Situs resmi hanya {{situs-resmi}}.') // 4
 */
export function countTipWords(value: string): number {
  return value.split(/\s+/).filter((w) => /[\p{L}\p{N}{]/u.test(w)).length;
}

/**
 * One tip of the display mode (/kios/tayang/): a single short idea taken from a lesson step, shown large on a
 * screen nobody touches, with a QR code that opens that step.
 */
export const kioskTipSchema = z.strictObject({
  /** Identifier shared by both languages, e.g. "kode-otp". */
  id: slug,
  /**
   * `safety`: one of the few core safety messages (never share the OTP code, the one official site, registration
   * is free) that recur through the loop, every third slide; `tip`: any other tip, shown once per loop.
   */
  kind: z.enum(['safety', 'tip']),
  /**
   * What the screen says: one idea, at most 12 words, everyday language. Program amounts and deadlines are never
   * typed here; an address or an official button label comes from content/facts as `{{fact-id}}` (a `text` or
   * `label` fact only).
   */
  text: text.refine((v) => countTipWords(v) <= MAX_TIP_WORDS, {
    message: `one short idea: at most ${MAX_TIP_WORDS} words`,
  }),
  /** The lesson the tip comes from, "<module>/<lesson>" without numeric prefixes, e.g. "aman/rahasia". */
  lesson: z
    .string()
    .regex(
      /^(?!\d+-)[a-z0-9]+(?:-[a-z0-9]+)*\/(?!\d+-)[a-z0-9]+(?:-[a-z0-9]+)*$/,
      'write "<module>/<lesson>" without the numeric prefixes, e.g. "aman/rahasia"',
    ),
  /** The step of that lesson the tip is drawn from (its `<Step n>`); the QR code opens it. */
  step: z.number().int().min(1),
});

/**
 * A language's tips file, `content/kiosk/<locale>/tips.yaml`: the tips in the order the loop uses them (safety
 * tips are spread through it by src/lib/kiosk/slides.ts). Both languages have the same ids, kinds, lessons and
 * steps, in the same order.
 */
export const kioskTipsSchema = z
  .strictObject({
    /** 12–18 tips. */
    tips: z.array(kioskTipSchema).min(12).max(18),
  })
  .superRefine(({ tips }, ctx) => {
    const seen = new Set<string>();
    tips.forEach((tip, i) => {
      if (seen.has(tip.id))
        ctx.addIssue({ code: 'custom', path: ['tips', i, 'id'], message: `"${tip.id}" is used twice` });
      seen.add(tip.id);
    });
  });

export type KioskTip = z.infer<typeof kioskTipSchema>;
