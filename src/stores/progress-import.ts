/**
 * Progress brought from another device (a decoded progress code), kept apart from the progress store so the
 * merge code loads only on the pages that import codes (the progress page), not on every lesson.
 */
import { change } from './progress';
import { mergeProgress } from '../lib/progress/merge';
import type { Progress } from '../lib/progress/schema';

/** Joins `incoming` into this device's progress: nothing is ever lowered, and the same code twice changes nothing. */
export function importProgress(incoming: Progress) {
  change((p) => mergeProgress(p, incoming, Date.now()));
}
