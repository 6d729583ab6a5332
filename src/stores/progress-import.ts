/**
 * Progress brought in from elsewhere, kept apart from the progress store so the merge code loads only on the
 * page that imports (the progress page), not on every lesson: a decoded progress code from another device, and
 * copies kept aside on this device (bp:progress:aside:…) by this or an older build.
 */
import { change, ASIDE_PREFIX } from './progress';
import { appKeys, engine } from './storage';
import { mergeProgress } from '../lib/progress/merge';
import { emptyProgress, readAsideCopy, type Progress } from '../lib/progress/schema';

/** Joins `incoming` into this device's progress: nothing is ever lowered, and the same code twice changes nothing. */
export function importProgress(incoming: Progress) {
  change((p) => mergeProgress(p, incoming, Date.now()));
}

/** Keys of the copies kept aside, oldest first (the key ends with the time it was made). */
export function asideKeys(): string[] {
  return appKeys()
    .filter((k) => k.startsWith(ASIDE_PREFIX))
    .sort();
}

/** Everything readable in all copies kept aside, joined (nothing lowered). Empty when nothing can be read. */
export function asideProgress(): Progress {
  let all = emptyProgress();
  for (const key of asideKeys()) {
    const copy = readAsideCopy(engine[key]);
    if (copy) all = mergeProgress(all, copy, 0);
  }
  return all;
}

/**
 * Whether the copies kept aside hold anything that `current` does not have yet (so restoring would add to it).
 * @example asideAddsTo(progress.get()) // true → offer "Pulihkan progres lama"
 */
export function asideAddsTo(current: Progress): boolean {
  return mergeProgress(current, asideProgress(), 0) !== current;
}

/** "Pulihkan progres lama": merges what the copies hold into the progress. The copies stay (the learner deletes them). */
export function restoreAside() {
  const incoming = asideProgress();
  change((p) => mergeProgress(p, incoming, Date.now()));
}

/** "Hapus salinan lama", after the learner confirmed: removes every copy kept aside. The progress is untouched. */
export function deleteAsideCopies() {
  for (const key of asideKeys()) delete engine[key];
}
