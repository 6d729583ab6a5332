/**
 * Deterministic shuffling for quiz retries: a seed gives the same order every time (so a test, or a reload in the
 * middle of an attempt, sees the same arrangement), and a new attempt uses a new seed.
 */
import type { Question } from '../../schemas/quiz';

/** A small, fast seeded random generator (mulberry32) returning numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle into a new array. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * How one attempt presents a question: option order (shuffled from the second attempt on), the starting order of
 * an order question's items (always shuffled, never already right), and for a match question the terms
 * (`optionIds`) against their shuffled meanings (`itemIds`).
 */
export function arrangeQuestion(
  question: Question,
  attempt: number,
  random: () => number,
): { optionIds: string[]; itemIds: string[] } {
  if (question.type === 'order') {
    const right = question.items.map((i) => i.id);
    let items = shuffled(right, random);
    if (items.every((id, i) => id === right[i])) items = [...items.slice(1), items[0]!];
    return { optionIds: [], itemIds: items };
  }
  if (question.type === 'truefalse') return { optionIds: ['true', 'false'], itemIds: [] };
  if (question.type === 'match') {
    // Meanings are always shuffled against the terms, and never all in the terms' own order.
    const ids = question.pairs.map((p) => p.id);
    let meanings = shuffled(ids, random);
    if (meanings.every((id, i) => id === ids[i])) meanings = [...meanings.slice(1), meanings[0]!];
    return { optionIds: ids, itemIds: meanings };
  }
  if (question.type === 'scam') return { optionIds: question.items.map((i) => i.id), itemIds: [] };
  const ids = question.options.map((o) => o.id);
  return { optionIds: attempt > 1 ? shuffled(ids, random) : ids, itemIds: [] };
}

/** Moves the item at `index` one place up (-1) or down (+1); out-of-range moves return the same order. */
export function moveItem<T>(items: readonly T[], index: number, direction: -1 | 1): T[] {
  const target = index + direction;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const out = [...items];
  [out[index], out[target]] = [out[target]!, out[index]!];
  return out;
}
