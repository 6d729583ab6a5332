/**
 * A class's raised-card tallies on the trainer's device (`bp:class`), so the check before a module and the check
 * after it can be compared even if the page is reloaded in between. Nothing leaves the device.
 */
import { persistentAtom } from '@nanostores/persistent';
import './storage';
import {
  decodeTallies,
  encodeTallies,
  withCounts,
  withoutModule,
  type ClassTallies,
  type Phase,
} from '../lib/classroom/tallies';
import { emptyCounts, tap } from '../lib/classroom/tally';

export const classTallies = persistentAtom<ClassTallies>(
  'bp:class',
  {},
  { encode: encodeTallies, decode: decodeTallies },
);

/** One more (or one fewer) raised card for `option` of a question with `options` options. */
export function tapCard(
  moduleId: string,
  phase: Phase,
  questionId: string,
  options: number,
  option: number,
  delta: 1 | -1,
) {
  const t = classTallies.get();
  const current = t[moduleId]?.[phase][questionId];
  const counts = current && current.length === options ? current : emptyCounts(options);
  classTallies.set(withCounts(t, moduleId, phase, questionId, tap(counts, option, delta)));
}

/** Clears a module's counts, both checks (a new class). */
export function resetClass(moduleId: string) {
  classTallies.set(withoutModule(classTallies.get(), moduleId));
}
