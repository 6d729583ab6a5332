/**
 * The learner's progress: the only store of it, and every action that changes it. Stored under one key, with
 * a schema version. How it stays right with several tabs open is in lib/progress/sync.ts: every change is a
 * read-modify-write of storage under a cross-tab lock; reading never changes storage; unreadable parts are kept
 * aside under another key (never deleted); a record of a newer version is never written over.
 */
import { atom } from 'nanostores';
import { engine, KEY_PREFIX, readStored, sharedWithTabs } from './storage';
import { emptyProgress, encodeProgress, type Progress } from '../lib/progress/schema';
import { createProgressSync, type ProgressChange } from '../lib/progress/sync';
import * as update from '../lib/progress/update';

export const PROGRESS_KEY = `${KEY_PREFIX}progress`;
/** What could not be read is copied to `bp:progress:aside:<ISO time>`. */
export const ASIDE_PREFIX = `${PROGRESS_KEY}:aside:`;
/** The Web Locks name every tab's progress write runs under. */
export const PROGRESS_LOCK = 'bp:progress';

/**
 * Something the learner should know about stored progress: 'reset' when unreadable parts were kept aside this
 * visit; 'newer' when a newer version of the site saved progress, so this page only reads (reload to continue).
 */
export const progressNotice = atom<null | 'reset' | 'newer'>(null);

/**
 * The progress this page shows. Set only by this module (and by a kiosk wipe, which clears storage too); to
 * change progress use the actions below.
 */
export const progress = atom<Progress>(emptyProgress());

function setAside(raw: string) {
  const time = new Date().toISOString();
  let key = `${ASIDE_PREFIX}${time}`;
  for (let n = 2; engine[key] !== undefined; n++) key = `${ASIDE_PREFIX}${time}-${n}`;
  engine[key] = raw;
}

/**
 * Runs `task` alone across this browser's tabs (Web Locks, granted in the order asked). Without Web Locks, or
 * when no other tab shares the storage (kiosk sessionStorage, memory), it runs at once: a synchronous
 * read-modify-write is then already alone.
 */
function exclusive(task: () => void) {
  const locks = sharedWithTabs && typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return task();
  let ran = false;
  const once = () => {
    if (ran) return;
    ran = true;
    task();
  };
  try {
    locks.request(PROGRESS_LOCK, once).catch(once);
  } catch {
    once();
  }
}

const sync = createProgressSync(
  {
    read: () => readStored(PROGRESS_KEY),
    write: (raw) => {
      engine[PROGRESS_KEY] = raw;
    },
    setAside,
    exclusive,
  },
  {
    // Only a real change reaches subscribers: re-reading storage gives a new but equal object every time.
    publish: (p) => {
      if (encodeProgress(p) !== encodeProgress(progress.get())) progress.set(p);
    },
    notice: (kind) => {
      if (kind === 'newer' || progressNotice.get() === null) progressNotice.set(kind);
    },
  },
);
progress.set(sync.view());
sync.repair();

if (sharedWithTabs && typeof window !== 'undefined') {
  window.addEventListener('storage', (e: StorageEvent) => {
    if (e.key !== PROGRESS_KEY && e.key !== null) return;
    sync.refresh();
    if (e.key === PROGRESS_KEY) sync.otherTabWrote(e.oldValue, e.newValue);
  });
  // A change still waiting for the lock is written before the page goes.
  window.addEventListener('pagehide', () => sync.flush());
}

/** True when this page only reads progress (a newer version of the site stored it): changes stay in memory. */
export const progressReadOnly = () => sync.readOnly();

/**
 * Applies `fn` to the latest stored progress and stores the result (under the cross-tab lock); this page shows
 * the change at once. `fn` must be pure. Also used by progress-import.ts.
 */
export function change(fn: ProgressChange) {
  sync.change(fn);
}

export function markStepSeen(lessonId: string, step: number, stepCount: number) {
  const now = Date.now();
  change((p) => update.viewStep(p, lessonId, step, stepCount, now));
}
export function markQuizOpened(lessonId: string) {
  change((p) => update.openQuiz(p, lessonId));
}
export function saveQuizScore(lessonId: string, percent: number) {
  const now = Date.now();
  change((p) => update.recordQuiz(p, lessonId, percent, now));
}
export function markCheckOpened(moduleId: string) {
  change((p) => update.openCheck(p, moduleId));
}
export function saveCheckScore(moduleId: string, percent: number) {
  const now = Date.now();
  change((p) => update.recordCheck(p, moduleId, percent, now));
}
/** A practice-simulator task is done. Only its id is stored, never what was typed. */
export function markSimTask(simId: string, taskId: string) {
  const now = Date.now();
  change((p) => update.completeSimTask(p, simId, taskId, now));
}
/** Start a simulator over (a deliberate lowering: it goes through the same locked write, so other tabs follow). */
export function resetSimTasks(simId: string) {
  change((p) => update.resetSim(p, simId));
}
/** "Hapus progres": back to a newcomer. Progress kept aside earlier is left alone. */
export function resetProgress() {
  change(() => emptyProgress());
}
