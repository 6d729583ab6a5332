/**
 * Lesson order: which lesson comes after which, and where a returning learner should continue.
 * Pure functions over the small outline the pages serialise (no content, no DOM).
 */

/** The outline of the course as pages and the browser see it. */
export interface Outline {
  modules: OutlineModule[];
}
export interface OutlineModule {
  id: string;
  lessons: OutlineLesson[];
  /** Whether the module has a module check. */
  hasCheck: boolean;
}
export interface OutlineLesson {
  /** "akun/buat-akun" */
  id: string;
  /** Number of steps. */
  steps: number;
}

/** All lessons in course order. */
function lessonsInOrder(outline: Outline): OutlineLesson[] {
  return outline.modules.flatMap((m) => m.lessons);
}

/** The lesson after `lessonId` in course order, or null at the end (or for an unknown id). */
export function nextLesson(outline: Outline, lessonId: string): OutlineLesson | null {
  const all = lessonsInOrder(outline);
  const i = all.findIndex((l) => l.id === lessonId);
  return i >= 0 && i + 1 < all.length ? all[i + 1]! : null;
}

/** The lesson before `lessonId` in course order, or null at the start. */
export function previousLesson(outline: Outline, lessonId: string): OutlineLesson | null {
  const all = lessonsInOrder(outline);
  const i = all.findIndex((l) => l.id === lessonId);
  return i > 0 ? all[i - 1]! : null;
}

/**
 * About how many minutes a lesson takes: reading at ~80 words a minute (a slow, careful reader) plus half a
 * minute per step to look at the picture and press "Lanjut". Never less than 1.
 * @example estimateMinutes(360, 6) // 8
 */
export function estimateMinutes(words: number, steps: number): number {
  return Math.max(1, Math.round(words / 80 + steps * 0.5));
}
