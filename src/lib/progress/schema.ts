/**
 * The learner's progress: its shape, its version, and how it is read back from storage. Everything read from
 * storage is untrusted: `decodeProgress` never throws, and returns only valid entries (listing the ones it could
 * not read, so they can be kept aside).
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
  { at: 'step'; id: string; step: number } | { at: 'quiz'; id: string } | { at: 'check'; id: string };

export interface Progress {
  v: typeof PROGRESS_VERSION;
  lessons: Record<string, LessonProgress>;
  checks: Record<string, CheckProgress>;
  sims: Record<string, SimProgress>;
  last: LastPlace | null;
}

/**
 * What could not be read in a stored record, in the record's own shape (`{ v, lessons: { <bad id>: … }, … }`), so
 * it can be kept aside as it was: each field holds only the bad entries (or the whole field when it was not an
 * object at all); `last` is there when the stored `last` was not a valid place.
 */
export interface UnreadableParts {
  /** The version the record said it had. */
  v: number;
  lessons?: unknown;
  checks?: unknown;
  sims?: unknown;
  last?: unknown;
}

export type DecodeResult =
  /** `unreadable` is set when some entries could not be read: `progress` then holds every good one. */
  { ok: true; progress: Progress; unreadable?: UnreadableParts } | { ok: false; reason: 'corrupt' | 'version' };

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
const isInt = (v: unknown, min: number, max: number): v is number =>
  Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isScore = (v: unknown): v is number | null => v === null || isInt(v, 0, 100);

/** An object with no prototype, so a bad key such as `__proto__` is kept as a plain own key. */
const bare = (): Record<string, unknown> => Object.create(null) as Record<string, unknown>;

/**
 * Own, enumerable keys of `v`, split into those that match `keyPattern` and the rest. Keys that could reach the
 * prototype (`__proto__`, `constructor`) are always bad.
 */
function entries(
  v: Record<string, unknown>,
  keyPattern: RegExp,
): { good: [string, unknown][]; bad: [string, unknown][] } {
  const good: [string, unknown][] = [];
  const bad: [string, unknown][] = [];
  for (const key of Object.keys(v)) (!keyPattern.test(key) || key in Object.prototype ? bad : good).push([key, v[key]]);
  return { good, bad };
}

function readLesson(v: unknown): LessonProgress | null {
  if (!isRecord(v)) return null;
  const { furthestStep, lastStep, completed, quizBest, quizAttempts, updatedAt } = v;
  if (!isInt(furthestStep, 0, MAX_STEP) || !isInt(lastStep, 0, MAX_STEP) || lastStep > furthestStep) return null;
  if (typeof completed !== 'boolean' || !isScore(quizBest) || !isInt(quizAttempts, 0, MAX_COUNT) || !isTime(updatedAt))
    return null;
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
  if (
    !tasks.every((t): t is string => typeof t === 'string' && TASK_ID.test(t)) ||
    new Set(tasks).size !== tasks.length
  )
    return null;
  return { tasks: [...tasks], updatedAt: v.updatedAt };
}

function readLast(v: unknown): LastPlace | null | undefined {
  if (v === null) return null;
  if (!isRecord(v) || typeof v.id !== 'string') return undefined;
  if (v.at === 'step' && LESSON_ID.test(v.id) && isInt(v.step, 1, MAX_STEP))
    return { at: 'step', id: v.id, step: v.step };
  if (v.at === 'quiz' && LESSON_ID.test(v.id)) return { at: 'quiz', id: v.id };
  if (v.at === 'check' && MODULE_ID.test(v.id)) return { at: 'check', id: v.id };
  return undefined;
}

/**
 * Reads an object of the current shape entry by entry: every valid lesson, check and simulator entry is kept,
 * each judged by the strict rules above; the rest is returned as `unreadable` (null when everything was read).
 * A field that is missing counts as empty; a field that is there but not an object is unreadable as a whole.
 */
function readParts(v: Record<string, unknown>): { progress: Progress; unreadable: UnreadableParts | null } {
  const progress = emptyProgress();
  const unreadable: UnreadableParts = { v: isInt(v.v, 0, Number.MAX_SAFE_INTEGER) ? v.v : PROGRESS_VERSION };
  let flawed = false;
  const readField = <T>(
    name: 'lessons' | 'checks' | 'sims',
    keyPattern: RegExp,
    read: (x: unknown) => T | null,
    into: Record<string, T>,
  ) => {
    const field = v[name];
    if (field === undefined) return;
    if (!isRecord(field)) {
      unreadable[name] = field;
      flawed = true;
      return;
    }
    const { good, bad } = entries(field, keyPattern);
    const badOut = bare();
    for (const [key, value] of good) {
      const entry = read(value);
      if (entry) into[key] = entry;
      else bad.push([key, value]);
    }
    for (const [key, value] of bad) badOut[key] = value;
    if (bad.length) {
      unreadable[name] = badOut;
      flawed = true;
    }
  };
  readField('lessons', LESSON_ID, readLesson, progress.lessons);
  readField('checks', MODULE_ID, readCheck, progress.checks);
  readField('sims', MODULE_ID, readSim, progress.sims);
  const last = readLast(v.last ?? null);
  if (last === undefined) {
    unreadable.last = v.last;
    flawed = true;
  } else progress.last = last;
  return { progress, unreadable: flawed ? unreadable : null };
}

/** Validates an object of the current version. Any flaw rejects the whole object (used for progress codes). */
function readCurrent(v: Record<string, unknown>): Progress | null {
  if (!isRecord(v.lessons) || !isRecord(v.checks) || !isRecord(v.sims)) return null;
  const { progress, unreadable } = readParts(v);
  return unreadable ? null : progress;
}

/**
 * Steps that turn an older stored shape into the next one, by the version they start from. Each step only
 * reshapes; the result is validated as the current version afterwards.
 */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  /** Version 2 added practice-simulator progress (`sims`). */
  1: (v1) => ({ ...v1, v: 2, sims: {} }),
};

/** The object brought to the current version, 'version' for a version this build does not know, or 'corrupt'. */
function migrate(value: unknown): Record<string, unknown> | 'corrupt' | 'version' {
  if (!isRecord(value)) return 'corrupt';
  let data = value;
  if (!isInt(data.v, 1, Number.MAX_SAFE_INTEGER)) return 'corrupt';
  if (data.v > PROGRESS_VERSION) return 'version';
  while ((data.v as number) < PROGRESS_VERSION) {
    const step = MIGRATIONS[data.v as number];
    if (!step) return 'version';
    data = step(data);
  }
  return data;
}

/**
 * Brings a parsed object of any known version to the current version and validates it strictly: any flaw
 * rejects the whole object. Used where a value must be all valid (progress codes).
 * @returns the progress, 'version' for a version this build does not know (e.g. written by a newer build), or
 *   'corrupt' for anything else that is not valid progress.
 */
export function migrateProgress(value: unknown): DecodeResult {
  const data = migrate(value);
  if (typeof data === 'string') return { ok: false, reason: data };
  const progress = readCurrent(data);
  return progress ? { ok: true, progress } : { ok: false, reason: 'corrupt' };
}

/**
 * Like `migrateProgress`, but keeps every good part: each lesson, check and simulator entry is validated on its
 * own (strictly), a bad `last` becomes null, and whatever could not be read is returned as `unreadable`.
 * Used for stored progress, so one bad field never costs the learner the rest.
 * @example salvageProgress({ v: 2, lessons: { 'akun/persiapan': okLesson, 'Bad/Id': okLesson }, checks: {}, sims: {}, last: null })
 *   // { ok: true, progress: { …lessons: { 'akun/persiapan': … } }, unreadable: { v: 2, lessons: { 'Bad/Id': … } } }
 */
function salvageProgress(value: unknown): DecodeResult {
  const data = migrate(value);
  if (typeof data === 'string') return { ok: false, reason: data };
  const { progress, unreadable } = readParts(data);
  return unreadable ? { ok: true, progress, unreadable } : { ok: true, progress };
}

/**
 * The readable entries of a copy kept aside, whatever build wrote it: a whole record of a known version, only
 * the unreadable parts of one, or a record of a newer version (its entries are read with this build's rules,
 * and only the ones that pass are returned). Null when nothing in it can be read. Never throws.
 */
export function readAsideCopy(raw: string | null | undefined): Progress | null {
  if (typeof raw !== 'string' || raw === '') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(parsed)) return null;
  const known = salvageProgress(parsed);
  if (known.ok) return known.progress;
  if (known.reason === 'version' && isInt(parsed.v, 1, Number.MAX_SAFE_INTEGER)) return readParts(parsed).progress;
  return null;
}

/**
 * Names of the parts that could not be read, for tests and logs: `lessons.<id>`, `checks.<id>`, `sims.<id>`,
 * a whole field's name, or `last`.
 * @example unreadableList({ v: 2, lessons: { 'Bad/Id': {} }, last: 5 }) // ['lessons.Bad/Id', 'last']
 */
export function unreadableList(u: UnreadableParts): string[] {
  const out: string[] = [];
  for (const name of ['lessons', 'checks', 'sims'] as const) {
    const field = u[name];
    if (field === undefined) continue;
    if (isRecord(field)) for (const key of Object.keys(field)) out.push(`${name}.${key}`);
    else out.push(name);
  }
  if ('last' in u) out.push('last');
  return out;
}

/**
 * Reads progress from the string storage returned, keeping every good part (see `salvageProgress`). Never
 * throws and never has side effects: what to do with unreadable parts is the caller's choice.
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
  return salvageProgress(parsed);
}

/** The string stored for a progress value. `decodeProgress(encodeProgress(p))` gives `p` back. */
export function encodeProgress(progress: Progress): string {
  return JSON.stringify(progress);
}
