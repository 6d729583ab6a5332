import { z } from 'astro/zod';
import { slug, text } from './common';

/** Where a question is taught: the step of the lesson (and, in a module check, which lesson). */
const teaches = {
  /** Stable id of the question, the same in every language, e.g. "siapa-boleh". */
  id: slug,
  /** The question as the learner reads it. */
  prompt: text,
  /** The lesson step (1-based) that teaches the answer; feedback links back to it. */
  step: z.number().int().min(1),
  /** In a module check: the id of the lesson that teaches it, e.g. "buat-akun". Not used in lesson quizzes. */
  lesson: slug.optional(),
};

/** One answer option. Every option carries the reason shown when the learner picks it. */
const optionSchema = z.strictObject({
  /** Stable id of the option within its question, e.g. "a", "ktp". */
  id: slug,
  /** What the option says. */
  text,
  /** True when this option is (one of) the right answers. */
  correct: z.boolean().default(false),
  /** Why this option is right or wrong, in one or two plain sentences. */
  why: text,
});

function uniqueIds(items: { id: string }[], ctx: z.RefinementCtx, path: string) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id))
      ctx.addIssue({ code: 'custom', path: [path, i, 'id'], message: `duplicate id "${item.id}"` });
    seen.add(item.id);
  });
}

/** Pick exactly one right option. */
const singleSchema = z
  .strictObject({ ...teaches, type: z.literal('single'), options: z.array(optionSchema).min(2).max(6) })
  .superRefine((q, ctx) => {
    uniqueIds(q.options, ctx, 'options');
    const right = q.options.filter((o) => o.correct).length;
    if (right !== 1)
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `a single-choice question needs exactly one correct option, found ${right}`,
      });
  });

/** "Pilih semua yang benar": one or more right options. */
const multipleSchema = z
  .strictObject({ ...teaches, type: z.literal('multiple'), options: z.array(optionSchema).min(3).max(7) })
  .superRefine((q, ctx) => {
    uniqueIds(q.options, ctx, 'options');
    const right = q.options.filter((o) => o.correct).length;
    if (right < 1)
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'a multiple-choice question needs at least one correct option',
      });
    if (right === q.options.length)
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'a multiple-choice question needs at least one wrong option',
      });
  });

/** A statement that is true or false, with the reason shown for each choice. */
const trueFalseSchema = z.strictObject({
  ...teaches,
  type: z.literal('truefalse'),
  /** Whether the statement in `prompt` is true. */
  answer: z.boolean(),
  /** The reason shown when the learner answers "true" (`true`) or "false" (`false`). */
  why: z.strictObject({ true: text, false: text }),
});

/** Put the items in the right order (with up/down buttons). `items` are written in the right order. */
const orderSchema = z
  .strictObject({
    ...teaches,
    type: z.literal('order'),
    items: z
      .array(z.strictObject({ id: slug, text }))
      .min(3)
      .max(6),
    /** Why this is the right order. */
    why: text,
  })
  .superRefine((q, ctx) => uniqueIds(q.items, ctx, 'items'));

/** Pair each term with its meaning (tap a term, then its meaning). Pairs are written matched; the quiz shuffles. */
const matchSchema = z
  .strictObject({
    ...teaches,
    type: z.literal('match'),
    pairs: z
      .array(
        z.strictObject({
          /** Stable id of the pair. */
          id: slug,
          /** The term, e.g. "OTP". */
          term: text,
          /** Its meaning in plain words. */
          meaning: text,
          /** Why they belong together, shown after checking. */
          why: text,
        }),
      )
      .min(3)
      .max(6),
  })
  .superRefine((q, ctx) => uniqueIds(q.pairs, ctx, 'pairs'));

/** What a mock-up shows: an SMS, a WhatsApp message, an email, a web address bar or an app-store listing. */
const MOCKUP_KINDS = ['sms', 'whatsapp', 'email', 'url', 'app'] as const;

/**
 * Spot the scam: realistic mock-ups; the learner marks the fake ones. Every fake one names its red flags, each an
 * exact piece of the mock-up's text that the explanation highlights.
 */
const scamSchema = z
  .strictObject({
    ...teaches,
    type: z.literal('scam'),
    items: z
      .array(
        z.strictObject({
          id: slug,
          kind: z.enum(MOCKUP_KINDS),
          /** Sender, address bar text or app developer, as the mock-up shows it. */
          from: text,
          /** Message body, page title or app description. */
          text,
          /** True when this one is a scam. */
          fake: z.boolean(),
          /** Red flags: exact substrings of `from` or `text`, each with why it gives the scam away. */
          flags: z.array(z.strictObject({ text, why: text })).default([]),
          /** Why this one is real or fake, in one or two sentences. */
          why: text,
        }),
      )
      .min(2)
      .max(4),
  })
  .superRefine((q, ctx) => {
    uniqueIds(q.items, ctx, 'items');
    if (!q.items.some((i) => i.fake))
      ctx.addIssue({ code: 'custom', path: ['items'], message: 'spot-the-scam needs at least one fake item' });
    q.items.forEach((item, i) => {
      if (item.fake && item.flags.length === 0)
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'flags'],
          message: 'a fake item needs at least one red flag',
        });
      item.flags.forEach((flag, j) => {
        if (!item.from.includes(flag.text) && !item.text.includes(flag.text))
          ctx.addIssue({
            code: 'custom',
            path: ['items', i, 'flags', j, 'text'],
            message: `"${flag.text}" is not part of the mock-up's from/text`,
          });
      });
    });
  });

export const questionSchema = z.discriminatedUnion('type', [
  singleSchema,
  multipleSchema,
  trueFalseSchema,
  orderSchema,
  matchSchema,
  scamSchema,
]);

/**
 * A quiz: `content/quizzes/<locale>/<NN>-<module>/<NN>-<lesson>.yaml` ends a lesson (3–5 questions);
 * `content/quizzes/<locale>/<NN>-<module>/uji-modul.yaml` (kind: module) ends a module (10 questions).
 */
export const quizSchema = z
  .strictObject({
    /** "lesson" for the quiz after a lesson, "module" for the module check. */
    kind: z.enum(['lesson', 'module']),
    questions: z.array(questionSchema).min(3).max(10),
  })
  .superRefine((quiz, ctx) => {
    uniqueIds(quiz.questions, ctx, 'questions');
    const n = quiz.questions.length;
    if (quiz.kind === 'lesson' && n > 5)
      ctx.addIssue({ code: 'custom', path: ['questions'], message: `a lesson quiz has 3–5 questions, found ${n}` });
    if (quiz.kind === 'module' && n !== 10)
      ctx.addIssue({ code: 'custom', path: ['questions'], message: `a module check has 10 questions, found ${n}` });
    quiz.questions.forEach((q, i) => {
      if (quiz.kind === 'module' && !q.lesson)
        ctx.addIssue({
          code: 'custom',
          path: ['questions', i, 'lesson'],
          message: 'a module-check question must name the lesson that teaches it',
        });
      if (quiz.kind === 'lesson' && q.lesson)
        ctx.addIssue({
          code: 'custom',
          path: ['questions', i, 'lesson'],
          message: 'a lesson-quiz question links to its own lesson; remove "lesson"',
        });
    });
  });

export type Question = z.infer<typeof questionSchema>;
export type Quiz = z.infer<typeof quizSchema>;
