/**
 * Which questions a class answers with printed A/B/C/D cards: from a module check, the first `count` questions a
 * card can answer — single choice with at most four options, or true/false (A = true, B = false) — in the
 * check's order. The same questions before and after the module, so the gain compares like with like.
 */
import type { Question } from '../../schemas/quiz';
import { MAX_OPTIONS } from './tally';

export interface ClassOption {
  text: string;
  /** Why this option is right or wrong (shown when the answer is revealed). */
  why: string;
  correct: boolean;
}

export interface ClassQuestion {
  id: string;
  prompt: string;
  options: ClassOption[];
  /** Indices of the right options. */
  correct: number[];
  /** The lesson and step that teach it (module checks name the lesson). */
  lesson: string | undefined;
  step: number;
}

export const CLASS_CHECK_SIZE = 5;

/** The card-answerable form of a question, or null when cards can't answer it. */
export function toClassQuestion(q: Question, labels: { true: string; false: string }): ClassQuestion | null {
  if (q.type === 'single' && q.options.length <= MAX_OPTIONS) {
    const options = q.options.map((o) => ({ text: o.text, why: o.why, correct: o.correct }));
    return {
      id: q.id,
      prompt: q.prompt,
      options,
      correct: options.flatMap((o, i) => (o.correct ? [i] : [])),
      lesson: q.lesson,
      step: q.step,
    };
  }
  if (q.type === 'truefalse') {
    const options = [
      { text: labels.true, why: q.why.true, correct: q.answer },
      { text: labels.false, why: q.why.false, correct: !q.answer },
    ];
    return { id: q.id, prompt: q.prompt, options, correct: [q.answer ? 0 : 1], lesson: q.lesson, step: q.step };
  }
  return null;
}

/** The class check of a module: the first `count` card-answerable questions of its module check. */
export function classCheck(
  questions: readonly Question[],
  labels: { true: string; false: string },
  count = CLASS_CHECK_SIZE,
): ClassQuestion[] {
  return questions.flatMap((q) => toClassQuestion(q, labels) ?? []).slice(0, count);
}
