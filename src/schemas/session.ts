import { z } from 'astro/zod';
import { text } from './common';

/** A classroom slot: one module, taught by a trainer with a projector (../shared/ux-guidelines.md, Classroom). */
const MIN_SESSION_MINUTES = 15;
const MAX_SESSION_MINUTES = 25;

/** One block of the running order, e.g. the class check before the lessons. */
const activitySchema = z.strictObject({
  /** Whole minutes this block takes. The blocks of a session add up to the session's `minutes`. */
  minutes: z.number().int().min(1).max(MAX_SESSION_MINUTES),
  /** Short name of the block, as the trainer sees it in the running order, e.g. "Uji awal". */
  title: text.max(60, 'keep activity titles under 60 characters'),
  /** What the trainer and the learners do in this block, in two or three plain sentences. */
  what: text,
});

/** A question applicants really ask at this step, with the answer the trainer gives. */
const learnerQuestionSchema = z.strictObject({
  /** The question in the learner's own words, e.g. "Saldo saya bisa diambil tunai?". */
  q: text,
  /** The answer: short, correct per the lessons and the fact sheet (≤ 60 words, checked by the unit tests). */
  a: text,
});

/**
 * Frontmatter of a session plan for trainers: `content/sessions/<locale>/<NN>-<module>.mdx`, one per module and
 * language, with the same file name as the module (`content/modules/<locale>/<NN>-<module>.yaml`).
 * The body is plain Markdown (no components): short trainer guidance — pacing, common mistakes, safety.
 * Program numbers and labels of the official site are `{{fact-id}}` placeholders, never typed; in the MDX body
 * the braces are escaped (`\{\{fact-id\}\}`) because MDX reads a bare `{` as code.
 */
export const sessionSchema = z
  .strictObject({
    /** The session's name, e.g. "Kenali Kartu Prakerja: sesi kelas". */
    title: text.max(80, 'keep session titles under 80 characters'),
    /** Length of the whole session in minutes: the module must fit one classroom slot of 15–25 minutes. */
    minutes: z.number().int().min(MIN_SESSION_MINUTES).max(MAX_SESSION_MINUTES),
    /** What learners can do afterwards: 3–4 lines, each "Peserta bisa …" ("Learners can …"). */
    objectives: z.array(text).min(3).max(4),
    /** What the trainer prepares before class: projector and presenter view, printed A/B/C/D cards, handouts… */
    prepare: z.array(text).min(2).max(8),
    /** The running order, first to last. Includes the class checks before and after the lessons. */
    activities: z.array(activitySchema).min(4).max(10),
    /** Questions the trainer puts to the room for discussion: 2–4. */
    discussion: z.array(text).min(2).max(4),
    /** Common learner questions with their answers: 3–6. */
    questions: z.array(learnerQuestionSchema).min(3).max(6),
    /** When the plan was last checked against the lessons and their sources, e.g. 2026-11-28. */
    checked: z.coerce.date(),
  })
  .superRefine((session, ctx) => {
    const sum = session.activities.reduce((total, a) => total + a.minutes, 0);
    if (sum !== session.minutes)
      ctx.addIssue({
        code: 'custom',
        path: ['activities'],
        message: `the activities add up to ${sum} minutes, but the session has minutes: ${session.minutes}`,
      });
  });

export type SessionData = z.infer<typeof sessionSchema>;
