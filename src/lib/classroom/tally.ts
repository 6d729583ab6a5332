/**
 * Polling a class without devices: learners raise printed A/B/C/D cards (or hands), the trainer taps a count per
 * option, then reveals the answer. These are the sums behind it: the counts, the share of the class that was
 * right, a phase's score, and the class's gain from the check before a module to the check after it.
 * Pure functions; nothing here knows about pages or storage.
 */

/** The printed cards, in the order options are shown. */
export const CARD_LETTERS = ['A', 'B', 'C', 'D'] as const;
export const MAX_OPTIONS = CARD_LETTERS.length;
/** A room, generously: more raised cards than this for one option is a typo (a held-down button). */
export const MAX_COUNT = 500;

/** How many cards were raised for each option of one question, in option order. */
export type Counts = readonly number[];

/** An empty tally for a question with `options` options. */
export function emptyCounts(options: number): number[] {
  if (!Number.isInteger(options) || options < 2 || options > MAX_OPTIONS)
    throw new RangeError(`a class question has 2–${MAX_OPTIONS} options, got ${options}`);
  return new Array<number>(options).fill(0);
}

/** One more (delta 1) or one fewer (delta -1) card for `option`. Never below 0 or above MAX_COUNT. */
export function tap(counts: Counts, option: number, delta: 1 | -1 = 1): number[] {
  return counts.map((n, i) => (i === option ? Math.min(MAX_COUNT, Math.max(0, n + delta)) : n));
}

/** Everyone who answered. */
export function responses(counts: Counts): number {
  return counts.reduce((a, b) => a + b, 0);
}

/**
 * Percent of the answers that were right (0–100, whole numbers, rounded half up), or null when nobody answered —
 * "no answers" is not "everyone wrong". `correct` lists the indices of the right options.
 */
export function percentRight(counts: Counts, correct: readonly number[]): number | null {
  const total = responses(counts);
  if (total === 0) return null;
  const right = correct.reduce((sum, i) => sum + (counts[i] ?? 0), 0);
  return Math.round((right * 100) / total);
}

export interface PhaseScore {
  /** Per question, in order: percent right, or null if nobody answered it. */
  perQuestion: (number | null)[];
  /** Mean over the questions that were answered (each question weighs the same), or null if none was. */
  mean: number | null;
  /** How many questions were answered. */
  answered: number;
}

/** A check's result for the class: per question and overall. `questions[i]` pairs with `tallies[i]`. */
export function phaseScore(
  questions: readonly { correct: readonly number[] }[],
  tallies: readonly (Counts | undefined)[],
): PhaseScore {
  const perQuestion = questions.map((q, i) => {
    const counts = tallies[i];
    return counts ? percentRight(counts, q.correct) : null;
  });
  const answered = perQuestion.filter((p): p is number => p !== null);
  const mean = answered.length ? Math.round(answered.reduce((a, b) => a + b, 0) / answered.length) : null;
  return { perQuestion, mean, answered: answered.length };
}

export interface Gain {
  /** Post minus pre, in percentage points (can be negative), or null unless both checks have answers. */
  points: number | null;
  /**
   * The normalized gain (Hake): the share of what could still be learned that was learned,
   * (post − pre) / (100 − pre), rounded to two decimals; null when pre is already 100 or a check is missing.
   */
  normalized: number | null;
}

/** The class's gain from the check before a module to the check after it. */
export function gain(pre: number | null, post: number | null): Gain {
  if (pre === null || post === null) return { points: null, normalized: null };
  const points = post - pre;
  const normalized = pre >= 100 ? null : Math.round((points / (100 - pre)) * 100) / 100;
  return { points, normalized };
}

/** Per question: the gain in points between the two checks (null where either side has no answers). */
export function questionGains(pre: PhaseScore, post: PhaseScore): (number | null)[] {
  return pre.perQuestion.map((p, i) => {
    const q = post.perQuestion[i];
    return p === null || q === null || q === undefined ? null : q - p;
  });
}
