/**
 * Joining progress brought from another device (a progress code) with the progress on this one. The rule the
 * learner is told is "the higher value is kept": a merge never lowers anything on either side, and importing
 * the same code twice changes nothing the second time (attempts are the larger count, never the sum).
 */
import type { CheckProgress, LastPlace, LessonProgress, Progress } from './schema';

/** Same limit as the schema's (schema.ts): a longer task list would make the stored progress unreadable. */
const MAX_TASKS = 50;

const own = <T>(record: Record<string, T>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/** Whether a lesson entry holds anything at all. An entry of only zeros is the same as no entry. */
export function lessonHasProgress(l: LessonProgress): boolean {
  return l.furthestStep > 0 || l.lastStep > 0 || l.completed || l.quizBest !== null || l.quizAttempts > 0;
}

/** Whether a module-check entry holds anything at all. */
export function checkHasProgress(c: CheckProgress): boolean {
  return c.best !== null || c.attempts > 0;
}

/** The larger score; any score beats none. */
const maxScore = (a: number | null, b: number | null): number | null =>
  a === null ? b : b === null ? a : Math.max(a, b);

/** `ours` itself when `theirs` adds nothing, else the merged entry (stamped `now`); undefined when neither has anything. */
function mergeLesson(
  ours: LessonProgress | undefined,
  theirs: LessonProgress,
  now: number,
): LessonProgress | undefined {
  if (!ours) return lessonHasProgress(theirs) ? { ...theirs, updatedAt: now } : undefined;
  const merged: LessonProgress = {
    furthestStep: Math.max(ours.furthestStep, theirs.furthestStep),
    // Where this device's learner last was stays: it is where "Lanjutkan" goes on this device.
    lastStep: ours.lastStep,
    completed: ours.completed || theirs.completed,
    quizBest: maxScore(ours.quizBest, theirs.quizBest),
    quizAttempts: Math.max(ours.quizAttempts, theirs.quizAttempts),
    updatedAt: now,
  };
  const same =
    merged.furthestStep === ours.furthestStep &&
    merged.completed === ours.completed &&
    merged.quizBest === ours.quizBest &&
    merged.quizAttempts === ours.quizAttempts;
  return same ? ours : merged;
}

function mergeCheck(ours: CheckProgress | undefined, theirs: CheckProgress, now: number): CheckProgress | undefined {
  if (!ours) return checkHasProgress(theirs) ? { ...theirs, updatedAt: now } : undefined;
  const best = maxScore(ours.best, theirs.best);
  const attempts = Math.max(ours.attempts, theirs.attempts);
  return best === ours.best && attempts === ours.attempts ? ours : { best, attempts, updatedAt: now };
}

/**
 * Progress from another device joined into `base` (this device's). Per lesson: the furthest step, "completed"
 * if either says so, the best quiz score and the larger attempt count; the last step seen stays this device's
 * when it has the lesson. Module checks likewise; simulator tasks are the union (this device's first, in their
 * order, then the new ones). `last` stays this device's unless it has none. Entries that change get
 * `updatedAt: now`; the others are kept as they are. Returns `base` itself when nothing changes.
 *
 * Idempotent (`merge(merge(a, b), b)` equals `merge(a, b)`) and `merge(a, emptyProgress())` is `a`.
 * @example mergeProgress(here, decoded.progress, Date.now())
 */
export function mergeProgress(base: Progress, incoming: Progress, now: number): Progress {
  let changed = false;

  const lessons = { ...base.lessons };
  for (const [id, theirs] of Object.entries(incoming.lessons)) {
    const ours = own(base.lessons, id);
    const merged = mergeLesson(ours, theirs, now);
    if (merged && merged !== ours) {
      lessons[id] = merged;
      changed = true;
    }
  }

  const checks = { ...base.checks };
  for (const [id, theirs] of Object.entries(incoming.checks)) {
    const ours = own(base.checks, id);
    const merged = mergeCheck(ours, theirs, now);
    if (merged && merged !== ours) {
      checks[id] = merged;
      changed = true;
    }
  }

  const sims = { ...base.sims };
  for (const [id, theirs] of Object.entries(incoming.sims)) {
    const ours = own(base.sims, id)?.tasks ?? [];
    const tasks = [...ours];
    // The cap only matters for made-up data (real simulators have at most 10 tasks): keeping this device's
    // tasks first and staying under the schema's limit keeps the stored progress readable.
    for (const task of theirs.tasks) if (!tasks.includes(task) && tasks.length < MAX_TASKS) tasks.push(task);
    if (tasks.length > ours.length) {
      sims[id] = { tasks, updatedAt: now };
      changed = true;
    }
  }

  const last: LastPlace | null = base.last ?? incoming.last;
  if (last !== base.last) changed = true;

  return changed ? { ...base, lessons, checks, sims, last } : base;
}

/** Everything a progress code carries, as a plain value that compares with `toEqual`. */
export interface ProgressProjection {
  lessons: Record<string, Omit<LessonProgress, 'updatedAt'>>;
  checks: Record<string, Omit<CheckProgress, 'updatedAt'>>;
  /** Task ids, sorted (a code keeps which tasks were done, not in which order). */
  sims: Record<string, string[]>;
  last: LastPlace | null;
}

/**
 * Progress without what a code does not carry: no timestamps, no entries that hold nothing, simulator tasks
 * sorted. Two progresses with the same projection give the same code. (Ids a code's layout does not know are
 * kept here; codes leave them out.)
 * @example expect(progressProjection(decoded)).toEqual(progressProjection(original))
 */
export function progressProjection(p: Progress): ProgressProjection {
  const out: ProgressProjection = { lessons: {}, checks: {}, sims: {}, last: p.last ? { ...p.last } : null };
  for (const id of Object.keys(p.lessons).sort()) {
    const { updatedAt: _time, ...rest } = p.lessons[id]!;
    if (lessonHasProgress(p.lessons[id]!)) out.lessons[id] = rest;
  }
  for (const id of Object.keys(p.checks).sort()) {
    const { updatedAt: _time, ...rest } = p.checks[id]!;
    if (checkHasProgress(p.checks[id]!)) out.checks[id] = rest;
  }
  for (const id of Object.keys(p.sims).sort())
    if (p.sims[id]!.tasks.length) out.sims[id] = [...p.sims[id]!.tasks].sort();
  return out;
}

/** What the import confirmation lists ("3 pelajaran, 2 kuis, …"). A type, not an interface, so it also fills a `Record<string, number>` of placeholders. */
export type ImportSummary = {
  /** Lessons with at least one step seen. */
  lessons: number;
  /** Lesson quizzes with a score. */
  quizzes: number;
  /** Module checks with a score. */
  checks: number;
  /** Simulator tasks done, over all simulators. */
  simTasks: number;
};

/**
 * Counts what a decoded code holds, for the confirmation dialog. All zeros: the code holds no progress.
 * @example importSummary(emptyProgress()) // { lessons: 0, quizzes: 0, checks: 0, simTasks: 0 }
 */
export function importSummary(p: Progress): ImportSummary {
  const lessons = Object.values(p.lessons);
  return {
    lessons: lessons.filter((l) => l.furthestStep > 0).length,
    quizzes: lessons.filter((l) => l.quizBest !== null).length,
    checks: Object.values(p.checks).filter((c) => c.best !== null).length,
    simTasks: Object.values(p.sims).reduce((n, s) => n + s.tasks.length, 0),
  };
}
