/**
 * The learner's progress: the only store of it, and every action that changes it. Stored under one key, with
 * a schema version; anything unreadable is kept aside under another key (never thrown away) and the learner
 * starts fresh with a short notice.
 */
import { atom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { engine, KEY_PREFIX } from './storage';
import { decodeProgress, emptyProgress, encodeProgress, type Progress } from '../lib/progress/schema';
import * as update from '../lib/progress/update';

export const PROGRESS_KEY = `${KEY_PREFIX}progress`;
/** Unreadable progress is moved to `bp:progress:aside:<time>`. */
export const ASIDE_PREFIX = `${PROGRESS_KEY}:aside:`;

/** Set when stored progress could not be read and was kept aside this visit. */
export const progressNotice = atom<null | 'reset'>(null);

function setAside(raw: string) {
  engine[`${ASIDE_PREFIX}${new Date().toISOString()}`] = raw;
  delete engine[PROGRESS_KEY];
  progressNotice.set('reset');
}

/** Decodes what storage holds; unreadable data is kept aside and an empty progress returned. Never throws. */
function decode(raw: string): Progress {
  const result = decodeProgress(raw);
  if (result.ok) return result.progress;
  setAside(raw);
  return emptyProgress();
}

export const progress = persistentAtom<Progress>(PROGRESS_KEY, emptyProgress(), { encode: encodeProgress, decode });

/** Reads the latest stored value first, so another tab's writes are kept (last write wins, per field). Also used by progress-import.ts. */
export function change(fn: (p: Progress) => Progress) {
  progress.set(fn(progress.get()));
}

export function markStepSeen(lessonId: string, step: number, stepCount: number) {
  change((p) => update.viewStep(p, lessonId, step, stepCount, Date.now()));
}
export function markQuizOpened(lessonId: string) {
  change((p) => update.openQuiz(p, lessonId));
}
export function saveQuizScore(lessonId: string, percent: number) {
  change((p) => update.recordQuiz(p, lessonId, percent, Date.now()));
}
export function markCheckOpened(moduleId: string) {
  change((p) => update.openCheck(p, moduleId));
}
export function saveCheckScore(moduleId: string, percent: number) {
  change((p) => update.recordCheck(p, moduleId, percent, Date.now()));
}
/** A practice-simulator task is done. Only its id is stored, never what was typed. */
export function markSimTask(simId: string, taskId: string) {
  change((p) => update.completeSimTask(p, simId, taskId, Date.now()));
}
/** Start a simulator over. */
export function resetSimTasks(simId: string) {
  change((p) => update.resetSim(p, simId));
}
/** "Hapus progres": back to a newcomer. Progress kept aside earlier is left alone. */
export function resetProgress() {
  progress.set(emptyProgress());
}
