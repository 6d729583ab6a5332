import { z } from 'astro/zod';
import { text } from './common';

/**
 * Frontmatter of a lesson: `content/lessons/<locale>/<NN>-<module>/<NN>-<lesson>.mdx`.
 * The body is a series of `<Step n={…} title="…">` blocks (4–8 of them, one idea each, ≤ 80 words),
 * checked by src/lib/content/lesson-body.ts when the site is built.
 */
export const lessonSchema = z.strictObject({
  /** Lesson title, short enough for one line on a phone, e.g. "Membuat akun". */
  title: text.max(60, 'keep lesson titles under 60 characters'),
  /** One sentence: what this lesson teaches. Shown on the home page and before the lesson starts. */
  summary: text.max(160),
  /** When the lesson was last checked against its sources ("Terakhir diperiksa"), e.g. 2026-11-28. */
  checked: z.coerce.date(),
});

export type LessonData = z.infer<typeof lessonSchema>;
