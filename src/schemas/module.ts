import { z } from 'astro/zod';
import { text } from './common';

/**
 * A module groups lessons on one theme. One YAML file per locale:
 * `content/modules/<locale>/<NN>-<module-id>.yaml`. The numeric prefix orders modules; the rest is the
 * module id, shared by both languages.
 */
export const moduleSchema = z.strictObject({
  /** Module title as learners see it, e.g. "Membuat akun dan mendaftar". */
  title: text,
  /** One or two plain sentences shown under the title on the home page. */
  summary: text,
  /** What the learner can do after the module: 2–5 short "you can …" lines. */
  goals: z.array(text).min(2).max(5),
});

export type ModuleData = z.infer<typeof moduleSchema>;
