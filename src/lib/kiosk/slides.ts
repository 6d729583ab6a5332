/**
 * The display mode's loop (/kios/tayang/): which tip shows on which slide, and for how long. Pure: no DOM, so the
 * page (at build) and its script (in the browser) compute the same order.
 */

/** What the order needs to know about a tip. */
export interface SlideTip {
  id: string;
  kind: 'safety' | 'tip';
}

/** How long a slide stays, in seconds: long enough to read twelve words twice, short enough to keep moving. */
export const SLIDE_SECONDS = { default: 10, min: 8, max: 12 } as const;

/**
 * A slide's duration in milliseconds, from seconds clamped to 8–12 (anything not a number gives the default).
 * @example slideDuration() // 10000
 * @example slideDuration(30) // 12000
 */
export function slideDuration(seconds: number = SLIDE_SECONDS.default): number {
  const s = Number.isFinite(seconds) ? seconds : SLIDE_SECONDS.default;
  return Math.round(Math.min(SLIDE_SECONDS.max, Math.max(SLIDE_SECONDS.min, s)) * 1000);
}

export interface SlideOrderOptions {
  /** Every n-th slide is a safety tip (n ≥ 2). Default 3: two tips, then a safety tip. */
  safetyEvery?: number;
}

/**
 * The loop: the tips in their order, with a safety tip on every `safetyEvery`-th slide, the safety tips taking
 * turns. The loop is made of whole groups ("tip, tip, safety"), so it stays true when it starts over, and it is
 * long enough for every tip to appear: with 12 tips and 3 safety tips, 18 slides, each safety tip twice. When
 * the other tips do not fill the last group, the first ones are shown again. Without safety tips (or with only
 * safety tips) every tip is shown once, in order.
 * @example slideOrder([t1, t2, s1, t3, t4], { safetyEvery: 3 }).map((t) => t.id) // ['t1', 't2', 's1', 't3', 't4', 's1']
 * @throws RangeError when `safetyEvery` is not a whole number ≥ 2.
 */
export function slideOrder<T extends SlideTip>(tips: readonly T[], { safetyEvery = 3 }: SlideOrderOptions = {}): T[] {
  if (!Number.isInteger(safetyEvery) || safetyEvery < 2)
    throw new RangeError(`safetyEvery must be a whole number ≥ 2, got ${safetyEvery}`);
  const safety = tips.filter((t) => t.kind === 'safety');
  const others = tips.filter((t) => t.kind !== 'safety');
  if (safety.length === 0 || others.length === 0) return [...tips];
  const perGroup = safetyEvery - 1;
  const groups = Math.max(Math.ceil(others.length / perGroup), safety.length);
  const order: T[] = [];
  for (let g = 0; g < groups; g++) {
    for (let i = 0; i < perGroup; i++) order.push(others[(g * perGroup + i) % others.length]!);
    order.push(safety[g % safety.length]!);
  }
  return order;
}
