import { z } from 'astro/zod';
import { slug, text } from './common';

/** A fictional training for the balance planner: `content/tools/pelatihan-contoh.yaml`. Made up for practice. */
export const exampleTrainingSchema = z.strictObject({
  id: slug,
  /** The training's name in each language. */
  title: z.strictObject({ id: text, en: text }),
  /** A fictional training institution. */
  provider: text,
  /** webinar (live online), spl (self-paced), luring (offline), bauran (mixed). */
  format: z.enum(['webinar', 'spl', 'luring', 'bauran']),
  /** Total hours. */
  hours: z.number().int().positive(),
  /** Fictional price in rupiah. */
  price: z.number().int().positive(),
});

export type ExampleTraining = z.infer<typeof exampleTrainingSchema>;
