/**
 * The class checks' tallies as stored on the trainer's device (`bp:class`): per module (or per lesson, "akun/buat-akun",
 * for a lesson quiz in class), per phase (before / after; a lesson quiz uses only the first), per question id, the
 * count of raised cards per option. Read back defensively like all stored data.
 */
import { MAX_COUNT, MAX_OPTIONS } from './tally';

export type Phase = 'pre' | 'post';
const PHASES: readonly Phase[] = ['pre', 'post'];
export type PhaseTallies = Record<string, number[]>;
export type ModuleTallies = Record<Phase, PhaseTallies>;
export type ClassTallies = Record<string, ModuleTallies>;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A module id, or a lesson id ("akun/buat-akun"). */
const SET_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)?$/;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCounts = (v: unknown): v is number[] =>
  Array.isArray(v) &&
  v.length >= 2 &&
  v.length <= MAX_OPTIONS &&
  v.every((n) => Number.isInteger(n) && n >= 0 && n <= MAX_COUNT);

/** Reads stored tallies; anything malformed is dropped (per question), never thrown. */
export function decodeTallies(raw: string | undefined): ClassTallies {
  let v: unknown;
  try {
    v = raw ? JSON.parse(raw) : {};
  } catch {
    return {};
  }
  const out: ClassTallies = {};
  if (!isRecord(v)) return out;
  for (const [moduleId, m] of Object.entries(v)) {
    if (!SET_ID.test(moduleId) || moduleId in Object.prototype || !isRecord(m)) continue;
    const entry: ModuleTallies = { pre: {}, post: {} };
    for (const phase of PHASES) {
      const p = m[phase];
      if (!isRecord(p)) continue;
      for (const [qid, counts] of Object.entries(p))
        if (ID.test(qid) && !(qid in Object.prototype) && isCounts(counts)) entry[phase][qid] = [...counts];
    }
    out[moduleId] = entry;
  }
  return out;
}

export function encodeTallies(t: ClassTallies): string {
  return JSON.stringify(t);
}

/** `tallies` with one question's counts replaced. */
export function withCounts(
  tallies: ClassTallies,
  moduleId: string,
  phase: Phase,
  questionId: string,
  counts: number[],
): ClassTallies {
  const m = tallies[moduleId] ?? { pre: {}, post: {} };
  return { ...tallies, [moduleId]: { ...m, [phase]: { ...m[phase], [questionId]: counts } } };
}

/** `tallies` without a module's counts (a new class). */
export function withoutModule(tallies: ClassTallies, moduleId: string): ClassTallies {
  const { [moduleId]: _gone, ...rest } = tallies;
  return rest;
}
