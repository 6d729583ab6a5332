/**
 * The learner's progress: its shape, its version, and how it is read back from storage. Everything read from
 * storage is untrusted: `decodeProgress` never throws and never returns half-valid data.
 */

/** Current version of the stored shape. Bump it, and add a step to `MIGRATIONS`, when the shape changes. */
export const PROGRESS_VERSION = 2;

/** Progress in one lesson, keyed by its language-independent id ("akun/buat-akun"). */
export interface LessonProgress {
  /** Highest step number the learner has seen (0 = not started). */
  furthestStep: number;
  /** Step the learner saw last, to continue exactly there. */
  lastStep: number;
  /** True once every step has been seen. */
  completed: boolean;
  /** Best quiz score in percent, or null before the first attempt. */
  quizBest: number | null;
  /** How many times the quiz was finished. */
  quizAttempts: number;
  /** When this entry last changed (ms since 1970). Informational only: never used to order writes. */
  updatedAt: number;
}

/** Progress in a module check, keyed by module id ("akun"). */
export interface CheckProgress {
  best: number | null;
  attempts: number;
  updatedAt: number;
}

/** Practice simulator progress, keyed by simulator id ("pendaftaran"): only which tasks were done, never typed values. */
export interface SimProgress {
  /** Ids of the tasks completed, in the order they were done. */
  tasks: string[];
  updatedAt: number;
}

/** Where the learner was last: a lesson step, a lesson quiz or a module check. */
export type LastPlace =
  | { at: 'step'; id: string; step: number }
  | { at: 'quiz'; id: string }
  | { at: 'check'; id: string };

export interface Progress {
  v: typeof PROGRESS_VERSION;
  lessons: Record<string, LessonProgress>;
  checks: Record<string, CheckProgress>;
  sims: Record<string, SimProgress>;
  last: LastPlace | null;
}

export type DecodeResult =
  | { ok: true; progress: Progress }
  | { ok: false; reason: 'corrupt' | 'version' };

/** Progress of a learner who has done nothing yet. */
export function emptyProgress(): Progress {
  return { v: PROGRESS_VERSION, lessons: {}, checks: {}, sims: {}, last: null };
}

/** True when no lesson, check or simulator has anything recorded (a newcomer, whatever `last` says). */
export function hasNoEntries(p: Progress): boolean {
  return Object.keys(p.lessons).length + Object.keys(p.checks).length + Object.keys(p.sims).length === 0;
}

const LESSON_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MODULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_STEP = 100;
const MAX_COUNT = 1_000_000;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown, min: number, max: number): v is number => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isScore = (v: unknown): v is number | null => v === null || isInt(v, 0, 100);

/** Own, enumerable keys only; rejects objects whose keys could reach the prototype (`__proto__`, `constructor`). */
function entries(v: Record<string, unknown>, keyPattern: RegExp): [string, unknown][] | null {
  const out: [string, unknown][] = [];
  for (const key of Object.keys(v)) {
    if (!keyPattern.test(key) || key in Object.prototype) return null;
    out.push([key, v[key]]);
  }
  return out;
}

function readLesson(v: unknown): LessonProgress | null {
  if (!isRecord(v)) return null;
  const { furthestStep, lastStep, completed, quizBest, quizAttempts, updatedAt } = v;
  if (!isInt(furthestStep, 0, MAX_STEP) || !isInt(lastStep, 0, MAX_STEP) || lastStep > furthestStep) return null;
  if (typeof completed !== 'boolean' || !isScore(quizBest) || !isInt(quizAttempts, 0, MAX_COUNT) || !isTime(updatedAt)) return null;
  if (quizBest !== null && quizAttempts === 0) return null;
  return { furthestStep, lastStep, completed, quizBest, quizAttempts, updatedAt };
}

function readCheck(v: unknown): CheckProgress | null {
  if (!isRecord(v)) return null;
  const { best, attempts, updatedAt } = v;
  if (!isScore(best) || !isInt(attempts, 0, MAX_COUNT) || !isTime(updatedAt)) return null;
  if (best !== null && attempts === 0) return null;
  return { best, attempts, updatedAt };
}

const TASK_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_TASKS = 50;

function readSim(v: unknown): SimProgress | null {
  if (!isRecord(v) || !Array.isArray(v.tasks) || !isTime(v.updatedAt) || v.tasks.length > MAX_TASKS) return null;
  const tasks = v.tasks;
  if (!tasks.every((t): t is string => typeof t === 'string' && TASK_ID.test(t)) || new Set(tasks).size !== tasks.length) return null;
  return { tasks: [...tasks], updatedAt: v.updatedAt };
}

function readLast(v: unknown): LastPlace | null | undefined {
  if (v === null) return null;
  if (!isRecord(v) || typeof v.id !== 'string') return undefined;
  if (v.at === 'step' && LESSON_ID.test(v.id) && isInt(v.step, 1, MAX_STEP)) return { at: 'step', id: v.id, step: v.step };
  if (v.at === 'quiz' && LESSON_ID.test(v.id)) return { at: 'quiz', id: v.id };
  if (v.at === 'check' && MODULE_ID.test(v.id)) return { at: 'check', id: v.id };
  return undefined;
}

/** Validates an object of the current version. Any flaw rejects the whole object (it is then kept aside, not repaired). */
function readCurrent(v: Record<string, unknown>): Progress | null {
  if (!isRecord(v.lessons) || !isRecord(v.checks) || !isRecord(v.sims)) return null;
  const lessonEntries = entries(v.lessons, LESSON_ID);
  const checkEntries = entries(v.checks, MODULE_ID);
  const simEntries = entries(v.sims, MODULE_ID);
  if (!lessonEntries || !checkEntries || !simEntries) return null;
  const progress = emptyProgress();
  for (const [key, value] of lessonEntries) {
    const lesson = readLesson(value);
    if (!lesson) return null;
    progress.lessons[key] = lesson;
  }
  for (const [key, value] of checkEntries) {
    const check = readCheck(value);
    if (!check) return null;
    progress.checks[key] = check;
  }
  for (const [key, value] of simEntries) {
    const sim = readSim(value);
    if (!sim) return null;
    progress.sims[key] = sim;
  }
  const last = readLast(v.last ?? null);
  if (last === undefined) return null;
  progress.last = last;
  return progress;
}

/**
 * Steps that turn an older stored shape into the next one, by the version they start from. Each step only
 * reshapes; the result is validated as the current version afterwards.
 */
export const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  /** Version 2 added practice-simulator progress (`sims`). */
  1: (v1) => ({ ...v1, v: 2, sims: {} }),
};

/**
 * Brings a parsed object of any known version to the current version and validates it.
 * @returns the progress, 'version' for a version this build does not know (e.g. written by a newer build), or
 *   'corrupt' for anything else that is not valid progress.
 */
export function migrateProgress(value: unknown): DecodeResult {
  if (!isRecord(value)) return { ok: false, reason: 'corrupt' };
  let data = value;
  if (!isInt(data.v, 1, Number.MAX_SAFE_INTEGER)) return { ok: false, reason: 'corrupt' };
  if ((data.v as number) > PROGRESS_VERSION) return { ok: false, reason: 'version' };
  while ((data.v as number) < PROGRESS_VERSION) {
    const step = MIGRATIONS[data.v as number];
    if (!step) return { ok: false, reason: 'version' };
    data = step(data);
  }
  const progress = readCurrent(data);
  return progress ? { ok: true, progress } : { ok: false, reason: 'corrupt' };
}

/**
 * Reads progress from the string storage returned. Never throws.
 * @example decodeProgress(undefined) // { ok: true, progress: emptyProgress() }
 * @example decodeProgress('{oops') // { ok: false, reason: 'corrupt' }
 */
export function decodeProgress(raw: string | null | undefined): DecodeResult {
  if (raw === null || raw === undefined || raw === '') return { ok: true, progress: emptyProgress() };
  if (typeof raw !== 'string') return { ok: false, reason: 'corrupt' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  return migrateProgress(parsed);
}

/** The string stored for a progress value. `decodeProgress(encodeProgress(p))` gives `p` back. */
export function encodeProgress(progress: Progress): string {
  return JSON.stringify(progress);
}
