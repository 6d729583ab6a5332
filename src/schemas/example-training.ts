import { z } from 'astro/zod';
import { slug, text } from './common';
import { FORMATS, TOPICS } from './training-vocabulary';

/** A made-up name of a platform or institution: it says "Contoh", so no one takes it for a real one. */
const fictionalName = text.regex(/\bContoh\b/, 'a fictional name must say "Contoh", e.g. "LPK Cahaya Contoh"');

/**
 * One fictional training of the catalogue `content/tools/pelatihan-contoh.yaml`, which the training simulator
 * (all of it), the balance simulator and the balance planner (the trainings their pages name) share. Made up for
 * practice; prices are realistic for the 2023–2024 scheme.
 */
export const exampleTrainingSchema = z.strictObject({
  /** Stable id; pages pick trainings by it, e.g. "barista". */
  id: slug,
  /** The training's name in each language. Buttons are named after it, so no two trainings share one. */
  title: z.strictObject({ id: text, en: text }),
  /** What it teaches; the simulator's topic filter. */
  topic: z.enum(TOPICS),
  /** webinar (live online), mandiri (self-paced, "SPL"), luring (in person), bauran (blended). */
  format: z.enum(FORMATS),
  /** The fictional digital platform that sells it, e.g. "Pasar Merpati Contoh". */
  platform: fictionalName,
  /** The fictional training institution that gives it, e.g. "LPK Cahaya Contoh". */
  institution: fictionalName,
  /** Fictional price in rupiah; some cost more than the balance, on purpose. */
  price: z.number().int().positive(),
  /** Average stars, one decimal, e.g. 4.6. */
  rating: z.number().min(1).max(5),
  /** How many learners rated it. */
  reviews: z.number().int().nonnegative(),
  /** Total hours; a training of the 2023–2024 scheme has at least 15. */
  hours: z.number().int().min(15),
  /** Weekdays of the sessions, 1 = Monday … 7 = Sunday; for a self-paced training, the day it opens. */
  days: z.array(z.number().int().min(1).max(7)).min(1),
  /** When the first session starts, in minutes after midnight (540 = 09.00). */
  start: z.number().int().min(0).max(1439),
});

export type ExampleTraining = z.infer<typeof exampleTrainingSchema>;

/**
 * The whole catalogue file. Its trainings are a list inside one entry, because a collection does not keep the
 * order of its entries and the simulator lists the trainings in the file's order. Every id, and every title in
 * each language, belongs to one training only.
 */
export const exampleCatalogueSchema = z
  .strictObject({
    /** The trainings, in the order the training simulator lists them. */
    trainings: z.array(exampleTrainingSchema).min(1),
  })
  .superRefine(({ trainings }, ctx) => {
    const fields: Record<string, (t: ExampleTraining) => string> = {
      id: (t) => t.id,
      'title.id': (t) => t.title.id,
      'title.en': (t) => t.title.en,
    };
    for (const [field, valueOf] of Object.entries(fields)) {
      const seen = new Set<string>();
      trainings.forEach((t, i) => {
        const value = valueOf(t);
        const message = `another training already has ${field} "${value}"`;
        if (seen.has(value)) ctx.addIssue({ code: 'custom', path: ['trainings', i, ...field.split('.')], message });
        seen.add(value);
      });
    }
  });
