/**
 * Grading of every question type. Pure: the quiz island calls these and shows what they return.
 */
import type { Question } from '../../schemas/quiz';

/** What a learner answered, by question type. */
export type Answer =
  | { type: 'single'; optionId: string }
  | { type: 'multiple'; optionIds: string[] }
  | { type: 'truefalse'; value: boolean }
  | { type: 'order'; itemIds: string[] }
  /** Each term's pair id → the pair id of the meaning the learner put with it. */
  | { type: 'match'; pairs: Record<string, string> }
  /** The mock-ups the learner marked as fake. */
  | { type: 'scam'; fakeIds: string[] };

/** One reason to show after checking: for a chosen option, a missed right option, or the question as a whole. */
export interface Reason {
  /** Option id, "true"/"false", or "order". */
  id: string;
  /** The option's text (empty for an order question). */
  text: string;
  /** Whether this option is a right one. */
  right: boolean;
  /** Whether the learner chose it. */
  chosen: boolean;
  why: string;
}

export interface Graded {
  correct: boolean;
  /** Reasons to show, the learner's own choices first. */
  reasons: Reason[];
  /** For an order question: the item ids in the right order. */
  rightOrder?: string[];
}

/** The pass mark of every quiz and module check, in percent. */
export const PASS_MARK = 80;

/** True when the answer is complete enough to check (something is chosen). */
export function canCheck(question: Question, answer: Answer | null): answer is Answer {
  if (!answer || answer.type !== question.type) return false;
  switch (answer.type) {
    case 'single':
      return answer.optionId !== '';
    case 'multiple':
      return answer.optionIds.length > 0;
    case 'truefalse':
      return true;
    case 'order':
      return question.type === 'order' && answer.itemIds.length === question.items.length;
    case 'match':
      return question.type === 'match' && question.pairs.every((p) => !!answer.pairs[p.id]);
    case 'scam':
      return true; // marking nothing as fake is an answer too
  }
}

/**
 * Grades one answer.
 * @example gradeAnswer(q, { type: 'single', optionId: 'b' }) // { correct: true, reasons: [{ id: 'b', chosen: true, right: true, why: '…' }] }
 * @throws TypeError when the answer is for another question type.
 */
export function gradeAnswer(question: Question, answer: Answer): Graded {
  if (answer.type !== question.type)
    throw new TypeError(`answer of type ${answer.type} given to a ${question.type} question`);
  switch (question.type) {
    case 'single': {
      const chosenId = (answer as Extract<Answer, { type: 'single' }>).optionId;
      const chosen = question.options.find((o) => o.id === chosenId);
      const right = question.options.find((o) => o.correct)!;
      const reasons: Reason[] = [];
      if (chosen)
        reasons.push({ id: chosen.id, text: chosen.text, right: chosen.correct, chosen: true, why: chosen.why });
      if (!chosen?.correct)
        reasons.push({ id: right.id, text: right.text, right: true, chosen: false, why: right.why });
      return { correct: !!chosen?.correct, reasons };
    }
    case 'multiple': {
      const picked = new Set((answer as Extract<Answer, { type: 'multiple' }>).optionIds);
      const chosen = question.options.filter((o) => picked.has(o.id));
      const missed = question.options.filter((o) => o.correct && !picked.has(o.id));
      const correct = missed.length === 0 && chosen.every((o) => o.correct);
      return {
        correct,
        reasons: [
          ...chosen.map((o) => ({ id: o.id, text: o.text, right: o.correct, chosen: true, why: o.why })),
          ...missed.map((o) => ({ id: o.id, text: o.text, right: true, chosen: false, why: o.why })),
        ],
      };
    }
    case 'truefalse': {
      const value = (answer as Extract<Answer, { type: 'truefalse' }>).value;
      const reasons: Reason[] = [
        {
          id: String(value),
          text: '',
          right: value === question.answer,
          chosen: true,
          why: question.why[value ? 'true' : 'false'],
        },
      ];
      return { correct: value === question.answer, reasons };
    }
    case 'order': {
      const given = (answer as Extract<Answer, { type: 'order' }>).itemIds;
      const rightOrder = question.items.map((i) => i.id);
      const correct = given.length === rightOrder.length && given.every((id, i) => id === rightOrder[i]);
      return {
        correct,
        rightOrder,
        reasons: [{ id: 'order', text: '', right: correct, chosen: true, why: question.why }],
      };
    }
    case 'match': {
      const given = (answer as Extract<Answer, { type: 'match' }>).pairs;
      const reasons = question.pairs.map((p) => {
        const chosen = question.pairs.find((q) => q.id === given[p.id]);
        return {
          id: p.id,
          text: `${p.term} — ${chosen?.meaning ?? '?'}`,
          right: given[p.id] === p.id,
          chosen: true,
          why: given[p.id] === p.id ? p.why : `${p.term}: ${p.meaning}. ${p.why}`,
        };
      });
      return { correct: reasons.every((r) => r.right), reasons };
    }
    case 'scam': {
      const marked = new Set((answer as Extract<Answer, { type: 'scam' }>).fakeIds);
      const reasons = question.items.map((item) => ({
        id: item.id,
        text: item.from,
        right: marked.has(item.id) === item.fake,
        chosen: marked.has(item.id),
        why: item.why,
      }));
      return { correct: reasons.every((r) => r.right), reasons };
    }
  }
}

/**
 * Score in whole percent (rounded down, so 79.9 % never passes) and whether it passes.
 * @example scoreQuiz([true, true, true, false, true]) // { right: 4, total: 5, percent: 80, passed: true }
 */
export function scoreQuiz(results: readonly boolean[]): {
  right: number;
  total: number;
  percent: number;
  passed: boolean;
} {
  const total = results.length;
  const right = results.filter(Boolean).length;
  const percent = total === 0 ? 0 : Math.floor((right * 100) / total);
  return { right, total, percent, passed: total > 0 && percent >= PASS_MARK };
}
